"""County map (/harta): the 93 UATs coloured by the metric of `?metrica=` (the distance to the
nearest service of the component `?componenta_distanta=`), services and community centres on
top, the UAT ranking, the values reported per UAT and the services whose place is unknown."""

from __future__ import annotations

import json

import pandas as pd

from display import charts
from display.fmt import fmt_date, fmt_number, fmt_value
from display.palette import CENTRE_COLOUR, component_colour, component_colours, hex_to_rgb
from display.tables import display_frame, readable
from domain import components
from domain.components import COMMUNITY_CENTRES_COMPONENT
from geo.layers import (
    ATTRIBUTION,
    CIVIDIS,
    centre_points,
    classify,
    county_choropleth,
    service_points,
    uat_geojson,
)
from geo.uats import load_uat_shapes
from loaders.tables import load_community_centres, load_uats
from metrics import services as ms
from metrics import uat as mu
from readers import catalogue as stored
from readers.reported import reported_values
from views.common import (
    Tr,
    builder,
    demo_marked,
    plan_source,
    registry_notices,
    registry_year,
    tr_of,
)
from views.model import PageModel, Query, Section

PATH = "harta"
METRICS = [
    "places_per_1000",
    "service_units",
    "places",
    "county_budget_thousand_lei",
    "project_money_lei",
    "planned_places",
    "nearest_km",
]
DISTANCE_PARAM = "componenta_distanta"
RANKING_COLUMNS = {
    "name": "map.col.uat",
    "type": "map.col.type",
    "population": "map.col.population",
    "value": "map.col.value",
    "service_units": "kpi.service_units",
    "places": "col.places",
    "planned_places": "map.m.planned_places",
}
REPORTED_COLUMNS = {
    "uat_name": "map.col.uat",
    "indicator_id": "map.col.indicator",
    "indicator_text": "map.col.indicator_text",
    "period_end": "map.col.period",
    "value": "map.col.value",
}
UNKNOWN_COLUMNS = {
    "row_no": "col.row_no",
    "name": "col.name",
    "capacity": "col.capacity",
    "notes": "col.notes",
}


def metric_of(q: Query) -> str:
    """`?metrica=`: one of METRICS, else the first."""
    metric = q.get("metrica") or METRICS[0]
    return metric if metric in METRICS else METRICS[0]


def default_distance_component(component: str | None) -> str:
    """The component whose distances the map shows when `?componenta_distanta=` is absent."""
    choices = components.FILTER_COMPONENTS
    return component if component in choices else choices[0]


def distance_component(q: Query) -> str:
    """`?componenta_distanta=`: a component with services, else the default."""
    chosen = q.get(DISTANCE_PARAM)
    if chosen in components.FILTER_COMPONENTS:
        return chosen
    return default_distance_component(q.component)


def uat_frame(q: Query) -> pd.DataFrame:
    """Every UAT with its supply, money and plans for the component (metrics.uat.uat_table),
    plus `nearest_km` and `desert` for the distance component."""
    reg, _ = registry_year(q)
    uats = load_uats()
    selected = ms.filter_services(reg.services, component=q.component)
    table = mu.uat_table(
        uats, selected, reg.budget_groups, reg.planned_services, reg.projects
    ).copy()
    distances = mu.nearest_service_km(reg.services, uats)
    mine = distances[distances["component"] == distance_component(q)].set_index("siruta")
    table["nearest_km"] = table["siruta"].map(mine["nearest_km"])
    # a component without services has no distances (NaN: not a desert, the headline says why)
    table["desert"] = table["siruta"].map(mine["desert"]).eq(True)
    return table


def geojson_bytes(q: Query) -> bytes:
    """The UAT polygons with every metric of the map, as GeoJSON (UTF-8)."""
    table = uat_frame(q).drop(columns=["name", "type", "population"])
    out = load_uat_shapes().merge(table, on="siruta")
    return json.dumps(json.loads(out.to_json()), ensure_ascii=False).encode()


def published(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Reported values as text: `<5` stays, numbers and dates in the page's format."""
    return frame.assign(
        value=frame["value"].map(lambda v: v if isinstance(v, str) else fmt_value(v, lang)),
        period_end=frame["period_end"].map(lambda d: fmt_date(d, lang)),
    )


def reported_here(q: Query) -> pd.DataFrame:
    """Values reported per UAT (small numbers already suppressed), metrics.uat.reported_by_uat."""
    indicators = stored.indicators()  # the county's own, on a shared national store too
    values, _reason = reported_values(indicators["indicator_id"], by="uat")
    return mu.reported_by_uat(values, indicators, load_uats())


def _point_legend(
    selected: pd.DataFrame, n_centres: int | None, tr: Tr
) -> tuple[tuple[str, str], ...]:
    """The legend of the circles drawn: one entry per component of the located services (its
    colour), then the community centres when drawn."""
    located = selected[selected["uat_siruta"].notna()]
    drawn = [c for c in component_colours() if c in set(located["component"])]
    entries = [
        (component_colour(c), tr("map.legend_services", component=tr(f"component.{c}")))
        for c in drawn
    ]
    if n_centres:
        entries.append((CENTRE_COLOUR, tr("map.legend_centres")))
    return tuple(entries)


def _points(q: Query, selected: pd.DataFrame, tr: Tr) -> tuple[pd.DataFrame, int | None]:
    """Services (and, for all or the community component, the community centres) as points;
    the number of centres drawn (None when not drawn)."""
    uats = load_uats()
    points = service_points(selected, uats, lambda c: hex_to_rgb(component_colour(c)))
    if q.component not in (None, COMMUNITY_CENTRES_COMPONENT):
        return points, None
    # the PN3002 / PN4056 community centres: placed at their UAT (no address), no places
    centres = load_community_centres()
    cc = centre_points(
        centres, uats, hex_to_rgb(CENTRE_COLOUR),
        lambda project, uat: tr("map.centre_tip", project=project, uat=uat),
    )  # fmt: skip
    return pd.concat([points, cc], ignore_index=True), len(centres)


@builder
def build(q: Query) -> PageModel:
    """The map of `?metrica=` for the registry year and component, and what goes with it."""
    tr, lang = tr_of(q), q.lang
    reg, notice = registry_year(q)
    selected = ms.filter_services(reg.services, component=q.component)
    metric, component = metric_of(q), distance_component(q)
    table = uat_frame(q)
    values = table.set_index("siruta")[metric]
    classes, edges = classify(values)
    decimals = 1 if metric in ("places_per_1000", "nearest_km") else 0
    label = tr(f"map.m.{metric}")
    tips = {
        s: f"{n}\n{label}: {fmt_number(v, decimals, lang)}"
        for s, n, v in zip(table["siruta"], table["name"], values, strict=True)
    }
    points, n_centres = _points(q, selected, tr)
    point_legend = _point_legend(selected, n_centres, tr)
    if metric == "nearest_km" and table["nearest_km"].isna().all():  # nothing to measure from
        headline = tr("map.distance_none", component=tr(f"component.{component}"))
    elif metric == "nearest_km":
        headline = tr(
            "map.desert_headline", n=int(table["desert"].sum()),
            km=fmt_number(mu.DESERT_KM, 0, lang), component=tr(f"component.{component}"),
        )  # fmt: skip
    else:
        top = table.loc[values.to_numpy().argmax()]
        headline = tr(
            "map.headline", top=top["name"], value=fmt_number(top[metric], decimals, lang),
            zero=int((values.fillna(0) == 0).sum()),
        )  # fmt: skip
    class_labels = [tr("map.legend_zero")] + [
        tr(
            "map.legend_class",
            low=fmt_number(edges[i], decimals, lang),
            high=fmt_number(edges[i + 1], decimals, lang),
        )
        for i in range(len(edges) - 1)
    ]
    colours = CIVIDIS[: len(class_labels)]
    source = (
        ATTRIBUTION + " · "
        + plan_source(reg.plan_id, tr, where="Cap. I.A, I.B", rows=reg.services) + ". "
        + tr("map.budget_note")
        + ("" if n_centres is None else " " + tr("map.centres_note", n=n_centres))
    )  # fmt: skip
    ranked = table.sort_values(metric, ascending=metric == "nearest_km", na_position="last")
    ranking = display_frame(ranked.assign(value=ranked[metric]), RANKING_COLUMNS, tr)
    # under the map (and in the pack): the UATs with a value — a ranking, not rows of zeros (the
    # headline counts the zeros; the ranking card and the downloads keep every UAT)
    listed = ranking if metric == "nearest_km" else ranking[(ranked[metric] > 0).to_numpy()]
    title = f"{tr('nav.map')}: {label}"
    if metric == "nearest_km":
        title += f" ({tr(f'component.{component}')})"
    the_map = Section(
        "county-map", title, source,
        charts.county_map_figure(
            uat_geojson(), classes.to_dict(), class_labels, colours, points=points,
            points_label=tr("map.points_legend"), point_legend=dict(point_legend),
        ),
        listed.reset_index(drop=True), headline, data=ranking, notes=(tr("map.legend"),),
        kind="map",
        deck=county_choropleth(values.to_dict(), classes.to_dict(), tips, points),
        legend=tuple(zip(colours, class_labels, strict=True)) + point_legend, legend_title=label,
        file_name=f"harta-{metric}",
    )  # fmt: skip
    sections = [
        the_map,
        Section(
            "map-ranking",
            tr("map.ranking"),
            source,
            None,
            ranking,
            kind="table",
            file_name=f"harta-{metric}",
        ),
    ]
    local = reported_here(q)
    if not local.empty:
        sections.append(
            Section(
                "map-reported", tr("map.reported"), tr("map.reported_source"), None,
                display_frame(published(local, lang), REPORTED_COLUMNS, tr),
                notes=(tr("map.suppression", n=int(local["suppressed"].sum())),),
                kind="table", file_name="raportat-uat",
            )
        )  # fmt: skip
    unknown = selected[selected["uat_siruta"].isna()]
    sections.append(
        Section(
            "map-unknown", f"{tr('map.unknown')} ({len(unknown)})",
            plan_source(reg.plan_id, tr, where="Cap. I.A", rows=reg.services), None,
            readable(display_frame(unknown, UNKNOWN_COLUMNS, tr), lang),
            tr("map.unknown_count", n=len(unknown)), kind="table", slide=False,
            file_name="servicii-loc-necunoscut",
        )
    )  # fmt: skip
    filters = [(tr("map.metric"), label)]
    if metric == "nearest_km":
        filters.append((tr("map.distance_component"), tr(f"component.{component}")))
    model = PageModel(
        path=PATH, title=tr("map.title"), intro=tr("map.intro"), sections=tuple(sections),
        filters=tuple(filters), notices=registry_notices(q, reg, notice), demo=q.demo,
    )  # fmt: skip
    return demo_marked(model, reg, q)
