"""The Deinstitutionalisation model (views.deinstitutionalisation), built without Streamlit from
the seeded store (2022) and from a store with the 2023 plan (tests/plan_support.derive_2023)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from loaders.tables import load_indicators, load_objectives
from metrics import deinstitution as dm
from tests.test_yearly_cycle import store_2023, with_2023  # noqa: F401  (fixtures)
from views import deinstitutionalisation as view
from views.model import Query

TODAY = date(2026, 5, 4)
SNAKE = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")
# Cap. I.A rows 43–47 (000_4cfc5bf8d61bed48.txt lines 407–427): capacity / target capacity
START_TARGET = {43: (96, 50), 44: (300, 50), 45: (65, 50), 46: (165, 50), 47: (100, 50)}


def _build(**params: str):
    from store import api

    return view.build(Query.of(None, "ro", params, today=TODAY, version=api.data_version()))


@pytest.fixture(scope="module")
def model():
    return _build()


def test_five_institutions_start_and_target_from_the_registry(model):
    ledger = model.section("deinst-progress").table.set_index("Nr. crt.")
    got = {
        int(r): (ledger.at[r, "Locuri la început"], ledger.at[r, "Locuri țintă"])
        for r in ledger.index
    }
    assert got == START_TARGET
    assert model.kpi_pairs[:3] == [
        ("Instituții în restructurare", "5"),
        ("Locuri la început", "726"),  # 96 + 300 + 65 + 165 + 100
        ("Locuri țintă", "250"),
    ]
    # Răcăciuni: 125 residents for a target of 50 (line 415: 125/>100%)
    assert ledger.at[44, "Rezidenți peste țintă"] == 75


def test_2022_reads_late_against_the_2022_deadline(model):
    ledger = model.section("deinst-progress").table
    assert set(ledger["Termen"]) == {"31.12.2022"}
    assert set(ledger["Situația față de termen"]) == {"⚠ întârziat"}
    assert "31.12.2022" in model.caption and "2022" in model.caption


def test_the_deadline_of_the_plan_in_force():
    """2022 plan, OG 5, activity 5.1.4 (closing the restructuring plans): 31.12.2022
    (000_4cfc5bf8d61bed48.txt lines 2952, 2971, 2987). The strategy's O.S. 5.1 "Continuarea
    procesului de dezinstituționalizare", measures 5.1.1–5.1.7: "2025 - 2029"
    (001_dfd4bbb413e2f194.txt lines 233–241). A registry year in between keeps 2022's."""
    indicators, objectives = load_indicators(), load_objectives()
    starts = {"plan_2022": (2022, "annual"), "strategy_2025_2034": (2025, "strategy")}
    deadline = lambda y: dm.deadline_in_force(indicators, objectives, starts, y)  # noqa: E731
    assert deadline(2021) is None
    assert deadline(2022) == ("plan_2022", date(2022, 12, 31))
    assert deadline(2024) == ("plan_2022", date(2022, 12, 31))
    assert deadline(2025) == ("strategy_2025_2034", date(2029, 12, 31))
    strategy = dm.restructuring_targets(indicators, objectives, "strategy_2025_2034")
    assert set(strategy["activity_number"]) == {f"5.1.{i}" for i in range(1, 8)}
    assert set(strategy["source_line"]) <= set(range(233, 242))


def test_no_snake_case_header_in_any_table(model):
    for section in model.sections:
        for frame in (section.table, section.downloadable):
            bad = [c for c in frame.columns if SNAKE.match(str(c))]
            assert not bad, (section.key, bad)
    flow = model.section("deinst-flow").table
    assert {"Linia proiectului în sursă", "Linia serviciului în sursă"} <= set(flow.columns)


def test_money_axis_prints_whole_lei(model):
    figure = model.section("deinst-money").figure
    assert figure.layout.xaxis.tickformat == ",.0f"
    assert figure.layout.separators == ",."


def test_every_view_is_a_section(model):
    keys = [s.key for s in model.sections]
    assert keys == [
        "deinst-progress", "deinst-path", "deinst-flow", "deinst-places", "deinst-map",
        "deinst-money", "deinst-timeline", "deinst-plan",
    ]  # fmt: skip
    shown = [s.key for s in model.shown]
    assert "deinst-map" in shown and "deinst-plan" not in shown  # a table is no slide


def test_bad_year_is_a_notice():
    model = _build(an="1999")
    assert any("1999" in n for n in model.notices)


@pytest.mark.usefixtures("store_2023")
def test_racaciuni_moves_with_the_2023_registry():
    """derive_2023: Răcăciuni (s44) 300 → 240 places: (300 − 240) / (300 − 50) = 24 %;
    the 2023 registry's plan (plan_2023, OG 5 copied from 2022) still says 31.12.2022."""
    model = _build(an="2023")
    ledger = model.section("deinst-progress").table.set_index("Nr. crt.")
    row = ledger.loc[44]
    assert (row["Locuri la început"], row["Locuri 2023"], row["Locuri acum"]) == (300, 240, 240)
    assert row["Progres (%)"] == pytest.approx(24.0)
    assert row["Situația din"] == 2023
    assert row["Situația față de termen"] == "⚠ întârziat"
    assert ledger.at[46, "Progres (%)"] == 0  # Comănești unchanged
    # all five: (300 − 240) / (726 − 250) = 60 / 476 = 12,6 %
    assert dict(model.kpi_pairs)["Progres spre țintă"] == "13 %"
    path = model.section("deinst-path").table
    assert sorted(path.loc[path["Nr. crt."] == 44, "Locuri"]) == [240, 300]
    assert "Planul anual de acțiune 2023" in model.caption
