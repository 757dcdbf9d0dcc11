"""Reporting compliance by hand: three indicators of two units, one value, before and after
the 30-day grace period."""

from __future__ import annotations

from datetime import date

import pandas as pd

from metrics import reporting as mr
from readers.reported import VALUE_COLUMNS

INDICATORS = pd.DataFrame(
    {
        "indicator_id": ["a-i1", "a-i2", "b-i1"],
        "responsible": ["Serviciul A", "Serviciul A", ""],
        "indicator_text": ["x", "y", "z"],
    }
)
H1 = date(2022, 6, 30)


def values(*rows):
    return pd.DataFrame(list(rows), columns=VALUE_COLUMNS)


def test_reported_open_and_late():
    vals = values(
        ["a-i1", "2022-06-30", None, 5.0, "", "form", "ana", "2022-07-02"],
        ["a-i2", "2022-06-30", 20297, 3.0, "", "form", "ana", "2022-07-02"],  # a UAT: not county
        ["b-i1", "2022-12-31", None, 1.0, "", "form", "ana", "2023-01-02"],  # another period
    )
    early = mr.status_per_indicator(INDICATORS, vals, H1, date(2022, 7, 30))
    assert early["status"].tolist() == ["reported", "open", "open"]
    late = mr.status_per_indicator(INDICATORS, vals, H1, date(2022, 7, 31))
    assert late["status"].tolist() == ["reported", "late", "late"]
    table = mr.compliance(INDICATORS, vals, H1, date(2022, 8, 1))
    assert table.to_dict("records") == [
        {"responsible": "Serviciul A", "due": 2, "reported": 1, "missing": 1, "late": 1,
         "share_reported": 0.5},
        {"responsible": "—", "due": 1, "reported": 0, "missing": 1, "late": 1,
         "share_reported": 0.0},
    ]  # fmt: skip


def test_no_values_at_all():
    empty = pd.DataFrame(columns=VALUE_COLUMNS)
    table = mr.compliance(INDICATORS, empty, H1, date(2022, 7, 1))
    assert table["reported"].sum() == 0 and table["late"].sum() == 0
    assert table["missing"].tolist() == [2, 1]


def test_grid_changes_keep_only_edited_rows():
    before = pd.DataFrame(
        {"indicator_id": ["a", "b", "c"], "value": [1.0, float("nan"), 3.0],
         "comment": ["", "", "x"]}
    )  # fmt: skip
    after = before.copy()
    after.loc[0, "value"] = 2.0  # changed value
    after.loc[2, "value"] = float("nan")  # cleared: delete
    assert mr.grid_changes(before, before, H1) == []
    assert mr.grid_changes(before, after, H1) == [
        {"indicator_id": "a", "period_end": H1, "uat_siruta": None, "value": 2.0, "comment": ""},
        {"indicator_id": "c", "period_end": H1, "uat_siruta": None, "value": None,
         "comment": "x"},
    ]  # fmt: skip


def test_entry_grid_shows_the_target_in_force_and_the_periods_county_value():
    """a-i1 has 5 stored for 30.06 (and 9 for 31.12, another period); a-i2 only a UAT value
    (not the county's); b-i1 nothing. Targets come from the catalogue's target_at."""
    indicators = INDICATORS.assign(activity_number=["1.1", "1.1", "2.1"], target_unit="persoane")
    vals = values(
        ["a-i1", "2022-06-30", None, 5.0, "verificat", "form", "ana", "2022-07-02"],
        ["a-i1", "2022-12-31", None, 9.0, "", "form", "ana", "2023-01-02"],
        ["a-i2", "2022-06-30", 20297, 3.0, "", "form", "ana", "2022-07-02"],
    )
    targets = {"a-i1": (950.0, "2022-06-30"), "a-i2": (10.0, None), "b-i1": (None, "2022-12-31")}
    grid = mr.entry_grid(indicators, vals, H1, lambda i, _period: targets[i])
    assert list(grid.columns) == mr.GRID_COLUMNS
    assert grid["target"].tolist()[0] == 950.0 and grid["target"].isna().tolist() == [
        False, False, True
    ]  # fmt: skip
    assert grid["due"].isna().tolist() == [False, True, False]
    assert grid["due"].dropna().tolist() == ["2022-06-30", "2022-12-31"]
    assert grid["value"].tolist()[0] == 5.0 and grid["value"].isna().tolist()[1:] == [True, True]
    assert grid["comment"].tolist() == ["verificat", "", ""]
    empty = mr.entry_grid(indicators, values(), H1, lambda i, _period: targets[i])
    assert empty["value"].isna().all() and empty["comment"].tolist() == ["", "", ""]
