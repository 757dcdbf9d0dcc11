"""Reporting compliance: for one plan and period end, who has reported what, what is missing,
and what is late. Pure pandas; the page and the tests share it.

Rules (documented once, here):
- an indicator is *due* for a period when its deadline is not before the plan's start and the
  period lies within the plan (every indicator of the 2022 plan is due at both semester ends;
  monthly, quarterly or annual rhythms are reported at the semester end like the others);
- it is *reported* when a county-level value (no UAT) exists for that period end;
- a missing value is *late* once `GRACE_DAYS` have passed after the period end, else *open*.
- The responsible unit is a canonical unit (units.csv via metrics.owners): a cell naming several
  units makes the indicator due for each of them; without an owners frame the `responsible`
  cell as printed is used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pandas as pd

from metrics.attainment import rate_unit

GRACE_DAYS = 30  # a semester report is expected within 30 days of the period end
STATUSES = ("reported", "open", "late")
COMPLIANCE_COLUMNS = ["responsible", "due", "reported", "missing", "late", "share_reported"]


def county_values_at(values: pd.DataFrame, period_end: date) -> pd.DataFrame:
    """The county-level values (no UAT) reported for exactly `period_end`."""
    if values.empty:
        return values
    county = values[values["uat_siruta"].isna()]
    return county[pd.to_datetime(county["period_end"]).dt.date == period_end]


def status_per_indicator(
    indicators: pd.DataFrame, values: pd.DataFrame, period_end: date, today: date
) -> pd.DataFrame:
    """indicator_id, responsible, status (reported / open / late) and the value, for one period."""
    frame = indicators[["indicator_id", "responsible", "indicator_text"]].copy()
    frame["responsible"] = frame["responsible"].fillna("").replace("", "—")
    at_period = county_values_at(values, period_end)
    if len(at_period):
        reported = at_period.set_index("indicator_id")["value"]
    else:
        reported = pd.Series(dtype=float)
    frame["value"] = frame["indicator_id"].map(reported)
    late = today > period_end + timedelta(days=GRACE_DAYS)
    frame["status"] = "reported"
    frame.loc[~frame["indicator_id"].isin(reported.index), "status"] = "late" if late else "open"
    return frame.reset_index(drop=True)


def compliance(
    indicators: pd.DataFrame,
    values: pd.DataFrame,
    period_end: date,
    today: date,
    *,
    owners: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per responsible unit: indicators due, reported, missing, late, share reported (0–1);
    the units with most missing first. `owners` (indicator_id, unit_name; metrics.owners)
    groups by canonical unit — an indicator of two units counts for each."""
    status = status_per_indicator(indicators, values, period_end, today)
    if status.empty:
        return pd.DataFrame(columns=COMPLIANCE_COLUMNS)
    if owners is not None:
        status = status.drop(columns="responsible").merge(
            owners[["indicator_id", "unit_name"]].rename(columns={"unit_name": "responsible"}),
            on="indicator_id",
            how="left",
        )
        status["responsible"] = status["responsible"].fillna("—")
    grouped = status.groupby("responsible")["status"]
    out = pd.DataFrame(
        {
            "due": grouped.size(),
            "reported": grouped.apply(lambda s: int((s == "reported").sum())),
            "late": grouped.apply(lambda s: int((s == "late").sum())),
        }
    )
    out["missing"] = out["due"] - out["reported"]
    out["share_reported"] = out["reported"] / out["due"]
    out = out.reset_index().sort_values(["missing", "responsible"], ascending=[False, True])
    return out[COMPLIANCE_COLUMNS].reset_index(drop=True)


GRID_COLUMNS = [
    "indicator_id", "activity_number", "indicator_text", "target", "unit", "due", "value",
    "comment",
]  # fmt: skip


def entry_grid(
    indicators: pd.DataFrame,
    values: pd.DataFrame,
    period_end: date,
    target_at: Callable[[str, date], tuple[float | None, str | None]],
) -> pd.DataFrame:
    """The grid a reporter fills for one period: per indicator its target in force and due date
    (`target_at`, the store catalogue's), and the county-level value and comment already stored
    for that period (NaN and "" when none). `due` stays an ISO date (missing when none)."""
    at_period = county_values_at(values, period_end)
    value_of = dict(zip(at_period["indicator_id"], at_period["value"], strict=True))
    comment_of = dict(zip(at_period["indicator_id"], at_period["comment"], strict=True))
    targets = [target_at(i, period_end) for i in indicators["indicator_id"]]
    return pd.DataFrame(
        {
            "indicator_id": indicators["indicator_id"].to_numpy(),
            "activity_number": indicators["activity_number"].to_numpy(),
            "indicator_text": indicators["indicator_text"].to_numpy(),
            "target": [t for t, _ in targets],
            "unit": [
                rate_unit(u, p)
                for u, p in zip(
                    indicators["target_unit"],
                    indicators.get("target_per", pd.Series([None] * len(indicators))),
                    strict=True,
                )
            ],
            "due": [d for _, d in targets],
            "value": [float(value_of.get(i, float("nan"))) for i in indicators["indicator_id"]],
            "comment": pd.Series(  # text even with no row (an editable text column)
                [
                    "" if pd.isna(c := comment_of.get(i)) else str(c)
                    for i in indicators["indicator_id"]
                ],
                dtype=object,
            ),
        },
        columns=GRID_COLUMNS,
    )


def grid_changes(before: pd.DataFrame, after: pd.DataFrame, period_end: date) -> list[dict]:
    """The county-level rows to save from an edited grid (columns indicator_id, value,
    comment): only rows whose value or comment changed; a cleared value (NaN) means delete."""
    old = before.set_index("indicator_id")
    rows = []
    for indicator_id, new in after.set_index("indicator_id").iterrows():
        was = old.loc[indicator_id]
        same_value = (pd.isna(was["value"]) and pd.isna(new["value"])) or (
            was["value"] == new["value"]
        )
        comment = "" if pd.isna(new["comment"]) else str(new["comment"])
        if same_value and comment == was["comment"]:
            continue
        rows.append(
            {
                "indicator_id": indicator_id,
                "period_end": period_end,
                "uat_siruta": None,
                "value": None if pd.isna(new["value"]) else float(new["value"]),
                "comment": comment,
            }
        )
    return rows
