"""The trajectory of a cumulative strategy target (/obiective): figure, headline and table of the
data that metrics.attainment.trajectory returns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from display.fmt import fmt_date, fmt_number, fmt_value, plotly_separators
from display.tables import display_frame
from metrics import attainment as am

Tr = Callable[..., str]
LINE_COLOUR, ACTUAL_COLOUR = "#0072B2", "#D55E00"


def figure(traj: pd.DataFrame, *, today: date, tr: Tr, lang: str) -> go.Figure:
    """The straight line to the target (dashed), the reported values (markers, larger in the
    current year), and the current year shaded; years on the axis as years (never 2.025)."""
    base = fmt_value(traj["expected"].iat[0], lang)
    dates = [pd.Timestamp(d) for d in traj["date"]]
    day = "%d.%m.%Y" if lang == "ro" else "%d/%m/%Y"
    fig = go.Figure()
    fig.add_vrect(
        x0=pd.Timestamp(today.year, 1, 1), x1=pd.Timestamp(today.year, 12, 31),
        fillcolor="#F0E442", opacity=0.25, line_width=0,
        annotation_text=tr("obj.trajectory_current"), annotation_position="top left",
    )  # fmt: skip
    fig.add_scatter(
        x=dates, y=traj["expected"], mode="lines", name=tr("obj.trajectory_line", base=base),
        line=dict(color=LINE_COLOUR, dash="dash", width=3),
        hovertemplate=f"%{{x|{day}}}: %{{y:,.1f}}<extra></extra>",
    )  # fmt: skip
    seen = traj["actual"].notna()
    sizes = [16 if c else 10 for c in traj.loc[seen, "current_year"]]
    fig.add_scatter(
        x=[d for d, s in zip(dates, seen, strict=True) if s], y=traj.loc[seen, "actual"],
        mode="lines+markers+text", name=tr("obj.trajectory_actual"),
        line=dict(color=ACTUAL_COLOUR, width=2),
        marker=dict(symbol="circle", size=sizes),
        texttemplate="%{y:,.0f}", textposition="top center",
        hovertemplate=f"%{{x|{day}}}: %{{y:,.2f}}<extra></extra>",
    )  # fmt: skip
    fig.update_layout(
        height=380, margin=dict(l=10, r=10, t=30, b=10),
        separators=plotly_separators(lang),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
    )  # fmt: skip
    fig.update_xaxes(tickformat="%Y", dtick="M12")
    fig.update_yaxes(rangemode="tozero")
    return fig


def headline(traj: pd.DataFrame, *, target: float, deadline: date, tr: Tr, lang: str) -> str:
    """`12 din 30 la 30.06.2026, sub traiectorie (15)`, or that nothing is reported yet."""
    position = am.trajectory_position(traj)
    if position is None:
        return tr("obj.trajectory_nodata", target=fmt_value(target, lang), year=str(deadline.year))
    day, actual, expected = position
    return tr(
        "obj.trajectory_headline", actual=fmt_value(actual, lang),
        target=fmt_value(target, lang), date=fmt_date(day, lang),
        position=tr("obj.trajectory_below" if actual < expected else "obj.trajectory_above"),
        expected=fmt_number(expected, 0 if round(expected, 1).is_integer() else 1, lang),
    )  # fmt: skip


def table(traj: pd.DataFrame, tr: Tr) -> pd.DataFrame:
    """The data drawn, with translated headers (expected rounded to one decimal)."""
    shown = traj.assign(
        expected=traj["expected"].round(1),
        current_year=traj["current_year"].map({True: tr("yes"), False: ""}),
    )
    return display_frame(
        shown,
        {
            "date": "obj.col.date",
            "expected": "obj.col.expected",
            "actual": "obj.col.reported",
            "current_year": "obj.col.current_year",
        },
        tr,
    )
