"""Figures of movement over registry years: one line per series, years as categories (never
2.022), markers and dashes so lines differ without colour."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from display.fmt import short_label
from domain.glossary import abbreviate

DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star")
LABEL_ROOM_PX = 18  # a number's height: room under a marker on the axis
HEADROOM = 1.15  # the axis runs 15 % above the highest value: its number stays in the plot
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7f7f7f")


def _label_positions(
    series: dict[str, tuple[list[int], list[float]]],
) -> dict[tuple[str, int], str]:
    """Where each number goes, year by year: from the highest value down, above its marker,
    below, above, … — two close lines (1.726 and 1.662) never print on one another."""
    by_year: dict[int, list[tuple[float, str]]] = {}
    for name, (years, values) in series.items():
        for year, value in zip(years, values, strict=True):
            if pd.notna(value):
                by_year.setdefault(year, []).append((value, name))
    return {
        (name, year): "top center" if rank % 2 == 0 else "bottom center"
        for year, points in by_year.items()
        for rank, (_, name) in enumerate(sorted(points, key=lambda p: -p[0]))
    }


def year_lines(
    series: dict[str, tuple[list[int], list[float]]],
    *,
    separators: str,
    colours: dict[str, str] | None = None,
    height: int = 380,
) -> go.Figure:
    """One line per name: (years, values); colours by name when given."""
    fig = go.Figure()
    where = _label_positions(series)
    for i, (name, (years, values)) in enumerate(series.items()):
        colour = (colours or {}).get(name, COLOURS[i % len(COLOURS)])
        fig.add_scatter(
            x=[str(y) for y in years], y=values, name=name, mode="lines+markers+text",
            line=dict(color=colour, dash=DASHES[i % len(DASHES)], width=3),
            marker=dict(symbol=SYMBOLS[i % len(SYMBOLS)], size=10),
            texttemplate="%{y:,.0f}",
            textposition=[where.get((name, y), "top center") for y in years],
            cliponaxis=False,  # a number by the plot's edge is drawn whole
        )  # fmt: skip
    fig.update_layout(
        height=height, margin=dict(l=10, r=10, t=30, b=10), separators=separators,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
    )  # fmt: skip
    # the years sit below the numbers printed under the lowest markers
    fig.update_xaxes(type="category", ticklabelstandoff=LABEL_ROOM_PX)
    # a change is read against zero, not magnified; 20.000 on the axis, not "20k"
    fig.update_yaxes(rangemode="tozero", separatethousands=True, tickformat=",~f")
    highest = max((v for _, values in series.values() for v in values if pd.notna(v)), default=0)
    if highest > 0:  # room above the highest number, below the legend
        fig.update_yaxes(range=[0, highest * HEADROOM])
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
