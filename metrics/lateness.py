"""What is late: every indicator of every plan whose deadline or milestone has passed without its
target, and every one off pace before its deadline, with its owner (pure functions).

A row is one target: the target in force at `today` of each indicator (status from
metrics.attainment), plus every earlier milestone already due, each compared with the latest
value reported at or before its own due date, plus every past year of an `annual` target (its
31 December passed), compared with the latest value reported within that year. Kinds:
- `missed`: the term has ended and the value reported by then is below the target;
- `unreported`: the term has ended and nothing was reported by then (late, size unknown);
- `behind`: time is left, but attainment is below the pace needed (behind pace or off track),
  judged at the date of the latest value (a value from June is not held against November's
  share of time elapsed: between two reports nothing would otherwise look on pace).
`days_late` = today − term end (missed and unreported); `days_left` = term end − today (behind).
`today` is injected: metrics never read the clock.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from domain.statuses import BEHIND
from metrics import attainment as am
from metrics.owners import NO_UNIT

LATE_KINDS = ("missed", "unreported", "behind")
LATE_COLUMNS = [
    "plan_id", "component", "indicator_id", "objective_label", "indicator_text", "owner",
    "unit_ids", "kind", "status", "due", "target", "target_unit", "direction", "value_at_due",
    "value_at_due_date", "latest_value", "latest_date", "gap", "days_late", "days_left",
    "source_line",
]  # fmt: skip


def gap_of(target: float, actual: float, *, kind: str, direction: str) -> float:
    """How far the actual is from the target, in the target's unit (positive = short of it;
    NaN when either is missing). Boolean: 1 − actual."""
    if actual is None or pd.isna(actual):
        return math.nan
    if kind in ("boolean", "text"):
        return 1.0 - min(1.0, float(actual))
    if target is None or pd.isna(target):
        return math.nan
    if direction == "max":
        return float(actual - target)
    if direction in ("approx", "exact"):
        return float(abs(actual - target))
    return float(target - actual)


def owner_labels(indicators: pd.DataFrame, owners: pd.DataFrame) -> pd.DataFrame:
    """indicator_id, owner (canonical unit names joined, else the responsible text, else —),
    unit_ids (comma-separated canonical unit ids, NO_UNIT when none)."""
    known = owners[owners["unit_id"] != NO_UNIT]
    names = known.groupby("indicator_id")["unit_name"].agg("; ".join)
    ids = owners.groupby("indicator_id")["unit_id"].agg(",".join)
    text = indicators.set_index("indicator_id")["responsible"]
    frame = pd.DataFrame({"indicator_id": indicators["indicator_id"]})
    frame["owner"] = [
        names.get(i) or (text.get(i) if isinstance(text.get(i), str) and text.get(i) else NO_UNIT)
        for i in frame["indicator_id"]
    ]
    frame["unit_ids"] = frame["indicator_id"].map(ids).fillna(NO_UNIT)
    return frame


def _targets(
    indicators: pd.DataFrame,
    milestones: pd.DataFrame,
    values: pd.DataFrame,
    *,
    today: date,
    bounds: am.Bounds,
) -> pd.DataFrame:
    """The scorecard at `today`, plus one scorecard row per past year of each annual target and
    per earlier milestone already due."""
    cards = [
        *_past_years(indicators, milestones, values, today=today, bounds=bounds),
        am.scorecard(indicators, milestones, values, period_end=today, bounds=bounds),
    ]
    own = milestones[milestones["indicator_id"].isin(indicators["indicator_id"])]
    dues = {am.as_date(d, default=date.max) for d in own["due_date"]}
    for due in sorted(d for d in dues if d < today):
        ids = own.loc[own["due_date"].map(lambda d, due=due: am.as_date(d, default=date.max))
                      == due, "indicator_id"]  # fmt: skip
        subset = indicators[indicators["indicator_id"].isin(ids)]
        cards.append(am.scorecard(subset, milestones, values, period_end=due, bounds=bounds))
    both = pd.concat(cards, ignore_index=True)
    return both.drop_duplicates(["indicator_id", "term_end"], keep="first")


def _past_years(
    indicators: pd.DataFrame,
    milestones: pd.DataFrame,
    values: pd.DataFrame,
    *,
    today: date,
    bounds: am.Bounds,
) -> list[pd.DataFrame]:
    """For `annual` targets, one scorecard per plan year whose 31 December has passed (up to the
    deadline), each judged only on the values reported within that year."""
    annual = indicators[indicators["periodicity"] == "annual"]
    if annual.empty:
        return []
    ends = pd.to_datetime(values["period_end"]).dt.date if len(values) else None
    cards = []
    for plan_id, own in annual.groupby("plan_id"):
        first, last = bounds.get(str(plan_id), (today, today))
        due = own["deadline"].map(lambda d, last=last: am.as_date(d, default=last))
        for year in range(first.year, last.year + 1):
            year_end = date(year, 12, 31)
            if year_end >= today:
                break
            subset = own[due >= date(year, 1, 1)]
            in_year = (
                values[(ends >= date(year, 1, 1)) & (ends <= year_end)]
                if ends is not None
                else values
            )
            cards.append(
                am.scorecard(subset, milestones, in_year, period_end=year_end, bounds=bounds)
            )
    return cards


def _paced_at_last_report(card: pd.DataFrame, bounds: am.Bounds) -> pd.DataFrame:
    """Running targets with a value: pace and status re-judged at the value's own date."""
    out = card.copy()
    running = ~out["term_ended"].astype(bool) & out["actual_period_end"].notna()
    for i in out.index[running]:
        row = out.loc[i]
        elapsed = am.time_elapsed(
            plan_id=row["plan_id"], periodicity=row["periodicity"],
            deadline=am.as_date(row["due"], default=date.max),
            period_end=row["actual_period_end"], bounds=bounds,
        )  # fmt: skip
        status, ratio = am.status_of(row["attainment_pct"], elapsed, deadline_passed=False)
        out.at[i, "status"], out.at[i, "pace_ratio"] = status, ratio
    return out


def late_list(
    indicators: pd.DataFrame,
    milestones: pd.DataFrame,
    values: pd.DataFrame,
    objectives: pd.DataFrame,
    owners: pd.DataFrame,
    *,
    today: date,
    bounds: am.Bounds,
) -> pd.DataFrame:
    """Every late or behind target (LATE_COLUMNS), most days late first, then least time left.

    `owners`: metrics.owners.indicator_owners of the indicators (canonical units)."""
    if indicators.empty:
        return pd.DataFrame(columns=LATE_COLUMNS)
    card = _paced_at_last_report(
        _targets(indicators, milestones, values, today=today, bounds=bounds), bounds
    )
    ended = card["term_ended"].astype(bool)
    kind = pd.Series(None, index=card.index, dtype=object)
    kind[ended & (card["status"] == "missed")] = "missed"
    kind[ended & (card["status"] == "no_data")] = "unreported"
    kind[~ended & card["status"].isin(BEHIND)] = "behind"
    card = card.assign(kind=kind)[kind.notna()]
    if card.empty:
        return pd.DataFrame(columns=LATE_COLUMNS)
    card = am.attach_objectives(card, objectives)
    latest = am.latest_values(values, today).set_index("indicator_id")
    term = pd.to_datetime(card["term_end"]).dt.date
    out = pd.DataFrame(
        {
            "plan_id": card["plan_id"],
            "component": card["component"],
            "indicator_id": card["indicator_id"],
            "objective_label": card["objective_label"],
            "indicator_text": card["indicator_text"],
            "kind": card["kind"],
            "status": card["status"],
            "due": term,
            "target": card["target_in_force"],
            "target_unit": card["target_unit"],
            "direction": card["direction"],
            "value_at_due": card["actual"],
            "value_at_due_date": card["actual_period_end"],
            "latest_value": card["indicator_id"].map(latest["value"]).astype("float64"),
            "latest_date": card["indicator_id"].map(latest["period_end"]),
            "source_line": card["source_line"],
        }
    )
    out["gap"] = [
        gap_of(t, a, kind=k, direction=d)
        for t, a, k, d in zip(out["target"], out["value_at_due"], card["target_kind"],
                              out["direction"], strict=True)
    ]  # fmt: skip
    days = [(today - d).days for d in term]
    late = out["kind"] != "behind"
    out["days_late"] = pd.Series(days, index=out.index).where(late).astype("Int64")
    out["days_left"] = pd.Series([-d for d in days], index=out.index).where(~late).astype("Int64")
    out = out.merge(owner_labels(indicators, owners), on="indicator_id", how="left")
    out = out.sort_values(
        ["days_late", "days_left", "plan_id", "indicator_id"],
        ascending=[False, True, True, True], na_position="last",
    )  # fmt: skip
    return out[LATE_COLUMNS].reset_index(drop=True)


def owned_by(late: pd.DataFrame, unit_id: str) -> pd.DataFrame:
    """The rows of `late` owned by `unit_id` (one of its comma-separated unit_ids)."""
    return late[late["unit_ids"].str.split(",").map(lambda ids: unit_id in ids)]


def owner_ranking(late: pd.DataFrame, owners: pd.DataFrame) -> pd.DataFrame:
    """Per canonical unit: missed, unreported, behind and total rows, most late first (a row owned
    by two units counts for each)."""
    cols = ["unit_id", "unit_name", "missed", "unreported", "behind", "total"]
    if late.empty:
        return pd.DataFrame(columns=cols)
    names = owners.drop_duplicates("unit_id").set_index("unit_id")["unit_name"]
    rows = late.assign(unit_id=late["unit_ids"].str.split(",")).explode("unit_id")
    counts = pd.crosstab(rows["unit_id"], rows["kind"]).reindex(
        columns=list(LATE_KINDS), fill_value=0
    )
    counts["total"] = counts.sum(axis=1)
    counts = counts.reset_index()
    counts["unit_name"] = counts["unit_id"].map(names).fillna(NO_UNIT)
    counts = counts.sort_values(["missed", "total", "unit_name"], ascending=[False, False, True])
    return counts[cols].reset_index(drop=True)
