"""Caching at the loader boundary: `st.cache_data` inside a running app, a plain call elsewhere."""

from __future__ import annotations

import functools
import hashlib
import pickle
from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd

F = TypeVar("F", bound=Callable[..., Any])


def _in_streamlit() -> bool:
    try:
        from streamlit import runtime

        return runtime.exists()
    except Exception:  # pragma: no cover - streamlit missing or broken
        return False


def cached(fn: F) -> F:
    """Cache `fn` with st.cache_data when an app is running; tests and the CLI call it directly.

    Keyed on the arguments' content (Streamlit hashes DataFrames by value), so it also suits
    pure computations on curated or reported frames: a page that is run again with the same
    selection — by any session — gets a copy of the earlier result."""
    return _cached(fn, "cache_data")


def shared(fn: F) -> F:
    """Like `cached`, but every caller gets the same object (st.cache_resource): for results
    that are only read, never changed, and costly to copy — plotly figures (the council pack
    draws a copy of them)."""
    return _cached(fn, "cache_resource")


def fingerprint(frame: pd.DataFrame | pd.Series) -> str:
    """A cache key for a frame: the MD5 of its pickle.

    Streamlit's own DataFrame hash (pandas' hash_pandas_object) took 4-10 ms per curated frame,
    more than the computations it keyed; this takes 0.2-2 ms. Equal pickles mean equal frames, so
    a hit is always right; an equal frame laid out differently in memory can only miss."""
    return hashlib.md5(pickle.dumps(frame, protocol=5), usedforsecurity=False).hexdigest()


HASH_FUNCS: dict[str | type[Any], Callable[[Any], Any]] = {
    pd.DataFrame: fingerprint,
    pd.Series: fingerprint,
}


def _cached(fn: F, kind: str) -> F:
    holder: dict[str, Callable[..., Any]] = {}

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not _in_streamlit():
            return fn(*args, **kwargs)
        if "st" not in holder:
            import streamlit as st

            decorator = st.cache_data if kind == "cache_data" else st.cache_resource
            holder["st"] = decorator(show_spinner=False, max_entries=256, hash_funcs=HASH_FUNCS)(fn)
        return holder["st"](*args, **kwargs)

    wrapper.clear = lambda: holder.get("st") and holder["st"].clear()  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
