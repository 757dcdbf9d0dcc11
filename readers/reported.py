"""Reported values for the pages, from the store; an unreachable store yields an empty frame
and a reason, never an exception (pages then show curated data with a banner).

Every read is cached on the store's data version (`store.api.data_version`, read once per page
run, `store.audit.begin_run`): a value saved anywhere — this page, another session, the CLI —
is shown on the next run, and between writes no page reads the same rows twice. Pages ask for
the rows they draw (a plan's indicators, the per-UAT values), never for the whole table, so the
cost follows the view and not the size of the store (bench/results.md, national scale).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import pandas as pd

from caching import cached
from store import api
from store.db import database_url
from store.values import VALUE_COLUMNS

Version = tuple[int, int]


def empty_values() -> pd.DataFrame:
    """A reported-values frame with no rows."""
    return pd.DataFrame(columns=VALUE_COLUMNS)


def _reason(exc: Exception) -> str:
    return f"{exc.__class__.__name__}: {str(exc)[:200]}"


def _database_url() -> str:
    """The store's database URL (part of every cache key below), "" when unknown."""
    try:
        return database_url()
    except Exception:
        return ""


def store_version() -> tuple[Version | None, str | None]:
    """(the store's data version, None), or (None, reason) when the store cannot be read."""
    try:
        return api.data_version(), None
    except Exception as exc:  # the store is optional for every read-only page
        return None, _reason(exc)


def data_key() -> tuple[str, Version | None]:
    """The store's address and data version: what a cached view depends on (two databases can
    be at the same version number)."""
    return _database_url(), store_version()[0]


@cached
def _values(
    url: str, version: Version, ids: tuple[str, ...] | None, by: str | None
) -> pd.DataFrame:

    return api.values_frame(ids, by=by)  # type: ignore[arg-type]


def reported_values(
    indicator_ids: Iterable[str] | None = None, *, by: Literal["county", "uat"] | None = None
) -> tuple[pd.DataFrame, str | None]:
    """(the reported values of `indicator_ids` — all when None — at county or UAT level — both
    when None —, None), or (empty frame, reason the store could not be read)."""
    version, problem = store_version()
    if version is None:
        return empty_values(), problem
    ids = None if indicator_ids is None else tuple(sorted(set(indicator_ids)))
    try:
        return _values(_database_url(), version, ids, by), None
    except Exception as exc:  # the store went away between the two reads
        return empty_values(), _reason(exc)


@cached
def _demo_values_exist(url: str, version: Version) -> bool:
    return bool(api.has_demo())


def demo_values_exist() -> bool:
    """True while the store holds demonstration values (False without a store)."""
    version, _ = store_version()
    try:
        return version is not None and _demo_values_exist(_database_url(), version)
    except Exception:  # no store yet, or unreachable: nothing to banner
        return False


@cached
def _last_report_time(url: str, version: Version) -> pd.Timestamp | None:
    latest = api.audit_frame(table_name="reported_value", limit=1)
    return None if latest.empty else pd.Timestamp(latest["at"].iloc[0])


def last_report_time() -> pd.Timestamp | None:
    """When a reported value last changed (UTC), or None without a store or values."""
    version, _ = store_version()
    try:
        return None if version is None else _last_report_time(_database_url(), version)
    except Exception:  # no store: no reported values to date
        return None
