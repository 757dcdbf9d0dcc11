"""Indicator → unit links beyond the curated ones: the one mapping of an indicator's
`responsible` (or `partners`) text to canonical units, for plans loaded after the curated ones.
Pure pandas; below the store, so the store's write rules (a reporter writes only its units'
indicators) and the pages (metrics.owners) map the same way."""

from __future__ import annotations

import pandas as pd

ROLE_TEXT = {"responsible": "responsible", "partner": "partners"}


def links_by_text(indicators: pd.DataFrame, indicator_units: pd.DataFrame) -> pd.DataFrame:
    """`indicator_units` extended to indicators it does not name (a plan loaded after the curated
    ones, e.g. plan_2023 copied from the 2022 workbook): each gets the units of the mapped
    indicators whose responsible (or partners) cell reads exactly the same. Texts never seen
    stay unmapped (metrics.owners shows them as NO_UNIT)."""
    mapped = set(indicator_units["indicator_id"])
    known = indicators[indicators["indicator_id"].isin(mapped)]
    missing = indicators[~indicators["indicator_id"].isin(mapped)]
    rows = [indicator_units]
    for role, column in ROLE_TEXT.items():
        links = indicator_units[indicator_units["role"] == role]
        by_text = (
            known[["indicator_id", column]]
            .merge(links, on="indicator_id")
            .dropna(subset=[column])
            .drop_duplicates([column, "unit_id"])[[column, "unit_id"]]
        )
        found = missing[["indicator_id", column]].merge(by_text, on=column)
        rows.append(found.assign(role=role)[list(indicator_units.columns)])
    return pd.concat(rows, ignore_index=True)
