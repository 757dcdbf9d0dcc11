"""The late list of a hand-made fixture: which rows, which days late, whose (metrics.lateness)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from metrics import lateness as ml
from metrics import owners as mo

BOUNDS = {"plan_2022": (date(2022, 1, 1), date(2022, 12, 31))}
TODAY = date(2023, 3, 31)


def _indicators() -> pd.DataFrame:
    ids = ["a", "b", "c", "x", "d", "e"]
    return pd.DataFrame(
        {
            "indicator_id": ids,
            "plan_id": "plan_2022",
            "component": ["children", "children", "elderly", "disability", "disability", "other"],
            "activity_node_id": "act1",
            "indicator_text": [f"Indicator {i}" for i in ids],
            "target_value": [10.0, 10.0, 10.0, 850.0, 100.0, 100.0],
            "target_unit": "persoane",
            "target_kind": "count",
            "direction": ["min", "min", "min", "max", "min", "min"],
            "periodicity": "once",
            "deadline": ["2022-12-31"] * 4 + ["2023-12-31"] * 2,
            "responsible": ["A", "Serviciul X", "A", "A", "B", "B"],
            "source_line": [1, 2, 3, 4, 5, 6],
        }
    )


MILESTONES = pd.DataFrame(
    {
        "indicator_id": ["x", "x"],
        "due_date": ["2022-06-30", "2022-12-31"],
        "target_value": [950, 850],
    }
)
NODES = pd.DataFrame(
    {
        "node_id": ["g1", "act1"],
        "parent_id": [None, "g1"],
        "level": ["general", "activity"],
        "number": ["1", "1.1.1"],
        "title": ["Obiectivul unu", "Activitatea"],
    }
)
VALUES = pd.DataFrame(
    [
        ("a", "2022-12-31", None, 6.0, "form"),  # 6 of 10 on the deadline: missed
        ("a", "2023-03-31", None, 11.0, "form"),  # met later: still missed at its term
        ("c", "2022-12-31", None, 12.0, "form"),  # achieved: not listed
        ("x", "2022-06-30", None, 1000.0, "form"),  # above the 950 maximum on 30.06: missed
        ("x", "2022-12-31", None, 800.0, "form"),  # under the 850 maximum on 31.12: achieved
        ("d", "2022-12-31", None, 10.0, "form"),  # 10 % at 365/730 of the time: off track
        # 40 % on 30.06.2022 (181/730 of the time): on pace at its own date, though at
        # 31.03.2023 (455/730) it would read 0,64 — pace is judged at the last report
        ("e", "2022-06-30", None, 40.0, "form"),
    ],
    columns=["indicator_id", "period_end", "uat_siruta", "value", "source"],
)
UNITS = pd.DataFrame({"unit_id": ["u-a", "u-b"], "name": ["Biroul A", "Serviciul B"]})
LINKS = pd.DataFrame(
    {
        "indicator_id": ["a", "c", "x", "a", "d"],
        "unit_id": ["u-a", "u-a", "u-a", "u-b", "u-b"],
        "role": "responsible",
    }
)


def _late():
    owners = mo.indicator_owners(_indicators()["indicator_id"], LINKS, UNITS)
    late = ml.late_list(
        _indicators(), MILESTONES, VALUES, NODES, owners, today=TODAY, bounds=BOUNDS
    )
    return late, owners


def test_late_list_rows_kinds_and_days_late():
    late, _ = _late()
    got = [
        (r.indicator_id, r.kind, r.status, r.due.isoformat(), r.days_late, r.days_left)
        for r in late.itertuples()
    ]
    na = pd.NA
    assert got == [
        # 30.06.2022 → 31.03.2023 = 274 days; the 31.12 milestone (800 ≤ 850) is met
        ("x", "missed", "missed", "2022-06-30", 274, na),
        ("a", "missed", "missed", "2022-12-31", 90, na),
        ("b", "unreported", "no_data", "2022-12-31", 90, na),
        # deadline 31.12.2023: 275 days left, 10 of 100 at half the time (its 31.12.2022 report)
        ("d", "behind", "off_track", "2023-12-31", na, 275),
    ]
    row = late.set_index("indicator_id").loc["a"]
    # compared with the value of its own deadline (6), not the later 11
    assert (row["value_at_due"], row["latest_value"], row["gap"]) == (6.0, 11.0, 4.0)
    assert row["latest_date"] == date(2023, 3, 31)
    assert late.set_index("indicator_id").at["x", "gap"] == 50.0  # 1000 against a maximum of 950
    assert late.set_index("indicator_id").at["x", "target"] == 950.0
    assert late["objective_label"].unique().tolist() == ["1 Obiectivul unu"]


def test_owners_are_canonical_units_else_the_text():
    late, owners = _late()
    owner = late.set_index("indicator_id")["owner"]
    assert owner["a"] == "Biroul A; Serviciul B"
    assert owner["b"] == "Serviciul X"  # no canonical unit: the responsible text
    assert owner["d"] == "Serviciul B"
    assert ml.owned_by(late, "u-b")["indicator_id"].tolist() == ["a", "d"]
    ranking = ml.owner_ranking(late, owners)
    assert ranking[["unit_id", "missed", "unreported", "behind", "total"]].values.tolist() == [
        ["u-a", 2, 0, 0, 2],
        ["u-b", 1, 0, 1, 2],
        [mo.NO_UNIT, 0, 1, 0, 1],
    ]


def test_nothing_late_before_anything_is_due():
    owners = mo.indicator_owners(_indicators()["indicator_id"], LINKS, UNITS)
    early = VALUES[VALUES["period_end"] < "2022-04-01"]
    late = ml.late_list(
        _indicators(), MILESTONES.iloc[0:0], early, NODES, owners, today=date(2022, 3, 31),
        bounds=BOUNDS,
    )  # fmt: skip
    # nothing is due and nothing measured yet: no data is not "behind"
    assert late.empty


@pytest.mark.parametrize(
    ("target", "actual", "kind", "direction", "gap"),
    [(10, 6, "count", "min", 4), (950, 1000, "count", "max", 50), (50, 45, "percent", "exact", 5),
     (None, 0, "boolean", "exact", 1)],
)  # fmt: skip
def test_gap(target, actual, kind, direction, gap):
    assert ml.gap_of(target, actual, kind=kind, direction=direction) == gap


def test_past_years_of_annual_targets_are_listed_with_their_year():
    """Annual target of 10 in a 2025–2029 strategy, seen on 31.03.2027: each past year is judged
    on the values reported within it (the year's latest), never on another year's."""
    indicators = _indicators().iloc[:2].assign(
        indicator_id=["y", "z"], plan_id="strategy", periodicity="annual", deadline="2029",
        target_value=10.0, direction="min",
    )  # fmt: skip
    values = pd.DataFrame(
        [
            ("y", "2025-12-31", None, 7.0, "form"),  # 7 of 10 in 2025: missed
            ("y", "2026-06-30", None, 11.0, "form"),  # met in June …
            ("y", "2026-12-31", None, 8.0, "form"),  # … but the year ends at 8: missed
            ("y", "2027-03-31", None, 3.0, "form"),  # 2027 runs: 30 % at 90/365 = on pace
            ("z", "2025-12-31", None, 12.0, "form"),  # 2025 met; nothing in 2026: unreported
        ],
        columns=["indicator_id", "period_end", "uat_siruta", "value", "source"],
    )
    owners = mo.indicator_owners(indicators["indicator_id"], LINKS.iloc[0:0], UNITS)
    late = ml.late_list(
        indicators, MILESTONES.iloc[0:0], values, NODES, owners, today=date(2027, 3, 31),
        bounds={"strategy": (date(2025, 1, 1), date(2029, 12, 31))},
    )  # fmt: skip
    got = [
        (
            r.indicator_id,
            r.kind,
            r.due.year,
            None if pd.isna(r.value_at_due) else r.value_at_due,
            r.days_late,
        )
        for r in late.itertuples()
    ]
    # 31.12.2025 → 31.03.2027 = 365 + 90 days; 31.12.2026 → 31.03.2027 = 90 days
    assert got == [
        ("y", "missed", 2025, 7.0, 455),
        ("y", "missed", 2026, 8.0, 90),
        ("z", "unreported", 2026, None, 90),
    ]
