"""Broken curated files fail with CuratedDataError naming file, row and column."""

import pytest

from curation.common import BUDGET_GROUPS_COLUMNS, SERVICES_COLUMNS, write_csv
from domain.errors import CuratedDataError
from loaders.tables import load_budget_groups, load_services

GOOD_SERVICE = {
    "service_id": "s01", "row_no": "1", "sub_no": "", "code": "8790CR-C-I",
    "name": "Casa Gabriela", "component": "children", "service_type": "family_type_home",
    "target_group": "C", "capacity": "12", "capacity_target": "", "beneficiaries": "14",
    "occupancy_text": "14/>100%", "budget_group": "b01", "uat_siruta": "20563",
    "location_confidence": "stated", "snapshot_year": "2022",
    "source_doc": "000_4cfc5bf8d61bed48.txt", "source_line": "93", "notes": "",
}  # fmt: skip


def _write(tmp_path, rows, columns=SERVICES_COLUMNS, name="services.csv"):
    path = tmp_path / name
    write_csv(path, columns, rows)
    return str(path)


def test_a_good_row_loads_with_deliberate_types(tmp_path):
    frame = load_services(_write(tmp_path, [GOOD_SERVICE]))
    row = frame.iloc[0]
    assert row["capacity"] == 12 and str(frame["capacity"].dtype) == "Int64"
    assert row["uat_siruta"] == 20563
    assert row["code"] == "8790CR-C-I"
    assert frame["sub_no"].isna().all()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"capacity": "doisprezece"}, r"row 1 \(line 2\), column capacity: not a number"),
        ({"capacity": "-3"}, r"column capacity: .*greater_than_or_equal_to"),
        ({"capacity": "12.5"}, r"column capacity: not a whole number"),
        ({"component": "kids"}, r"column component: 'kids' fails isin"),
        ({"service_type": ""}, r"column service_type: empty, but required"),
        ({"location_confidence": "maybe"}, r"column location_confidence"),
        ({"source_doc": "other.txt"}, r"column source_doc"),
        ({"source_line": ""}, r"column source_line: empty, but required"),
    ],
)
def test_broken_service_cells_are_named(tmp_path, change, message):
    with pytest.raises(CuratedDataError, match=message):
        load_services(_write(tmp_path, [GOOD_SERVICE | change]))


def test_every_problem_is_reported_at_once(tmp_path):
    rows = [
        GOOD_SERVICE | {"capacity": "x"},
        GOOD_SERVICE | {"service_id": "s02", "component": "?"},
    ]
    with pytest.raises(CuratedDataError) as info:
        load_services(_write(tmp_path, rows))
    assert len(info.value.problems) == 2
    assert "row 1" in info.value.problems[0] and "row 2" in info.value.problems[1]


def test_duplicate_ids_and_missing_columns(tmp_path):
    with pytest.raises(CuratedDataError, match="duplicate key"):
        load_services(_write(tmp_path, [GOOD_SERVICE, GOOD_SERVICE]))
    columns = [c for c in SERVICES_COLUMNS if c != "capacity"]
    row = {k: v for k, v in GOOD_SERVICE.items() if k != "capacity"}
    with pytest.raises(CuratedDataError, match="column capacity: column missing"):
        load_services(_write(tmp_path, [row], columns))


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(CuratedDataError, match="missing"):
        load_services(str(tmp_path / "nowhere.csv"))
    bad = tmp_path / "services.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CuratedDataError, match="UTF-8"):
        load_services(str(bad))


def test_budget_group_number_format_is_machine_not_romanian(tmp_path):
    row = {
        "budget_group": "b01", "label": "x", "county_budget_thousand_lei": "3.431,10",
        "other_sources": "", "source_doc": "000_4cfc5bf8d61bed48.txt", "source_line": "102",
    }  # fmt: skip
    path = _write(tmp_path, [row], BUDGET_GROUPS_COLUMNS, "budget_groups.csv")
    with pytest.raises(
        CuratedDataError, match="county_budget_thousand_lei: not a number: '3.431,10'"
    ):
        load_budget_groups(path)
