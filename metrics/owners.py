"""Indicator → canonical responsible units (units.csv, indicator_units.csv). Pure pandas.

An indicator whose responsible cell names several units belongs to each of them (it appears
in each unit's list and counts once per unit); an indicator with no responsible cell belongs
to the placeholder unit `NO_UNIT` ("—").
"""

from __future__ import annotations

import pandas as pd

from loaders.unit_links import ROLE_TEXT, links_by_text

NO_UNIT = "—"
OWNER_COLUMNS = ["indicator_id", "unit_id", "unit_name"]


def indicator_owners(
    indicator_ids: pd.Series, indicator_units: pd.DataFrame, units: pd.DataFrame,
    *, role: str = "responsible",
) -> pd.DataFrame:  # fmt: skip
    """One row per (indicator, unit of `role`); indicators without one get NO_UNIT."""
    links = indicator_units[indicator_units["role"] == role][["indicator_id", "unit_id"]]
    names = units.set_index("unit_id")["name"]
    frame = pd.DataFrame({"indicator_id": pd.Series(indicator_ids, dtype=object).unique()})
    out = frame.merge(links, on="indicator_id", how="left")
    out["unit_name"] = out["unit_id"].map(names)
    out["unit_id"] = out["unit_id"].fillna(NO_UNIT)
    out["unit_name"] = out["unit_name"].fillna(NO_UNIT)
    return out[OWNER_COLUMNS].reset_index(drop=True)


def owner_options(owners: pd.DataFrame) -> pd.DataFrame:
    """unit_id, unit_name, indicators — each canonical unit once, by name (NO_UNIT last)."""
    counts = owners.groupby(["unit_id", "unit_name"]).size().rename("indicators").reset_index()
    counts["_last"] = counts["unit_id"] == NO_UNIT
    return counts.sort_values(["_last", "unit_name"]).drop(columns="_last").reset_index(drop=True)


def indicators_of(card: pd.DataFrame, owners: pd.DataFrame, unit_id: str) -> pd.DataFrame:
    """The rows of `card` (any frame with indicator_id) whose responsible units include unit_id."""
    ids = set(owners.loc[owners["unit_id"] == unit_id, "indicator_id"])
    return card[card["indicator_id"].isin(ids)]


__all__ = [
    "NO_UNIT", "OWNER_COLUMNS", "ROLE_TEXT", "indicator_owners", "indicators_of", "links_by_text",
    "owner_options",
]  # fmt: skip
