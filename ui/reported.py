"""Reported values for the pages, from the store; an unreachable store yields an empty frame
and a reason, never an exception (pages then show curated data with a banner)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

VALUE_COLUMNS = [
    "indicator_id", "period_end", "uat_siruta", "value", "comment", "source", "entered_by",
    "entered_at",
]  # fmt: skip


def empty_values() -> pd.DataFrame:
    """A reported-values frame with no rows."""
    return pd.DataFrame(columns=VALUE_COLUMNS)


def reported_snapshots() -> tuple[pd.DataFrame | None, str | None]:
    """(every yearly service snapshot, None), or (None, reason) when the store cannot be read;
    pages then use the 2022 registry alone."""
    try:
        from store import api

        frame = api.snapshots_frame()
    except Exception as exc:  # the store is optional for every read-only page
        return None, f"{exc.__class__.__name__}: {str(exc)[:200]}"
    return frame, None


def reported_values() -> tuple[pd.DataFrame, str | None]:
    """(every reported value, None) or (empty frame, reason the store could not be read)."""
    try:
        from store import api  # type: ignore[attr-defined]

        frame = api.values_frame()
    except Exception as exc:  # the store is optional for every read-only page
        return empty_values(), f"{exc.__class__.__name__}: {str(exc)[:200]}"
    return frame, None


def _database_url() -> str:
    """The store's database URL (the key of the 5-second caches below), "" when unknown."""
    try:
        from store.db import database_url

        return database_url()
    except Exception:
        return ""


@st.cache_data(ttl=5, show_spinner=False)
def _demo_values_exist(url: str) -> bool:
    try:
        from store import api

        return bool(api.has_demo())
    except Exception:  # no store yet, or unreachable: nothing to banner
        return False


def demo_values_exist() -> bool:
    """True while the store holds demonstration values (checked at most every 5 s per database;
    `forget_demo_state()` after generating or removing them)."""
    return _demo_values_exist(_database_url())


def forget_demo_state() -> None:
    """Drop the cached answer of demo_values_exist (after a generate or remove)."""
    _demo_values_exist.clear()


@st.cache_data(ttl=5, show_spinner=False)
def _last_report_time(url: str) -> pd.Timestamp | None:
    try:
        from store import api

        latest = api.audit_frame(table_name="reported_value", limit=1)
    except Exception:  # no store: no reported values to date
        return None
    return None if latest.empty else pd.Timestamp(latest["at"].iloc[0])


def last_report_time() -> pd.Timestamp | None:
    """When a reported value last changed (UTC), or None without a store or values."""
    return _last_report_time(_database_url())
