"""Plotly figures built from metric frames (colour-blind-safe, Romanian labels from the caller)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from caching import shared
from display.fmt import plotly_separators, short_label, unique_labels
from display.palette import OCCUPANCY_COLOURS, component_colour
from domain.glossary import abbreviate

LONG_CATEGORY = 24  # characters: longer category names go on a horizontal axis

FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=14)
MIN_TEXT = 11  # px: the smallest number printed on a bar
BAR_LABEL = 48  # characters: a horizontal bar's name, cut at a word (whole on hover)


def level_numbers(fig: go.Figure) -> go.Figure:
    """Numbers on bars stay level (never rotated) and of one size: a number that does not fit
    inside its bar at MIN_TEXT px is hidden (the hover and the table still give it)."""
    fig.update_traces(textangle=0, selector=dict(type="bar"))
    fig.update_layout(uniformtext=dict(minsize=MIN_TEXT, mode="hide"))
    return fig


def _layout(fig: go.Figure, *, height: int = 380, **kwargs: object) -> go.Figure:
    fig.update_traces(cliponaxis=False, selector=dict(type="bar"))
    level_numbers(fig)
    fig.update_layout(
        height=height, margin=dict(l=10, r=60, t=40, b=10), font=FONT,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0), separators=",.",
        **kwargs,
    )  # fmt: skip
    # Romanian writes 1.200 and 20.000, not 1200 or "20k": plotly shortens ticks by default
    fig.update_xaxes(separatethousands=True, tickformat=",~f")
    fig.update_yaxes(separatethousands=True, tickformat=",~f")
    return fig


@shared
def grouped_bars(
    categories: list[str],
    series: list[tuple[str, list[float], str]],
    *,
    separators: str = ",.",
    height: int = 380,
) -> go.Figure:
    """Grouped bars: series of (name, values, colour) over categories — vertical for short
    category names, horizontal (names shortened at a word, whole on hover) for long ones, so
    the bars never shrink behind their labels."""
    fig = go.Figure()
    if max((len(c) for c in categories), default=0) > LONG_CATEGORY:
        names = [short_label(c, 48) for c in categories]
        for name, values, colour in series:
            fig.add_bar(
                y=names, x=values, name=name, marker_color=colour, orientation="h",
                hovertext=categories, hovertemplate="%{hovertext}<br>%{x:,.0f}<extra></extra>",
                texttemplate="%{x:,.0f}", textposition="outside",
            )  # fmt: skip
        fig.update_yaxes(type="category", autorange="reversed")
        tall = 90 + 26 * len(categories) * max(len(series), 1)
        return _layout(fig, height=max(height, tall), barmode="group").update_layout(
            separators=separators
        )
    for name, values, colour in series:
        fig.add_bar(
            x=categories, y=values, name=name, marker_color=colour,
            texttemplate="%{y:,.0f}", textposition="outside",
        )  # fmt: skip
    # categories stay categories: plotly would read "2028" as a number and print "2.028"
    fig.update_xaxes(type="category")
    return _layout(fig, height=height, barmode="group").update_layout(separators=separators)


@shared
def component_bars(
    labels: list[str],
    values: list[float],
    components: list[str],
    *,
    separators: str = ",.",
    value_format: str = ",.0f",
) -> go.Figure:
    """Horizontal bars, one per component, coloured by component."""
    colours = [component_colour(c) for c in components]
    fig = go.Figure(
        go.Bar(x=values, y=labels, orientation="h", marker_color=colours,
               texttemplate=f"%{{x:{value_format}}}", textposition="outside")
    )  # fmt: skip
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, height=80 + 50 * len(labels)).update_layout(separators=separators)


@shared
def occupancy_bars(
    names: list[str],
    pct: list[float],
    statuses: list[str],
    status_labels: list[str],
    *,
    separators: str = ",.",
    reference_pct: float = 100.0,
) -> go.Figure:
    """Horizontal occupancy bars coloured by status (status also in the hover text and legend)."""
    fig = go.Figure()
    frame = pd.DataFrame({"name": names, "pct": pct, "status": statuses, "label": status_labels})
    for status, part in frame.groupby("status", sort=False):
        fig.add_bar(
            x=part["pct"], y=part["name"], orientation="h", name=part["label"].iloc[0],
            marker_color=OCCUPANCY_COLOURS.get(str(status), "#999999"),
            texttemplate="%{x:.0f} %", textposition="outside",
            hovertemplate="%{y}<br>%{x:.1f} %<extra>" + part["label"].iloc[0] + "</extra>",
        )  # fmt: skip
    fig.add_vline(x=reference_pct, line_dash="dash", line_color="#333333")
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(names)))
    fig.update_xaxes(ticksuffix=" %")
    return _layout(fig, height=max(320, 60 + 22 * len(names))).update_layout(separators=separators)


@shared
def value_bars(
    names: list[str],
    values: list[float],
    *,
    colour: str = "#0072B2",
    separators: str = ",.",
    value_format: str = ",.0f",
) -> go.Figure:
    """Horizontal bars of one value per name, largest on top; a long name is cut at a word
    (whole on hover) so the bars are not squeezed behind their labels."""
    shown = unique_labels([short_label(n, BAR_LABEL) for n in names])
    fig = go.Figure(
        go.Bar(x=values, y=shown, orientation="h", marker_color=colour, hovertext=names,
               hovertemplate=f"%{{hovertext}}<br>%{{x:{value_format}}}<extra></extra>",
               texttemplate=f"%{{x:{value_format}}}", textposition="outside")
    )  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(shown)))
    fig.update_xaxes(nticks=5)
    return _layout(fig, height=max(320, 60 + 26 * len(names))).update_layout(separators=separators)


@shared
def capacity_dumbbell(
    frame: pd.DataFrame, labels: dict[str, str], *, separators: str = ",."
) -> go.Figure:
    """Per institution: start, current and target capacity and residents on one line each."""
    fig = go.Figure()
    names = frame["label"].tolist()
    for _, row in frame.iterrows():
        fig.add_trace(go.Scatter(
            x=[row["target_capacity"], row["start_capacity"]], y=[row["label"]] * 2,
            mode="lines", line=dict(color="#BBBBBB", width=6), showlegend=False, hoverinfo="skip",
        ))  # fmt: skip
    marks = [
        ("start_capacity", labels["start"], "#0072B2", "circle"),
        ("current_capacity", labels["current"], "#56B4E9", "diamond"),
        ("target_capacity", labels["target"], "#009E73", "square"),
        ("current_residents", labels["residents"], "#D55E00", "x"),
    ]
    for column, name, colour, symbol in marks:
        fig.add_trace(go.Scatter(
            x=frame[column], y=names, mode="markers", name=name,
            marker=dict(color=colour, size=13, symbol=symbol),
        ))  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(names)))
    return _layout(fig, height=max(300, 80 + 55 * len(names))).update_layout(separators=separators)


@shared
def sankey(paths: pd.DataFrame, *, separators: str = ",.") -> go.Figure:
    """Institution → project → service, link width = places."""
    nodes = list(dict.fromkeys([*paths["institution"], *paths["project"], *paths["service"]]))
    index = {n: i for i, n in enumerate(nodes)}
    first = paths.groupby(["institution", "project"], as_index=False)["places"].sum()
    source = [index[s] for s in first["institution"]] + [index[s] for s in paths["project"]]
    target = [index[t] for t in first["project"]] + [index[t] for t in paths["service"]]
    value = first["places"].tolist() + paths["places"].tolist()
    fig = go.Figure(go.Sankey(
        # names in the plan's abbreviations, cut at a word (whole on hover, in the table)
        node=dict(
            label=[short_label(abbreviate(n), 46) for n in nodes], customdata=nodes,
            hovertemplate="%{customdata}<extra></extra>", pad=14, thickness=16,
            color="#56B4E9",
        ),
        link=dict(source=source, target=target, value=value, color="rgba(0,114,178,0.25)"),
    ))  # fmt: skip
    return _layout(fig, height=max(420, 34 * len(nodes))).update_layout(separators=separators)


def _rings(geometry: dict) -> list[list[list[float]]]:
    """The outer rings of a Polygon or MultiPolygon."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    return [polygon[0] for polygon in geometry["coordinates"]]


def _point_groups(
    points: pd.DataFrame, label: str, legend: dict[str, str]
) -> list[tuple[str, str, pd.DataFrame]]:
    """The points by colour, each with its legend label (`legend[colour]`): as on the screen's
    map, a colour per component. Points without a colour, or without a label for it, are one
    group named `label`, in vermillion."""
    if "colour" not in points or not legend:
        return [("#D55E00", label, points)]
    hexes = points["colour"].map(lambda rgb: "#{:02X}{:02X}{:02X}".format(*rgb))
    legend = {colour.upper(): name for colour, name in legend.items()}
    present = set(hexes)
    order = [c for c in legend if c in present] + sorted(present - set(legend))  # legend's order
    return [(c, legend.get(c, label), points[hexes == c]) for c in order]


def county_map_figure(
    geojson: dict,
    classes: dict[int, int],
    class_labels: list[str],
    colours: list[str],
    *,
    names: dict[int, str] | None = None,
    points: pd.DataFrame | None = None,
    points_label: str = "",
    point_legend: dict[str, str] | None = None,
) -> go.Figure:
    """The county choropleth as a static figure (slides, packs): UAT polygons filled by class,
    one legend entry per class (`class_labels[k]`, colour `colours[k]`), service points on top.
    Plain x/y shapes: no web map, nothing fetched, drawn by kaleido like any chart."""
    by_class: dict[int, tuple[list[float | None], list[float | None]]] = {}
    for feature in geojson["features"]:
        siruta = int(feature["properties"]["siruta"])
        xs, ys = by_class.setdefault(min(classes.get(siruta, 0), len(colours) - 1), ([], []))
        for ring in _rings(feature["geometry"]):
            xs.extend([p[0] for p in ring] + [None])
            ys.extend([p[1] for p in ring] + [None])
    fig = go.Figure()
    for k in sorted(by_class):
        xs, ys = by_class[k]
        fig.add_trace(go.Scatter(
            x=xs, y=ys, fill="toself", fillcolor=colours[k], mode="lines",
            line=dict(color="#505050", width=0.6), name=class_labels[k], hoverinfo="skip",
        ))  # fmt: skip
    if points is not None and not points.empty:
        for colour, label, part in _point_groups(points, points_label, point_legend or {}):
            fig.add_trace(go.Scatter(
                x=part["lon"], y=part["lat"], mode="markers", name=label,
                marker=dict(size=7, color=colour, line=dict(color="white", width=1)),
                hoverinfo="skip",
            ))  # fmt: skip
    fig.update_xaxes(visible=False)
    # a degree of longitude is cos(46,5°) ≈ 0,69 of a degree of latitude at Bacău
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / 0.69)
    return _layout(fig, height=620).update_layout(
        legend=dict(orientation="v", x=1.0, y=0.5, xanchor="left", yanchor="middle"),
        plot_bgcolor="white", paper_bgcolor="white",
    )  # fmt: skip


def stacked_layout(fig: go.Figure, rows: int, *, lang: str, floor: int, base: int) -> go.Figure:
    """Stacked horizontal bars laid out alike (late targets, statuses): 34 px a row (at least
    `floor`), legend on top, the language's separators, first row on top."""
    level_numbers(fig)
    fig.update_layout(
        barmode="stack", height=max(floor, base + 34 * rows),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        separators=plotly_separators(lang),
    )  # fmt: skip
    fig.update_yaxes(autorange="reversed")
    return fig
