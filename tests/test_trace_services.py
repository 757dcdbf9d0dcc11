"""Every number of services.csv and budget_groups.csv stands on its source line (trace test),
and the registry facts counted by hand from Cap. I.A hold."""

from __future__ import annotations

import re

import pytest

from curation.common import CURATED, SOURCES, read_csv
from display.fmt import fmt_number
from loaders.tables import check_service_references, load_budget_groups, load_services

SOURCE = (SOURCES / "000_4cfc5bf8d61bed48.txt").read_text(encoding="utf-8").splitlines()
SERVICES = read_csv(CURATED / "services.csv")
GROUPS = read_csv(CURATED / "budget_groups.csv")


def _window(line: int, after: int = 14) -> str:
    return " ".join(SOURCE[line - 1 : line - 1 + after])


@pytest.mark.parametrize("row", SERVICES, ids=lambda r: r["service_id"])
def test_service_numbers_stand_near_their_source_line(row):
    text = _window(int(row["source_line"]))
    numbers = set(re.findall(r"\d+", text))
    for column in ("capacity", "capacity_target", "beneficiaries"):
        if row[column]:
            value = row[column]
            glued = row["capacity"] + "/" + value  # 300/50 printed as 300/504 (footnote 4)
            assert value in numbers or glued in text, (column, value, row["source_line"])
    if row["occupancy_text"]:
        assert row["occupancy_text"].split()[0] in text


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g["budget_group"])
def test_budget_stands_on_its_line(group):
    line = SOURCE[int(group["source_line"]) - 1]
    if group["county_budget_thousand_lei"]:
        printed = fmt_number(float(group["county_budget_thousand_lei"]), 2, "ro")
        typo = printed.replace(",", ".")  # 4.388.80 is printed with a dot for the comma
        assert printed in line or typo in line, (printed, line)
    else:
        assert group["other_sources"] == "X" and line.rstrip().endswith("X")


def test_registry_facts_counted_by_hand():
    services, groups = load_services(), load_budget_groups()
    check_service_references(services, groups)
    assert services["row_no"].nunique() == 56 and len(services) == 60
    assert (services["row_no"] == 41).sum() == 5
    # 3.431,10 + 4.755,90 + 8.387,40 + 1.726,10 + 4.080,80 + 16.212,40 + 4.388,80 + 9.053,90
    # + 5.382,00 + 4.598,90 + 9.174,70 + 4.132,70 + 6.549,70 + 4.278,70 + 2.401,00 + 1.662,00
    # + 2.079,40 + 3.762,60 + 3.757,00 = 99.815,10 thousand lei
    assert groups["county_budget_thousand_lei"].sum() == pytest.approx(99815.10)
    racaciuni = services.set_index("service_id").loc["s44"]
    assert (racaciuni["capacity"], racaciuni["capacity_target"], racaciuni["beneficiaries"]) == (
        300, 50, 125,
    )  # fmt: skip
    assert set(services.loc[services["budget_group"] == "b01", "row_no"]) == {1, 2, 3}
    assert services.loc[services["budget_group"] == "b01", "capacity"].sum() == 38  # 12+12+14
    assert services["service_id"].is_unique


def test_ambiguous_cells_are_kept_verbatim_and_flagged():
    by_id = {r["service_id"]: r for r in SERVICES}
    for service_id, verbatim in [("s51", "48/6/<100%"), ("s41-1", "6  8/<100%"), ("s32", "NA  28")]:
        assert by_id[service_id]["occupancy_text"] == verbatim
        assert by_id[service_id]["notes"]
    assert "18/9" in by_id["s13"]["notes"]
    assert "846" in by_id["s36"]["occupancy_text"] and not by_id["s36"]["capacity"]


def test_every_service_without_a_uat_says_why():
    """An unplaced service names the reason in Romanian: the source gives no place for it."""
    unplaced = [r for r in SERVICES if not r["uat_siruta"]]
    assert len(unplaced) == 22  # rows 6–8, 21–27, 34–40, 51–55
    for r in unplaced:
        assert r["location_confidence"] == "unknown", r["service_id"]
        assert "sursa nu precizează localitatea" in r["notes"], r["service_id"]


def test_names_keep_every_part_of_the_source_name():
    # row 4, lines 118–120: „Centrul de servicii sociale Ghiocelul ‐ Rețeaua de case de tip
    # familial‐Casa de tip familial Mărăști”
    by_id = {r["service_id"]: r for r in SERVICES}
    assert by_id["s04"]["name"] == (
        "Centrul de servicii sociale Ghiocelul – Rețeaua de case de tip familial – "
        "Casa de tip familial Mărăști"
    )


def test_b03_label_says_only_where_its_value_stands():
    """8.387,40 is printed once, beside row 11; rows 10 and 12–27 print no other budget."""
    amount = re.compile(r"\b\d{1,3}(?:\.\d{3})*,\d{2}\b")
    starts = sorted(int(r["source_line"]) for r in SERVICES)
    printed_beside = set()
    for r in SERVICES:
        if r["budget_group"] != "b03":
            continue
        start = int(r["source_line"])
        end = next(s for s in starts if s > start)
        if any(amount.search(line) for line in SOURCE[start - 1 : end - 1]):
            printed_beside.add(int(r["row_no"]))
    assert printed_beside == {11}
    label = {g["budget_group"]: g["label"] for g in GROUPS}["b03"]
    assert "rândul 11" in label and "10–27)" not in label


def test_curated_files_are_what_the_script_writes(tmp_path):
    from curation.common import BUDGET_GROUPS_COLUMNS, SERVICES_COLUMNS, write_csv
    from curation.services_2022 import budget_rows, service_rows

    for name, columns, rows in [
        ("services.csv", SERVICES_COLUMNS, service_rows()),
        ("budget_groups.csv", BUDGET_GROUPS_COLUMNS, budget_rows()),
    ]:
        write_csv(tmp_path / name, columns, rows)
        assert (tmp_path / name).read_bytes() == (CURATED / name).read_bytes(), name
