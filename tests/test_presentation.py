"""Presentation mode (`?prezentare=1&slide=N`) and the URL round trip of every page's filters."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from display.filters import slide_from_query
from display.strings import CATALOG
from domain.components import COMPONENTS
from tests.app_pages import APP, app_pages, drawn
from tests.test_pages_apptest import run_page
from views.model import Query

SCRIPTS = [script for script, _, _, _ in app_pages()]
# Selections a page keeps in the URL besides the global filters (name → page).
PAGE_PARAMS = {"indicator", "uat"}  # /date: the indicator shown; /harta: the UAT profiled
# Texts that exist only in English (a Romanian slide must show none of them).
ENGLISH_ONLY = {e["en"] for e in CATALOG.values() if e["en"] != e["ro"] and "{" not in e["en"]} | {
    c.label_en for c in COMPONENTS
}


@pytest.mark.parametrize(
    ("query", "total", "expected"),
    [
        ({}, 4, 1),
        ({"slide": "2"}, 4, 2),
        ({"slide": "99"}, 4, 4),
        ({"slide": "0"}, 4, 1),
        ({"slide": "-3"}, 4, 1),
        ({"slide": "doi"}, 4, 1),
        ({"slide": ["3", "1"]}, 4, 3),
        ({"slide": "2"}, 0, 1),
    ],
)
def test_slide_from_query(query, total, expected):
    assert slide_from_query(query, total) == expected


def present(query: dict[str, str]) -> AppTest:
    """The Overview in presentation mode with extra query parameters."""
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.query_params["prezentare"] = "1"
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def slide_of(at: AppTest):
    """The slide's block: for a page without a builder, the first block (the page itself runs in
    a hidden container after it); for a page with one, the main area (the slide alone)."""
    from streamlit.testing.v1.element_tree import Block

    first = at.main.children[0]
    return first if isinstance(first, Block) else at.main


def slide_texts(at: AppTest) -> list[str]:
    """Every text a person reads on the slide."""
    slide = slide_of(at)
    texts = [e.value for kind in ("title", "markdown", "caption") for e in slide.get(kind)]
    texts += [b.label for b in slide.button] + [m.label for m in slide.metric]
    return texts


def test_slide_1_shows_the_key_figures_without_sidebar():
    at = present({"slide": "1"})
    assert len(at.sidebar.children) == 0, "presentation mode must not draw the sidebar"
    texts = [m.value for m in slide_of(at).markdown]
    # each tile: its label, then its value in large type
    assert texts[texts.index("Buget județean (mii lei)") + 1] == "99.815,10"
    assert texts[texts.index("Unități de serviciu") + 1] == "60"
    assert len(at.get("plotly_chart")) == 0
    context = slide_of(at).caption[-1].value
    assert "Componentă: Toate componentele" in context and "Date la " in context
    assert any(m.value == "Diapozitivul 1 din 4" for m in at.markdown)
    assert at.button(key="pres-prev").disabled


def test_slide_2_shows_one_chart_with_its_headline():
    at = present({"slide": "2"})
    assert len(at.sidebar.children) == 0
    assert len(at.get("plotly_chart")) == 1
    assert slide_of(at).title[0].value == "Locuri și beneficiari rezidenți pe componente"
    assert slide_of(at).markdown[0].value == (
        "**Cele mai multe locuri sunt la Persoane cu dizabilități: 1.122 din totalul de 1.418.**"
    )
    assert "Date la " in slide_of(at).caption[-1].value
    assert dict(at.query_params) == {"prezentare": "1", "slide": "2"}


@pytest.mark.parametrize("slide", ["1", "2", "3", "4"])
def test_romanian_slides_show_no_english(slide):
    at = present({"slide": slide})
    leaked = [t for t in slide_texts(at) if t in ENGLISH_ONLY or t.startswith("Source")]
    assert not leaked


def test_english_slide_is_english():
    at = present({"slide": "3", "lang": "en"})
    assert slide_of(at).title[0].value == "County budget by component (thousand lei)"
    assert "99,815.10 thousand lei" in slide_of(at).markdown[0].value
    assert "Data as of " in slide_of(at).caption[-1].value


def test_next_previous_and_leave_keep_the_url_in_step():
    at = present({"slide": "2", "componenta": "copii"})
    at.button(key="pres-next").click().run()
    assert at.query_params["slide"] == "3"
    assert slide_of(at).title[0].value == "Bugetul județean pe componente (mii lei)"
    assert "Componentă: Copii și familie" in slide_of(at).caption[-1].value
    at.button(key="pres-prev").click().run()
    assert at.query_params["slide"] == "2"
    at.button(key="pres-exit").click().run()
    assert not at.exception
    assert "prezentare" not in at.query_params and "slide" not in at.query_params
    assert at.query_params["componenta"] == "copii"
    assert at.sidebar.radio[0].value == "children"


def test_a_slide_number_past_the_end_shows_the_last_slide():
    at = present({"slide": "99"})
    assert at.query_params["slide"] == "4"
    assert slide_of(at).title[0].value == "Servicii peste capacitate"


@pytest.mark.parametrize("script", SCRIPTS)
def test_presentation_runs_on_every_page(script):
    at = run_page(script, {"prezentare": "1", "slide": "2"})
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.sidebar.children) == 0
    assert at.title, f"{script}: no slide title"
    assert at.query_params["prezentare"] == "1"
    assert "Date la " in slide_of(at).caption[-1].value, "every slide prints the as-of date"


def shown(at: AppTest) -> tuple[object, ...]:
    """What the page showed: its title, KPI tiles, chart titles and headlines."""
    if "_page_model" not in at.session_state:  # a page without a model (forms, sources)
        return ()
    views = drawn(at)
    charts = [(v.title, v.headline, len(v.table)) for v in views.shown]
    return views.title, tuple(views.kpi_pairs), tuple(charts)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "query",
    [
        {"componenta": "copii", "lang": "en"},
        {"componenta": "varstnici", "prezentare": "1", "slide": "1"},
    ],
    ids=["filters", "presentation"],
)
def test_every_page_round_trips_its_url(script, query):
    """The URL after a run holds exactly the filters given, and opening it again shows the same."""
    first = run_page(script, query)
    assert not first.exception
    url = dict(first.query_params)
    assert {k: url.get(k) for k in query} == query
    assert set(url) - set(query) <= PAGE_PARAMS, "a page wrote an undeclared URL parameter"
    again = run_page(script, url)
    assert shown(again) == shown(first)


def test_indicator_selection_round_trips_on_the_data_page():
    at = run_page("app_pages/data_sources.py", {"indicator": "p22-cap2-1-i2"})
    assert at.query_params["indicator"] == "p22-cap2-1-i2"
    assert any(s.value == "p22-cap2-1-i2" for s in at.selectbox)


def test_a_stray_slide_parameter_is_dropped_outside_presentation():
    at = run_page(SCRIPTS[0], {"componenta": "copii", "slide": "3"})
    assert dict(at.query_params) == {"componenta": "copii"}


def test_a_page_filter_is_printed_on_the_slide():
    """A filter of the page itself (service type) travels into presentation mode and is named."""
    at = run_page("app_pages/services.py")
    chosen = at.multiselect(key="svc_types")
    chosen.set_value([chosen.options[0]]).run()
    at.sidebar.button(key="pres-start").click().run()
    assert not at.exception
    # the page's own selection stays in the link beside the presentation parameters
    assert dict(at.query_params) == {
        "prezentare": "1", "slide": "1", "tip": "care_assistance_centre"
    }  # fmt: skip
    context = slide_of(at).caption[-1].value
    assert f"Tip de serviciu: {chosen.options[0]}" in context
    # the slides come from the page's model (views.services), which holds the page's filters
    from views import services

    model = services.build(Query.of(None, "ro", {"tip": "care_assistance_centre"}))
    assert model.filters == (("Tip de serviciu", chosen.options[0]),)


def test_the_slide_buttons_print_one_arrow():
    """„Anterior ←”: the keyboard shortcut prints its arrow, so the buttons carry no arrow icon
    (it printed „← Anterior ←”)."""
    at = present({"slide": "2"})
    for key in ("pres-prev", "pres-next"):
        assert at.button(key=key).proto.icon == "", key


def test_the_chart_shrinks_for_the_lines_above_and_below_it():
    """The chart's height leaves room for the slide's own title, sentence, source and filter
    lines: 1366×768 holds them all (a 400 px chart ran the source 50–200 px below)."""
    from ui.presentation import (
        FIXED_HEIGHT,
        HEADLINE_LINE,
        MIN_CHART_HEIGHT,
        NOTE_LINE,
        SCREEN_HEIGHT,
        Slide,
        chart_height,
    )
    from views.model import Section

    def slide(headline: str, source: str) -> Slide:
        return Slide("Cost pe loc", Section("k", "Cost pe loc", source, headline=headline))

    context = "Componentă: Toate componentele · Date la 30.11.2026."
    short = chart_height(slide("Un rând.", "Sursa: planul."), context)
    # two lines of sentence (+28 px) and three of source (+42 px): 70 px less chart
    long = chart_height(slide("x " * 80, "y " * 200), context)
    assert short - long == HEADLINE_LINE + 2 * NOTE_LINE
    assert short + FIXED_HEIGHT + HEADLINE_LINE + 16 + 2 * NOTE_LINE <= SCREEN_HEIGHT
    assert chart_height(slide("x " * 80, "y " * 200), context, demo=True) < long
    assert chart_height(slide("x " * 900, "y " * 900), context) == MIN_CHART_HEIGHT
