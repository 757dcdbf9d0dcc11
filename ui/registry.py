"""The registry year of a page (`?an=`, default the latest) and the source line of what it shows,
both from the stored plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from loaders import catalogue
from loaders.catalogue import Registry
from loaders.errors import StoreUnavailableError
from ui import urlstate, widgets

Tr = Callable[..., str]


def stored_or_stop(tr: Tr) -> None:
    """Stop the page with a Romanian message when the store holds no readable plan."""
    try:
        catalogue.load()
    except StoreUnavailableError as exc:
        st.error(tr("error.store", detail=str(exc)))
        widgets.stop_page()


def year_selector(tr: Tr, *, where: Any = st) -> Registry:
    """A registry-year selectbox mirrored in `?an=` (newest first, the default); the registry."""
    stored_or_stop(tr)
    years = catalogue.registry_years()[::-1]
    if not years:
        st.info(tr("registry.none"))
        widgets.stop_page()
    year = urlstate.selectbox(
        where, tr("filter.year"), years, param="an", key="flt_year", parse=int,
        format_func=str,
    )  # fmt: skip
    return catalogue.registry(int(year))


def plan_source(plan_id: str, tr: Tr, *, where: str = "", rows: Any = None) -> str:
    """ "Sursa: <plan title> (<seed file>), <where>" — the seed file when the rows (or the plan)
    were curated from one, else the plan as loaded by the directorate."""
    row = catalogue.plan_row(plan_id)
    docs: list[str] = []
    if rows is not None and "source_doc" in rows:
        docs = sorted({str(d) for d in rows["source_doc"].dropna()})
    if docs:
        return tr("source.plan", title=row["title"], doc=", ".join(docs), where=where)
    return tr("source.plan_loaded", title=row["title"], where=where)
