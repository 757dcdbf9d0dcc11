"""Aggregated reads of reported values, computed by the database (GROUP BY, window functions).

`values_frame` loads every row, which is right for a county (tens of thousands) and wrong for a
national roll-out (1.4 million rows, bench/results.md): these functions return only the rows a
view draws. They run unchanged on SQLite (≥ 3.25, window functions) and PostgreSQL.

Indicators are chosen by `indicator_ids`, by `plan_id` (through the catalogue), or by
`id_prefix` (national ids are county-prefixed, `bc-p22-…`); with none of them, every indicator.
`by="county"` reads county-level values (stored at uat_siruta 0), `by="uat"` the per-UAT ones.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any, Literal

import pandas as pd
from sqlalchemy import ColumnElement, Engine, Select, func, select

from store.db import get_engine
from store.input_rules import Catalog, load_catalog
from store.models import COUNTY_SIRUTA, ReportedValue

Level = Literal["county", "uat"]
LATEST_COLUMNS = ["indicator_id", "uat_siruta", "period_end", "value", "source"]
COUNT_COLUMNS = ["period_end", "values", "indicators", "uats"]
TABLE = ReportedValue.__table__  # type: ignore[attr-defined]


def latest_values(
    indicator_ids: Collection[str] | None = None,
    period_end: date | None = None,
    *,
    by: Level = "county",
    plan_id: str | None = None,
    id_prefix: str | None = None,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame:
    """Each indicator's latest value at or before `period_end` (None: ever), per county or UAT.

    One row per (indicator_id, uat_siruta) with LATEST_COLUMNS, ordered by both; uat_siruta is
    <NA> at county level, as in `values_frame`.
    """
    where = selection(indicator_ids, plan_id, id_prefix, catalog, by=by)
    if where is None:
        return _frame([], LATEST_COLUMNS)
    if period_end is not None:
        where.append(TABLE.c.period_end <= period_end)
    rank = (
        func.row_number()
        .over(
            partition_by=(TABLE.c.indicator_id, TABLE.c.uat_siruta),
            order_by=TABLE.c.period_end.desc(),
        )
        .label("rank")
    )
    ranked = (
        select(
            TABLE.c.indicator_id,
            TABLE.c.uat_siruta,
            TABLE.c.period_end,
            TABLE.c.value,
            TABLE.c.source,
            rank,
        )
        .where(*where)
        .subquery("ranked")
    )
    query = (
        select(*(ranked.c[name] for name in LATEST_COLUMNS))
        .where(ranked.c.rank == 1)
        .order_by(ranked.c.indicator_id, ranked.c.uat_siruta)
    )
    return _frame(_rows(query, engine), LATEST_COLUMNS)


def value_counts_by_period(
    indicator_ids: Collection[str] | None = None,
    *,
    by: Level | None = None,
    plan_id: str | None = None,
    id_prefix: str | None = None,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame:
    """Per period end: values stored, distinct indicators, distinct UATs (0 at county level).

    COUNT_COLUMNS, oldest period first; `by=None` counts county and UAT values together.
    """
    where = selection(indicator_ids, plan_id, id_prefix, catalog, by=by)
    if where is None:
        return _frame([], COUNT_COLUMNS)
    per_uat = TABLE.c.uat_siruta != COUNTY_SIRUTA
    query = (
        select(
            TABLE.c.period_end,
            func.count().label("values"),
            func.count(TABLE.c.indicator_id.distinct()).label("indicators"),
            func.count(TABLE.c.uat_siruta.distinct()).filter(per_uat).label("uats"),
        )
        .where(*where)
        .group_by(TABLE.c.period_end)
        .order_by(TABLE.c.period_end)
    )
    frame = _frame(_rows(query, engine), COUNT_COLUMNS)
    for column in ("values", "indicators", "uats"):
        frame[column] = frame[column].astype("int64")
    return frame


def selection(
    indicator_ids: Collection[str] | None,
    plan_id: str | None,
    id_prefix: str | None,
    catalog: Catalog | None,
    *,
    by: Level | None,
) -> list[ColumnElement[bool]] | None:
    """WHERE clauses for a selection of reported values; None when it selects no indicator."""
    where: list[ColumnElement[bool]] = []
    wanted = None if indicator_ids is None else set(indicator_ids)  # any iterable, a Series too
    if by == "county":
        where.append(TABLE.c.uat_siruta == COUNTY_SIRUTA)
    elif by == "uat":
        where.append(TABLE.c.uat_siruta != COUNTY_SIRUTA)
    elif by is not None:
        raise ValueError(f"by must be 'county' or 'uat', not {by!r}")
    if plan_id is not None:
        plan = (catalog or load_catalog()).plan_indicators(plan_id)
        ids = set(plan["indicator_id"])
        wanted = ids if wanted is None else ids & wanted
    if wanted is not None:
        if not wanted:
            return None
        where.append(TABLE.c.indicator_id.in_(sorted(wanted)))
    if id_prefix:
        escaped = id_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(TABLE.c.indicator_id.like(escaped + "%", escape="\\"))
    return where


def _rows(query: Select[Any], engine: Engine | None) -> list[tuple[Any, ...]]:
    with get_engine(engine).connect() as connection:
        return [tuple(row) for row in connection.execute(query)]


def _frame(rows: list[tuple[Any, ...]], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    if "uat_siruta" in frame:
        siruta = frame["uat_siruta"].astype("Int64")
        frame["uat_siruta"] = siruta.mask(siruta == COUNTY_SIRUTA)
    if "value" in frame:
        frame["value"] = frame["value"].astype("float64")
    return frame
