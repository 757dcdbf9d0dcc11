"""Deinstitutionalisation (/dezinstitutionalizare): institutions from start to target capacity,
the community services that take over, the money, the map and the closure ledger."""

from datetime import date

import pandas as pd
import streamlit as st

from domain.components import DEINSTITUTION_COMPONENT
from geo.layers import ATTRIBUTION, county_points
from loaders import catalogue as stored
from loaders.errors import CuratedDataError
from loaders.tables import load_uats
from metrics import attainment as am
from metrics import deinstitution as dm
from ui import charts, context, registry, trends, widgets
from ui.fmt import fmt_date, fmt_number, fmt_pct, fmt_value, plotly_separators
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
history = stored.services_history()
history = history[history["snapshot_year"] <= reg.year]
start, snapshots = dm.registry_path(history, reg.year)
inst = dm.money_per_institution(dm.institutions(start, snapshots), projects)
first_plan = stored.registry(int(start["snapshot_year"].min())).plan_id if len(start) else None
restructuring = dm.plan_targets(indicators, objectives, first_plan) if first_plan else indicators
deadline = (
    max(am.as_date(d, default=date.max) for d in restructuring["deadline"].dropna())
    if len(restructuring)
    else am.as_date(None, default=stored.plan_bounds()[reg.plan_id][1])
)
inst["path_status"] = dm.path_status(inst, deadline=deadline, today=date.today())
inst["deadline"] = fmt_date(deadline, lang=f.lang)
community = dm.community_places(planned, services)
opened = dm.community_opened(planned, history)
planned_cut = (inst["start_capacity"] - inst["target_capacity"]).clip(lower=0).sum()
cut = (inst["start_capacity"] - inst["current_capacity"]).sum()
one_year = snapshots.empty
widgets.kpi_row(
    [
        (tr("deinst.kpi.institutions"), fmt_number(len(inst), lang=f.lang), None),
        (tr("deinst.kpi.start"), fmt_number(inst["start_capacity"].sum(), lang=f.lang), None),
        (tr("deinst.kpi.target"), fmt_number(inst["target_capacity"].sum(), lang=f.lang), None),
        (tr("deinst.kpi.to_cut"), fmt_number(inst["places_to_cut"].sum(), lang=f.lang), None),
        (
            tr("deinst.kpi.progress"),
            "—" if one_year or not planned_cut else fmt_pct(100 * cut / planned_cut, 0, f.lang),
            tr("deinst.kpi.progress_help"),
        ),
        (
            tr("deinst.kpi.opened"),
            f"{fmt_number(opened['opened_places'].sum(), lang=f.lang)} / "
            f"{fmt_number(community['places'].sum(), lang=f.lang)}",
            None,
        ),
    ]
)
if one_year:
    st.info(tr("deinst.path_one_year", year=reg.year), icon=":material/info:")

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
        "deadline": "deinst.col.deadline_path",
        "path_status": "deinst.col.path_status",
        "projects": "deinst.col.projects",
        "project_money_lei": "deinst.col.money",
        "project_ids": "deinst.col.project_ids",
        "source_line": "col.source_line",
    },
    tr,
    enums={"path_status": "deinst.path_status."},
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

path = dm.institution_path(history)
if len(path):
    path_table = display_frame(
        path,
        {
            "row_no": "col.row_no",
            "name": "deinst.col.institution",
            "year": "deinst.col.registry_year",
            "capacity": "deinst.col.year_capacity",
            "residents": "deinst.col.residents",
            "target_capacity": "deinst.col.target",
        },
        tr,
    )
    widgets.chart_card(
        trends.path_figure(path, target_name=tr("deinst.series.target_point"), separators=sep),
        path_table,
        title=tr("deinst.path"),
        source=source,
        key="deinst-path",
        tr=tr,
        headline=tr("deinst.path_one_year", year=reg.year)
        if one_year
        else tr(
            "deinst.path_headline",
            first=int(path["year"].min()),
            last=int(path["year"].max()),
            cut=fmt_number(cut, lang=f.lang),
            planned=fmt_number(planned_cut, lang=f.lang),
            pct=fmt_pct(100 * cut / planned_cut if planned_cut else None, 0, f.lang),
            late=int((inst["path_status"] == "late").sum()),
            deadline=fmt_date(deadline, lang=f.lang),
        ),
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
        opened.assign(uat=opened["uat_siruta"].map(names)),
        {
            "name": "deinst.col.service",
            "units": "deinst.col.units",
            "places": "deinst.col.places",
            "opened_places": "deinst.col.opened",
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
    timeline = charts.grouped_bars(
        [str(y) for y in years["year"]],
        [(tr("deinst.col.targets"), years["targets"].tolist(), "#009E73")],
        separators=sep,
    )
    timeline.update_xaxes(type="category")  # years, never 2.029
    widgets.chart_card(
        timeline,
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

# The deadlines of the latest annual plan up to this year that has a deinstitution objective.
annual = [p for p in stored.plan_ids("annual") if stored.plan_row(p)["year_start"] <= reg.year]
plan_id = next(
    (p for p in annual if dm.deinstitution_objective(objectives, p) is not None), reg.plan_id
)
targets = dm.plan_targets(indicators, objectives, plan_id)
values, _reason = reported_values(targets["indicator_id"], by="county")
plan = dm.plan_deadlines(indicators, objectives, values, plan_id)
card = am.scorecard(
    targets, stored.milestones(plan_id), values, period_end=date.today(),
    bounds=stored.plan_bounds(),
)  # fmt: skip
plan = dm.deadline_status(plan, card)
objective = dm.deinstitution_objective(objectives, plan_id)
if not plan.empty and objective is not None:
    plan_title = stored.plan_row(plan_id)["title"]
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
    shown = plan.assign(
        deadline=plan["deadline"].map(lambda d: fmt_date(d, lang=f.lang)),
        period_end=plan["period_end"].map(
            lambda d: fmt_date(d, lang=f.lang) if pd.notna(d) else ""
        ),
        status=plan["status"].map(lambda s: tr(f"obj.status.{s}")),
        target_value=plan["target_value"].map(lambda v: fmt_value(v, f.lang)),
        target_unit=plan["target_unit"].fillna(""),
        value=plan["value"].map(lambda v: fmt_value(v, f.lang)),
    )
    table = display_frame(
        shown.drop(columns=["indicator_id", "direction", "source"]),
        {
            "deadline": "deinst.col.deadline",
            "activity_number": "deinst.col.activity",
            "indicator_text": "deinst.col.indicator",
            "target_value": "deinst.col.target_value",
            "target_unit": "deinst.col.target_unit",
            "status": "deinst.col.status",
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
    st.caption(registry.plan_source(plan_id, tr, where=where, rows=targets))
    widgets.downloads(table, name=f"dezinstitutionalizare-{reg.year}", key="deinst-plan2022", tr=tr)
