"""Deinstitutionalisation figures by hand from the 2022 plan (Cap. I.A rows 43–47, Cap. I.B)."""

import pandas as pd
import pytest

from loaders.tables import load_planned_services, load_projects, load_services
from metrics import deinstitution as dm


@pytest.fixture(scope="module")
def data():
    return load_services(), load_projects(), load_planned_services()


@pytest.mark.parametrize(
    ("row", "start", "target", "residents", "to_cut", "above"),
    [
        (44, 300, 50, 125, 250, 75),  # CRRN Răcăciuni, line 415: 300/504, 125/>100%
        (46, 165, 50, 83, 115, 33),  # CRRPH Comănești, line 425: 165/506, 83/>100%
        (45, 65, 50, 50, 15, 0),  # CRRPD Târgu Ocna, line 420: 65/505, 50/100%
        (43, 96, 50, 62, 46, 12),  # CRRN Dărmănești, line 410: 96/50, 62/>100%
    ],
)
def test_institution_figures(data, row, start, target, residents, to_cut, above):
    services, _, _ = data
    inst = dm.institutions(services).set_index("row_no")
    got = inst.loc[row]
    assert (got["start_capacity"], got["target_capacity"], got["residents"]) == (
        start,
        target,
        residents,
    )
    assert (got["places_to_cut"], got["residents_above_target"], got["progress_pct"]) == (
        to_cut,
        above,
        0,
    )


def test_only_adult_disability_institutions(data):
    services, _, _ = data
    assert sorted(dm.institutions(services)["row_no"]) == [43, 44, 45, 46, 47]


def test_money_and_community_places(data):
    services, projects, planned = data
    money = dm.money_per_institution(dm.institutions(services), projects).set_index("row_no")
    # Răcăciuni: p02 5.434.329,90 + p03 6.233.807,74 + p10 7.636.922,96 + p12 7.894.215,53
    assert money.at[44, "project_money_lei"] == pytest.approx(27_199_276.13)
    assert money.at[43, "projects"] == 0  # Dărmănești is named only together with Ungureni (p05)
    assert dm.community_places(planned, services)["places"].sum() == 300  # 120 LP + 180 CZ
    # Open protected-house places in the registry: 6+12+12+12 (row 41) + 4×6 (rows 52–55) = 66
    assert dm.open_community_places(services) == 66
    per_place = dm.money_per_community_place(planned, projects).set_index("project_id")
    # p01 Tg. Ocna: 4.924.944,24 lei / (30 day-centre + 4×6 protected-house places)
    assert per_place.at["p01", "lei_per_community_place"] == pytest.approx(4_924_944.24 / 54)


def test_flow_has_only_documented_links(data):
    services, projects, planned = data
    paths = dm.flow_links(dm.institutions(services), projects, planned)
    linked = projects.set_index("title")
    for row in paths.itertuples():
        assert linked.at[row.project, "institution_row_no"] in {43, 44, 45, 46, 47}
    assert "O șansă pentru viața în comunitate" not in set(
        paths["project"]
    )  # names two institutions
    # Each day centre 30 places + its protected houses × 6: Tg. Ocna 30+24, Tamași 30+24,
    # Răcăciuni 30+24, Moinești 30+18, Plopana 30+12 (Sărata's p05 names two institutions).
    assert paths["places"].sum() == 54 + 54 + 54 + 48 + 42


def test_progress_from_a_later_snapshot(data):
    services, _, _ = data
    snapshots = pd.DataFrame(
        {"service_id": ["s44"], "year": [2024], "capacity": [175], "beneficiaries": [110]}
    )
    row = dm.institutions(services, snapshots).set_index("row_no").loc[44]
    # 300 → 175 of the planned 300 → 50: 125 / 250 = 50 %
    assert row["progress_pct"] == pytest.approx(50.0)
    assert (row["places_to_cut"], row["residents_above_target"], row["as_of_year"]) == (
        125,
        60,
        2024,
    )


def test_plan_2022_deadlines_with_reported_values():
    """OG 5 of the 2022 plan (lines 2844-3254): 9 targets due 30.06.2022 (5.1.1-5.1.3, 5.2.1),
    14 due 31.12.2022; the latest county-level value of each is attached, per-UAT ones are not."""
    from loaders.tables import load_indicators, load_objectives
    from readers.reported import VALUE_COLUMNS

    values = pd.DataFrame(
        [
            ["p22-5.1.3-i1", "2022-06-30", None, 40.0, "", "form", "ana", "2022-07-01"],
            ["p22-5.1.3-i1", "2022-12-31", None, 90.0, "", "form", "ana", "2023-01-05"],
            ["p22-5.1.3-i1", "2022-12-31", 22504, 12.0, "", "form", "ana", "2023-01-05"],
        ],
        columns=VALUE_COLUMNS,
    )
    objectives = load_objectives()
    # the plan's general objective on deinstitutionalisation is found by its title: OG 5
    assert dm.deinstitution_objective(objectives, "plan_2022")["number"] == "5"
    assert dm.deinstitution_objective(objectives, "strategy_2025_2034") is None
    plan = dm.plan_deadlines(load_indicators(), objectives, values, "plan_2022")
    assert plan.groupby("deadline").size().to_dict() == {"2022-06-30": 9, "2022-12-31": 14}
    row = plan.set_index("indicator_id").loc["p22-5.1.3-i1"]
    assert row["target_value"] == 90  # `90 beneficiari din CRRN Răcăciuni și CRRPH Comănești`
    assert (row["value"], row["period_end"]) == (90.0, "2022-12-31")
    assert plan["value"].notna().sum() == 1


def test_registry_path_from_two_years(data):
    """Start = the first registry year; a later year's capacity (s44: 300 → 240 in 2023) moves
    progress: (300 − 240) / (300 − 50) = 24 %; 2024 is not reached when 2023 is asked."""
    services, _, _ = data
    later = services.copy()
    later["snapshot_year"] = 2023
    later.loc[later["service_id"] == "s44", ["capacity", "beneficiaries"]] = [240, 200]
    after = later.copy()
    after["snapshot_year"] = 2024
    after.loc[after["service_id"] == "s44", "capacity"] = 100
    history = pd.concat([services, later, after], ignore_index=True)
    start, snapshots = dm.registry_path(history, 2023)
    assert set(start["snapshot_year"]) == {2022}
    assert set(snapshots["year"]) == {2023}
    row = dm.institutions(start, snapshots).set_index("row_no").loc[44]
    assert (row["start_capacity"], row["current_capacity"], row["as_of_year"]) == (300, 240, 2023)
    assert row["progress_pct"] == pytest.approx(24.0)
    assert row["residents_above_target"] == 150  # 200 residents, target 50


def _two_years(services: pd.DataFrame) -> pd.DataFrame:
    """The curated 2022 registry and a hand-made 2023: Răcăciuni (row 44) 300 → 250 places with
    110 residents, Târgu Ocna (45) 65 → 50, the rest unchanged, and one new protected house of 6
    places in Răcăciuni (UAT 24766, where ps08 plans 24)."""
    later = services.copy()
    later["snapshot_year"] = 2023
    later.loc[later["row_no"] == 44, ["capacity", "beneficiaries"]] = [250, 110]
    later.loc[later["row_no"] == 45, "capacity"] = 50
    house = later[later["row_no"] == 44].iloc[[0]].assign(
        service_id="s-new", row_no=99, code="8790CR-D-VII", service_type="protected_house",
        capacity=6, capacity_target=None, beneficiaries=6,
    )  # fmt: skip
    return pd.concat([services, later, house], ignore_index=True)


def test_progress_of_each_institution_over_two_years(data):
    services, _, _ = data
    history = _two_years(services)
    start, snapshots = dm.registry_path(history, 2023)
    inst = dm.institutions(start, snapshots).set_index("row_no")
    # Răcăciuni: (300 − 250) / (300 − 50) = 20 %; 110 residents − 50 target = 60 above
    assert inst.at[44, "current_capacity"] == 250 and inst.at[44, "as_of_year"] == 2023
    assert inst.at[44, "progress_pct"] == pytest.approx(20.0)
    assert inst.at[44, "residents_above_target"] == 60
    assert inst.at[44, "places_to_cut"] == 200
    # Târgu Ocna: (65 − 50) / (65 − 50) = 100 %; Comănești unchanged: 0 %
    assert inst.at[45, "progress_pct"] == pytest.approx(100.0)
    assert inst.at[46, "progress_pct"] == 0
    status = dm.path_status(inst, deadline=pd.Timestamp("2024-12-31").date(),
                            today=pd.Timestamp("2025-06-30").date())  # fmt: skip
    assert (status[44], status[45], status[46]) == ("late", "reached", "late")
    status = dm.path_status(inst, deadline=pd.Timestamp("2026-12-31").date(),
                            today=pd.Timestamp("2025-06-30").date())  # fmt: skip
    assert (status[44], status[45], status[46]) == ("on_time", "reached", "not_started")
    # with the 2022 registry only, "now" is the start: 0 % for all (nothing later to compare)
    start_only, later = dm.registry_path(history, 2022)
    assert later.empty
    assert dm.institutions(start_only, later)["progress_pct"].fillna(0).eq(0).all()


def test_institution_path_every_year(data):
    services, _, _ = data
    path = dm.institution_path(_two_years(services))
    racaciuni = path[path["row_no"] == 44]
    assert racaciuni[["year", "capacity", "residents", "target_capacity"]].values.tolist() == [
        [2022, 300, 125, 50],
        [2023, 250, 110, 50],
    ]
    assert sorted(path["row_no"].unique()) == [43, 44, 45, 46, 47]  # the new house is not one


def test_community_places_opened_against_planned(data):
    services, _, planned = data
    opened = dm.community_opened(planned, _two_years(services)).set_index("planned_id")
    assert opened.at["ps08", "opened_places"] == 6  # the new house in Răcăciuni (24 planned)
    assert opened["opened_places"].sum() == 6
    assert opened["places"].sum() == 300
