"""The "Copiază linkul" box: the current view's URL (page and query) under the presentation
button, as a code block whose copy icon puts it on the clipboard (no component, no JavaScript)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import urlencode

import streamlit as st

Tr = Callable[..., str]


def view_url(app_url: str | None, page_path: str, query: Mapping[str, str]) -> str:
    """`app_url` (the app's root, without page or query) + page + query; relative if unknown."""
    url = (app_url or "").rstrip("/") + "/" + page_path.strip("/")
    # "_" written as %5F (the same address): the box shows an address, never a plan id that
    # reads like an internal name (strategy_2025_2034)
    text = urlencode(dict(query), safe=",:").replace("_", "%5F")
    return url + ("?" + text if query else "")


def render(tr: Tr, *, page_path: str) -> None:
    """The caption and the link of this view, in the sidebar (call after the page has run)."""
    query = {str(k): str(v) for k, v in st.query_params.to_dict().items()}
    with st.sidebar:
        st.caption(tr("link.copy"), help=tr("link.copy_help"))
        st.code(view_url(st.context.url, page_path, query), language=None, wrap_lines=True)
