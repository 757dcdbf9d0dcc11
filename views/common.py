"""What every builder needs: the translator of a query, the registry year it asks for
(`?an=`), the source line of a plan, and the one cache every builder sits behind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd
import plotly.graph_objects as go

from caching import shared
from display import charts
from display.fmt import plotly_separators
from display.i18n import translator
from domain.plans import document_title
from domain.url_params import parse_number, shown_value
from readers import catalogue
from readers.catalogue import Registry
from views.model import PageModel, Query

Tr = Callable[..., str]
B = TypeVar("B", bound=Callable[..., Any])


def builder(fn: B) -> B:
    """A page builder, cached on its `Query` (plain values, the store's data version included):
    a rerun with the same selection — by any session — gets the same model, drawn again."""
    return shared(fn)


def tr_of(q: Query) -> Tr:
    """The translator of the query's language."""
    return translator(q.lang)


class NoRegistryError(LookupError):
    """The store holds no registry year (no plan with services)."""


def default_year(years: list[int]) -> int:
    """The registry year a page opens on: the latest real one (a demonstration registry only
    when there is no real one)."""
    plans = catalogue.plans()
    demo = set(plans.loc[plans["demo"].astype(bool), "year_start"].astype(int))
    real = [y for y in years if y not in demo]
    return max(real or years)


def is_demo_plan(plan_id: str) -> bool:
    """True for a demonstration plan (e.g. the registry `make demo` derives)."""
    return bool(catalogue.plan_row(plan_id)["demo"])


def demo_marked(model: PageModel, reg: Registry, q: Query) -> PageModel:
    """The page of registry `reg` with every tile and section marked as demonstration figures
    when `reg` is a demonstration registry; else as it is."""
    return model.mark_demo(tr_of(q)("demo.figures_mark")) if is_demo_plan(reg.plan_id) else model


def registry_year(q: Query) -> tuple[Registry, str | None]:
    """The registry of `?an=` (the latest when absent) and, when `?an=` names no stored year,
    the reader's notice that it was ignored."""
    years = catalogue.registry_years()
    if not years:
        raise NoRegistryError
    raw, default = q.get("an"), default_year(years)
    if raw is None:
        return catalogue.registry(default), None
    year = parse_number(raw)
    if year in years:
        return catalogue.registry(year), None
    notice = tr_of(q)("registry.bad_year", value=shown_value(raw, 12), year=default)
    return catalogue.registry(default), notice


def component_notice(q: Query, rows: pd.DataFrame, key: str, **values: object) -> str | None:
    """The reader's notice `key` (naming the component) when the component filter names one of
    which `rows` (a frame with a `component` column) hold none; else None."""
    if q.component is None or (rows["component"] == q.component).any():
        return None
    tr = tr_of(q)
    return tr(key, component=tr(f"component.{q.component}"), **values)


def registry_notices(q: Query, reg: Registry, year_notice: str | None) -> tuple[str, ...]:
    """The notices of a registry page: `?an=` ignored, and no service of the chosen component
    in the registry (its figures are then zero or missing, said rather than left blank)."""
    empty = component_notice(q, reg.services, "filter.no_services", year=reg.year)
    return tuple(n for n in (year_notice, empty) if n)


def plan_source(plan_id: str, tr: Tr, *, where: str = "", rows: Any = None) -> str:
    """ "Sursa: <plan title> (<document title, year>), <where>" — the source document when the
    rows were curated from one (never its file name), else the plan as loaded by the
    directorate."""
    row = catalogue.plan_row(plan_id)
    docs: list[str] = []
    if rows is not None and "source_doc" in rows:
        docs = sorted({document_title(d) for d in rows["source_doc"].dropna()})
    if docs:
        return tr("source.plan", title=row["title"], doc=", ".join(docs), where=where)
    return tr("source.plan_loaded", title=row["title"], where=where)


def occupancy_figure(rows: pd.DataFrame, labels: list[str], tr: Tr, lang: str) -> go.Figure | None:
    """Occupancy bars of `rows` (metrics.services.occupancy columns), one per label, coloured
    and named by status; None when there is nothing to draw."""
    if rows.empty:
        return None
    return charts.occupancy_bars(
        labels, rows["occupancy_pct"].tolist(), rows["occupancy_status"].tolist(),
        [tr(f"status.{s}") for s in rows["occupancy_status"]],
        separators=plotly_separators(lang),
    )  # fmt: skip
