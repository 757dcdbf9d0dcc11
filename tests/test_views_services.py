"""The Services builder (views.services) on the seeded store: the 2022 registry of
data/curated/services.csv (60 service units, 1,470 places; 17 units with 190 places in Bacău,
SIRUTA 20297; complex b01 = rows 1–3 in Onești, 20563), no Streamlit."""

from __future__ import annotations

import pandas as pd
import pytest

from readers.reported import data_key
from views import services
from views.model import Query


def query(lang: str = "ro", component: str | None = None, **params: str) -> Query:
    """A query as the page makes it, keyed on the test store's data version."""
    return Query.of(component, lang, params, version=data_key())


def places(table: pd.DataFrame, header: str = "Capacitate") -> float:
    return float(pd.to_numeric(table[header], errors="coerce").sum())


def test_the_2022_registry_lists_every_service_with_occupancy_and_both_costs():
    model = services.build(query(an="2022"))
    registry = model.section("registry")
    assert registry.kind == "table" and len(registry.table) == 60
    assert places(registry.table) == 1470
    for header in ("Grad de ocupare (%)", "Buget pe loc/an (lei)", "Buget pe beneficiar/an (lei)"):
        assert header in registry.table.columns
    assert model.caption == "60 unități de serviciu corespund filtrelor."
    assert model.filters == () and model.notices == ()
    assert registry.downloadable is registry.table and registry.file_name == "servicii"


def test_a_uat_from_the_link_narrows_every_view_and_is_printed_as_a_filter():
    model = services.build(query(an="2022", uat="20297"))
    registry = model.section("registry").table
    assert len(registry) == 17 and places(registry) == 190
    assert set(registry["UAT"]) == {"Bacău"}
    assert model.filters == (("UAT", "Bacău"),)
    assert [s.key for s in model.shown] == ["occupancy", "flows", "cost-per-place"]


def test_unknown_items_of_the_link_are_dropped_with_a_notice():
    model = services.build(query(an="2022", complex="b01,zz", tip="nu_exista"))
    assert len(model.section("registry").table) == 3  # s01–s03
    assert model.filters == (
        ("Complex (grup de buget)", services.options(query(an="2022")).complexes["b01"]),
    )
    assert len(model.notices) == 2
    assert any("„zz”" in n and "?complex=" in n for n in model.notices)
    assert any("„nu_exista”" in n and "?tip=" in n for n in model.notices)


def test_one_registry_year_has_no_service_history():
    q = query(an="2022")
    assert services.history_choices(q) == {}
    assert "service-history" not in [s.key for s in services.build(q).sections]


@pytest.mark.parametrize("lang", ["ro", "en"])
def test_every_table_header_is_a_label(lang):
    model = services.build(query(lang))
    for section in model.sections:
        assert not [c for c in section.table.columns if "_" in str(c)], section.key
    if lang == "en":
        assert "Budget per place/year (lei)" in model.section("registry").table.columns


def test_the_ambiguous_cells_are_a_table_and_not_a_slide():
    model = services.build(query(an="2022"))
    flags = model.section("flags")
    # 47 cells flagged in the source reading + 2 services (s16, s17) whose names now keep the
    # source's own text, the reading in a note (issue 22; s10–s15 had notes already)
    assert flags.kind == "table" and not flags.slide and len(flags.table) == 49
    assert flags not in model.shown
