"""Deinstitutionalisation (/dezinstitutionalizare): institutions from start to target capacity,
the community services that take over, the money, the map and the closure ledger."""

import pandas as pd
import streamlit as st

from domain.components import DEINSTITUTION_COMPONENT
from geo.layers import ATTRIBUTION, county_points
from loaders import catalogue as stored
from loaders.errors import CuratedDataError
from loaders.tables import load_uats
from metrics import deinstitution as dm
from ui import charts, context, registry, widgets
from ui.fmt import fmt_date, fmt_number, plotly_separators
from ui.palette import hex_to_rgb
from ui.reported import reported_values
from ui.tables import display_frame

f, tr = context.filters(), context.tr()
sep = plotly_separators(f.lang)
widgets.page_header(tr("deinst.title"), tr("deinst.intro"))
if f.component not in (None, DEINSTITUTION_COMPONENT):
    st.info(tr("deinst.other_component"))
try:
    uats = load_uats()
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
reg = registry.year_selector(tr, where=st.columns(4)[0])
services, projects, planned = reg.services, reg.projects, reg.planned_services
indicators, objectives = stored.indicators(), stored.objectives()

source = registry.plan_source(reg.plan_id, tr, where="Cap. I.A, I.B", rows=services)
start, snapshots = dm.registry_path(stored.services_history(), reg.year)
inst = dm.money_per_institution(dm.institutions(start, snapshots), projects)
community = dm.community_places(planned, services)
widgets.kpi_row(
    [
        (tr("deinst.kpi.institutions"), fmt_number(len(inst), lang=f.lang), None),
        (tr("deinst.kpi.start"), fmt_number(inst["start_capacity"].sum(), lang=f.lang), None),
        (tr("deinst.kpi.target"), fmt_number(inst["target_capacity"].sum(), lang=f.lang), None),
        (tr("deinst.kpi.to_cut"), fmt_number(inst["places_to_cut"].sum(), lang=f.lang), None),
        (tr("deinst.kpi.community"), fmt_number(community["places"].sum(), lang=f.lang), None),
    ]
)

inst["label"] = inst["row_no"].astype(str) + " · " + inst["name"].str.slice(0, 70)
ledger = display_frame(
    inst,
    {
        "row_no": "col.row_no",
        "name": "deinst.col.institution",
        "start_capacity": "deinst.col.start",
        "target_capacity": "deinst.col.target",
        "residents": "deinst.col.residents",
        "current_capacity": "deinst.col.current",
        "as_of_year": "deinst.col.as_of",
        "places_to_cut": "deinst.col.to_cut",
        "residents_above_target": "deinst.col.above",
        "progress_pct": "deinst.col.progress",
        "projects": "deinst.col.projects",
        "project_money_lei": "deinst.col.money",
        "project_ids": "deinst.col.project_ids",
        "source_line": "col.source_line",
    },
    tr,
)
series = {k: tr(f"deinst.series.{k}") for k in ("start", "current", "target", "residents")}
headline = tr(
    "deinst.progress_headline",
    n=len(inst),
    start=fmt_number(inst["start_capacity"].sum(), lang=f.lang),
    target=fmt_number(inst["target_capacity"].sum(), lang=f.lang),
    above=fmt_number(inst["residents_above_target"].sum(), lang=f.lang),
    year=int(inst["as_of_year"].max()),
)
widgets.chart_card(
    charts.capacity_dumbbell(inst, series, separators=sep),
    ledger,
    title=tr("deinst.progress"),
    source=source,
    key="deinst-progress",
    tr=tr,
    headline=headline,
)

paths = dm.flow_links(inst, projects, planned)
flow_table = paths.rename(
    columns={
        "institution": tr("deinst.col.institution"),
        "project": tr("deinst.col.project"),
        "service": tr("deinst.col.service"),
        "places": tr("deinst.col.places"),
    }
)
widgets.chart_card(
    charts.sankey(paths, separators=sep) if len(paths) else None,
    flow_table,
    title=tr("deinst.flow"),
    source=source + " — " + tr("deinst.flow_note"),
    key="deinst-flow",
    tr=tr,
    headline=tr("deinst.flow_headline", n=len(paths)),
)

names = dict(zip(uats["siruta"], uats["name"], strict=True))
by_uat = (
    community.groupby("uat_siruta", as_index=False)["places"]
    .sum()
    .sort_values("places", ascending=False)
)
by_uat["uat"] = by_uat["uat_siruta"].map(names)
left, right = st.columns(2)
with left:
    headline = tr(
        "deinst.places_headline",
        year=reg.year,
        planned=fmt_number(community["places"].sum(), lang=f.lang),
        uats=by_uat["uat_siruta"].nunique(),
        open=fmt_number(dm.open_community_places(services), lang=f.lang),
    )
    table = display_frame(
        community.assign(uat=community["uat_siruta"].map(names)),
        {
            "name": "deinst.col.service",
            "units": "deinst.col.units",
            "places": "deinst.col.places",
            "funding": "deinst.col.funding",
            "project_id": "deinst.col.project",
            "source_line": "col.source_line",
        },
        tr,
    )
    widgets.chart_card(
        charts.value_bars(by_uat["uat"].tolist(), by_uat["places"].tolist(), separators=sep),
        table,
        title=tr("deinst.places"),
        source=source,
        key="deinst-places",
        tr=tr,
        headline=headline,
    )
with right, st.container(border=True):
    st.subheader(tr("deinst.map"))
    points = community.merge(
        uats[["siruta", "name", "lon", "lat"]], left_on="uat_siruta", right_on="siruta"
    )
    points = points.assign(
        radius_m=points["places"] * 120, colour=[hex_to_rgb("#E69F00")] * len(points)
    )
    st.pydeck_chart(
        county_points(points, "<b>{name_x}</b><br>{places} locuri · {funding}"),
        height=420,
        alt=tr("deinst.map"),
    )
    st.caption(ATTRIBUTION + " · " + source)

money = dm.money_per_community_place(planned, projects)
if not money.empty:
    headline = tr(
        "deinst.money_headline",
        low=fmt_number(money["lei_per_community_place"].min(), lang=f.lang),
        high=fmt_number(money["lei_per_community_place"].max(), lang=f.lang),
    )
    table = display_frame(
        money,
        {
            "project_id": "deinst.col.project",
            "title": "col.name",
            "total_budget_lei": "deinst.col.budget",
            "community_places": "deinst.col.places",
            "lei_per_community_place": "deinst.col.per_place",
            "source_line": "col.source_line",
        },
        tr,
    )
    widgets.chart_card(
        charts.value_bars(
            money["title"].str.slice(0, 60).tolist(),
            money["lei_per_community_place"].tolist(),
            separators=sep,
        ),
        table,
        title=tr("deinst.money"),
        source=source,
        key="deinst-money",
        tr=tr,
        headline=headline,
    )

strategies = stored.plan_ids("strategy")
years = dm.deadlines_by_year(indicators, strategies)
if not years.empty:
    top = int(years.loc[years["targets"].idxmax(), "year"])
    table = pd.DataFrame(
        {tr("deinst.col.year"): years["year"], tr("deinst.col.targets"): years["targets"]}
    )
    widgets.chart_card(
        charts.grouped_bars(
            [str(y) for y in years["year"]],
            [(tr("deinst.col.targets"), years["targets"].tolist(), "#009E73")],
            separators=sep,
        ),
        table,
        title=tr("deinst.timeline"),
        source=" · ".join(
            registry.plan_source(p, tr, where=tr("component.disability"), rows=stored.indicators(p))
            for p in strategies
        ),
        key="deinst-timeline",
        tr=tr,
        headline=tr("deinst.timeline_headline", n=int(years["targets"].sum()), year=top),
    )

targets = dm.plan_targets(indicators, objectives, reg.plan_id)
values, _reason = reported_values(targets["indicator_id"], by="county")
plan = dm.plan_deadlines(indicators, objectives, values, reg.plan_id)
objective = dm.deinstitution_objective(objectives, reg.plan_id)
if not plan.empty and objective is not None:
    plan_title = stored.plan_row(reg.plan_id)["title"]
    st.subheader(tr("deinst.plan2022", title=plan_title, number=objective["number"]))
    due = plan.groupby("deadline").size()
    st.caption(
        tr(
            "deinst.plan2022_headline",
            n=len(plan),
            title=plan_title,
            dates=", ".join(
                f"{fmt_date(d, lang=f.lang)} ({fmt_number(k, lang=f.lang)})" for d, k in due.items()
            ),
        )
    )
    shown = plan.assign(deadline=plan["deadline"].map(lambda d: fmt_date(d, lang=f.lang)))
    table = display_frame(
        shown.drop(columns=["indicator_id", "direction", "source"]),
        {
            "deadline": "deinst.col.deadline",
            "activity_number": "deinst.col.activity",
            "indicator_text": "deinst.col.indicator",
            "target_value": "deinst.col.target_value",
            "target_unit": "deinst.col.target_unit",
            "value": "deinst.col.reported",
            "period_end": "deinst.col.period",
            "source_line": "col.source_line",
        },
        tr,
    )
    st.dataframe(table, hide_index=True, width="stretch")
    if plan["value"].isna().all():
        st.caption(tr("deinst.plan2022_no_values"))
    where = f"Cap. IV, OG {objective['number']}"
    st.caption(registry.plan_source(reg.plan_id, tr, where=where, rows=targets))
    widgets.downloads(plan, name=f"dezinstitutionalizare-{reg.year}", key="deinst-plan2022", tr=tr)
