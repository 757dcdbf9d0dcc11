"""Attainment, pace and status: edge cases by hand, invariants by hypothesis."""

import math
from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics import attainment as am
from metrics.attainment import (
    attainment_pct,
    furthest_behind,
    latest_values,
    roll_up,
    scorecard,
    status_changes,
    status_of,
    target_in_force,
    time_elapsed,
)

# The two curated plans' first and last days (data/curated/plans.csv).
BOUNDS = {
    "plan_2022": (date(2022, 1, 1), date(2022, 12, 31)),
    "strategy_2025_2034": (date(2025, 1, 1), date(2034, 12, 31)),
}


@pytest.mark.parametrize(
    ("actual", "target", "kind", "direction", "expected"),
    [
        (2, 4, "count", "min", 50.0),  # 2 of "4 întâlniri de lucru" (000 line ~1224)
        (6, 4, "count", "min", 150.0),  # over-achievement stays uncapped
        (None, 4, "count", "min", math.nan),  # missing actual is no data, never 0 %
        (0, 4, "count", "min", 0.0),  # a measured zero is 0 %
        (900, 850, "count", "max", 850 / 900 * 100),  # lower is better: above the maximum
        (800, 850, "count", "max", 850 / 800 * 100),  # below the maximum: achieved
        (0, 850, "count", "max", 100.0),
        (5, 0, "count", "min", 100.0),  # target 0 with min: any actual meets it
        (5, 0, "count", "max", 0.0),  # target 0 as a maximum: 5 misses it
        (0, 0, "count", "max", 100.0),
        (45, 50, "percent", "approx", 90.0),
        (55, 50, "percent", "exact", 90.0),
        (200, 50, "percent", "approx", 0.0),  # floored at 0
        (1, None, "boolean", "exact", 100.0),
        (0, None, "text", "exact", 0.0),
        (10, None, "count", "min", math.nan),  # no numeric target: unmeasurable
        (5, 10, "increase_pct", "min", 50.0),  # increase achieved 5 % of a 10 % increase
    ],
)
def test_attainment_table(actual, target, kind, direction, expected):
    got = attainment_pct(actual, target, kind=kind, direction=direction)
    if math.isnan(expected):
        assert math.isnan(got)
    else:
        assert got == pytest.approx(expected)


MILESTONES = pd.DataFrame(
    {
        "indicator_id": ["x", "x"],
        "due_date": ["2022-06-30", "2022-12-31"],
        "target_value": [950, 850],
    }
)


@pytest.mark.parametrize(
    ("period_end", "expected"),
    [
        (date(2022, 3, 31), (950.0, "2022-06-30")),
        (date(2022, 6, 30), (950.0, "2022-06-30")),  # the boundary day still belongs to it
        (date(2022, 7, 1), (850.0, "2022-12-31")),
        (date(2023, 6, 30), (850.0, "2022-12-31")),  # after the last milestone: the last one
    ],
)
def test_target_in_force_at_milestone_boundaries(period_end, expected):
    assert target_in_force("x", 850.0, MILESTONES, period_end) == expected


def test_target_without_milestones_is_the_indicator_target():
    assert target_in_force("y", 4.0, MILESTONES, date(2022, 6, 30)) == (4.0, None)


@pytest.mark.parametrize(
    ("plan_id", "periodicity", "deadline", "period_end", "expected"),
    [
        # 2022 plan, once, deadline 31.12.2022: 30.06.2022 is 181 of 365 days.
        ("plan_2022", "once", date(2022, 12, 31), date(2022, 6, 30), 181 / 365),
        ("plan_2022", "once", date(2022, 12, 31), date(2022, 12, 31), 1.0),
        ("plan_2022", "once", date(2022, 12, 31), date(2023, 6, 30), 1.0),  # deadline passed
        # An annual target in the strategy: the window is the current year.
        ("strategy_2025_2034", "annual", date(2034, 12, 31), date(2027, 12, 31), 1.0),
        ("strategy_2025_2034", "annual", date(2034, 12, 31), date(2027, 6, 30), 181 / 365),
        # A once target to 2029: 30.06.2027 is 911 of 1826 days after 01.01.2025.
        ("strategy_2025_2034", "once", date(2029, 12, 31), date(2027, 6, 30), 911 / 1826),
        ("plan_2022", "semester", date(2022, 12, 31), date(2022, 9, 30), 92 / 184),
    ],
)
def test_time_elapsed(plan_id, periodicity, deadline, period_end, expected):
    got = time_elapsed(
        plan_id=plan_id,
        periodicity=periodicity,
        deadline=deadline,
        period_end=period_end,
        bounds=BOUNDS,
    )
    assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("attainment", "elapsed", "passed", "expected"),
    [
        (math.nan, 0.5, False, "no_data"),
        (100, 0.2, False, "achieved"),
        (130, 1.0, True, "achieved"),
        (50, 0.5, False, "on_pace"),
        (45, 0.5, False, "on_pace"),  # ratio 0.9: the threshold is on pace
        (44, 0.5, False, "behind_pace"),
        (30, 0.5, False, "behind_pace"),  # ratio 0.6
        (29, 0.5, False, "off_track"),
        (99, 1.0, True, "missed"),  # deadline passed without the target: never on pace
        (94, 1.0, True, "missed"),  # 94 % at the deadline (ratio 0.94) is missed, not on pace
        (10, 1.0, True, "missed"),
        (100, 1.0, True, "achieved"),
    ],
)
def test_status_thresholds(attainment, elapsed, passed, expected):
    assert status_of(attainment, elapsed, deadline_passed=passed)[0] == expected


@given(
    target=st.floats(min_value=0.1, max_value=1e6),
    low=st.floats(min_value=0, max_value=1e6),
    extra=st.floats(min_value=0, max_value=1e6),
)
def test_attainment_never_falls_when_the_actual_rises_for_min(target, low, extra):
    a = attainment_pct(low, target, kind="count", direction="min")
    b = attainment_pct(low + extra, target, kind="count", direction="min")
    assert b >= a >= 0


@given(target=st.floats(min_value=0.1, max_value=1e6), actual=st.floats(min_value=0, max_value=1e6))
def test_attainment_is_never_negative(target, actual):
    for direction in ("min", "max", "approx", "exact"):
        assert attainment_pct(actual, target, kind="count", direction=direction) >= 0


def _indicators():
    return pd.DataFrame(
        {
            "indicator_id": ["a", "b", "c", "x"],
            "plan_id": ["plan_2022"] * 4,
            "component": ["children", "children", "other", "disability"],
            "target_value": [4.0, 100.0, 10.0, 850.0],
            "target_kind": ["count", "count", "count", "count"],
            "direction": ["min", "min", "min", "max"],
            "periodicity": ["once"] * 4,
            "deadline": ["2022-12-31"] * 4,
        }
    )


def _values(rows):
    return pd.DataFrame(
        rows, columns=["indicator_id", "period_end", "uat_siruta", "value", "source"]
    )


def test_scorecard_and_roll_up_with_coverage():
    values = _values(
        [
            ("a", "2022-06-30", None, 2, "form"),  # 50 % at 181/365 → on pace
            ("b", "2022-06-30", None, 10, "form"),  # 10 % at 49.6 % → off track
            ("x", "2022-06-30", None, 1000, "form"),  # 950 due, 1000 reported → 95 %
        ]
    )
    card = scorecard(
        _indicators(), MILESTONES, values, period_end=date(2022, 6, 30), bounds=BOUNDS
    ).set_index("indicator_id")
    assert card.at["a", "status"] == "on_pace"
    assert card.at["b", "status"] == "off_track"
    assert card.at["c", "status"] == "no_data" and math.isnan(card.at["c", "attainment_pct"])
    assert card.at["x", "target_in_force"] == 950
    assert card.at["x", "attainment_pct"] == pytest.approx(95.0)
    # x's milestone is due on 30.06.2022, the period itself: no time left, so 95 % is missed
    assert card.at["x", "status"] == "missed" and card.at["x", "term_end"] == "2022-06-30"
    assert card.at["a", "forecast_at_deadline"] == pytest.approx(2 / (181 / 365))
    rolled = roll_up(card.reset_index(), ["component"]).set_index("component")
    # children: a and b measured → coverage 100 %, mean attainment (50 + 10) / 2 = 30 %.
    assert rolled.at["children", "coverage_pct"] == 100
    assert rolled.at["children", "mean_attainment_pct"] == pytest.approx(30.0)
    assert rolled.at["other", "coverage_pct"] == 0 and rolled.at["other", "no_data"] == 1
    behind = furthest_behind(card.reset_index(), n=2)
    assert behind["indicator_id"].tolist()[0] == "b"


def test_values_reported_per_uat_sum_to_the_county_and_latest_wins():
    values = _values(
        [
            ("a", "2022-06-30", 20297, 1, "form"),
            ("a", "2022-06-30", 20563, 2, "form"),
            ("b", "2022-03-31", None, 5, "form"),
            ("b", "2022-06-30", None, 7, "form"),
            ("b", "2022-09-30", None, 9, "form"),  # after the period: ignored
        ]
    )
    latest = latest_values(values, date(2022, 6, 30)).set_index("indicator_id")
    assert latest.at["a", "value"] == 3 and bool(latest.at["a", "from_uats"])
    assert latest.at["b", "value"] == 7


def test_status_changes_between_two_periods():
    values = _values([("a", "2022-03-31", None, 0, "form"), ("a", "2022-06-30", None, 4, "form")])
    before = scorecard(
        _indicators(), MILESTONES, values, period_end=date(2022, 3, 31), bounds=BOUNDS
    )
    after = scorecard(
        _indicators(), MILESTONES, values, period_end=date(2022, 6, 30), bounds=BOUNDS
    )
    changed = status_changes(before, after).set_index("indicator_id")
    assert changed.at["a", "status_after"] == "achieved"
    # x has no data at either date and the 950 milestone (30.06) is in force at both: unchanged.
    assert "x" not in changed.index


def test_scorecards_bundle_the_pages_views_of_one_selection():
    """am.scorecards (what /obiective caches per selection) equals its parts computed one by one,
    on the curated 2022 plan with one value: 45 of 90 transfers (p22-5.1.3-i1) by 30.06.2022."""
    from loaders.tables import load_indicators, load_milestones, load_objectives
    from metrics.attainment import attach_objectives, scorecards

    indicators, nodes, milestones = load_indicators(), load_objectives(), load_milestones()
    plan = indicators[indicators["plan_id"] == "plan_2022"]
    values = _values([("p22-5.1.3-i1", date(2022, 6, 30), None, 45, "form")])
    scores = scorecards(
        plan,
        milestones,
        values,
        nodes,
        period_end=date(2022, 6, 30),
        compare=date(2022, 3, 31),
        bounds=BOUNDS,
    )
    direct = attach_objectives(
        scorecard(plan, milestones, values, period_end=date(2022, 6, 30), bounds=BOUNDS), nodes
    )
    pd.testing.assert_frame_equal(scores.card, direct)
    assert len(scores.card) == 282  # 9.6.1-i9 (line 4102) added in issue 15
    assert scores.overall["with_data"].tolist() == [1]
    # the two parts of p22-3.1.4-i1 (250 copii, din care 100 + 150) count through their total
    assert scores.overall["indicators"].iloc[0] == 280
    assert scores.overall["coverage_pct"].iloc[0] == pytest.approx(100 / 280)
    row = scores.card.set_index("indicator_id").loc["p22-5.1.3-i1"]
    assert row["attainment_pct"] == pytest.approx(50.0)
    assert scores.trends["p22-5.1.3-i1"] == [45.0]
    order = {n: i for i, n in enumerate(nodes["node_id"])}
    assert scores.by_objective["objective_node_id"].map(order).is_monotonic_increasing
    og5 = scores.by_objective[scores.by_objective["objective_label"].str.startswith("5")]
    assert og5["behind"].tolist() == [int(og5["behind_pace"].iloc[0] + og5["off_track"].iloc[0])]
    assert scores.changes["indicator_id"].tolist() == ["p22-5.1.3-i1"]
    assert scores.changes["status_before"].tolist() == ["no_data"]
    assert scores.behind["indicator_id"].tolist() == ["p22-5.1.3-i1"]
    # its deadline is 30.06.2022: 45 of 90 on that day is missed, not "on pace"
    assert row["status"] == "missed" and bool(row["term_ended"])


def _milestone_card(period_end):
    """x: max 950 by 30.06.2022, then 850 by 31.12.2022 (MILESTONES); 940 reported on 30.06 and
    900 on 31.12."""
    values = _values(
        [("x", "2022-06-30", None, 940, "form"), ("x", "2022-12-31", None, 900, "form")]
    )
    card = scorecard(
        _indicators(), MILESTONES, values, period_end=period_end, bounds=BOUNDS
    ).set_index("indicator_id")
    return card.loc["x"]


@pytest.mark.parametrize(
    ("period_end", "target", "actual", "status"),
    [
        # 30.06: the 950 milestone is in force and due that day; 940 ≤ 950 → achieved
        (date(2022, 6, 30), 950, 940, "achieved"),
        # 30.09: the 850 milestone (due 31.12) is in force; 940 → 850/940 = 90.4 % at 273/365
        # of the year → ratio 1.21 → on pace (time left)
        (date(2022, 9, 30), 850, 940, "on_pace"),
        # 31.12: 900 against the maximum 850, on its due date → missed
        (date(2022, 12, 31), 850, 900, "missed"),
        # 30.06.2023: still the 850 milestone, compared with the 31.12 value, not a later one
        (date(2023, 6, 30), 850, 900, "missed"),
    ],
)
def test_milestones_before_and_after_their_due_date(period_end, target, actual, status):
    row = _milestone_card(period_end)
    assert (row["target_in_force"], row["actual"], row["status"]) == (target, actual, status)


@pytest.mark.parametrize(
    ("kind", "direction", "target", "value", "period_end", "status"),
    [
        # min 10 by 31.12.2022 (once): 6 on 30.06 = 60 % at 181/365 → ratio 1.21 → on pace
        ("count", "min", 10, 6, date(2022, 6, 30), "on_pace"),
        # the same 6 on the deadline itself: missed
        ("count", "min", 10, 6, date(2022, 12, 31), "missed"),
        # 10 of 10 on the deadline: achieved
        ("count", "min", 10, 10, date(2022, 12, 31), "achieved"),
        # max 5 with 8 reported: 62.5 % at 181/365 → ratio 1.26 → on pace; missed at the end
        ("count", "max", 5, 8, date(2022, 6, 30), "on_pace"),
        ("count", "max", 5, 8, date(2022, 12, 31), "missed"),
        # boolean: 0 (not done) before the deadline is off track (0 %), after it missed
        ("boolean", "exact", None, 0, date(2022, 6, 30), "off_track"),
        ("boolean", "exact", None, 0, date(2022, 12, 31), "missed"),
        ("boolean", "exact", None, 1, date(2022, 12, 31), "achieved"),
    ],
)
def test_status_before_and_after_the_deadline(kind, direction, target, value, period_end, status):
    indicators = pd.DataFrame(
        {
            "indicator_id": ["k"],
            "plan_id": ["plan_2022"],
            "component": ["children"],
            "target_value": [target],
            "target_kind": [kind],
            "direction": [direction],
            "periodicity": ["once"],
            "deadline": ["2022-12-31"],
        }
    )
    values = _values([("k", period_end.isoformat(), None, value, "form")])
    card = scorecard(indicators, MILESTONES.iloc[0:0], values, period_end=period_end, bounds=BOUNDS)
    assert card["status"].iat[0] == status


def test_annual_targets_year_by_year():
    """An annual min-2 target of the strategy: 2 reported for 2025 (achieved), 1 by 30.06.2026
    (half the target at half the year: on pace), with today 30.11.2026 (2026 still running)."""
    from metrics.attainment import annual_by_year

    indicators = pd.DataFrame(
        {
            "indicator_id": ["s"],
            "plan_id": ["strategy_2025_2034"],
            "target_value": [2.0],
            "target_kind": ["count"],
            "direction": ["min"],
            "periodicity": ["annual"],
            "deadline": ["2034"],
        }
    )
    values = _values([("s", "2025-12-31", None, 2, "form"), ("s", "2026-06-30", None, 1, "form")])
    out = annual_by_year(
        indicators, MILESTONES.iloc[0:0], values, years=[2025, 2026], bounds=BOUNDS,
        today=date(2026, 11, 30),
    ).set_index("year")  # fmt: skip
    assert out.at[2025, "achieved"] == 1 and not out.at[2025, "running"]
    assert out.at[2026, "period_end"] == date(2026, 6, 30) and out.at[2026, "running"]
    assert out.at[2026, "on_pace"] == 1  # 50 % at 181/365 of 2026: ratio 1.01


def test_trajectory_line_and_values_so_far():
    """73 by 31.12.2029 from 01.01.2025 (1825 days): the line is days elapsed / 25."""
    ind = pd.Series({"indicator_id": "t", "target_value": 73.0})
    vals = pd.DataFrame(
        [
            ("t", "2025-12-31", None, 10.0, "form"),  # day 364 → 14,56 expected
            ("t", "2026-06-30", 101, 5.0, "form"),  # day 545 → 21,8; two UATs: 5 + 7 = 12
            ("t", "2026-06-30", 102, 7.0, "form"),
            ("t", "2026-12-31", None, 40.0, "form"),  # after today: not yet reported
            ("other", "2025-12-31", None, 99.0, "form"),
        ],
        columns=["indicator_id", "period_end", "uat_siruta", "value", "source"],
    )
    traj = am.trajectory(
        ind, vals, start=date(2025, 1, 1), deadline=date(2029, 12, 31), today=date(2026, 9, 30)
    )
    assert traj["date"].tolist() == [
        date(2025, 1, 1), date(2025, 12, 31), date(2026, 6, 30), date(2029, 12, 31)
    ]  # fmt: skip
    assert traj["expected"].tolist() == pytest.approx([0.0, 14.56, 21.8, 73.0])
    assert traj["actual"].fillna(-1).tolist() == [-1, 10.0, 12.0, -1]
    assert traj["current_year"].tolist() == [False, False, True, False]
    day, actual, expected = am.trajectory_position(traj)
    assert (day, actual, expected) == (date(2026, 6, 30), 12.0, pytest.approx(21.8))
    baseline = am.trajectory(
        pd.concat([ind, pd.Series({"baseline": 23.0})]),
        vals.iloc[0:0], start=date(2025, 1, 1), deadline=date(2029, 12, 31),
        today=date(2026, 9, 30),
    )  # fmt: skip
    assert baseline["expected"].tolist() == [23.0, 73.0]  # from the baseline, not 0
    assert am.trajectory_position(baseline) is None


def test_cumulative_targets_are_once_numbers_due_in_a_later_year():
    inds = pd.DataFrame(
        {
            "indicator_id": ["keep", "same_year", "annual", "text", "max", "pct"],
            "periodicity": ["once", "once", "annual", "once", "once", "once"],
            "target_value": [30.0, 5.0, 5.0, None, 10.0, 50.0],
            "target_kind": ["count", "count", "count", "text", "count", "percent"],
            "direction": ["min", "min", "min", "exact", "max", "exact"],
            "deadline": ["2029", "2025", "2029", "2029", "2029", "2034"],
        }
    )
    got = am.cumulative_targets(inds, plan_start=date(2025, 1, 1))
    assert got["indicator_id"].tolist() == ["keep", "pct"]


# Issue 22: attainment follows the curated readings of a rate, an interval and a periodicity.
def _curated(*ids):
    from curation.common import CURATED

    frame = pd.read_csv(CURATED / "indicators.csv", dtype={"deadline": str})
    return frame[frame["indicator_id"].isin(ids)].reset_index(drop=True)


def test_a_rate_norm_compares_the_reported_rate():
    # 001:88 „1 manager/25 cazuri”: at most 25 cases per case manager, reported as cases/manager
    card = scorecard(
        _curated("s25-copii-4.1.1-i1"), MILESTONES.iloc[0:0],
        _values([("s25-copii-4.1.1-i1", "2025-12-31", None, 30, "form")]),
        period_end=date(2025, 12, 31), bounds=BOUNDS,
    ).iloc[0]  # fmt: skip
    assert (card.target_value, card.target_per, card.direction) == (25, "manager", "max")
    # 30 cases per manager against a cap of 25: 25 / 30 × 100 = 83,33 % (not 30 / 1 = 3.000 %)
    assert card.attainment_pct == pytest.approx(83.333, abs=1e-3)
    under = attainment_pct(20, 25, kind="count", direction="max")
    assert under == pytest.approx(125.0)  # 20 cases per manager: within the norm


def test_an_interval_is_a_review_done_or_not_never_a_count_to_reach():
    # 001:418 „Actualizare: la 5 ani”: the update done (1) is 100 %; read as 5 „ani” it was
    # 100 − |1 − 5| / 5 × 100 = 20 %
    ind = _curated("s25-sistem-2.3.2-i3")
    assert ind.at[0, "target_kind"] == "boolean" and pd.isna(ind.at[0, "target_value"])
    done = _values([("s25-sistem-2.3.2-i3", "2024-12-31", None, 1, "form")])
    card = scorecard(
        ind, MILESTONES.iloc[0:0], done, period_end=date(2024, 12, 31), bounds=BOUNDS
    ).iloc[0]
    assert card.attainment_pct == 100.0 and card.status == "achieved"
    # 001:109 „Revizuire: la 3 luni”: a quarterly review, its window the current quarter
    quarterly = _curated("s25-copii-4.3.4-i4")
    assert quarterly.at[0, "periodicity"] == "quarterly"
    assert quarterly.at[0, "target_kind"] == "boolean"


def test_a_corrected_periodicity_paces_the_target_over_its_year():
    # 000:4312 „12 fișe lunare de monitorizare”: 12 a year (one a month), not 12 each month.
    # 6 sheets by 30.06.2022: 50 % at 181/365 of the year → pace 0,5 / (181/365) = 1,008: on pace.
    # Read as monthly, the June window had ended at 30.06 and 6 of 12 was „missed”.
    card = scorecard(
        _curated("p22-9.13.1-i2"), MILESTONES.iloc[0:0],
        _values([("p22-9.13.1-i2", "2022-06-30", None, 6, "form")]),
        period_end=date(2022, 6, 30), bounds=BOUNDS,
    ).iloc[0]  # fmt: skip
    assert card.periodicity == "annual"
    assert card.attainment_pct == pytest.approx(50.0)
    assert card.time_elapsed_pct == pytest.approx(181 / 365 * 100)
    assert card.pace_ratio == pytest.approx(0.5 / (181 / 365))
    assert card.status == "on_pace" and card.term_end == "2022-12-31"
