"""Caching at the loader boundary: `st.cache_data` inside a running app, a plain call elsewhere."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def _in_streamlit() -> bool:
    try:
        from streamlit import runtime

        return runtime.exists()
    except Exception:  # pragma: no cover - streamlit missing or broken
        return False


def cached(fn: F) -> F:
    """Cache `fn` with st.cache_data when an app is running; tests and the CLI call it directly."""
    holder: dict[str, Callable[..., Any]] = {}

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not _in_streamlit():
            return fn(*args, **kwargs)
        if "st" not in holder:
            import streamlit as st

            holder["st"] = st.cache_data(show_spinner=False)(fn)
        return holder["st"](*args, **kwargs)

    wrapper.clear = lambda: holder.get("st") and holder["st"].clear()  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
