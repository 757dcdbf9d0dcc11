"""Turn metric frames into what a user reads and downloads: chosen columns, localised headers
and category labels; numbers stay numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

Tr = Callable[..., str]

# Columns whose values are codes with a translated label: column → string-key prefix.
ENUM_PREFIX = {
    "component": "component.",
    "service_type": "stype.",
    "occupancy_status": "status.",
    "location_confidence": "location.",
}


def display_frame(
    frame: pd.DataFrame,
    columns: Mapping[str, str],
    tr: Tr,
    *,
    enums: Mapping[str, str] = ENUM_PREFIX,
) -> pd.DataFrame:
    """Select `columns` (name → header string key), translate enum values and headers."""
    out = frame[list(columns)].copy()
    for name in columns:
        prefix = enums.get(name)
        if prefix:
            out[name] = out[name].map(lambda v, p=prefix: tr(p + str(v)) if pd.notna(v) else v)
    out.columns = [tr(key) for key in columns.values()]
    return out.reset_index(drop=True)
