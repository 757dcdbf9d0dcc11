"""Formatting, string catalogue and URL filter parsing."""

import math

import pytest

from display import i18n
from display.filters import Filters, filters_from_query
from display.fmt import fmt_date, fmt_lei, fmt_number, fmt_pct
from display.strings import CATALOG


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        (99815.1, 2, "ro", "99.815,10"),
        (99815.1, 2, "en", "99,815.10"),
        (3431.1, 2, "ro", "3.431,10"),
        (846, 0, "ro", "846"),
        (None, 0, "ro", "–"),
        (math.nan, 1, "ro", "–"),
    ],
)
def test_fmt_number(value, decimals, lang, expected):
    assert fmt_number(value, decimals, lang) == expected


def test_fmt_pct_and_lei():
    assert fmt_pct(116.666, 1, "ro") == "116,7 %"
    assert fmt_pct(87.5, 1, "en") == "87.5%"
    assert fmt_lei(3431100, "ro") == "3.431.100 lei"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2022-12-31", "ro", "31.12.2022"),
        ("2022-06-30", "en", "30/06/2022"),
        ("2029", "ro", "2029"),
    ],
)
def test_fmt_date(value, lang, expected):
    assert fmt_date(value, lang) == expected


def test_every_string_has_both_languages_and_romanian_diacritics_are_comma_below():
    for key, entry in CATALOG.items():
        assert entry.get("ro") and entry.get("en"), key
        # Cedilla ş/ţ are the wrong Romanian letters; comma-below ș/ț are right.
        assert not set("şţŞŢ") & set(entry["ro"]), key


def test_missing_string_is_a_named_error():
    with pytest.raises(i18n.MissingStringError, match="nav.nowhere"):
        i18n.t("nav.nowhere")


def test_unknown_language_falls_back_to_romanian():
    assert i18n.t("nav.services", "xx") == "Servicii"


@pytest.mark.parametrize(
    ("query", "expected", "ignored"),
    [
        ({}, Filters(), []),
        ({"componenta": "copii"}, Filters(component="children"), []),
        ({"componenta": "VIOLENTA"}, Filters(component="domestic_violence"), []),
        ({"componenta": "<script>"}, Filters(), ["componenta"]),
        ({"lang": "en", "prezentare": "1"}, Filters(lang="en", presentation=True), []),
        ({"lang": "fr", "prezentare": "yes"}, Filters(), ["lang", "prezentare"]),
        ({"componenta": ["dizabilitati", "copii"]}, Filters(component="disability"), []),
        ({"componenta": "x" * 10_000}, Filters(), ["componenta"]),
    ],
)
def test_filters_from_query(query, expected, ignored):
    assert filters_from_query(query) == (expected, ignored)


def test_filters_round_trip_through_the_url():
    for filters in [Filters(), Filters("elderly", "en", True), Filters("children")]:
        assert filters_from_query(filters.to_query())[0] == filters


def test_fmt_datetime_in_bucharest_time():
    from datetime import UTC, datetime

    from display.fmt import fmt_datetime

    assert fmt_datetime(datetime(2022, 12, 31, 12, 5, tzinfo=UTC)) == "31.12.2022 14:05"  # EET
    assert fmt_datetime(datetime(2022, 6, 30, 21, 30)) == "01.07.2022 00:30"  # naive = UTC, EEST
    assert fmt_datetime(datetime(2022, 6, 30, 9, 0), "en") == "30/06/2022 12:00"
    assert fmt_datetime(None) == "–"


def test_the_data_page_reads_plans_numbers_and_dates_as_a_person_writes_them():
    """/date: „Plan: plan_2022”, „Ținta 100.0”, „Termen 2022-12-31”, „3431.1” no more."""
    import pandas as pd

    from curation.common import CURATED
    from display.i18n import translator
    from display.tables import parsed_fields, readable_columns
    from readers import catalogue

    row = catalogue.indicators().set_index("indicator_id").loc["p22-1.1.4-i1"]
    shown = parsed_fields(
        row, ["plan_id", "target_value", "deadline", "source_line"], translator("ro"), "ro"
    )
    assert shown.values.tolist() == [
        ["Plan", "Planul anual de acțiune DGASPC Bacău 2022"],
        ["Ținta", "100"],
        ["Termen", "31.12.2022"],
        ["Rândul în sursă", "1301"],  # a line number as written, never 1.301
    ]
    budgets = pd.read_csv(CURATED / "budget_groups.csv", dtype=str, keep_default_na=False)
    first = readable_columns(budgets, "budget_groups", "ro").iloc[0]
    assert first["Buget județean (mii lei)"] == "3.431,10"
    assert first["Document sursă"] == (
        "„Planul anual de acțiune privind serviciile sociale, Consiliul Județean Bacău”, 2022"
    )
    assert first["Rândul în sursă"] == "102"
    milestones = catalogue.milestones("plan_2022")
    due = readable_columns(milestones.head(1), "milestones", "en").iloc[0].tolist()
    assert due == ["p22-1.1.4-i1", "30/06/2022", "50"]


def test_source_lines_name_the_document_never_its_file():
    from datetime import date

    from views import lateness, overview, services
    from views.model import Query

    for build in (overview.build, services.build, lateness.build):
        page = build(Query(today=date(2022, 11, 30)))
        sources = [s.source for s in page.sections] + [page.caption]
        assert not [s for s in sources if ".txt" in s or "Fidelity" in s], sources
    source = overview.build(Query(today=date(2022, 11, 30))).sections[0].source
    assert (
        "„Planul anual de acțiune privind serviciile sociale, Consiliul Județean Bacău”, 2022"
        in (source)
    )


def test_the_change_headline_says_how_many_stayed_on_their_step():
    """„67 au urcat, 127 au coborât” out of 208 said nothing of the other 14."""
    from datetime import date

    import pandas as pd

    from views.model import Query
    from views.objectives import _since

    statuses = [("on_pace", "achieved")] * 2 + [("on_pace", "missed")] * 3 + [("achieved",) * 2]
    changes = pd.DataFrame(
        {
            "indicator_id": [f"i{n}" for n in range(6)],
            "status_before": [b for b, _ in statuses],
            "status_after": [a for _, a in statuses],
            "actual_before": [1.0] * 6,
            "actual_after": [2.0] * 6,
            "due_before": ["2022-12-31"] * 6,
            "due_after": ["2022-12-31"] * 6,
        }
    )
    section = _since(Query(), changes, "Sursa: test", date(2022, 6, 30), date(2022, 3, 31))
    assert section.headline == (
        "Indicatori schimbați între 31.03.2022 și 30.06.2022: 6 — în stare 2 în sus, 3 în jos, "
        "1 pe aceeași treaptă."
    )


def test_grids_never_show_none_in_text_cells():
    """/obiective's indicators (unit, owner) and /servicii's ambiguous cells: no „None”."""
    from datetime import date

    from views import objectives, services
    from views.model import Query

    table = objectives.build(Query(today=date(2022, 11, 30))).section("obj-table").table
    assert table["Unitate"].isna().sum() == 0 and (table["Unitate"] == "").sum() == 46
    assert table["Responsabil"].isna().sum() == 0
    flags = services.build(Query()).section("flags").table
    text = flags.select_dtypes(exclude="number")
    assert not text.isna().to_numpy().any()


def test_counts_among_values_are_written_without_decimals():
    """„1.062,00”: a count in a column of several indicators' values keeps no decimals; an
    amount column keeps its two (1.662,00 beside 1.726,10)."""
    import pandas as pd

    from display.tables import number_formats

    frame = pd.DataFrame(
        {"Ultima valoare": [1062.0, 35.5], "Ținta în vigoare": [900.0, 12.5],
         "Buget (mii lei)": [1662.0, 1726.1]}
    )  # fmt: skip
    shown = {c: [f(v) for v in frame[c]] for c, f in number_formats(frame, "ro").items()}
    assert shown == {
        "Ultima valoare": ["1.062", "35,50"],
        "Ținta în vigoare": ["900", "12,50"],
        "Buget (mii lei)": ["1.662,00", "1.726,10"],
    }


def test_the_lineage_of_a_corrected_indicator_shows_its_corrections():
    """/date?indicator=p22-1.1.4-i1 (a corrected indicator) drew an exception box."""
    from tests.test_pages_apptest import run_page

    at = run_page("app_pages/data_sources.py", {"indicator": "p22-1.1.4-i1"})
    assert not at.exception, [e.value for e in at.exception]
    assert any("Corecturi aplicate" in m.value for m in at.markdown)
    assert "31.12.2022" in " ".join(str(d.value.to_dict()) for d in at.dataframe)
