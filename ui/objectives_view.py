"""Rendering pieces of the Objectives page (scorecard grid, indicator table, drill-down)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from domain.statuses import INDICATOR_STATUSES
from domain.statuses import STATUS_COLOURS as DOMAIN_STATUS_COLOURS
from loaders import catalogue
from loaders.cache import cached, shared
from metrics import attainment as am
from metrics.attainment import STATUSES
from ui.fmt import fmt_date, fmt_pct, fmt_value
from ui.i18n import translator
from ui.reported import reported_values

Tr = Callable[..., str]

# Status colours from the domain registry; the status is always written too (symbol + word).
STATUS_COLOURS = DOMAIN_STATUS_COLOURS


@cached
def scorecards(
    plan: str, component: str | None, period: date, compare: date, version: object
) -> am.Scorecards:
    """The page's computations for one selection, once per store data version (any session)."""
    in_plan, nodes = catalogue.indicators(plan), catalogue.objectives(plan)
    milestones = catalogue.milestones(plan)
    values, _ = reported_values(in_plan["indicator_id"])
    mine = in_plan if component is None else in_plan[in_plan["component"] == component]
    vals = values[values["indicator_id"].isin(mine["indicator_id"])]
    return am.scorecards(
        mine, milestones, vals, nodes, period_end=period, compare=compare,
        bounds=catalogue.plan_bounds(),
    )  # fmt: skip


@shared
def status_grid_figure(rolled: pd.DataFrame, label_col: str, lang: str) -> go.Figure:
    """Stacked horizontal bars: indicators per status for each row of `rolled`."""
    tr = translator(lang)
    fig = go.Figure()
    for status in STATUSES:
        fig.add_bar(
            y=rolled[label_col],
            x=rolled[status],
            orientation="h",
            name=tr(f"obj.status.{status}"),
            marker_color=STATUS_COLOURS[status],
            texttemplate="%{x}",
            textposition="inside",
        )
    fig.update_layout(
        barmode="stack",
        height=max(300, 70 + 34 * len(rolled)),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        separators=",." if lang == "ro" else ".,",
    )
    fig.update_yaxes(autorange="reversed")
    return fig


def rolled_table(rolled: pd.DataFrame, label_col: str, label_key: str, tr: Tr) -> pd.DataFrame:
    """The grid's data with localised headers (status counts, coverage, mean attainment)."""
    columns = {label_col: tr(label_key), "indicators": tr("obj.col.indicators")}
    columns |= {s: tr(f"obj.status.{s}") for s in STATUSES}
    columns |= {"coverage_pct": tr("obj.col.coverage"), "mean_attainment_pct": tr("obj.col.mean")}
    return rolled[list(columns)].rename(columns=columns)


def indicator_table(card: pd.DataFrame, trends: dict[str, list[float]], tr: Tr) -> pd.DataFrame:
    """The sortable indicator table (status as icon + word)."""
    frame = card.assign(
        status_label=card["status"].map(lambda s: tr(f"obj.status.{s}")),
        trend=card["indicator_id"].map(lambda i: trends.get(i, [])),
        attainment=card["attainment_pct"].round(1),
        elapsed=card["time_elapsed_pct"].round(0),
        pace=card["pace_ratio"].round(2),
    )
    columns = {
        "indicator_id": "obj.col.id",
        "indicator_text": "obj.col.text",
        "target_in_force": "obj.col.target",
        "target_unit": "obj.col.unit",
        "actual": "obj.col.actual",
        "attainment": "obj.col.attainment",
        "elapsed": "obj.col.elapsed",
        "pace": "obj.col.pace",
        "status_label": "obj.col.status",
        "trend": "obj.col.trend",
        "due": "obj.col.due",
        "responsible": "obj.col.responsible",
        "source_line": "obj.col.source_line",
    }
    out = frame[list(columns)]
    out.columns = [tr(k) for k in columns.values()]
    return out.reset_index(drop=True)


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


def behind_sentence(row: pd.Series, tr: Tr, lang: str) -> str:
    """'62 % din țintă la 75 % din timp scurs — sub ritm (id, owner)'."""
    return tr(
        "obj.behind_headline",
        pct=fmt_pct(row["attainment_pct"], 0, lang),
        time=fmt_pct(row["time_elapsed_pct"], 0, lang),
        status=tr(f"obj.status.{row['status']}").split(" ", 1)[-1],
        id=row["indicator_id"],
        owner=(row["responsible"] or "–")[:60],
    )


def status_legend(tr: Tr, statuses: tuple[str, ...] | None = None) -> None:
    """An expander with each status's symbol, label and definition (from domain.statuses)."""
    with st.expander(tr("obj.status_legend"), icon=":material/help:"):
        for s in INDICATOR_STATUSES:
            if statuses is None or s.value in statuses:
                st.markdown(
                    f"**{tr(f'obj.status.{s.value}')}** — {tr(f'obj.status_def.{s.value}')}"
                )


def indicator_detail(row: pd.Series, tr: Tr, lang: str) -> None:
    """Verbatim text, parsed target, status, and the link to its source line on /date."""
    st.info(row["indicator_text"])
    status = tr(f"obj.status.{row['status']}")
    target = f"{fmt_value(row['target_in_force'], lang)} {row['target_unit'] or ''}"
    parts = [
        f"**{tr('obj.col.status')}:** {status}",
        f"**{tr('obj.col.target')}:** {target}",
        f"**{tr('obj.col.actual')}:** {fmt_value(row['actual'], lang)}",
        f"**{tr('obj.col.due')}:** {fmt_date(row['due'], lang)}",
    ]
    st.markdown(" · ".join(parts))
    st.caption(
        f"{row['source_doc']}, {tr('obj.col.source_line').lower()} {int(row['source_line'])}"
    )
    st.page_link(
        "app_pages/data_sources.py",
        label=tr("obj.source_link"),
        icon=":material/link:",
        query_params={"indicator": row["indicator_id"]},
    )
