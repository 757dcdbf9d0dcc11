"""projects.csv and planned_services.csv: every number on its source line, counts by hand."""

from __future__ import annotations

import pytest

from loaders.curate.common import CURATED, SOURCES, read_csv
from loaders.tables import load_planned_services, load_projects, load_uats
from ui.fmt import fmt_number

SOURCE = (SOURCES / "000_4cfc5bf8d61bed48.txt").read_text(encoding="utf-8").splitlines()
PROJECTS = read_csv(CURATED / "projects.csv")
PLANNED = read_csv(CURATED / "planned_services.csv")


def _window(line: int, after: int = 30) -> str:
    return " ".join(SOURCE[line - 1 : line - 1 + after])


@pytest.mark.parametrize("row", PROJECTS, ids=lambda r: r["project_id"])
def test_project_numbers_stand_near_their_line(row):
    text = _window(int(row["source_line"]))
    for column in ("total_budget_lei", "dgaspc_budget_lei"):
        if row[column]:
            value = float(row[column])
            printed = {fmt_number(value, 2, "ro"), fmt_number(value, 0, "ro")}
            assert any(p in text for p in printed), (column, printed)
    if row["smis_code"]:
        assert row["smis_code"] in text


@pytest.mark.parametrize("row", PLANNED, ids=lambda r: r["planned_id"])
def test_planned_places_stand_near_their_line(row):
    text = _window(int(row["source_line"]), 16)
    assert f"{row['places_per_unit']}" in text
    if int(row["units"]) > 1:
        assert f"LP*{row['units']}" in text.replace(" ", "")


def test_counts_and_totals_by_hand():
    projects, planned = load_projects(), load_planned_services()
    assert len(projects) == 14 and len(planned) == 13
    # The four POR infrastructure projects (lines 490, 500, 509, 519):
    # 4.924.944,24 + 5.434.329,90 + 6.233.807,74 + 5.590.759,96 = 22.183.841,84 lei
    por = projects[projects["smis_code"].isin(["119324", "119325", "119326", "119327"])]
    assert por["total_budget_lei"].sum() == pytest.approx(22_183_841.84)
    # Protected houses planned: Tamași 4, Răcăciuni 4, Moinești 3, Tg. Ocna 4, Plopana 2,
    # Sărata 3 = 20 houses × 6 places = 120 places; day centres 6 × 30 = 180 places.
    houses = planned[planned["code"] == "8790CR-D-VII"]
    assert houses["units"].sum() == 20
    assert (houses["units"] * houses["places_per_unit"]).sum() == 120
    assert planned.loc[planned["code"] == "8899CZ-D-I", "places_per_unit"].sum() == 180
    assert set(planned["project_id"].dropna()) <= set(projects["project_id"])
    uats = set(load_uats()["siruta"])
    assert set(projects["uat_siruta"].dropna()) <= uats
    assert set(planned["uat_siruta"].dropna()) <= uats
    # Răcăciuni (row 44) is served by p02, p03, p10 and p12 (lines 498, 507, 600, 623).
    assert sorted(projects.loc[projects["institution_row_no"] == 44, "project_id"]) == [
        "p02", "p03", "p10", "p12",
    ]  # fmt: skip
