"""Shared page widgets: header, KPI tiles, chart card with downloads and source caption."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from display.export import download_name, to_csv_bytes, to_csv_bytes_ro, to_excel_bytes
from display.filters import filter_labels, slug_of
from display.fmt import fmt_date
from display.inert import md
from domain.errors import CuratedDataError
from readers import catalogue
from ui import context
from views.pages import pages_reading

Tr = Callable[..., str]


class PageStop(Exception):
    """Ends the current page early; app.py catches it after the navigation has been sent.

    (st.stop() inside a page run by st.navigation can lose the navigation menu in the browser.)
    """


def stop_page() -> None:
    """Stop rendering the current page here (the sidebar and navigation stay)."""
    raise PageStop


def page_header(title: str, intro: str | None = None) -> None:
    """The page's title and one-line purpose."""
    st.title(md(title))
    if intro:
        st.caption(md(intro))


def title_lines(title: str | None, source: str | None, tr: Tr) -> list[str]:
    """The lines above an Excel table: what it is, the filters it was drawn with, its source,
    the download date."""
    model = st.session_state.get("_page_model")  # the page's model (ui.render), if drawn
    page_filters = model.filters if model is not None else ()
    active = [*filter_labels(context.filters(), tr), *page_filters]
    text = " · ".join(f"{label}: {value}" for label, value in active)
    lines = [title] if title else []
    lines.append(tr("download.title_filters", text=text))
    if source:
        lines.append(source)
    lines.append(tr("download.title_date", date=fmt_date(date.today(), context.filters().lang)))
    return lines


REGISTRY_PATHS = pages_reading("an")  # the pages with a registry year (views/pages.py)


def download_file_name(name: str) -> str:
    """`name` with the page, the registry year or the plan's years and the component it was
    drawn with (display.export.download_name): `servicii-2023-copii.csv`, never a bare
    `date.csv`."""

    model = st.session_state.get("_page_model")
    path = None if model is None else model.path
    year = st.query_params.get("an")
    if year is None and path in REGISTRY_PATHS:
        year = st.session_state.get("flt_year")
    plan_years = ""
    plan = st.query_params.get("plan")
    if plan:
        try:
            row = catalogue.plan_row(plan)
            first, last = int(row["year_start"]), int(row["year_end"])
            plan_years = str(first) if first == last else f"{first}-{last}"
        except KeyError:
            pass
    component = context.filters().component
    return download_name(
        name, page=path or ("acasa" if path == "" else ""), year=year, plan_years=plan_years,
        component=slug_of(component),
    )  # fmt: skip


def downloads(
    data: pd.DataFrame, *, name: str, key: str, tr: Tr,
    title: str | None = None, source: str | None = None,
) -> None:  # fmt: skip
    """Download buttons for exactly `data`: CSV for a Romanian-locale Excel (`;`, decimal
    comma, BOM), the plain comma CSV, and Excel with a title block (`title`, filters, `source`,
    date), number formats and column widths.

    The files are written when a button is clicked, not on every run (Streamlit calls the
    function then), and a click does not rerun the page.
    """
    lines = title_lines(title, source, tr)
    sheet = title or name
    name = download_file_name(name)
    row = st.container(horizontal=True)
    row.download_button(
        tr("download.csv"), lambda: to_csv_bytes_ro(data), file_name=f"{name}.csv",
        mime="text/csv", key=f"{key}-csv", icon=":material/download:", on_click="ignore",
        help=tr("download.csv_help"),
    )  # fmt: skip
    row.download_button(
        tr("download.xlsx"), lambda: to_excel_bytes(data, sheet=sheet, title_lines=lines),
        file_name=f"{name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}-xlsx", icon=":material/table:", on_click="ignore",
    )  # fmt: skip
    row.download_button(
        tr("download.csv_plain"), lambda: to_csv_bytes(data), file_name=f"{name}-virgula.csv",
        mime="text/csv", key=f"{key}-csv-plain", icon=":material/download:", on_click="ignore",
        help=tr("download.csv_plain_help"),
    )  # fmt: skip


def show_curated_error(exc: CuratedDataError, tr: Tr) -> None:
    """A clear, named error for broken curated data (never a traceback)."""
    st.error(tr("error.curated") + "\n\n" + "\n".join(f"- {md(p)}" for p in exc.problems[:20]))
