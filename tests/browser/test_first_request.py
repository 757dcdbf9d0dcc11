"""A deep link as the very first request to a plain `streamlit run app.py` opens its page."""

from __future__ import annotations

import pytest

from tests.browser.support import problems, settle

pytestmark = pytest.mark.browser


def test_deep_link_as_first_request_opens_the_objectives(browser, fresh_app_url, tmp_path):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(fresh_app_url + "/obiective?componenta=copii", wait_until="domcontentloaded")
        settle(page)
        assert problems(page) == []
        body = page.inner_text("body")
        assert "Page not found" not in body
        assert "Obiective și ținte" in body  # the Objectives page ran
        # ... inside app.py: its navigation and filters are in the sidebar, the filter kept.
        sidebar = page.inner_text('[data-testid="stSidebar"]')
        assert "Privire de ansamblu" in sidebar and "Componentă" in sidebar
        assert "componenta=copii" in page.url
    finally:
        page.screenshot(path=str(tmp_path / "obiective.png"), full_page=True)
        page.close()
