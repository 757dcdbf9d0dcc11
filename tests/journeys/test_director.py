"""The director's first hour: every page from the sidebar, every component, the registry year
and a plan; a chart's data downloaded and read back; the same at 820 px with the sidebar
collapsed; the copied link of a filtered view opened in a fresh page."""

from __future__ import annotations

import csv
import io
import re

import pytest

from tests.browser.support import problems, settle

pytestmark = pytest.mark.browser

# (sidebar link, URL path, a text the page shows)
PAGES = [
    ("Servicii", "/servicii", "Registrul serviciilor"),
    ("Harta județului", "/harta", "Clasamentul UAT-urilor"),
    ("Dezinstituționalizare", "/dezinstitutionalizare", "Capacitate: început, acum și țintă"),
    ("Obiective", "/obiective", "Planul anual de acțiune DGASPC Bacău 2022"),
    ("Întârzieri", "/intarzieri", "Întârzieri pe plan"),
    ("Raportare", "/raportare", "Raportare"),
    ("Date și surse", "/date", "Date și surse"),
    ("Privire de ansamblu", "/", "99.815,10"),
]
# (radio, URL value, service units of Cap. I.A in the plan 2022's registry; None: fewer than 60)
COMPONENTS = [
    ("Copii și familie", "copii", None),
    ("Persoane cu dizabilități", "dizabilitati", 23),  # rows 37–48, 50–56, row 41's 5 sub-units
    ("Persoane vârstnice", "varstnici", None),
    ("Violență domestică", "violenta", None),
    ("Toate componentele", None, 60),
]
COUNT = re.compile(r"(\d+) unități de serviciu corespund filtrelor\.")
# a number in the CSV for a Romanian Excel: decimal comma, no thousands mark, at most 2 decimals
ROMANIAN_NUMBER = re.compile(r"^-?\d+(,\d{1,2})?$")
SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")

# Text cut by its box at the width it is shown in: widget labels, what a select shows (its
# choice or placeholder), key figures, titles.
# Text cut by its box at the width it is shown in: widget labels, key figures, titles, and
# the placeholder of an empty select (an input's placeholder, measured with its own font).
CUT_JS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const boxes = [...main.querySelectorAll('label, [data-testid=stMetricValue], h1')]
    .filter(e => e.offsetParent !== null && e.innerText.trim()
            && e.scrollWidth > e.clientWidth + 1)
    .map(e => e.innerText);
  const ctx = document.createElement('canvas').getContext('2d');
  const hints = [...main.querySelectorAll('input[placeholder]')]
    .filter(e => e.offsetParent !== null && !e.value && e.placeholder)
    .filter(e => { const s = getComputedStyle(e); ctx.font = `${s.fontSize} ${s.fontFamily}`;
                   return ctx.measureText(e.placeholder).width > e.clientWidth + 1; })
    .map(e => e.placeholder);
  return [...boxes, ...hints];
}"""


def _count(page) -> int:
    found = COUNT.search(page.inner_text('[data-testid="stMain"]'))
    assert found, page.url
    return int(found.group(1))


def _main_text(page) -> str:
    return page.inner_text('[data-testid="stMain"]')


def test_director_walks_pages_filters_downloads_and_shares(browser, journey_url, page, tmp_path):
    page.goto(journey_url + "/", wait_until="domcontentloaded")
    settle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    for link, path, text in PAGES:  # every page, from the sidebar
        sidebar.get_by_role("link", name=link, exact=True).click()
        page.wait_for_url(re.compile(rf"{re.escape(journey_url + path)}(\?|$)"), timeout=20_000)
        settle(page)
        assert problems(page) == [], path
        assert text in _main_text(page), (path, text)

    # each component on /servicii: the URL says it, the count follows
    page.goto(journey_url + "/servicii", wait_until="domcontentloaded")
    settle(page)
    for label, slug, expected in COMPONENTS:
        sidebar.get_by_text(label, exact=True).click()
        settle(page)
        if slug is None:
            assert "componenta=" not in page.url, page.url
        else:
            assert f"componenta={slug}" in page.url, (label, page.url)
        count = _count(page)
        assert count == expected if expected else 0 < count < 60, (label, count)
    sidebar.get_by_text("Persoane cu dizabilități", exact=True).click()
    page.wait_for_url("**componenta=dizabilitati**", timeout=20_000)
    settle(page)
    assert _count(page) == 23

    # the registry year: the plan 2022's registry is the one year stored
    page.get_by_role("combobox", name=re.compile("Anul registrului")).click()
    options = page.get_by_role("option").all_inner_texts()
    assert options == ["2022"], options
    page.get_by_role("option", name="2022").click()
    settle(page)
    assert _count(page) == 23

    # a chart's data: the cost per place of the disability services, CSV for Romanian Excel
    with page.expect_download() as caught:
        page.locator(".st-key-cost-per-place-csv button").first.click()
    download = caught.value
    text = (tmp_path / "cost.csv").write_bytes(_read(download)) and (
        tmp_path / "cost.csv"
    ).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = rows[0], [r for r in rows[1:] if r]
    assert body, text
    assert not any(SNAKE.search(h) for h in header), header  # labelled columns
    assert header == [
        "Complex",
        "Locuri",
        "Buget (mii lei)",
        "Cost/loc/an (lei)",
        "Cost/loc/lună (lei)",
    ], header
    by_name = {row[0]: row for row in body}
    comanesti = by_name["CIA Comănești (rândul 42)"]
    # 5.382,0 thousand lei for 50 places: 107.640 lei a place a year, 8.970 a month
    assert comanesti[1] == "50" and comanesti[2] == "5382,0", comanesti
    assert _number(comanesti[3]) == 107640 and _number(comanesti[4]) == 8970, comanesti
    for row in body:  # numbers as a Romanian Excel reads them, rounded to the column's decimals
        for cell in row[1:]:
            assert ROMANIAN_NUMBER.match(cell), (row[0], cell)

    # a plan on /obiective: the county strategy
    page.goto(journey_url + "/obiective", wait_until="domcontentloaded")
    settle(page)
    page.get_by_role("combobox", name=re.compile("^Plan")).click()
    strategy = page.get_by_role("option", name=re.compile("^Strategia județeană"))
    strategy.click()
    page.wait_for_url("**plan=**", timeout=20_000)
    settle(page)
    assert problems(page) == []
    assert "Strategia județeană" in _main_text(page)

    # at 820 px: the director folds the sidebar away; no label, value or title is cut
    page.set_viewport_size({"width": 820, "height": 1000})
    for path in ("/servicii?componenta=dizabilitati", "/", "/obiective"):
        page.goto(journey_url + path, wait_until="domcontentloaded")
        settle(page)
        if (page.locator('[data-testid="stSidebar"]').bounding_box() or {}).get("width", 0) > 0:
            page.locator('[data-testid="stSidebar"]').hover()  # its » shows on hover
            page.get_by_role("button", name="Collapse sidebar").click()
            settle(page)
        box = page.locator('[data-testid="stSidebar"]').bounding_box()
        assert box is None or box["x"] + box["width"] <= 0, (path, box)
        assert page.evaluate(CUT_JS) == [], path
    page.set_viewport_size({"width": 1366, "height": 768})

    # the link of /servicii with a component, copied from the sidebar, in a fresh page
    page.goto(journey_url + "/servicii?componenta=dizabilitati", wait_until="domcontentloaded")
    settle(page)
    link = page.locator('[data-testid="stSidebar"] code').inner_text().strip()
    assert link == journey_url + "/servicii?componenta=dizabilitati", link
    fresh = page.context.new_page()
    fresh.goto(link, wait_until="domcontentloaded")
    settle(fresh)
    assert problems(fresh) == []
    assert _count(fresh) == 23
    assert fresh.get_by_role("radio", name="Persoane cu dizabilități").is_checked()
    fresh.close()


def _read(download) -> bytes:
    """The downloaded file's bytes."""
    with open(download.path(), "rb") as file:
        return file.read()


def _number(cell: str) -> float:
    """A Romanian CSV number as a float."""
    return float(cell.replace(",", "."))
