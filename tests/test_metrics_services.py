"""Service metrics computed by hand from Cap. I.A of the 2022 plan."""

import math

import pandas as pd
import pytest

from loaders.tables import load_budget_groups, load_services
from metrics import services as ms
from metrics.definitions import METRICS


@pytest.fixture(scope="module")
def registry():
    return load_services(), load_budget_groups()


def test_county_budget_total(registry):
    _, groups = registry
    assert ms.county_budget_thousand_lei(groups) == pytest.approx(99815.10)  # lines 102–460


def test_budget_per_place_of_a_complex(registry):
    services, groups = registry
    cost = ms.budget_per_place(services, groups).set_index("budget_group")
    # Alexandra Onești (rows 1–3): 3.431,10 thousand lei / (12 + 12 + 14) places
    assert cost.at["b01", "places"] == 38
    assert cost.at["b01", "budget_per_place_year_lei"] == pytest.approx(3_431_100 / 38)
    assert cost.at["b01", "budget_per_place_month_lei"] == pytest.approx(3_431_100 / 38 / 12)
    # CRRN Răcăciuni (row 44): 9.174,70 thousand lei / 300 places = 30.582,33 lei per place
    assert cost.at["b13", "budget_per_place_year_lei"] == pytest.approx(30582.333, rel=1e-6)
    # Other sources (X) and the foster-care network (no places) get no cost, never inf.
    assert cost.at["b06", "cost_flag"] == "other_sources"
    assert cost.at["b08", "cost_flag"] == "no_places"
    assert math.isnan(cost.at["b08", "budget_per_place_year_lei"])


def test_over_capacity_services(registry):
    services, _ = registry
    over = ms.over_capacity(services).set_index("service_id")
    # Row 1 Casa Gabriela: 14 children in 12 places (line 97) → 116,7 %
    assert over.at["s01", "occupancy_pct"] == pytest.approx(14 / 12 * 100)
    assert over.at["s01", "residents_over_capacity"] == 2
    # Row 22 Bicaz: 7 in 6 places, printed 116 % (line 253)
    assert "s22" in over.index
    # The day recovery centre of row 3 (134 per year, 14 places) is never an "over-capacity" place.
    assert "s03" not in over.index


def test_day_services_are_reported_apart(registry):
    services, _ = registry
    occ = ms.occupancy(services).set_index("service_id")
    assert occ.at["s03", "measure"] == "flow" and math.isnan(occ.at["s03", "occupancy_pct"])
    assert occ.at["s36", "measure"] == "network"
    totals = ms.totals_by(services, "component").set_index("component")
    # Flow beneficiaries of children: row 3 (134), row 9 (17), row 30 (131) = 282
    assert totals.at["children", "flow_beneficiaries"] == 282


def test_zero_capacity_gives_nan_with_a_flag():
    frame = pd.DataFrame(
        {
            "service_id": ["a"], "service_type": ["protected_house"],
            "capacity": pd.array([0], "Int64"), "beneficiaries": pd.array([3], "Int64"),
        }
    )  # fmt: skip
    occ = ms.occupancy(frame)
    assert occ.at[0, "occupancy_status"] == "no_capacity"
    assert math.isnan(occ.at[0, "occupancy_pct"])


def test_registry_declares_every_metric_the_functions_produce(registry):
    services, groups = registry
    produced = set(ms.totals_by(services, "component").columns) | set(
        ms.budget_per_place(services, groups).columns
    )
    for name in ("service_units", "places", "residents", "flow_beneficiaries", "occupancy_pct",
                 "county_budget_thousand_lei", "budget_per_place_year_lei",
                 "budget_per_place_month_lei"):  # fmt: skip
        assert name in produced and name in METRICS, name
    for metric in METRICS.values():
        assert metric.label_ro and metric.label_en and metric.definition_ro and metric.definition_en


def _two_years(services, groups):
    """The curated 2022 registry and a hand-made 2023: Răcăciuni (row 44, b13) 300 → 250
    places, Alexandra Onești row 1 (b01) 12 → 24 places; residents and budgets unchanged."""
    later = services.copy()
    later["snapshot_year"] = 2023
    later.loc[later["row_no"] == 44, "capacity"] = 250
    later.loc[(later["row_no"] == 1), "capacity"] = 24
    return {2022: (services, groups), 2023: (later, groups)}


def test_trend_figures_from_two_registry_years(registry):
    services, groups = registry
    years = _two_years(services, groups)
    yearly = ms.yearly_totals(years)
    change = ms.year_on_year(yearly, year=2023, previous=2022).set_index("component")
    # −50 places in disability, +12 in children: −38 overall; nobody moved, budgets unchanged
    assert change.at["disability", "places_change"] == -50
    assert change.at["children", "places_change"] == 12
    assert change.at["all", "places_change"] == -38
    assert change.at["all", "residents_change"] == 0
    assert change.at["all", "county_budget_thousand_lei_change"] == 0
    assert change.at["all", "county_budget_thousand_lei_now"] == pytest.approx(99815.10)
    # occupancy of the county rises: same residents over 38 fewer places
    rated = ms.occupancy(services)
    rated = rated[rated["occupancy_pct"].notna()]
    before = rated["beneficiaries"].sum() / rated["capacity"].sum() * 100
    after = rated["beneficiaries"].sum() / (rated["capacity"].sum() - 38) * 100
    assert change.at["all", "occupancy_pct_before"] == pytest.approx(before)
    assert change.at["all", "occupancy_pct_now"] == pytest.approx(after)
    # the disability-only view of the same years
    only = ms.yearly_totals(years, component="disability")
    assert set(only["component"]) == {"disability", "all"}


def test_service_history_costs_per_place_and_per_resident(registry):
    services, groups = registry
    history = ms.service_history(_two_years(services, groups))
    racaciuni = history[history["row_no"] == 44].set_index("year")
    # 9.174,70 thousand lei / 300 places, then / 250; 125 residents both years
    assert racaciuni.at[2022, "budget_per_place_year_lei"] == pytest.approx(9_174_700 / 300)
    assert racaciuni.at[2023, "budget_per_place_year_lei"] == pytest.approx(9_174_700 / 250)
    assert racaciuni.at[2023, "budget_per_resident_year_lei"] == pytest.approx(9_174_700 / 125)
    assert racaciuni.at[2023, "occupancy_pct"] == pytest.approx(125 / 250 * 100)
    # Alexandra Onești (b01): 3.431,10 thousand lei / (24 + 12 + 14) places in 2023
    row1 = history[history["row_no"] == 1].set_index("year")
    assert row1.at[2023, "budget_per_place_year_lei"] == pytest.approx(3_431_100 / 50)


def test_year_series_are_the_lines_of_the_trend_charts(registry):
    """One line per component with places (the elderly and disability lines from the registry,
    the county total on request), years in order, values as yearly_totals gives them."""
    services, groups = registry
    yearly = ms.yearly_totals(_two_years(services, groups))
    lines = ms.year_series(yearly, "places", with_total=True)
    assert lines["disability"][0] == [2022, 2023]
    assert lines["disability"][1][1] - lines["disability"][1][0] == -50
    assert lines["all"][1][1] - lines["all"][1][0] == -38
    assert "mixed" not in lines  # budget-only pseudo-component has no places
    assert "all" not in ms.year_series(yearly, "places")
    budget = ms.year_series(yearly, "county_budget_thousand_lei")
    assert sum(v[0] for _, v in budget.values()) == pytest.approx(99815.10)
