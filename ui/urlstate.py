"""Page selections mirrored in the URL, so a copied link reproduces the view.

A page reads its selection's starting value from `?param=` (ignored when it is not one of the
options) and writes the current value back after the widget, dropping it when it equals the
default. Lists are comma-separated. No session state is seeded, so widgets keep their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import streamlit as st

T = TypeVar("T")


def from_url(param: str, options: Sequence[T], parse: Callable[[str], T]) -> T | None:
    """The option named by `?param=`, or None when absent, malformed or not an option."""
    raw = st.query_params.get(param)
    if not raw:
        return None
    try:
        value = parse(raw)
    except (TypeError, ValueError):
        return None
    return value if value in options else None


def list_from_url(param: str, options: Sequence[T], parse: Callable[[str], T]) -> list[T]:
    """The options named by `?param=a,b` (unknown or malformed items dropped)."""
    raw = st.query_params.get(param) or ""
    out: list[T] = []
    for item in raw.split(","):
        try:
            value = parse(item.strip())
        except (TypeError, ValueError):
            continue
        if value in options and value not in out:
            out.append(value)
    return out


def index_from_url(
    param: str, options: Sequence[T], parse: Callable[[str], T], default: int = 0
) -> int:
    """The selectbox index of `?param=`, else `default`."""
    value = from_url(param, options, parse)
    return default if value is None else list(options).index(value)


def to_url(param: str, value: object, default: object = None) -> None:
    """Write the selection to the URL (a list comma-separated); drop it when it is the default."""
    if isinstance(value, list | tuple):
        text = ",".join(str(v) for v in value)
        is_default = not value
    else:
        text = str(value)
        is_default = value == default
    if is_default or not text:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != text:
        st.query_params[param] = text


def selectbox(
    where: Any,
    label: str,
    options: Sequence[T],
    *,
    param: str,
    key: str,
    format_func: Callable[[T], str] = str,
    parse: Callable[[str], T] = str,  # type: ignore[assignment]
    default: int = 0,
) -> T:
    """`where.selectbox` (st, a column, the sidebar) starting from `?param=`, else option
    `default`; the choice is written back to the URL (dropped when it is the default)."""
    chosen = where.selectbox(
        label,
        options,
        index=index_from_url(param, options, parse, default),
        format_func=format_func,
        key=key,
    )
    to_url(param, str(chosen), str(options[default]))
    return chosen
