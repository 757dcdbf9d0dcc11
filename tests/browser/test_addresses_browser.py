"""Addresses in a real browser: the copied link of a view opens that view in a fresh page, and a
hostile value in the address makes the browser fetch nothing."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.support import problems, settle

pytestmark = pytest.mark.browser

LINK = '[data-testid="stSidebar"] [data-testid="stCode"]'


def _copied_link(page) -> str:
    return " ".join(page.inner_text(LINK).split())


@pytest.mark.parametrize(
    ("path", "seen"),
    [
        ("/servicii?an=2022&complex=b01", "Servicii sociale"),
        ("/harta?uat=20876", "Profilul UAT: Moinești"),
    ],
)
def test_the_copied_link_opens_the_same_view_in_a_fresh_page(browser, app_url, path, seen):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    fresh = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(app_url + path, wait_until="domcontentloaded", timeout=60_000)
        settle(page)
        link = _copied_link(page)
        page_path = urlsplit(path).path
        # the page once came twice: …/servicii/servicii (a blank page when opened)
        assert urlsplit(link).path == page_path, link
        assert link.startswith(app_url), link
        fresh.goto(link, wait_until="domcontentloaded", timeout=60_000)
        settle(fresh)
        assert problems(fresh) == []
        assert urlsplit(fresh.url).path == page_path
        body = fresh.inner_text("body")
        assert seen in body, body[:400]
        assert _copied_link(fresh) == link  # the same selections
    finally:
        page.close()
        fresh.close()


def test_a_markdown_image_in_the_address_fetches_nothing(browser, app_url):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda r: elsewhere.append(r.url) if urlsplit(r.url).netloc == "127.0.0.1:9" else None,
    )
    try:
        page.goto(
            app_url + "/obiective?plan=![t](http://127.0.0.1:9/p.png)",
            wait_until="domcontentloaded", timeout=60_000,
        )  # fmt: skip
        settle(page)
        assert problems(page) == []
        assert "din adresă nu există" in page.inner_text("body")
        page.wait_for_timeout(500)
        assert elsewhere == []
    finally:
        page.close()
