"""Pieces of the What-is-late page: the cached late list of all plans, its display table and
its two figures (late targets by plan, owners ranked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from domain.statuses import STATUS_COLOURS
from loaders import catalogue
from loaders.tables import load_indicator_units, load_units
from metrics import lateness as ml
from metrics import owners as mo
from ui.fmt import fmt_date
from ui.reported import reported_values

Tr = Callable[..., str]
KIND_COLOURS = {
    "missed": STATUS_COLOURS["missed"],
    "unreported": "#7f7f7f",
    "behind": STATUS_COLOURS["behind_pace"],
}
KIND_PATTERNS = {"missed": "", "unreported": "/", "behind": "."}  # tell kinds apart without colour


@dataclass(frozen=True)
class Lateness:
    """The late list of every plan at `today`, the owners of every indicator, and coverage."""

    late: pd.DataFrame
    owners: pd.DataFrame
    measured: dict[str, int]  # plan id → indicators with a reported value by today
    indicators: dict[str, int]  # plan id → indicators


@st.cache_data(max_entries=16, show_spinner=False)
def lateness(today: date, version: object) -> Lateness:
    """Computed once per day and store data version (any session)."""
    indicators = catalogue.indicators()
    links = mo.links_by_text(indicators, load_indicator_units())
    owners = mo.indicator_owners(indicators["indicator_id"], links, load_units())
    values, _ = reported_values(indicators["indicator_id"])
    late = ml.late_list(
        indicators, catalogue.milestones(), values, catalogue.objectives(), owners,
        today=today, bounds=catalogue.plan_bounds(),
    )  # fmt: skip
    seen = values[pd.to_datetime(values["period_end"]).dt.date <= today] if len(values) else values
    plan_of = dict(zip(indicators["indicator_id"], indicators["plan_id"], strict=True))
    measured = pd.Series(seen["indicator_id"].unique() if len(seen) else [], dtype=object)
    return Lateness(
        late=late,
        owners=owners,
        measured=measured.map(plan_of).value_counts().to_dict(),
        indicators=indicators["plan_id"].value_counts().to_dict(),
    )


def counts(late: pd.DataFrame) -> dict[str, int]:
    """Rows per kind (missed, unreported, behind)."""
    return {k: int((late["kind"] == k).sum()) for k in ml.LATE_KINDS}


def display_table(late: pd.DataFrame, tr: Tr, lang: str) -> pd.DataFrame:
    """The late list with localised headers, plan titles, status words and formatted dates."""
    titles = {p: str(catalogue.plan_row(p)["title"]) for p in late["plan_id"].unique()}
    frame = late.assign(
        plan=late["plan_id"].map(titles),
        kind=late["kind"].map(lambda k: tr(f"late.kind.{k}")),
        status=late["status"].map(lambda s: tr(f"obj.status.{s}")),
        due=late["due"].map(lambda d: fmt_date(d, lang)),
        latest_date=late["latest_date"].map(lambda d: fmt_date(d, lang) if pd.notna(d) else ""),
        target_unit=late["target_unit"].fillna(""),
    )
    columns = {
        "plan": "late.col.plan", "kind": "late.col.kind", "status": "late.col.status",
        "objective_label": "late.col.objective", "indicator_id": "late.col.indicator",
        "indicator_text": "late.col.text", "owner": "late.col.owner", "due": "late.col.due",
        "target": "late.col.target", "target_unit": "late.col.unit",
        "value_at_due": "late.col.value_at_due", "latest_value": "late.col.latest",
        "latest_date": "late.col.latest_date", "gap": "late.col.gap",
        "days_late": "late.col.days_late", "days_left": "late.col.days_left",
        "source_line": "late.col.source_line",
    }  # fmt: skip
    out = frame[list(columns)].copy()
    out.columns = [tr(k) for k in columns.values()]
    return out.reset_index(drop=True)


def _stacked(labels: list[str], series: dict[str, list[int]], tr: Tr, lang: str) -> go.Figure:
    fig = go.Figure()
    for kind, xs in series.items():
        fig.add_bar(
            y=labels, x=xs, orientation="h", name=tr(f"late.kind.{kind}"),
            marker=dict(color=KIND_COLOURS[kind], pattern_shape=KIND_PATTERNS[kind]),
            texttemplate="%{x}", textposition="inside",
        )  # fmt: skip
    fig.update_layout(
        barmode="stack", height=max(260, 80 + 34 * len(labels)),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        separators=",." if lang == "ro" else ".,",
    )  # fmt: skip
    fig.update_yaxes(autorange="reversed")
    return fig


def by_plan(late: pd.DataFrame, tr: Tr, lang: str) -> tuple[go.Figure, pd.DataFrame]:
    """Late targets per plan and kind: the figure and its table."""
    table = pd.crosstab(late["plan_id"], late["kind"]).reindex(
        columns=list(ml.LATE_KINDS), fill_value=0
    )
    labels = [str(catalogue.plan_row(p)["title"])[:60] for p in table.index]
    fig = _stacked(labels, {k: table[k].tolist() for k in ml.LATE_KINDS}, tr, lang)
    shown = table.reset_index(drop=True)
    shown.insert(0, "plan", labels)
    shown.columns = [tr("late.col.plan"), *[tr(f"late.kind.{k}") for k in ml.LATE_KINDS]]
    return fig, shown


def ranking(rank: pd.DataFrame, tr: Tr, lang: str, top: int = 15) -> tuple[go.Figure, pd.DataFrame]:
    """Owners ranked by late targets (the first `top` drawn, all in the table)."""
    head = rank.head(top)
    labels = [str(n)[:60] for n in head["unit_name"]]
    fig = _stacked(labels, {k: head[k].tolist() for k in ml.LATE_KINDS}, tr, lang)
    table = rank[["unit_name", *ml.LATE_KINDS, "total"]].copy()
    table.columns = [
        tr("late.col.owner"),
        *[tr(f"late.kind.{k}") for k in ml.LATE_KINDS],
        tr("late.col.total"),
    ]
    return fig, table
