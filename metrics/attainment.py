"""Target attainment, pace and status of plan indicators, and their roll-ups (pure functions).

Definitions (also in metrics/definitions.py and the README):
- The *target in force* at a period end is the earliest milestone not yet past at that date;
  after the last milestone, the last one; without milestones, the indicator's target_value.
- *Attainment* (percent, uncapped; capped at 100 only for display and averages) by direction:
  min (and percent / increase_pct / count kinds): actual / target × 100;
  max (lower is better): target / actual × 100 (actual 0 → 100);
  approx / exact: 100 − |actual − target| / target × 100, floored at 0;
  boolean / text: a reported value ≥ 1 means done (100), 0 means not done (0).
  Target 0: 100 when the actual meets it, else 0. No actual → NaN (never 0 as if measured).
- For increase_pct indicators the reported value is the increase achieved, in percent.
- For a *rate* target (`target_per` set: `Minim 1 excursie/tabără/an /copil`) the reported value
  is the rate achieved per that entity (per child, per centre …), never a total; it is compared
  with the target rate by the same rules, and labelled `unit per entity` (`rate_unit`). A norm
  written as a ratio (`1 manager/25 cazuri`) is such a rate with a cap: 25 cases per manager,
  direction max (30 reported → 25 / 30 × 100 = 83,3 %).
- An *interval* (`Actualizare: la 5 ani`, `Revizuire: la 3 luni`) is a review cadence, never a
  count to reach: curated as a deliverable (boolean; a reported 1 = the review done in its
  window) with the cadence as periodicity where one fits (`la 3 luni` → quarterly).
- *Parts* (`part_of` set: `100 copii cu TSA` of `250 copii …, din care:`) are left out of
  roll-ups when their total is in the same frame, so a total and its parts never count twice.
- *Time elapsed* (0–1): from the plan start (or, for annual/semester/… targets, the start of the
  current year/semester/quarter/month/week) to the deadline of the target in force.
- *Pace ratio* = (attainment / 100) / time elapsed; *forecast* = straight-line projection of the
  actual to the deadline (min/percent kinds only).
- *Term end*: the last day of the target in force's time window (its deadline; for an annual,
  semester, … target the end of the current year, semester, …). Once the term has ended, the
  target is compared with the latest value reported at or before the term end, never a later one.
- *Status* (declared with labels and definitions in domain/statuses.py): no_data (no actual) ·
  achieved (attainment ≥ 100) · missed (the term has ended below the target) · with time left:
  on_pace (pace ratio ≥ 0.9) · behind_pace (0.6 ≤ pace ratio < 0.9) · off_track (pace ratio < 0.6).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from domain.enums import NUMERIC_KINDS
from domain.statuses import STATUS_RANK, STATUS_VALUES
from domain.targets import (  # the rules of a target, re-exported for the metrics' callers
    Bounds as Bounds,
)
from domain.targets import (
    Milestone as Milestone,
)
from domain.targets import (
    as_date as as_date,
)
from domain.targets import (
    milestone_in_force,
)
from domain.targets import (
    milestone_table as milestone_table,
)
from domain.targets import (
    plan_bounds as plan_bounds,
)
from domain.targets import (
    rate_unit as rate_unit,
)
from domain.targets import (
    target_in_force as target_in_force,
)
from domain.targets import (
    term_end_of as term_end_of,
)
from domain.targets import (
    time_elapsed as time_elapsed,
)

ON_PACE_RATIO = 0.9
OFF_TRACK_RATIO = 0.6
SCORECARD_COLUMNS = [
    "indicator_id", "target_in_force", "due", "actual", "actual_period_end", "attainment_pct",
    "attainment_display_pct", "time_elapsed_pct", "pace_ratio", "forecast_at_deadline", "status",
    "term_end", "term_ended",
]  # fmt: skip
STATUSES = STATUS_VALUES


def attainment_pct(
    actual: float | None, target: float | None, *, kind: str, direction: str
) -> float:
    """Attainment of one value against one target, percent, uncapped (NaN when unmeasurable)."""
    if actual is None or pd.isna(actual):
        return math.nan
    if kind in ("boolean", "text"):
        return 100.0 if actual >= 1 else 0.0
    if target is None or pd.isna(target):
        return math.nan
    if target == 0:
        met = actual <= 0 if direction in ("max", "exact", "approx") else actual >= 0
        return 100.0 if met else 0.0
    if direction == "max":
        return 100.0 if actual <= 0 else float(target / actual * 100)
    if direction in ("approx", "exact"):
        return float(max(0.0, 100 - abs(actual - target) / target * 100))
    return float(actual / target * 100)


def status_of(attainment: float, elapsed: float, *, deadline_passed: bool) -> tuple[str, float]:
    """(status, pace ratio) from attainment (percent) and time elapsed (0–1); once the deadline
    has passed a value below target is `missed`, never on pace."""
    if attainment is None or math.isnan(attainment):
        return "no_data", math.nan
    if attainment >= 100:
        return "achieved", (attainment / 100) / elapsed if elapsed > 0 else math.inf
    if deadline_passed:
        return "missed", (attainment / 100) / elapsed if elapsed > 0 else math.nan
    if elapsed <= 0:
        return "on_pace", math.nan
    ratio = (attainment / 100) / elapsed
    if ratio >= ON_PACE_RATIO:
        return "on_pace", ratio
    if ratio >= OFF_TRACK_RATIO:
        return "behind_pace", ratio
    return "off_track", ratio


def latest_values(values: pd.DataFrame, period_end: date) -> pd.DataFrame:
    """Per indicator, the county-level value of the latest period ≤ `period_end`.

    County level = rows without a UAT; where an indicator is reported only per UAT, the county
    value is the sum of the UAT values of that period (flagged `from_uats`).
    """
    both = county_values(values, up_to=period_end)
    return both.groupby("indicator_id", as_index=False).tail(1).reset_index(drop=True)


def county_values(values: pd.DataFrame, *, up_to: date) -> pd.DataFrame:
    """Per indicator and period ≤ `up_to`, the county-level value (see `latest_values`), in
    (indicator, period) order."""
    cols = ["indicator_id", "period_end", "value", "from_uats", "source"]
    if values.empty:
        return pd.DataFrame(columns=cols)
    frame = values.copy()
    frame["period_end"] = pd.to_datetime(frame["period_end"]).dt.date
    frame = frame[frame["period_end"] <= up_to]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    has_uat = frame["uat_siruta"].notna() & (frame["uat_siruta"].astype("Float64").fillna(0) > 0)
    county = frame[~has_uat].assign(from_uats=False)
    per_uat = (
        frame[has_uat]
        .groupby(["indicator_id", "period_end"], as_index=False)
        .agg(value=("value", "sum"), source=("source", "first"))
        .assign(from_uats=True)
    )
    per_uat = per_uat[
        ~per_uat.set_index(["indicator_id", "period_end"]).index.isin(
            county.set_index(["indicator_id", "period_end"]).index
        )
    ]
    both = pd.concat([county[cols], per_uat[cols]], ignore_index=True)
    return both.sort_values(["indicator_id", "period_end"], ignore_index=True)


def _by_id(latest: pd.DataFrame) -> dict[str, tuple[float, date]]:
    return {
        str(i): (float(v), p)
        for i, v, p in zip(
            latest["indicator_id"], latest["value"], latest["period_end"], strict=True
        )
    }


def scorecard(
    indicators: pd.DataFrame,
    milestones: pd.DataFrame,
    values: pd.DataFrame,
    *,
    period_end: date,
    bounds: Bounds,
) -> pd.DataFrame:
    """One row per indicator: target in force, latest actual, attainment, elapsed, pace, status
    (`bounds`: each plan's first and last day)."""
    latest = latest_values(values, period_end)
    in_force = milestone_table(
        milestones[milestones["indicator_id"].isin(indicators["indicator_id"])]
    )
    at_term: dict[date, dict[str, tuple[float, date]]] = {period_end: _by_id(latest)}
    rows = []
    for ind in indicators.itertuples(index=False):
        plan_end = bounds[ind.plan_id][1] if ind.plan_id in bounds else period_end
        target, due = milestone_in_force(
            in_force.get(ind.indicator_id), ind.target_value, period_end
        )
        deadline = as_date(due or ind.deadline, default=plan_end)
        term_end = term_end_of(
            plan_id=ind.plan_id, periodicity=ind.periodicity, deadline=deadline,
            period_end=period_end, bounds=bounds,
        )  # fmt: skip
        passed = period_end >= term_end
        seen = min(term_end, period_end)  # a value after the term end does not count for it
        if seen not in at_term:
            at_term[seen] = _by_id(latest_values(values, seen))
        has = ind.indicator_id in at_term[seen]
        actual, actual_period = at_term[seen][ind.indicator_id] if has else (math.nan, None)
        att = attainment_pct(actual, target, kind=ind.target_kind, direction=ind.direction)
        elapsed = time_elapsed(
            plan_id=ind.plan_id,
            periodicity=ind.periodicity,
            deadline=deadline,
            period_end=period_end,
            bounds=bounds,
        )
        status, ratio = status_of(att, elapsed, deadline_passed=passed)
        forecast = math.nan
        if (
            has
            and elapsed > 0
            and ind.direction == "min"
            and ind.target_kind in ("count", "percent", "increase_pct")
        ):
            forecast = actual / elapsed
        rows.append(
            {
                "indicator_id": ind.indicator_id,
                "target_in_force": target,
                "due": deadline.isoformat(),
                "actual": actual,
                "actual_period_end": actual_period,
                "attainment_pct": att,
                "attainment_display_pct": min(att, 100.0) if not math.isnan(att) else math.nan,
                "time_elapsed_pct": elapsed * 100,
                "pace_ratio": ratio,
                "forecast_at_deadline": forecast,
                "status": status,
                "term_end": term_end.isoformat(),
                "term_ended": passed,
            }
        )
    out = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    return indicators.merge(out, on="indicator_id", how="left")


def general_objective_of(nodes: pd.DataFrame) -> dict[str, str]:
    """node_id → the node_id of its general objective (walking parent links)."""
    parent = dict(zip(nodes["node_id"], nodes["parent_id"], strict=True))
    level = dict(zip(nodes["node_id"], nodes["level"], strict=True))
    out = {}
    for node in nodes["node_id"]:
        current, seen = node, set()
        while level.get(current) != "general" and parent.get(current) and current not in seen:
            seen.add(current)
            current = parent[current]
        out[node] = current
    return out


def without_counted_parts(card: pd.DataFrame) -> pd.DataFrame:
    """`card` without the parts whose total is in it (so roll-ups count each target once)."""
    if "part_of" not in card.columns:
        return card
    part_of = card["part_of"]
    counted = part_of.notna() & (part_of != "") & part_of.isin(card["indicator_id"])
    return card[~counted]


def roll_up(card: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Status counts, mean attainment (capped at 100) and coverage (share with data) by `by`;
    a part whose total is in `card` is left out (see `without_counted_parts`)."""
    card = without_counted_parts(card)
    frame = card[[*by, "indicator_id", "status", "attainment_display_pct"]].assign(
        has_data=card["status"] != "no_data",
        **{status: (card["status"] == status).astype("int64") for status in STATUSES},
    )
    out = (
        frame.groupby(by)
        .agg(
            indicators=("indicator_id", "count"),
            with_data=("has_data", "sum"),
            mean_attainment_pct=("attainment_display_pct", "mean"),
            **{status: (status, "sum") for status in STATUSES},
        )
        .reset_index()
    )
    out["coverage_pct"] = out["with_data"] / out["indicators"] * 100
    return out


def furthest_behind(card: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The `n` measured, unachieved indicators with the lowest pace ratio (then attainment);
    missed ones (term ended below target) count with their attainment as the ratio."""
    measured = card[card["status"].isin(["missed", "behind_pace", "off_track", "on_pace"])]
    key = measured["pace_ratio"].fillna(measured["attainment_display_pct"] / 100)
    return (
        measured.assign(_key=key)
        .sort_values(["_key", "attainment_display_pct"])
        .head(n)
        .drop(columns="_key")
    )


def status_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Indicators whose status or actual changed between two scorecards (period A → B)."""
    cols = ["indicator_id", "status", "actual", "due"]
    joined = before[cols].merge(after[cols], on="indicator_id", suffixes=("_before", "_after"))
    changed = (
        (joined["status_before"] != joined["status_after"])
        | ~np.isclose(joined["actual_before"].fillna(-1e18), joined["actual_after"].fillna(-1e18))
        | (joined["due_before"] != joined["due_after"])
    )
    return joined[changed].reset_index(drop=True)


def semester_ends(start: date, end: date) -> list[date]:
    """The semester ends (30.06 and 31.12) from a plan's first day to its last."""
    out = []
    for year in range(start.year, end.year + 1):
        out += [d for d in (date(year, 6, 30), date(year, 12, 31)) if start <= d <= end]
    return out


def default_period(ends: list[date], reported: list[date], today: date) -> date:
    """The latest period with data, else the latest semester end (of `ends`) not after today."""
    if reported:
        return max(reported)
    past = [d for d in ends if d <= today]
    return past[-1] if past else ends[0]


def attach_objectives(card: pd.DataFrame, nodes: pd.DataFrame) -> pd.DataFrame:
    """Add the general objective (node id, number, title) of each indicator's activity."""
    general = general_objective_of(nodes)
    title = dict(zip(nodes["node_id"], nodes["title"], strict=True))
    number = dict(zip(nodes["node_id"], nodes["number"], strict=True))
    out = card.copy()
    out["objective_node_id"] = out["activity_node_id"].map(general)
    out["objective_title"] = out["objective_node_id"].map(title)
    out["objective_label"] = [
        f"{number[n] or ''} {title[n]}".strip() if n in title else n
        for n in out["objective_node_id"]
    ]
    return out


def movement(changes: pd.DataFrame) -> tuple[int, int]:
    """(moved up, moved down) in status rank between two periods."""
    before = changes["status_before"].map(STATUS_RANK)
    after = changes["status_after"].map(STATUS_RANK)
    return int((after > before).sum()), int((after < before).sum())


def history(values: pd.DataFrame, indicator_ids: list[str]) -> dict[str, list[float]]:
    """Per indicator, the county-level values in period order (for sparklines)."""
    if values.empty:
        return {i: [] for i in indicator_ids}
    frame = values[
        values["uat_siruta"].isna() | (values["uat_siruta"].astype("Float64").fillna(0) == 0)
    ]
    frame = frame.sort_values("period_end")
    grouped = frame.groupby("indicator_id")["value"].apply(list).to_dict()
    return {i: [float(v) for v in grouped.get(i, [])] for i in indicator_ids}


@dataclass(frozen=True)
class Scorecards:
    """Everything the Objectives page shows for one selection of indicators and two periods."""

    card: pd.DataFrame  # one row per indicator (scorecard + its general objective)
    overall: pd.DataFrame  # the roll-up of the whole selection (no rows without indicators)
    by_component: pd.DataFrame
    by_objective: pd.DataFrame  # in the order of `nodes`, with `behind` = behind pace + off track
    trends: dict[str, list[float]]  # county values up to the period, for sparklines
    behind: pd.DataFrame  # the five indicators furthest behind
    changes: pd.DataFrame  # status changes since `compare`


def scorecards(
    indicators: pd.DataFrame,
    milestones: pd.DataFrame,
    values: pd.DataFrame,
    nodes: pd.DataFrame,
    *,
    period_end: date,
    compare: date,
    bounds: Bounds,
) -> Scorecards:
    """The scorecard at `period_end`, its roll-ups, trends, the five furthest behind, and the
    status changes since `compare` (one call per selection; the page caches it)."""
    card = attach_objectives(
        scorecard(indicators, milestones, values, period_end=period_end, bounds=bounds), nodes
    )
    order = {n: i for i, n in enumerate(nodes["node_id"])}
    by_objective = roll_up(card, ["objective_node_id", "objective_label"])
    by_objective = by_objective.sort_values(
        "objective_node_id", key=lambda s: s.map(order), ignore_index=True
    )
    by_objective["behind"] = by_objective["behind_pace"] + by_objective["off_track"]
    up_to = (
        values[pd.to_datetime(values["period_end"]).dt.date <= period_end]
        if len(values)
        else values
    )
    before = scorecard(indicators, milestones, values, period_end=compare, bounds=bounds)
    return Scorecards(
        card=card,
        overall=roll_up(card, ["plan_id"]) if len(card) else card.iloc[0:0],
        by_component=roll_up(card, ["component"]),
        by_objective=by_objective,
        trends=history(up_to, card["indicator_id"].tolist()),
        behind=furthest_behind(card, 5),
        changes=status_changes(before, card),
    )


def annual_by_year(
    indicators: pd.DataFrame,
    milestones: pd.DataFrame,
    values: pd.DataFrame,
    *,
    years: list[int],
    bounds: Bounds,
    today: date,
) -> pd.DataFrame:
    """A strategy's annual targets year by year: for each year, the scorecard of its `annual`
    indicators at the year's end (or, for the running year, at the latest value reported in it,
    else today), as status counts. Columns: year, period_end, running (bool), indicators, and
    one count per status."""
    annual = indicators[indicators["periodicity"] == "annual"]
    rows = []
    for year in years:
        end = date(year, 12, 31)
        running = today < end
        if running:
            in_year = (
                pd.to_datetime(values["period_end"]).dt.date
                if len(values)
                else pd.Series(dtype=object)
            )
            reported = [d for d in in_year if date(year, 1, 1) <= d <= today]
            end = max(reported) if reported else today
        card = scorecard(annual, milestones, values, period_end=end, bounds=bounds)
        counts = card["status"].value_counts()
        rows.append(
            {"year": year, "period_end": end, "running": running, "indicators": len(card)}
            | {s: int(counts.get(s, 0)) for s in STATUSES}
        )
    return pd.DataFrame(rows, columns=["year", "period_end", "running", "indicators", *STATUSES])


TRAJECTORY_KINDS = NUMERIC_KINDS
TRAJECTORY_COLUMNS = ["date", "expected", "actual", "current_year"]


def cumulative_targets(indicators: pd.DataFrame, *, plan_start: date) -> pd.DataFrame:
    """The cumulative targets of a plan: reached once (`periodicity` once) by a deadline in a
    later year than the plan start, with a number to reach (not `max`: lower is better)."""
    deadline = indicators["deadline"].map(lambda d: as_date(d, default=plan_start))
    keep = (
        (indicators["periodicity"] == "once")
        & indicators["target_value"].notna()
        & indicators["target_kind"].isin(TRAJECTORY_KINDS)
        & (indicators["direction"] != "max")
        & deadline.map(lambda d: d.year > plan_start.year)
    )
    return indicators[keep]


def trajectory(
    indicator: pd.Series, values: pd.DataFrame, *, start: date, deadline: date, today: date
) -> pd.DataFrame:
    """A cumulative target's straight line and the values reported so far.

    `expected` at a date = baseline + (target − baseline) × (date − start) / (deadline − start)
    in days; the baseline is the indicator's `baseline` when the data holds one, else 0 (the
    curated indicators hold none: a `față de baseline` target is the increase achieved, from 0).
    Rows: the start, each county-level value reported up to `today` (and not after the
    deadline) at its period end, and the deadline; `actual` NaN where nothing was reported;
    `current_year` marks the dates in `today`'s year."""
    target = float(indicator["target_value"])
    raw = indicator.get("baseline")
    base = 0.0 if raw is None or pd.isna(raw) else float(raw)
    span = max((deadline - start).days, 1)
    own = values[values["indicator_id"] == indicator["indicator_id"]] if len(values) else values
    reported = county_values(own, up_to=min(today, deadline))
    actual = dict(zip(reported["period_end"], reported["value"].astype(float), strict=True))
    dates = sorted({start, deadline, *actual})
    return pd.DataFrame(
        {
            "date": dates,
            "expected": [base + (target - base) * (d - start).days / span for d in dates],
            "actual": [actual.get(d, math.nan) for d in dates],
            "current_year": [d.year == today.year for d in dates],
        },
        columns=TRAJECTORY_COLUMNS,
    )


def trajectory_position(traj: pd.DataFrame) -> tuple[date, float, float] | None:
    """(date, actual, expected) of the latest reported value, or None when nothing is reported
    (the caller says above or below: actual ≥ expected is on or above the line)."""
    seen = traj[traj["actual"].notna()]
    if seen.empty:
        return None
    last = seen.iloc[-1]
    return last["date"], float(last["actual"]), float(last["expected"])
