"""The "Copiază linkul" box: every page shows the URL of the view as it is (page and query)."""

from __future__ import annotations

import pytest

from tests.app_pages import app_pages
from ui.share_link import view_url


@pytest.mark.parametrize(
    ("app_url", "page_path", "query", "expected"),
    [
        ("http://h:8501", "obiective", {"componenta": "copii"},
         "http://h:8501/obiective?componenta=copii"),
        ("http://h:8501/dash/", "", {}, "http://h:8501/dash/"),
        ("https://x.ro", "servicii", {"complex": "b01,b02", "lang": "en"},
         "https://x.ro/servicii?complex=b01,b02&lang=en"),
        ("http://h", "date", {"indicator": "a b&c"}, "http://h/date?indicator=a+b%26c"),
        (None, "harta", {"uat": "20876"}, "/harta?uat=20876"),
    ],
)  # fmt: skip
def test_view_url(app_url, page_path, query, expected):
    assert view_url(app_url, page_path, query) == expected


@pytest.mark.parametrize(
    ("context_url", "page_path", "query", "expected"),
    [
        # st.context.url as Streamlit 1.67 gives it: the app's address + the page's path, no query
        ("http://h:8501", "", {}, "http://h:8501/"),
        ("http://h:8501", "", {"an": "2023"}, "http://h:8501/?an=2023"),
        ("http://h:8501/servicii", "servicii", {}, "http://h:8501/servicii"),
        ("http://h:8501/servicii", "servicii", {"an": "2022"}, "http://h:8501/servicii?an=2022"),
        ("http://h:8501/harta", "harta", {"uat": "21007"}, "http://h:8501/harta?uat=21007"),
        ("https://x.ro/dash/harta", "harta", {"uat": "1"}, "https://x.ro/dash/harta?uat=1"),
        ("http://h:8501/date/", "date", {}, "http://h:8501/date"),
    ],
)  # fmt: skip
def test_the_page_is_not_written_twice(context_url, page_path, query, expected):
    # once the page was appended to an address that already held it: …/servicii/servicii
    assert view_url(context_url, page_path, query) == expected


@pytest.mark.parametrize("script", [s for s, *_ in app_pages()])
def test_every_page_shows_its_link(script):
    from tests.test_pages_apptest import run_page

    path = next(p for s, p, *_ in app_pages() if s == script)
    at = run_page(script, {"componenta": "copii"})
    assert not at.exception
    assert any(c.value == "Copiază linkul" for c in at.sidebar.caption)
    links = [c.value for c in at.sidebar.code]
    # the page's own selections (e.g. /date's indicator) are part of the view, so of the link
    assert any(f"/{path}?componenta=copii" in link for link in links), links


def test_link_follows_the_language():
    from tests.test_pages_apptest import run_page

    at = run_page("app_pages/objectives.py", {"lang": "en"})
    assert any(c.value == "Copy the link" for c in at.sidebar.caption)
    assert any("/obiective?" in c.value and "lang=en" in c.value for c in at.sidebar.code)


def test_a_plan_id_is_written_as_an_address_and_reads_back():
    from urllib.parse import parse_qs, urlsplit

    url = view_url("http://h", "obiective", {"plan": "strategy_2025_2034"})
    assert url == "http://h/obiective?plan=strategy%5F2025%5F2034"
    assert parse_qs(urlsplit(url).query) == {"plan": ["strategy_2025_2034"]}
