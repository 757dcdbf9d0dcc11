"""The one cache of the product: two wrappers, the same in a running app and elsewhere.

- `cached` — **data** (frames, dicts, lists): every caller gets its own copy, so a caller may
  change what it got. Keyed on the arguments' content (a frame by its bytes, `fingerprint`).
- `shared` — **shared resources** (the database engine, a page builder's model, a plotly figure,
  a formatted table): every caller gets the same object, which nobody changes. `release` (e.g.
  `Engine.dispose`) is called on each value when the cache is cleared.

In a running app they are Streamlit's own `st.cache_data` / `st.cache_resource` (one cache for
every session of the server); in the command line and in tests a process memo of the same shape
(at most `MAX_ENTRIES` per function, least recently used first out). Nothing else in the product
caches: no `functools.cache`, no dictionaries kept by hand, nothing stored on shared objects.

`clear_all()` empties every cache (tests start from empty caches; `store.db.reset_engines`)."""

from __future__ import annotations

import functools
import hashlib
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd

F = TypeVar("F", bound=Callable[..., Any])
MAX_ENTRIES = 256
_CLEARERS: list[Callable[[], None]] = []


def _in_streamlit() -> bool:
    """True inside a running Streamlit app (the one place below ui that looks at Streamlit)."""
    try:
        from streamlit import runtime  # only this check: caching sits below every floor

        return runtime.exists()
    except Exception:  # pragma: no cover - streamlit missing or broken
        return False


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


def cached(fn: F) -> F:
    """Cache `fn`'s result as data: each caller gets a copy (see the module's docstring)."""
    return _cache(fn, copies=True, release=None)


def shared(fn: F | None = None, *, release: Callable[[Any], None] | None = None) -> Any:
    """Cache `fn`'s result as a shared, read-only object (see the module's docstring); use as
    `@shared` or `@shared(release=...)`."""
    if fn is None:
        return lambda f: _cache(f, copies=False, release=release)
    return _cache(fn, copies=False, release=release)


def clear_all() -> None:
    """Empty every cache made by `cached` and `shared`."""
    for clear in _CLEARERS:
        clear()


def _key_part(value: object) -> object:
    if isinstance(value, pd.DataFrame | pd.Series):
        return ("frame", fingerprint(value))
    try:
        hash(value)
    except TypeError:
        digest = hashlib.md5(pickle.dumps(value, protocol=5), usedforsecurity=False).hexdigest()
        return ("pickle", digest)
    return (type(value).__qualname__, value)  # 1, 1.0 and True are different arguments


def _cache(fn: F, *, copies: bool, release: Callable[[Any], None] | None) -> F:
    memo: OrderedDict[tuple[object, ...], Any] = OrderedDict()
    lock = threading.Lock()
    holder: dict[str, Any] = {}

    def in_app() -> Any:
        if "st" not in holder:
            import streamlit as st  # a running app: Streamlit's own caches

            if copies:
                decorator = st.cache_data(
                    show_spinner=False, max_entries=MAX_ENTRIES, hash_funcs=HASH_FUNCS
                )
            else:
                decorator = st.cache_resource(
                    show_spinner=False, max_entries=MAX_ENTRIES, hash_funcs=HASH_FUNCS,
                    on_release=release,
                )  # fmt: skip
            holder["st"] = decorator(fn)
        return holder["st"]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _in_streamlit():
            return in_app()(*args, **kwargs)
        key = tuple(_key_part(a) for a in args) + tuple(
            (name, _key_part(value)) for name, value in sorted(kwargs.items())
        )
        with lock:
            if key in memo:
                memo.move_to_end(key)
                value = memo[key]
                return pickle.loads(pickle.dumps(value, protocol=5)) if copies else value
        value = fn(*args, **kwargs)
        with lock:
            memo[key] = value
            while len(memo) > MAX_ENTRIES:
                _, old = memo.popitem(last=False)
                if release is not None:
                    release(old)
        return pickle.loads(pickle.dumps(value, protocol=5)) if copies else value

    def clear() -> None:
        with lock:
            values = list(memo.values())
            memo.clear()
        if release is not None:
            for value in values:
                release(value)
        if "st" in holder:
            holder["st"].clear()

    wrapper.clear = clear  # type: ignore[attr-defined]
    _CLEARERS.append(clear)
    return wrapper  # type: ignore[return-value]
