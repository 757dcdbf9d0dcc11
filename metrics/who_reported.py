"""„Cine a raportat”: per unit, for one plan and period end, the indicators due, the values
reported, where its report stands and how many days late it is. Pure pandas.

Rules (documented once, here):
- an indicator is *due* from every unit responsible for it (`owners`: indicator_id, unit_id —
  store.catalog.Catalog.owners); the indicators given are the plan's indicators due at the
  period (as metrics.reporting: every indicator of the plan, at every semester end);
- it is *reported* when a county-level value (no UAT) exists for exactly that period end
  (metrics.reporting.county_values_at); an indicator of two units counts for each;
- `state`: `submitted` when the unit has sent its report (review state submitted or approved),
  else `complete` (every due value in, not sent), `partly` (some), `nothing` (none);
  `review` is the submission's own state: nothing / submitted / approved / returned;
- the *deadline* of a period's report is the period end plus metrics.reporting.GRACE_DAYS (30
  days: a semester ending 30 June is due by 30 July, one ending 31 December by 30 January);
  `days_late` counts the days after the deadline until the report was submitted (its
  submission date, UTC) or, while it is not (nothing sent, or sent back), until `today`;
  0 when on time.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pandas as pd

from metrics.reporting import GRACE_DAYS, county_values_at

STATES = ("submitted", "complete", "partly", "nothing")
REVIEW_STATES = ("nothing", "submitted", "approved", "returned")
SENT = ("submitted", "approved")
WHO_COLUMNS = [
    "unit_id", "unit_name", "due", "reported", "missing", "state", "review", "deadline",
    "days_late",
]  # fmt: skip


def report_deadline(period_end: date) -> date:
    """The day a unit's report for `period_end` is due: GRACE_DAYS after the period end."""
    return period_end + timedelta(days=GRACE_DAYS)


def who_reported(
    indicators: pd.DataFrame,
    owners: pd.DataFrame,
    units: pd.DataFrame,
    values: pd.DataFrame,
    submissions: pd.DataFrame,
    period_end: date,
    today: date,
) -> pd.DataFrame:
    """One row per unit that answers for at least one of `indicators` (WHO_COLUMNS), the most
    days late first, then the most missing, then by name. `units`: unit_id, name;
    `submissions`: unit_id, state, submitted_at (UTC) of this plan and period."""
    due_ids = pd.Series(indicators["indicator_id"], dtype=object).unique()
    links = owners[owners["indicator_id"].isin(due_ids)][["indicator_id", "unit_id"]]
    links = links.drop_duplicates()
    if links.empty:
        return pd.DataFrame(columns=WHO_COLUMNS)
    reported_ids = set(county_values_at(values, period_end)["indicator_id"])
    links = links.assign(reported=links["indicator_id"].isin(reported_ids))
    out = links.groupby("unit_id")["reported"].agg(due="size", reported="sum").reset_index()
    out["reported"] = out["reported"].astype(int)
    out["missing"] = out["due"] - out["reported"]
    out["unit_name"] = out["unit_id"].map(dict(zip(units["unit_id"], units["name"], strict=True)))
    out["unit_name"] = out["unit_name"].fillna(out["unit_id"])
    sent = submissions.set_index("unit_id") if len(submissions) else None
    out["review"] = [
        str(sent.at[u, "state"]) if sent is not None and u in sent.index else "nothing"
        for u in out["unit_id"]
    ]
    deadline = report_deadline(period_end)
    out["deadline"] = deadline
    out["state"] = [_state(r) for r in out.itertuples()]
    sent_at = {} if sent is None else dict(zip(sent.index, sent["submitted_at"], strict=True))
    out["days_late"] = [
        _days_late(review, sent_at.get(u), deadline, today)
        for u, review in zip(out["unit_id"], out["review"], strict=True)
    ]
    out = out.sort_values(["days_late", "missing", "unit_name"], ascending=[False, False, True])
    return out[WHO_COLUMNS].reset_index(drop=True)


def _state(row: Any) -> str:
    if row.review in SENT:
        return "submitted"
    reported, due = int(row.reported), int(row.due)
    return "complete" if reported == due else "partly" if reported else "nothing"


def _days_late(review: str, submitted_at: object, deadline: date, today: date) -> int:
    """Days after the deadline until the report was sent (or `today` while it is not)."""
    until = today
    if review in SENT and submitted_at is not None and not pd.isna(submitted_at):
        stamp = pd.Timestamp(submitted_at)
        stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
        until = stamp.date()
    return max(0, (until - deadline).days)
