"""Reported values for the pages, from the store; an unreachable store yields an empty frame
and a reason, never an exception (pages then show curated data with a banner)."""

from __future__ import annotations

import pandas as pd

VALUE_COLUMNS = [
    "indicator_id", "period_end", "uat_siruta", "value", "comment", "source", "entered_by",
    "entered_at",
]  # fmt: skip


def empty_values() -> pd.DataFrame:
    """A reported-values frame with no rows."""
    return pd.DataFrame(columns=VALUE_COLUMNS)


def reported_values() -> tuple[pd.DataFrame, str | None]:
    """(every reported value, None) or (empty frame, reason the store could not be read)."""
    try:
        from store import api  # type: ignore[attr-defined]

        frame = api.values_frame()
    except Exception as exc:  # the store is optional for every read-only page
        return empty_values(), f"{exc.__class__.__name__}: {str(exc)[:200]}"
    return frame, None
