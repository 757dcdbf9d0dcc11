"""Page selections mirrored in the URL, so a copied link reproduces the view.

A page reads its selection's starting value from `?param=` and writes the current value back
after the widget, dropping it when it equals the default. Lists are comma-separated. No session
state is seeded, so widgets keep their own.

A value that names none of the options is said on the page (by the builder when the parameter's
declaration in `domain.url_params` says so, else here) and the address is left as typed until
the person picks something in that widget: the page never rewrites a link behind their back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import streamlit as st

from display.inert import md
from domain.url_params import BY_NAME, shown_value
from ui.context import tr

T = TypeVar("T")


def from_url(param: str, options: Sequence[T], parse: Callable[[str], Any]) -> T | None:
    """The option named by `?param=`, or None when absent, malformed or not an option."""
    raw = st.query_params.get(param)
    if not raw:
        return None
    try:
        value = parse(raw)
    except (TypeError, ValueError):
        return None
    return value if value in options else None


def list_from_url(param: str, options: Sequence[T], parse: Callable[[str], Any]) -> list[T]:
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
    param: str, options: Sequence[T], parse: Callable[[str], Any], default: int = 0
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


_PICKED = "_url_picked_"


def mark_picked(key: str) -> None:
    """Note that the person chose in the widget `key` (its value may now be written)."""
    st.session_state[_PICKED + key] = True


def picked(key: str) -> bool:
    """Whether the person changed the widget `key` (its `on_change` ran) in this session."""
    return bool(st.session_state.get(_PICKED + key))


def on_pick(key: str) -> dict[str, Any]:
    """The `on_change`/`args` of a widget whose choice may then be written to the URL."""
    return {"on_change": mark_picked, "args": (key,)}


def not_understood(param: str, options: Sequence[T], parse: Callable[[str], Any]) -> str | None:
    """The value of `?param=` as typed when it names none of `options`, else None."""
    raw = st.query_params.get(param)
    if not raw or from_url(param, options, parse) is not None:
        return None
    return raw


def say_not_understood(param: str, raw: str, label: str, shown: str) -> None:
    """The page's notice for a URL value that names nothing (unless the builder says it)."""

    declared = BY_NAME.get(param)
    if declared is not None and declared.said_by_builder:
        return
    text = tr()("url.bad_value", param=param, value=shown_value(raw), label=label, shown=shown)
    st.warning(md(text), icon=":material/info:")


def selectbox(
    where: Any,
    label: str,
    options: Sequence[T],
    *,
    param: str,
    key: str,
    format_func: Callable[[T], str] = str,
    parse: Callable[[str], Any] = str,  # type: ignore[assignment]
    default: int = 0,
) -> T:
    """`where.selectbox` (st, a column, the sidebar) starting from `?param=`, else option
    `default`; the choice is written back to the URL (dropped when it is the default)."""
    bad = not_understood(param, options, parse)
    chosen = where.selectbox(
        label,
        options,
        index=index_from_url(param, options, parse, default),
        format_func=format_func,
        key=key,
        **on_pick(key),
    )
    if bad is not None and not picked(key):  # the link as typed, and a word about it
        say_not_understood(param, bad, label, format_func(chosen))
    else:
        to_url(param, str(chosen), str(options[default]))
    return chosen


def multiselect(
    where: Any,
    label: str,
    options: Sequence[T],
    *,
    param: str,
    key: str,
    parse: Callable[[str], Any],
    **kw: Any,
) -> list[T]:
    """`where.multiselect` starting from `?param=a,b` (the known items); the choice is written
    back once the person changes it, or at once when every item of the link was understood
    (the items not understood are said by the page's builder)."""
    raw = st.query_params.get(param) or ""
    known = list_from_url(param, options, parse)
    chosen: list[T] = where.multiselect(label, list(options), default=known, key=key, **kw,
                                        **on_pick(key))  # fmt: skip
    items = [i for i in raw.split(",") if i.strip()]
    if picked(key) or len(items) == len(known):
        to_url(param, chosen)
    return chosen
