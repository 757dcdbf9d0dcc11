"""Every page opens clean in a real browser (Chromium): no exception, no traceback, charts drawn."""

from __future__ import annotations

import pytest

from tests.app_pages import app_pages
from tests.browser.support import problems, settle

pytestmark = pytest.mark.browser

# Deep links first: the very first request after start-up must not bypass app.py.
PATHS = ["/" + path for _, path, _, _ in reversed(app_pages())]


@pytest.mark.parametrize("path", PATHS)
def test_page_renders_clean(browser, app_url, path, tmp_path):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(app_url + path, wait_until="domcontentloaded", timeout=60_000)
        settle(page)
        assert problems(page) == []
        body = page.inner_text("body")
        # app.py ran (not the bare page script): its navigation and filters are in the sidebar.
        sidebar = page.inner_text('[data-testid="stSidebar"]')
        assert "Privire de ansamblu" in sidebar and "Componentă" in sidebar
        assert "Page not found" not in body
    finally:
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        page.close()


def test_component_filter_lives_in_the_url(browser, app_url):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(app_url + "/servicii?componenta=dizabilitati", wait_until="domcontentloaded")
        settle(page)
        assert problems(page) == []
        assert "componenta=dizabilitati" in page.url
        # The link's component filters the registry: rows 37–48 and 50–56 with row 41's five
        # sub-units are the 23 disability service units of Cap. I.A.
        assert "23 unități de serviciu corespund filtrelor." in page.inner_text("body")
    finally:
        page.close()


def test_map_canvas_renders_with_its_legend(browser, app_url, tmp_path):
    page = browser.new_page(viewport={"width": 1440, "height": 1400})
    try:
        page.goto(app_url + "/harta", wait_until="domcontentloaded")
        settle(page)
        assert problems(page) == []
        assert page.query_selector('[data-testid="stDeckGlJsonChart"] canvas') is not None
        body = page.inner_text("body")
        assert "0 / fără valoare" in body and "Limite UAT: ANCPI" in body
        page.screenshot(path=str(tmp_path / "harta.png"))
    finally:
        page.close()


def test_twenty_concurrent_sessions_render_without_error(browser, app_url):
    """20 browser sessions open pages at once (the council room): every one renders clean."""
    paths = ["/date", "/raportare"] * 10  # light pages: this measures sessions, not charts
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in paths]
    try:
        pages = [c.new_page() for c in contexts]
        for page, path in zip(pages, paths, strict=True):
            page.goto(app_url + path, wait_until="commit")
        for page, path in zip(pages, paths, strict=True):
            settle(page, timeout=180)
            assert problems(page) == [], path
    finally:
        for c in contexts:
            c.close()


def test_drill_down_from_an_objective_to_the_source_line(browser, app_url):
    """On /obiective: open the first activity of the drill-down, follow 'Vezi linia din sursă'
    to /date?indicator=…, where the excerpt marks the indicator's source line."""
    page = browser.new_page(viewport={"width": 1440, "height": 1400})
    try:
        page.goto(app_url + "/obiective", wait_until="domcontentloaded")
        settle(page)
        drill = page.get_by_text("Detaliere: obiectiv → activitate → indicator")
        drill.scroll_into_view_if_needed()
        main = page.locator('[data-testid="stMainBlockContainer"]')
        # the plan 2022's first objective is Cap. II; its first activity is II.1
        main.locator('[data-testid="stExpander"] summary', has_text="II.1 ").first.click()
        link = page.get_by_role("link", name="Vezi linia din sursă").first
        link.wait_for(timeout=20_000)
        link.click()
        page.wait_for_url("**/date**", timeout=20_000)
        settle(page)
        assert problems(page) == []
        # (the indicator's id leaves the address when it is the list's first: the default)
        body = page.inner_text("body")
        assert "▶" in body  # the excerpt marks the source line
        assert "Planul anual de acțiune privind serviciile sociale" in body  # the document
        assert "000_4cfc5bf8d61bed48.txt" not in body  # never its file
    finally:
        page.close()


def test_component_filter_and_language_work_from_the_keyboard(browser, app_url):
    """Tab reaches the component filter and the language switch; arrows, Space and Enter
    choose — no mouse (the URL follows)."""
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    try:
        page.goto(app_url + "/", wait_until="domcontentloaded")
        settle(page)
        radio = page.get_by_role("radio", name="Toate componentele")
        radio.focus()  # where Tab lands in the sidebar group
        page.keyboard.press("ArrowDown")  # the next component, chosen as focus moves
        page.keyboard.press("Space")
        page.wait_for_url("**componenta=copii**", timeout=20_000)
        settle(page)
        romanian = page.get_by_role("radio", name="Română")
        for _ in range(40):  # Tab on from the component filter until the language switch
            page.keyboard.press("Tab")
            if romanian.evaluate("el => el === document.activeElement"):
                break
        else:
            raise AssertionError("Tab never reached the language switch")
        page.keyboard.press("ArrowRight")  # to English
        if "lang=en" not in page.url:
            page.keyboard.press("Enter")
        page.wait_for_url("**lang=en**", timeout=20_000)
        settle(page)
        assert "Overview" in page.inner_text("body")
        assert problems(page) == []
    finally:
        page.close()


@pytest.mark.parametrize(
    "path",
    [
        "/?prezentare=1&slide=2",
        "/servicii?prezentare=1&slide=3",  # two lines of sentence, two of source
        "/harta?prezentare=1",
        "/dezinstitutionalizare?prezentare=1&slide=6",  # the map in a half-width frame
        "/obiective?prezentare=1&slide=3",
    ],
)
def test_a_slide_fits_a_1366x768_screen(browser, app_url, path):
    """The council's screen: title, sentence, slide buttons, the chart or map, its source and
    the filter line all drawn without scrolling (they ran 50–200 px below)."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    try:
        page.goto(app_url + path, wait_until="domcontentloaded")
        settle(page)
        assert problems(page) == []
        for name in ("Următor", "Ieșire din prezentare"):
            box = page.get_by_role("button", name=name).bounding_box()
            assert box is not None and box["y"] + box["height"] <= 768, (name, box)
        chart = page.query_selector('[data-testid="stPlotlyChart"]').bounding_box()
        assert chart["x"] + chart["width"] <= 1366
        notes = page.query_selector_all('[class*="st-key-slide-note"]')
        assert len(notes) == 2  # the source, then the filters and the data's date
        assert "Componentă:" in notes[-1].inner_text()
        for note in notes:
            box = note.bounding_box()
            assert box["y"] + box["height"] <= 768, (note.inner_text()[:40], box)
    finally:
        page.close()


def test_key_figures_are_readable_on_a_tablet(browser, app_url):
    """At 820 px wide every key figure shows whole (no value cut to one digit)."""
    page = browser.new_page(viewport={"width": 820, "height": 1100})
    try:
        page.goto(app_url + "/", wait_until="domcontentloaded")
        settle(page)
        values = page.query_selector_all('[data-testid="stMetricValue"]')
        assert len(values) >= 5
        for value in values:
            cut = value.evaluate(
                "el => [...el.querySelectorAll('*'), el]"
                ".some(e => e.scrollWidth > e.clientWidth + 1)"
            )
            assert not cut, value.inner_text()
        assert "99.815,10" in page.inner_text("body")
    finally:
        page.close()
