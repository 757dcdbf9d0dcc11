"""Streamlit pieces of the Objectives page: the indicator table with sparklines and an
indicator's detail in the drill-down (the figures and tables themselves: views.objectives)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from display.fmt import fmt_date, fmt_value
from display.inert import md
from domain.plans import document_title
from views.pages import SCRIPTS

Tr = Callable[..., str]


def show_indicator_table(table: pd.DataFrame, tr: Tr, *, key: str) -> None:
    """st.dataframe with a sparkline trend column and number formats."""
    st.dataframe(
        table,
        hide_index=True,
        key=key,
        column_config={
            tr("obj.col.trend"): st.column_config.LineChartColumn(tr("obj.col.trend")),
            tr("obj.col.text"): st.column_config.TextColumn(width="large"),
        },
    )


def indicator_detail(row: pd.Series, tr: Tr, lang: str) -> None:
    """Verbatim text, parsed target, status, and the link to its source line on /date."""
    st.info(md(row["indicator_text"]))
    status = tr(f"obj.status.{row['status']}")
    target = md(f"{fmt_value(row['target_in_force'], lang)} {row['target_unit'] or ''}")
    parts = [
        f"**{tr('obj.col.status')}:** {status}",
        f"**{tr('obj.col.target')}:** {target}",
        f"**{tr('obj.col.actual')}:** {fmt_value(row['actual'], lang)}",
        f"**{tr('obj.col.due')}:** {fmt_date(row['due'], lang)}",
    ]
    st.markdown(" · ".join(parts))
    st.caption(
        md(
            f"{document_title(row['source_doc'])}, {tr('obj.col.source_line').lower()} "
            f"{int(row['source_line'])}"
        )
    )
    st.page_link(
        SCRIPTS["date"],
        label=tr("obj.source_link"),
        icon=":material/link:",
        query_params={"indicator": row["indicator_id"]},
    )
