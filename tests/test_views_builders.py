"""Page builders (`views/`): models built without Streamlit from the seeded store — the numbers
the sources print, notices for URL values that name nothing, and what every model shows a
reader (labelled columns, no internal names)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from metrics import lateness as ml
from views import lateness, overview
from views.model import PageModel, Query
from views.pages import PAGES, builder_of

SNAKE = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")
DOTTED_YEAR = re.compile(r"\b20\.\d{2}\d\b|\b2\.0\d{2}\b")
BUILT_PAGES = [p.path for p in PAGES if p.packable]
TODAY = date(2026, 11, 30)


def model(path: str, **params: str) -> PageModel:
    build = builder_of(path)
    assert build is not None
    return build(Query.of(None, "ro", params, today=TODAY))


def test_builders_import_no_streamlit():
    modules = ", ".join(p.builder for p in PAGES if p.builder)
    code = f"import sys, {modules}; print(any(m.startswith('streamlit') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_overview_key_figures_are_the_registry_totals():
    page = overview.build(Query(today=TODAY))
    tiles = dict(page.kpi_pairs)
    # Cap. I.A of the 2022 plan: 60 service units, 1.418 places, the printed budget 99.815,10
    assert tiles["Unități de serviciu"] == "60"
    assert tiles["Locuri"] == "1.418"
    assert tiles["Buget județean (mii lei)"] == "99.815,10"
    places = page.section("places-by-component")
    assert places.headline == (
        "Cele mai multe locuri sunt la Persoane cu dizabilități: 1.122 din totalul de 1.418."
    )
    assert places.width == "half" and places.figure is not None
    # one registry year: no trend charts, and the page says when they start
    assert "trend-places" not in [s.key for s in page.sections]
    assert "evoluția se vede de la registrul anului următor" in page.caption
    assert page.links == (("intarzieri", page.links[0][1]),)
    assert page.links[0][1].startswith("Ce întârzie: ")


def test_overview_component_filter_narrows_every_figure():
    everything = overview.build(Query(today=TODAY))
    children = overview.build(Query(component="children", today=TODAY))
    assert dict(children.kpi_pairs)["Locuri"] != dict(everything.kpi_pairs)["Locuri"]
    table = children.section("places-by-component").table
    assert table["Componentă"].tolist() == ["Copii și familie"]


def test_overview_names_a_year_that_has_no_registry():
    page = overview.build(Query.of(None, "ro", {"an": "1999"}, today=TODAY))
    assert page.notices == ("Anul „1999” din adresă nu are registru; se arată registrul 2022.",)
    assert dict(page.kpi_pairs)["Locuri"] == "1.418"


def test_english_model_is_english():
    page = overview.build(Query(lang="en", today=TODAY))
    assert page.title == "Overview"
    assert dict(page.kpi_pairs)["County budget (thousand lei)"] == "99,815.10"


def test_lateness_counts_match_its_list():
    page = lateness.build(Query(today=TODAY))
    listed = page.section("late-list").table
    kinds = listed["Situația"].value_counts().to_dict()
    tiles = dict(page.kpi_pairs)
    assert int(tiles["Nerealizate la termen"].replace(".", "")) == kinds.get(
        "⚠ nerealizat la termen", 0
    )
    assert int(tiles["Termen trecut, neraportate"].replace(".", "")) == kinds.get(
        "◌ termen trecut, neraportat", 0
    )
    # nothing is reported in the seeded store: nothing can be missed, all past deadlines unreported
    assert tiles["Nerealizate la termen"] == "0"
    assert len(listed) > 0
    assert [name for name, _ in page.definitions] == [
        "⚠ nerealizat la termen", "◌ termen trecut, neraportat", "▼ sub ritm înainte de termen"
    ]  # fmt: skip


def test_lateness_owner_filter_and_a_bad_owner():
    everything = lateness.build(Query(today=TODAY))
    owners = lateness.owner_options(Query(today=TODAY))
    unit = next(iter(owners))
    mine = lateness.build(Query.of(None, "ro", {"responsabil": unit}, today=TODAY))
    assert len(mine.section("late-list").table) <= len(everything.section("late-list").table)
    assert mine.filters == (("Responsabil (serviciul meu)", owners[unit]),)
    bad = lateness.build(Query.of(None, "ro", {"responsabil": "nimeni"}, today=TODAY))
    assert bad.notices == (
        "Responsabilul „nimeni” din adresă nu există; se arată toți responsabilii.",
    )
    assert len(bad.section("late-list").table) == len(everything.section("late-list").table)


def test_lateness_kinds_are_the_registry_kinds():
    assert ml.LATE_KINDS == ("missed", "unreported", "behind")


@pytest.mark.parametrize("path", BUILT_PAGES)
@pytest.mark.parametrize("lang", ["ro", "en"])
def test_every_model_speaks_to_a_reader(path, lang):
    """No snake_case header, `None`/`nan` cell or dotted year in any section a model holds."""
    build = builder_of(path)
    page = build(Query(lang=lang, today=TODAY))
    assert page.title and page.path == path
    for section in page.sections:
        for frame in (section.table, section.downloadable):
            headers = [str(c) for c in frame.columns]
            assert not [h for h in headers if SNAKE.match(h)], (section.key, headers)
            cells = frame.astype(str).to_numpy().ravel().tolist()
            assert "None" not in cells and "nan" not in cells, section.key
        texts = [section.title, section.headline or "", section.source, *section.notes]
        assert not [t for t in texts if DOTTED_YEAR.search(t)], texts
    assert isinstance(page.sections, tuple) and all(
        isinstance(s.table, pd.DataFrame) for s in page.sections
    )


def test_glossary_explains_the_abbreviations_a_page_prints():
    from domain.glossary import explain, found_in

    assert found_in(["CRRN Răcăciuni", "CSSPD Tg.Ocna", "un AMP-ist", "CIAO"]) == [
        "CRRN", "CSSPD"
    ]  # fmt: skip
    assert explain(["CRRN"], "ro") == [
        ("CRRN", "Centrul de recuperare și reabilitare neuropsihiatrică")
    ]
    # the late list names owners such as "CRRN Răcăciuni" and "CPRU" (2022 plan, Cap. III)
    found = dict(lateness.build(Query(today=TODAY)).glossary("ro"))
    assert found["CRRN"] == "Centrul de recuperare și reabilitare neuropsihiatrică"
    assert found["CPRU"] == "Centrul de primire în regim de urgență"
    assert "CABR" not in found


def test_every_curated_table_shows_labelled_columns():
    """/date shows (and downloads) each curated file with the registry's labels."""
    from pathlib import Path

    from display.tables import labelled_columns

    for path in sorted(Path("data/curated").glob("*.csv")):
        frame = pd.read_csv(path, nrows=5)
        shown = labelled_columns(frame, path.stem, "ro")
        assert not [c for c in shown.columns if SNAKE.match(str(c))], path.name
        assert "nan" not in shown.astype(str).to_numpy().ravel().tolist(), path.name


def test_an_indicator_reads_in_words_on_the_data_page():
    from display.i18n import translator
    from display.tables import parsed_fields
    from readers import catalogue

    row = catalogue.indicators().set_index("indicator_id").loc["p22-1.1.1-i1"]
    shown = parsed_fields(
        row, ["plan_id", "target_kind", "direction", "notes"], translator("ro"), "ro"
    )
    values = dict(zip(shown["Câmp"], shown["Valoare"], strict=True))
    assert values["Tipul țintei"] in {"număr", "procent (pondere 0–100)", "da/nu", "text",
                                       "creștere procentuală"}  # fmt: skip
    assert "None" not in values.values() and "nan" not in values.values()


def test_money_axes_print_whole_numbers_not_k():
    page = overview.build(Query(today=TODAY))
    fig = page.section("budget-by-component").figure
    assert fig.layout.xaxis.tickformat == ",~f" and fig.layout.separators == ",."


def test_grids_show_romanian_numbers_and_plain_years():
    from display.tables import styled

    frame = pd.DataFrame(
        {"Populație": [7069], "Valoare": [35.3657], "Rândul în sursă": [1677], "An": [2022]}
    )
    shown = styled(frame, "ro").to_string().split("\n")[1].split()
    assert shown == ["0", "7.069", "35,37", "1677", "2022"]
    english = styled(frame, "en").to_string().split("\n")[1].split()
    assert english == ["0", "7,069", "35.37", "1677", "2022"]


def test_institution_names_shorten_to_the_plans_own_abbreviations():
    from domain.glossary import abbreviate

    # services.csv rows 44, 46, 45 (Cap. I.A): the names the 2022 plan abbreviates itself
    assert abbreviate("Centrul de recuperare și reabilitare neuropsihiatrică Răcăciuni") == (
        "CRRN Răcăciuni"
    )
    assert abbreviate(
        "Centrul de recuperare și reabilitare a persoanelor cu handicap Comănești"
    ) == ("CRRPH Comănești")
    assert abbreviate("Casa Gabriela – Rețea de case de tip familial") == (
        "Casa Gabriela – Rețea de case de tip familial"
    )


def test_a_grid_never_shows_none_for_a_missing_cell():
    from display.tables import as_text, styled

    frame = pd.DataFrame({"Ținta": [1.0, None], "Unitate": ["x", None], "An": [2022, 2023]})
    assert styled(frame, "ro").to_string().split("\n")[2].split() == ["1", "–", "–", "2023"]
    shown, _ = as_text(frame, "ro")
    assert shown.iloc[1].tolist() == ["–", "–", "2023"]


def test_objectives_changes_print_romanian_dates():
    from views import objectives

    changes = pd.DataFrame(
        {
            "indicator_id": ["p22-cap3-b1-i1"], "status_before": ["on_pace"],
            "status_after": ["missed"], "actual_before": [543.0], "actual_after": [1062.0],
            "due_before": ["2022-12-31"], "due_after": ["2022-12-31"],
        }
    )  # fmt: skip
    section = objectives._since(
        Query(today=TODAY), changes, "Sursa", date(2022, 12, 31), date(2022, 6, 30)
    )
    row = section.table.iloc[0].tolist()
    assert row[-2:] == ["31.12.2022", "31.12.2022"]
