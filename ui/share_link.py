"""The "Copiază linkul" box: the current view's URL (page and query) under the presentation
button, as a code block whose copy icon puts it on the clipboard (no component, no JavaScript)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import urlencode, urlsplit

import streamlit as st

Tr = Callable[..., str]


def view_url(page_url: str | None, page_path: str, query: Mapping[str, str]) -> str:
    """The address of the current view: `page_url` as Streamlit gives it in `st.context.url`
    (scheme, host, base path and the page's own path, no query) + the query.

    `st.context.url` already ends with the page (`…/servicii`), so the page is added only when
    the address does not end with it already (a root given without the page, or no address
    known: then the link is relative, `/servicii?…`).
    """
    page = page_path.strip("/")
    url = (page_url or "").split("?", 1)[0].split("#", 1)[0].rstrip("/")
    path = urlsplit(url).path if url else ""
    if not page:
        url += "/"
    elif not path.endswith("/" + page):
        url += "/" + page
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
