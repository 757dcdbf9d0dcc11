"""Odd values in every URL parameter of every page (views.pages, domain.url_params): the
page runs without an exception and says, in Romanian, what it did with the value."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from domain.url_params import (
    BY_NAME,
    URL_PARAMS,
    parse_date,
    parse_number,
    parse_text,
    shown_value,
)
from views.pages import PAGES, SCRIPTS, builder_of, pages_reading

SCRIPT_OF = SCRIPTS
ODD = ["²", "abc", "-1", "1e9", "", "x" * 10_000, "![t](http://127.0.0.1:9/p.png)", "\x00"]
ODD_IDS = ["superscript", "abc", "minus", "exp", "empty", "long", "markdown", "nul"]
# Whole pages (AppTest) take the three that reach furthest: a digit Python's isdigit() accepts
# (it crashed /harta?uat=² and /?slide=²), a markdown image (drawn, it fetched the address) and a
# 10.000-character value; every value goes through the parsers and the builders below, and the
# parsers are the only way a page reads a parameter (domain.url_params).
PAGE_ODD = {"superscript", "long", "markdown"}
# a parameter read only beside another one's value
WITH = {
    "componenta_distanta": {"metrica": "nearest_km"},
    "traiectorie": {"plan": "strategy_2025_2034"},
    "slide": {"prezentare": "1"},  # /?prezentare=1&slide=² raised ValueError
}
BEHIND_LOGIN = {"raportare"}  # the page reads ?plan= once someone has logged in
CASES = [
    pytest.param(name, page.path, value, id=f"{name}-{page.path or 'root'}-{vid}")
    for page in PAGES
    for name in page.params
    for value, vid in zip(ODD, ODD_IDS, strict=True)
    if vid in PAGE_ODD
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023", 2023),
        (" 7 ", 7),
        ("²", None),
        ("١", None),
        ("-1", None),
        ("1e9", None),
        ("1.5", None),
        ("", None),
        (None, None),
        ("1" * 10, None),
        (["12"], 12),
    ],
)
def test_numbers_are_ascii_digits_only(raw, expected):
    # "²".isdigit() is True and int("²") raises; int("١") is 1
    assert parse_number(raw) == expected


def test_dates_and_texts():
    from datetime import date

    assert parse_date("2022-12-31") == date(2022, 12, 31)
    assert parse_date("2022-02-30") is None
    assert parse_date("²022-12-31") is None
    assert parse_text("plan_2022") == "plan_2022"
    assert parse_text("a\u202eb") is None
    assert parse_text("x" * 10_000) is None
    assert shown_value("a\u202eb\x00c") == "abc"
    assert len(shown_value("x" * 10_000)) == 40


def test_every_declared_parameter_is_read_by_a_page():
    unread = [p.name for p in URL_PARAMS if not pages_reading(p.name)]
    assert unread == [], "declared in domain/url_params.py, read by no page (views/pages.py)"


def _texts(at) -> list[str]:
    import re

    shown = [*at.warning, *at.info, *at.caption, *at.sidebar.caption]
    return [re.sub(r"\\(.)", r"\1", str(e.value)) for e in shown]  # display.inert's escapes undone


@pytest.mark.parametrize(("param", "page", "value"), CASES)
def test_an_odd_value_is_said_and_never_raises(param, page, value):
    from tests.test_pages_apptest import run_page

    at = run_page(SCRIPT_OF[page], {**WITH.get(param, {}), param: value})
    assert not at.exception, [e.value for e in at.exception]
    if param in ("prezentare", "slide") or page in BEHIND_LOGIN or not value.strip("\x00"):
        return  # presentation: the slides start at 1; an empty value asks for nothing
    texts = _texts(at)
    quoted = shown_value(value)
    assert any(param in t or (quoted and quoted in t) for t in texts), (param, texts[:8])


# the parameters whose builder says an odd value (the others are covered page by page above)
BUILT = [
    (BY_NAME[name], page.path)
    for page in PAGES
    for name in page.params
    if BY_NAME[name].said_by_builder
    and builder_of(page.path) is not None
    and (name, page.path) != ("uat", "harta")
]  # /harta's ?uat= is the profile's (views.uat_profile), tested below
BUILT_ODD = ["²", "abc", "![t](http://127.0.0.1:9/p.png)"]


@pytest.mark.parametrize(
    ("param", "page"), BUILT, ids=[f"{p.name}-{g or 'root'}" for p, g in BUILT]
)
def test_every_builder_takes_every_odd_value(param, page):
    # the builders are what `python -m pack build '/harta?an=²'` runs (a ValueError there)
    from pack.cli import split_page_path
    from views.model import Query

    build = builder_of(page)
    for value in BUILT_ODD:
        path, query = split_page_path(f"/{page}?{urlencode({param.name: value})}")
        assert path == page
        model = build(Query.of(None, "ro", {**WITH.get(param.name, {}), **query}))
        if param.said_by_builder and value.strip("\x00") and query:
            quoted = shown_value(value, 11).rstrip("…")  # notices quote 12 characters or more
            said = [n for n in model.notices if param.name in n or (quoted and quoted in n)]
            assert said, (param.name, page, value[:20], model.notices)


@pytest.mark.parametrize("value", BUILT_ODD)
def test_the_map_profile_says_an_odd_uat(value):
    from views import uat_profile
    from views.model import Query

    model = uat_profile.build(Query.of(None, "ro", {"uat": value}))
    assert any("uat=" in n for n in model.notices), model.notices
