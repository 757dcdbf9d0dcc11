"""County map (/harta): the 93 UATs coloured by a chosen metric, services on top, a ranking,
a UAT profile and the services whose place is unknown."""

import json

import pandas as pd
import streamlit as st

from domain.components import COMMUNITY_CENTRES_COMPONENT, FILTER_COMPONENTS
from geo.layers import (
    ATTRIBUTION,
    CIVIDIS,
    centre_points,
    classify,
    county_choropleth,
    selected_siruta,
    service_points,
    uat_geojson,
)
from geo.uats import load_uat_shapes
from loaders import catalogue as stored
from loaders.errors import CuratedDataError
from loaders.tables import load_community_centres, load_uats
from metrics import services as ms
from metrics import uat as mu
from pack.model import PackView
from ui import charts, context, registry, trends, urlstate, views, widgets
from ui.fmt import fmt_number, fmt_value, plotly_separators
from ui.palette import CENTRE_COLOUR, COMPONENT_COLOURS, hex_to_rgb
from ui.reported import reported_values
from ui.tables import display_frame

f, tr = context.filters(), context.tr()
widgets.page_header(tr("map.title"), tr("map.intro"))
try:
    shapes, uats = load_uat_shapes(), load_uats()
    centres = load_community_centres()
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
reg = registry.year_selector(tr, where=st.columns(4)[0])
services, groups = reg.services, reg.budget_groups
planned, projects = reg.planned_services, reg.projects

selected = ms.filter_services(services, component=f.component)
table = mu.uat_table(uats, selected, groups, planned, projects)
metrics = [
    "places_per_1000",
    "service_units",
    "places",
    "county_budget_thousand_lei",
    "project_money_lei",
    "planned_places",
    "nearest_km",
]
left, right = st.columns([2, 1])
metric = urlstate.selectbox(
    left, tr("map.metric"), metrics, param="metrica", key="map_metric",
    format_func=lambda m: tr(f"map.m.{m}"),
)  # fmt: skip
component = f.component if f.component in FILTER_COMPONENTS else FILTER_COMPONENTS[0]
if metric == "nearest_km":
    component = right.selectbox(
        tr("map.distance_component"),
        FILTER_COMPONENTS,
        format_func=lambda c: tr(f"component.{c}"),
        key="map_component",
        index=FILTER_COMPONENTS.index(component),
    )
    distances = mu.nearest_service_km(services, uats)
    mine = distances[distances["component"] == component].set_index("siruta")
    table["nearest_km"] = table["siruta"].map(mine["nearest_km"])
    table["desert"] = table["siruta"].map(mine["desert"])
values = table.set_index("siruta")[metric]
classes, edges = classify(values)
decimals = 1 if metric in ("places_per_1000", "nearest_km") else 0
tips = {
    s: f"{n}\n{tr(f'map.m.{metric}')}: {fmt_number(v, decimals, f.lang)}"
    for s, n, v in zip(table["siruta"], table["name"], values, strict=True)
}
points = service_points(selected, uats, lambda c: hex_to_rgb(COMPONENT_COLOURS.get(c, "#7f7f7f")))
# the PN3002 / PN4056 community centres: placed at their UAT (no address is printed), no places
if f.component in (None, COMMUNITY_CENTRES_COMPONENT):
    cc = centre_points(
        centres, uats, hex_to_rgb(CENTRE_COLOUR),
        lambda project, uat: tr("map.centre_tip", project=project, uat=uat),
    )  # fmt: skip
    points = pd.concat([points, cc], ignore_index=True)

with st.container(border=True):
    if metric == "nearest_km":
        map_headline = tr(
            "map.desert_headline",
            n=int(table["desert"].sum()),
            km=fmt_number(mu.DESERT_KM, 0, f.lang),
            component=tr(f"component.{component}"),
        )
    else:
        top = table.loc[values.values.argmax()]
        map_headline = tr(
            "map.headline",
            top=top["name"],
            value=fmt_number(top[metric], decimals, f.lang),
            zero=int((values.fillna(0) == 0).sum()),
        )
    st.markdown(f"**{map_headline}**")
    map_col, legend_col = st.columns([3, 1])
    with map_col:
        deck = county_choropleth(values.to_dict(), classes.to_dict(), tips, points)
        event = st.pydeck_chart(
            deck,
            height=560,
            key="county-map",
            on_select="rerun",
            selection_mode="single-object",
            alt=f"{tr('nav.map')}: {map_headline}",
        )
        if (clicked := selected_siruta(event)) is not None:
            st.session_state["map_uat_clicked"] = clicked
    with legend_col:
        st.markdown(f"**{tr(f'map.m.{metric}')}**")
        swatch = (
            '<span style="display:inline-block;width:14px;height:14px;'
            'background:{c};border:1px solid #555"></span>'
        )
        class_labels = [tr("map.legend_zero")] + [
            tr(
                "map.legend_class",
                low=fmt_number(edges[i], decimals, f.lang),
                high=fmt_number(edges[i + 1], decimals, f.lang),
            )
            for i in range(len(edges) - 1)
        ]
        lines = [f"{swatch.format(c=CIVIDIS[k])} {text}" for k, text in enumerate(class_labels)]
        st.markdown("<br>".join(lines), unsafe_allow_html=True)
        st.caption(tr("map.legend"))
    map_source = (
        ATTRIBUTION
        + " · "
        + registry.plan_source(reg.plan_id, tr, where="Cap. I.A, I.B", rows=services)
        + ". "
        + tr("map.budget_note")
        + (
            " " + tr("map.centres_note", n=len(centres))
            if f.component in (None, COMMUNITY_CENTRES_COMPONENT)
            else ""
        )
    )
    st.caption(map_source)

ranked = table.sort_values(metric, ascending=metric == "nearest_km", na_position="last")
shown = display_frame(
    ranked.assign(value=ranked[metric]),
    {
        "name": "map.col.uat",
        "type": "map.col.type",
        "population": "map.col.population",
        "value": "map.col.value",
        "service_units": "kpi.service_units",
        "places": "col.places",
        "planned_places": "map.m.planned_places",
    },
    tr,
)
# the map as a slide and a pack page: a static choropleth with the same classes and legend
views.collect_chart(
    PackView(
        "county-map",
        f"{tr('nav.map')}: {tr(f'map.m.{metric}')}",
        map_source,
        charts.county_map_figure(
            uat_geojson(), classes.to_dict(), class_labels, CIVIDIS[: len(class_labels)],
            points=points, points_label=tr("map.points_legend"),
        ),
        shown,
        map_headline,
    )
)  # fmt: skip
with st.container(border=True):
    st.subheader(tr("map.ranking"))
    st.dataframe(shown, hide_index=True, height=320)
    widgets.downloads(shown, name=f"harta-{metric}", key="map-data", tr=tr)

    def _geojson() -> bytes:
        geo_out = shapes.merge(table.drop(columns=["name", "type", "population"]), on="siruta")
        return json.dumps(json.loads(geo_out.to_json()), ensure_ascii=False).encode()

    st.download_button(
        tr("map.download_geojson"),
        _geojson,
        file_name=f"harta-{metric}.geojson",
        mime="application/geo+json",
        key="map-geojson",
        on_click="ignore",
    )

# values reported per UAT (from the store), small numbers suppressed before any view or download


def _published(frame: pd.DataFrame) -> pd.DataFrame:
    """Values as text for display: `<5` stays, numbers in the page's format."""
    return frame.assign(
        value=frame["value"].map(lambda v: v if isinstance(v, str) else fmt_value(v, f.lang))
    )


indicators = stored.indicators()  # the county's own, on a shared national store too
values, _reason = reported_values(indicators["indicator_id"], by="uat")
local = mu.reported_by_uat(values, indicators, uats)
if not local.empty:
    with st.container(border=True):
        st.subheader(tr("map.reported"))
        ids = local["indicator_id"].unique().tolist()
        texts = dict(zip(local["indicator_id"], local["indicator_text"], strict=False))
        chosen = st.selectbox(
            tr("map.reported_pick"), ids, format_func=lambda i: f"{i} — {texts[i][:90]}",
            key="map_reported",
        )  # fmt: skip
        one = local[local["indicator_id"] == chosen].drop(columns=["indicator_text", "target_kind"])
        st.dataframe(
            _published(one.drop(columns=["suppressed"])), hide_index=True, key="map_reported_table"
        )
        st.caption(tr("map.suppression", n=int(one["suppressed"].sum())))
        widgets.downloads(one, name=f"raportat-uat-{chosen}", key="map-reported", tr=tr)

names = dict(zip(uats["siruta"], uats["name"], strict=True))
# the profile's UAT: a click on the map, else the `?uat=` of a shared link, else the picker
clicked = st.session_state.pop("map_uat_clicked", None)
if clicked in names:
    st.session_state["map_uat"] = clicked
elif "map_uat" not in st.session_state:
    from_url = st.query_params.get("uat", "")
    if from_url.isdigit() and int(from_url) in names:
        st.session_state["map_uat"] = int(from_url)
    elif from_url:
        st.warning(tr("map.bad_uat", value=from_url[:20]))
pick = st.selectbox(
    tr("map.pick"), sorted(names, key=names.get), format_func=names.get, key="map_uat"
)
st.query_params["uat"] = str(pick)
st.caption(tr("map.pick_hint"))
with st.container(border=True):
    row = table.set_index("siruta").loc[pick]
    st.subheader(tr("map.profile", name=names[pick]))
    st.metric(tr("map.profile.population"), fmt_number(row["population"], lang=f.lang))
    for title, frame, cols in [
        (
            "map.profile.services",
            services[services["uat_siruta"] == pick],
            ["row_no", "name", "capacity", "beneficiaries", "source_line"],
        ),
        (
            "map.profile.planned",
            planned[planned["uat_siruta"] == pick],
            ["name", "units", "places_per_unit", "funding", "source_line"],
        ),
        (
            "map.profile.projects",
            projects[projects["uat_siruta"] == pick],
            ["project_id", "title", "total_budget_lei", "source_line"],
        ),
        (
            "map.profile.centres",
            centres[centres["uat_siruta"] == pick],
            ["project_code", "status", "name_as_printed", "source_line"],
        ),
        (
            "map.profile.reported",
            _published(local[local["uat_siruta"] == pick]),
            ["indicator_id", "indicator_text", "period_end", "value"],
        ),
    ]:
        st.markdown(f"**{tr(title)}**")
        if len(frame):
            st.dataframe(frame[cols], hide_index=True)
        else:
            st.caption(tr("map.profile.none"))
    here = services.loc[services["uat_siruta"] == pick, "service_id"]
    years = [y for y in stored.registry_years() if y <= reg.year]
    if len(years) >= 2 and len(here):
        history = ms.service_history(
            {y: (stored.registry(y).services, stored.registry(y).budget_groups) for y in years}
        )
        own = history[history["service_id"].isin(here)].sort_values(["year", "row_no"])
        latest = own.drop_duplicates("service_id", keep="last").set_index("service_id")
        label = own["service_id"].map(
            latest["row_no"].astype(str) + " · " + latest["name"].str[:40]
        )
        by_year = own.groupby("year")[["capacity", "beneficiaries"]].sum(min_count=1)
        first, last = by_year.index[0], by_year.index[-1]
        widgets.chart_card(
            trends.year_lines(
                {n: (g["year"].tolist(), g["capacity"].tolist()) for n, g in own.groupby(label)},
                separators=plotly_separators(f.lang),
            ),
            display_frame(
                own,
                {
                    "year": "trend.col.year", "row_no": "col.row_no", "name": "col.name",
                    "capacity": "col.capacity", "beneficiaries": "col.beneficiaries",
                    "occupancy_pct": "col.occupancy_pct",
                },
                tr,
            ),
            title=tr("map.profile.history", name=names[pick]),
            source=registry.plan_source(reg.plan_id, tr, where="Cap. I.A, I.B", rows=services),
            key="map-uat-history",
            tr=tr,
            headline=tr(
                "map.profile.history_headline", n=int(own["service_id"].nunique()),
                first=str(first), last=str(last),
                first_places=fmt_number(by_year.at[first, "capacity"], lang=f.lang),
                last_places=fmt_number(by_year.at[last, "capacity"], lang=f.lang),
                residents=fmt_number(by_year.at[last, "beneficiaries"], lang=f.lang),
            ),
        )  # fmt: skip
    near = mu.nearest_service_km(services, uats)
    near = near[near["siruta"] == pick].assign(
        component=lambda d: d["component"].map(lambda c: tr(f"component.{c}"))
    )
    st.markdown(f"**{tr('map.profile.distances')}**")
    near = near.assign(
        nearest_km=near["nearest_km"].round(1),
        desert=near["desert"].map({True: tr("yes"), False: tr("no")}),
    )
    st.dataframe(
        near[["component", "nearest_km", "desert"]].set_axis(
            [tr("col.component"), tr("map.m.nearest_km"), tr("map.col.desert")], axis=1
        ),
        hide_index=True,
    )

unknown = selected[selected["uat_siruta"].isna()]
with st.expander(tr("map.unknown") + f" ({len(unknown)})"):
    st.caption(tr("map.unknown_count", n=len(unknown)))
    st.dataframe(unknown[["row_no", "name", "capacity", "notes"]], hide_index=True)
