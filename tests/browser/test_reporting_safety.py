"""In Chromium: the login throttle locks one name after five failures (others still log in), and
unsaved grid edits hold a change of search until they are saved or discarded."""

from __future__ import annotations

import pytest

from tests.browser.conftest import EDITOR
from tests.browser.support import problems, settle
from tests.browser.test_reporting_flow import _edit_value_cell

pytestmark = pytest.mark.browser
SEARCH = "Publicare lista furnizori de s"  # one indicator of the 2022 plan


def _login(page, name: str, password: str) -> None:
    page.get_by_label("Utilizator").fill(name)
    page.get_by_label("Parolă").fill(password)
    page.get_by_role("button", name="Autentificare").click()


def test_five_failures_lock_that_name_only(browser, app_url):
    page = browser.new_page(viewport={"width": 1440, "height": 1200})
    try:
        page.goto(app_url + "/raportare", wait_until="domcontentloaded")
        settle(page)
        for attempt in range(5):
            _login(page, "intrus", f"gresit-{attempt}")
            settle(page)
        page.get_by_text("Prea multe încercări greșite").wait_for(timeout=30_000)
        _login(page, "intrus", "alta")
        settle(page)
        assert "autentificarea este blocată până la" in page.inner_text("body")
        _login(page, *EDITOR)
        page.get_by_text(f"Conectat ca {EDITOR[0]} (editor)").wait_for(timeout=30_000)
        assert problems(page) == []
    finally:
        page.close()


def test_unsaved_edits_hold_a_search_change_until_saved(browser, app_url):
    page = browser.new_page(viewport={"width": 1440, "height": 1600})
    try:
        page.goto(app_url + "/raportare", wait_until="domcontentloaded")
        settle(page)
        _login(page, *EDITOR)
        page.get_by_text(f"Conectat ca {EDITOR[0]} (editor)").wait_for(timeout=30_000)
        settle(page)
        search = page.get_by_label("Caută indicator")
        search.fill(SEARCH)
        page.keyboard.press("Enter")
        page.get_by_text("1 indicator pentru perioada").wait_for(timeout=30_000)
        settle(page)
        _edit_value_cell(page, "1")  # a done / not done indicator: 1 = done
        search.fill("copii")  # another search before saving
        page.keyboard.press("Enter")
        page.get_by_text("Aveți modificări nesalvate").wait_for(timeout=30_000)
        settle(page)
        assert search.input_value() == SEARCH  # the change waits; the edit is still there
        assert "1 indicator pentru perioada" in page.inner_text("body")
        page.get_by_role("button", name="Salvează").click()
        page.get_by_text("Salvat: 1 noi").wait_for(timeout=30_000)
        settle(page)
        search.fill("copii")
        page.keyboard.press("Enter")
        settle(page)
        assert "Aveți modificări nesalvate" not in page.inner_text("body")
        assert search.input_value() == "copii"
        assert problems(page) == []
    finally:
        page.close()
