"""What the current run showed: the page title, its KPI tiles and its charts (for presentation
mode and the council pack). Kept in session state, reset by app.py at the start of every run."""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from loaders import catalogue
from loaders.catalog import curated_catalog
from loaders.errors import StoreUnavailableError
from pack.model import PackView
from store.seed import CURATED_USER
from ui.fmt import fmt_date
from ui.i18n import t

_KEY = "_views"


@dataclass
class PageViews:
    """The views one run of a page has shown, in order."""

    title: str = ""
    filters: list[tuple[str, str]] = field(default_factory=list)  # the page's own, as shown
    kpis: list[tuple[str, str]] = field(default_factory=list)
    charts: list[PackView] = field(default_factory=list)
    demo: bool = False  # the store holds demonstration values: slides and packs say so

    @property
    def kpi_pairs(self) -> list[tuple[str, str]]:
        """The KPI tiles as (label, value)."""
        return list(self.kpis)

    @property
    def shown(self) -> list[PackView]:
        """Charts that were drawn (not the empty-data notice)."""
        return [v for v in self.charts if v.shown]


def start_run(*, demo: bool = False) -> None:
    """Forget the previous run's views (app.py, before the page runs); `demo` marks what this
    run shows as demonstration values (every slide and every pack page then says so)."""
    st.session_state[_KEY] = PageViews(demo=demo)


def current() -> PageViews:
    """This run's views (an empty collector when app.py did not start one)."""
    views = st.session_state.get(_KEY)
    if not isinstance(views, PageViews):
        views = st.session_state[_KEY] = PageViews()
    return views


def collect_title(title: str) -> None:
    """Record the page title."""
    current().title = title


def collect_filter(label: str, chosen: list[str]) -> None:
    """Record a page-level filter that narrows what is shown (nothing when none is chosen), so
    slides and packs print it beside the global filters."""
    if chosen:
        current().filters.append((label, ", ".join(chosen)))


def collect_kpis(tiles: list[tuple[str, str]]) -> None:
    """Record KPI tiles as shown: (label, formatted value)."""
    current().kpis.extend(tiles)


def collect_chart(view: PackView) -> None:
    """Record one chart card."""
    current().charts.append(view)


def data_as_of(lang: str) -> str:
    """The "data as of" sentence: the latest of the curated files' provenance dates and the
    stored plans' versions, and the registry years."""
    dates = [e.date[:10] for e in curated_catalog() if e.date[:4].isdigit()]
    years = "–"
    try:
        plans = catalogue.plans()
        loaded = plans[plans["created_by"] != CURATED_USER]  # seeding is not new data
        dates += [str(d)[:10] for d in loaded["created_at"] if str(d)[:4].isdigit()]
        years = ", ".join(str(y) for y in catalogue.registry_years()) or "–"
    except StoreUnavailableError:
        pass
    date = fmt_date(max(dates), lang) if dates else "–"
    return t("footer.as_of", lang, date=date, years=years)
