"""Figures of movement over registry years: one line per series, years as categories (never
2.022), markers and dashes so lines differ without colour."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from domain.glossary import abbreviate
from ui.fmt import short_label

DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star")
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7f7f7f")


def _top_of_year(series: dict[str, tuple[list[int], list[float]]]) -> dict[int, str]:
    """The name with the highest value in each year: its number goes above its marker, every
    other below, so two close lines never print their numbers on one another."""
    best: dict[int, tuple[float, str]] = {}
    for name, (years, values) in series.items():
        for year, value in zip(years, values, strict=True):
            if pd.notna(value) and (year not in best or value > best[year][0]):
                best[year] = (value, name)
    return {year: name for year, (_, name) in best.items()}


def year_lines(
    series: dict[str, tuple[list[int], list[float]]],
    *,
    separators: str,
    colours: dict[str, str] | None = None,
    height: int = 380,
) -> go.Figure:
    """One line per name: (years, values); colours by name when given."""
    fig = go.Figure()
    top = _top_of_year(series)
    for i, (name, (years, values)) in enumerate(series.items()):
        colour = (colours or {}).get(name, COLOURS[i % len(COLOURS)])
        fig.add_scatter(
            x=[str(y) for y in years], y=values, name=name, mode="lines+markers+text",
            line=dict(color=colour, dash=DASHES[i % len(DASHES)], width=3),
            marker=dict(symbol=SYMBOLS[i % len(SYMBOLS)], size=10),
            texttemplate="%{y:,.0f}",
            textposition=[
                "top center" if top.get(y) == name else "bottom center" for y in years
            ],
        )  # fmt: skip
    fig.update_layout(
        height=height, margin=dict(l=10, r=10, t=30, b=10), separators=separators,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
    )  # fmt: skip
    fig.update_xaxes(type="category")
    # a change is read against zero, not magnified; 20.000 on the axis, not "20k"
    fig.update_yaxes(rangemode="tozero", separatethousands=True, tickformat=",~f")
    return fig


def path_figure(path: pd.DataFrame, *, target_name: str, separators: str) -> go.Figure:
    """Capacity of each institution per registry year, with its target as a dotted end point."""
    series: dict[str, tuple[list[int], list[float]]] = {}
    for _, rows in path.groupby("row_no", sort=True):
        label = f"{rows['row_no'].iat[0]} · {short_label(abbreviate(rows['name'].iat[0]), 40)}"
        series[label] = (rows["year"].tolist(), rows["capacity"].tolist())
    fig = year_lines(series, separators=separators, height=420)
    targets = path.drop_duplicates("row_no")
    fig.add_scatter(
        x=[target_name] * len(targets), y=targets["target_capacity"], mode="markers",
        name=target_name, marker=dict(symbol="line-ew-open", size=26, color="#000000"),
    )  # fmt: skip
    return fig
