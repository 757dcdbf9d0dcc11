"""Unsaved grid edits: the rule that keeps them from vanishing when the plan, period or search
changes (pure; the reporting page keeps the state in st.session_state)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = ("plan", "period", "search")


def blocks_change(last: Mapping[str, Any] | None, wanted: Mapping[str, Any]) -> bool:
    """True when the grid last shown had unsaved edits (`pending` > 0) and the user now asks
    for another plan, period or search: the change must wait for a save or a discard."""
    if not last or not last.get("pending"):
        return False
    return any(last.get(name) != wanted.get(name) for name in CONTEXT)


def count_ro(n: int, one: str, many: str) -> str:
    """A Romanian count: `1 indicator`, `5 indicatori`, `20 de indicatori`."""
    if n == 1:
        return f"1 {one}"
    return f"{n} {many}" if n % 100 < 20 else f"{n} de {many}"
