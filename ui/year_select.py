"""The registry year of a page (`?an=`, default the latest) and the source line of what it shows,
both from the stored plans."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import streamlit as st

import views.common
from domain.errors import StoreUnavailableError
from domain.url_params import parse_number
from readers import catalogue
from readers.catalogue import Registry
from ui import urlstate, widgets

Tr = Callable[..., str]


def stored_or_stop(tr: Tr) -> None:
    """Stop the page with a Romanian message when the store holds no readable plan."""
    try:
        catalogue.load()
    except StoreUnavailableError as exc:
        logging.getLogger(__name__).error("store unavailable: %s", exc)  # the detail: server log
        st.error(tr("error.store"))
        widgets.stop_page()


def year_selector(tr: Tr, *, where: Any = st) -> Registry:
    """A registry-year selectbox mirrored in `?an=` (newest first; the latest real year the
    default, not a demonstration registry); the registry."""
    stored_or_stop(tr)
    years = catalogue.registry_years()[::-1]
    if not years:
        st.info(tr("registry.none"))
        widgets.stop_page()
    year = urlstate.selectbox(
        where, tr("filter.year"), years, param="an", key="flt_year", parse=parse_number,
        format_func=str, default=years.index(views.common.default_year(years)),
    )  # fmt: skip
    return catalogue.registry(int(year))


plan_source = views.common.plan_source  # one definition, shared with the builders
