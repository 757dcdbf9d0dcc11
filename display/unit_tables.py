"""The units' reporting (issue #24) as a person reads it: a reporter's due list, „Cine a
raportat” by unit, users with their units, which indicators' values the office approved, closed
periods. Pure (no Streamlit); labels from the strings catalogue.

`for_download=False` gives text for the screen (numbers and dates formatted, a dash for a
missing one); `for_download=True` keeps numbers as numbers, so a spreadsheet can sort them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd

from display.export import local_times
from display.fmt import DASH, fmt_date, fmt_datetime, fmt_number, fmt_value

Tr = Callable[..., str]

WHO_HEADERS = {
    "unit_name": "unit.col.unit", "due": "unit.col.due", "reported": "unit.col.reported",
    "missing": "unit.col.missing", "state": "unit.col.state", "review": "unit.col.review",
    "deadline": "unit.col.deadline", "days_late": "unit.col.days_late",
}  # fmt: skip
DUE_HEADERS = {
    "indicator_id": "unit.col.id", "indicator_text": "unit.col.text",
    "target": "unit.col.target", "unit": "unit.col.measure", "due": "unit.col.milestone",
    "last_value": "unit.col.last", "last_period": "unit.col.last_period",
    "value": "unit.col.value", "status": "unit.col.status", "approved": "unit.col.approved",
}  # fmt: skip
CLOSED_HEADERS = {
    "period_end": "unit.col.period", "closed_by": "unit.col.closed_by",
    "closed_at": "unit.col.closed_at",
}  # fmt: skip
STATUS_ORDER = {"late": 0, "open": 1, "reported": 2}


def owned_ids(owners: pd.DataFrame, unit_ids: list[str] | tuple[str, ...]) -> set[str]:
    """The indicators any of `unit_ids` is responsible for (owners: indicator_id, unit_id)."""
    return set(owners.loc[owners["unit_id"].isin(list(unit_ids)), "indicator_id"])


def approved_ids(owners: pd.DataFrame, submissions: pd.DataFrame) -> set[str]:
    """The indicators whose value for the period the office approved: one of the units
    answering for it has an approved report (submissions of that plan and period)."""
    if submissions.empty:
        return set()
    approved = set(submissions.loc[submissions["state"] == "approved", "unit_id"])
    return set(owners.loc[owners["unit_id"].isin(approved), "indicator_id"])


def last_values(values: pd.DataFrame, period_end: date) -> pd.DataFrame:
    """Per indicator its latest county-level value at or before `period_end`: indicator_id,
    last_value, last_period (an indicator without one is absent)."""
    county = values[values["uat_siruta"].isna()] if len(values) else values
    if county.empty:
        return pd.DataFrame(columns=["indicator_id", "last_value", "last_period"])
    ends = pd.to_datetime(county["period_end"])
    county = county[ends <= pd.Timestamp(period_end)].assign(_end=ends)
    latest = county.sort_values("_end").groupby("indicator_id").tail(1)
    return pd.DataFrame(
        {
            "indicator_id": latest["indicator_id"].to_numpy(),
            "last_value": latest["value"].to_numpy(dtype=float),
            "last_period": [d.date() for d in latest["_end"]],
        }
    )


def due_frame(
    grid: pd.DataFrame,
    values: pd.DataFrame,
    period_end: date,
    status: pd.DataFrame,
    approved: set[str],
) -> pd.DataFrame:
    """A reporter's list for one period: the grid's indicators (metrics.reporting.entry_grid)
    with the latest value so far, the period's status (status_per_indicator) and whether the
    office approved it; the late first, then the open, then the reported, in grid order."""
    out = grid[["indicator_id", "indicator_text", "target", "unit", "due", "value"]].copy()
    out = out.merge(last_values(values, period_end), on="indicator_id", how="left")
    out["status"] = out["indicator_id"].map(dict(zip(status["indicator_id"], status["status"],
                                                     strict=True)))  # fmt: skip
    out["approved"] = out["indicator_id"].isin(approved)
    order = out["status"].map(STATUS_ORDER).fillna(len(STATUS_ORDER))
    return out.assign(_order=order).sort_values("_order", kind="stable").drop(columns="_order")


def _headers(out: pd.DataFrame, headers: dict[str, str], tr: Tr) -> pd.DataFrame:
    columns = [c for c in headers if c in out.columns]
    out = out[columns].copy()
    out.columns = [tr(headers[c]) for c in columns]
    return out.reset_index(drop=True)


def _number(v: object, lang: str) -> str:
    return fmt_value(None if pd.isna(v) else float(v), lang)  # type: ignore[arg-type]


def due_table(
    frame: pd.DataFrame, tr: Tr, lang: str, *, for_download: bool = False
) -> pd.DataFrame:
    """due_frame as a person reads it."""
    out = frame.copy()
    out["status"] = out["status"].map(lambda s: DASH if pd.isna(s) else tr(f"rep.status.{s}"))
    out["approved"] = out["approved"].map(lambda a: tr("unit.approved_mark") if a else "")
    out["unit"] = out["unit"].map(lambda u: "" if pd.isna(u) else str(u))
    if not for_download:
        for column in ("target", "last_value", "value"):
            out[column] = out[column].map(lambda v: _number(v, lang))
        for column in ("due", "last_period"):
            out[column] = out[column].map(lambda v: fmt_date(None if pd.isna(v) else v, lang))
        out["approved"] = out["approved"].replace("", DASH)
    return _headers(out, DUE_HEADERS, tr)


def who_counts(who: pd.DataFrame) -> dict[str, int]:
    """How many units are in each state (metrics.who_reported.STATES), and `n` in all."""
    counts = who["state"].value_counts().to_dict()
    states = ("submitted", "complete", "partly", "nothing")
    return {"n": len(who), **{s: int(counts.get(s, 0)) for s in states}}


def who_table(
    frame: pd.DataFrame, tr: Tr, lang: str, *, for_download: bool = False
) -> pd.DataFrame:
    """„Cine a raportat” by unit (metrics.who_reported.WHO_COLUMNS) as a person reads it."""
    out = frame.copy()
    out["state"] = out["state"].map(lambda s: tr(f"unit.state.{s}"))
    out["review"] = out["review"].map(lambda s: tr(f"unit.review.{s}"))
    if not for_download:
        for column in ("due", "reported", "missing", "days_late"):
            out[column] = out[column].map(lambda v: fmt_number(int(v), lang=lang))
        out["deadline"] = out["deadline"].map(lambda d: fmt_date(d, lang))
    return _headers(out, WHO_HEADERS, tr)


def users_with_units(
    users: pd.DataFrame, links: pd.DataFrame, names: dict[str, str]
) -> pd.DataFrame:
    """The users (store.users.users_frame) with `units`: each reporter's units by name, `; `
    between them ("" for the other roles). links: username, unit_id."""
    by_user = {
        user: "; ".join(sorted(names.get(u, u) for u in group["unit_id"]))
        for user, group in links.groupby("username")
    }
    return users.assign(units=users["username"].map(lambda u: by_user.get(u, "")))


def closed_table(
    frame: pd.DataFrame, tr: Tr, lang: str, *, for_download: bool = False
) -> pd.DataFrame:
    """Closed periods (store.periods.closed_periods) of one plan."""
    out = local_times(frame) if for_download else frame.copy()
    if not for_download:
        out["period_end"] = out["period_end"].map(lambda d: fmt_date(d, lang))
        out["closed_at"] = out["closed_at"].map(lambda t: fmt_datetime(t, lang))
    return _headers(out, CLOSED_HEADERS, tr)
