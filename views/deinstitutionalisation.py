"""Deinstitutionalisation (/dezinstitutionalizare): institutions from start to target capacity
(every registry year, against the deadline of the plan in force), the community services that
take over, the money, the map and the plan's deinstitutionalisation targets."""

from __future__ import annotations

from datetime import date

import pandas as pd

from display import charts, trends
from display.fmt import fmt_date, fmt_number, fmt_pct, fmt_value, plotly_separators, short_label
from display.palette import hex_to_rgb
from display.tables import display_frame
from domain import glossary
from domain.components import DEINSTITUTION_COMPONENT
from geo.layers import ATTRIBUTION, HALF_FRAME, county_points, uat_geojson
from loaders.tables import load_uats
from metrics import attainment as am
from metrics import deinstitution as dm
from readers import catalogue as stored
from readers.reported import reported_values
from views.common import Tr, builder, demo_marked, plan_source, registry_year, tr_of
from views.model import Kpi, PageModel, Query, Section

PATH = "dezinstitutionalizare"
MAP_COLOUR = "#E69F00"
LEDGER_HEAD = {"row_no": "col.row_no", "name": "deinst.col.institution"}
LEDGER_TAIL = {
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
}
PATH_COLUMNS = {
    "row_no": "col.row_no",
    "name": "deinst.col.institution",
    "year": "deinst.col.registry_year",
    "capacity": "deinst.col.year_capacity",
    "residents": "deinst.col.residents",
    "target_capacity": "deinst.col.target",
}
FLOW_COLUMNS = {
    "institution": "deinst.col.institution",
    "project": "deinst.col.project",
    "service": "deinst.col.service",
    "places": "deinst.col.places",
    "project_line": "deinst.col.project_line",
    "service_line": "deinst.col.service_line",
}
OPENED_COLUMNS = {
    "name": "deinst.col.service",
    "uat": "col.uat",
    "units": "deinst.col.units",
    "places": "deinst.col.places",
    "opened_places": "deinst.col.opened",
    "funding": "deinst.col.funding",
    "project_id": "deinst.col.project",
    "source_line": "col.source_line",
}
MONEY_COLUMNS = {
    "project_id": "deinst.col.project",
    "title": "deinst.col.project_title",
    "total_budget_lei": "deinst.col.budget",
    "community_places": "deinst.col.places",
    "lei_per_community_place": "deinst.col.per_place",
    "source_line": "col.source_line",
}
PLAN_COLUMNS = {
    "deadline": "deinst.col.deadline",
    "activity_number": "deinst.col.activity",
    "indicator_text": "deinst.col.indicator",
    "target_value": "deinst.col.target_value",
    "target_unit": "deinst.col.target_unit",
    "status": "deinst.col.status",
    "value": "deinst.col.reported",
    "period_end": "deinst.col.period",
    "source_line": "col.source_line",
}


def plan_starts() -> dict[str, tuple[int, str]]:
    """Plan id → (first year, kind) of every stored plan."""
    rows = {p: stored.plan_row(p) for p in stored.plan_ids()}
    return {p: (int(r["year_start"]), str(r["kind"])) for p, r in rows.items()}


def restructuring_deadline(year: int, plan_id: str) -> tuple[str, date]:
    """(plan, deadline) of the restructuring for registry year `year` (dm.deadline_in_force:
    the 2022 plan's 31.12.2022 up to 2024, the strategy's 31.12.2029 from 2025); the registry
    plan's end when no plan in force names deinstitutionalisation."""
    found = dm.deadline_in_force(stored.indicators(), stored.objectives(), plan_starts(), year)
    return found or (plan_id, stored.plan_bounds()[plan_id][1])


def ledger(inst: pd.DataFrame, path: pd.DataFrame, tr: Tr) -> pd.DataFrame:
    """One row per institution: start, the places of every later registry year, target, now,
    residents above target, progress, deadline and status, money; labelled headers."""
    frame = inst.copy()
    years: dict[str, str] = {}
    if len(path):
        first = int(path["year"].min())
        wide = path[path["year"] > first].pivot_table(
            index="service_id", columns="year", values="capacity", aggfunc="last"
        )
        for year in wide.columns:
            column = f"capacity_{year}"
            frame[column] = frame["service_id"].map(wide[year])
            years[column] = tr("deinst.col.places_in", year=int(year))
    keys = {**LEDGER_HEAD, "start_capacity": "deinst.col.start"}
    tail = {k: v for k, v in LEDGER_TAIL.items() if k != "start_capacity"}
    out = frame[[*keys, *years, *tail]].copy()
    out["path_status"] = out["path_status"].map(lambda s: tr(f"deinst.path_status.{s}"))
    out.columns = [*map(tr, keys.values()), *years.values(), *map(tr, tail.values())]
    return out.reset_index(drop=True)


@builder
def build(q: Query) -> PageModel:
    """The page for the registry year `?an=` (the latest by default)."""
    tr, lang = tr_of(q), q.lang
    reg, notice = registry_year(q)
    notices = [notice] if notice else []
    if q.component not in (None, DEINSTITUTION_COMPONENT):
        notices.append(tr("deinst.other_component"))
    services, projects, planned = reg.services, reg.projects, reg.planned_services
    source = plan_source(reg.plan_id, tr, where="Cap. I.A, I.B", rows=services)
    history = stored.services_history()
    history = history[history["snapshot_year"] <= reg.year]
    start, snapshots = dm.registry_path(history, reg.year)
    inst = dm.money_per_institution(dm.institutions(start, snapshots), projects)
    deadline_plan, deadline = restructuring_deadline(reg.year, reg.plan_id)
    inst["path_status"] = dm.path_status(inst, deadline=deadline, today=q.today)
    inst["deadline"] = fmt_date(deadline, lang=lang)
    community = dm.community_places(planned, services)
    opened = dm.community_opened(planned, history)
    planned_cut = (inst["start_capacity"] - inst["target_capacity"]).clip(lower=0).sum()
    cut = (inst["start_capacity"] - inst["current_capacity"]).sum()
    one_year = snapshots.empty
    num = lambda v: fmt_number(v, lang=lang)  # noqa: E731
    kpis = (
        Kpi(tr("deinst.kpi.institutions"), num(len(inst))),
        Kpi(tr("deinst.kpi.start"), num(inst["start_capacity"].sum())),
        Kpi(tr("deinst.kpi.target"), num(inst["target_capacity"].sum())),
        Kpi(tr("deinst.kpi.to_cut"), num(inst["places_to_cut"].sum())),
        Kpi(
            tr("deinst.kpi.progress"),
            "—" if one_year or not planned_cut else fmt_pct(100 * cut / planned_cut, 0, lang),
            tr("deinst.kpi.progress_help"),
        ),
        Kpi(
            tr("deinst.kpi.opened"),
            f"{num(opened['opened_places'].sum())} / {num(community['places'].sum())}",
        ),
    )
    deadline_note = tr(
        "deinst.deadline_note", date=fmt_date(deadline, lang=lang),
        plan=stored.plan_row(deadline_plan)["title"],
    )  # fmt: skip
    sections = [
        _progress(q, inst, history, source, deadline_note),
        *_path(q, history, inst, source, one_year, deadline, planned_cut, cut),
        _flow(q, inst, projects, planned, source),
        *_places(q, community, opened, services, source, reg.year),
        *_money(q, planned, projects, source),
        *_timeline(q),
        *_plan_targets(q, reg.year, reg.plan_id),
    ]
    model = PageModel(
        path=PATH, title=tr("deinst.title"), intro=tr("deinst.intro"), kpis=kpis,
        sections=tuple(s for s in sections if s is not None), notices=tuple(notices),
        demo=q.demo, caption=deadline_note,
        filters=((tr("filter.year"), str(reg.year)),),
        definitions=tuple(
            (tr(f"deinst.path_status.{s}"), tr(f"deinst.path_status_def.{s}"))
            for s in ("reached", "late", "on_time", "not_started")
        ),
    )  # fmt: skip
    return demo_marked(model, reg, q)


def _progress(
    q: Query, inst: pd.DataFrame, history: pd.DataFrame, source: str, deadline_note: str
) -> Section:
    tr, lang = tr_of(q), q.lang
    inst = inst.assign(
        label=inst["row_no"].astype(str) + " · " + inst["name"].map(glossary.abbreviate)
    )
    series = {k: tr(f"deinst.series.{k}") for k in ("start", "current", "target", "residents")}
    return Section(
        "deinst-progress", tr("deinst.progress"), source,
        charts.capacity_dumbbell(inst, series, separators=plotly_separators(lang)),
        ledger(inst, dm.institution_path(history), tr),
        tr(
            "deinst.progress_headline", n=len(inst),
            start=fmt_number(inst["start_capacity"].sum(), lang=lang),
            target=fmt_number(inst["target_capacity"].sum(), lang=lang),
            above=fmt_number(inst["residents_above_target"].sum(), lang=lang),
            year=int(inst["as_of_year"].max()) if len(inst) else "—",
        ),
        notes=(deadline_note,), file_name="dezinstitutionalizare-institutii",
    )  # fmt: skip


def _path(
    q: Query, history: pd.DataFrame, inst: pd.DataFrame, source: str, one_year: bool,
    deadline: date, planned_cut: float, cut: float,
) -> tuple[Section, ...]:  # fmt: skip
    tr, lang = tr_of(q), q.lang
    path = dm.institution_path(history)
    if path.empty:
        return ()
    year = int(path["year"].max())
    headline = (
        tr("deinst.path_one_year", year=year)
        if one_year
        else tr(
            "deinst.path_headline", first=int(path["year"].min()), last=year,
            cut=fmt_number(cut, lang=lang), planned=fmt_number(planned_cut, lang=lang),
            pct=fmt_pct(100 * cut / planned_cut if planned_cut else None, 0, lang),
            late=int((inst["path_status"] == "late").sum()), deadline=fmt_date(deadline, lang),
        )
    )  # fmt: skip
    figure = trends.path_figure(
        path, target_name=tr("deinst.series.target_point"), separators=plotly_separators(lang)
    )
    return (
        Section(
            "deinst-path", tr("deinst.path"), source, figure,
            display_frame(path, PATH_COLUMNS, tr), headline,
        ),
    )  # fmt: skip


def _flow(
    q: Query, inst: pd.DataFrame, projects: pd.DataFrame, planned: pd.DataFrame, source: str
) -> Section:
    tr = tr_of(q)
    paths = dm.flow_links(inst, projects, planned)
    return Section(
        "deinst-flow", tr("deinst.flow"), source + " — " + tr("deinst.flow_note"),
        charts.sankey(paths, separators=plotly_separators(q.lang)) if len(paths) else None,
        display_frame(paths, FLOW_COLUMNS, tr), tr("deinst.flow_headline", n=len(paths)),
    )  # fmt: skip


def _places(
    q: Query, community: pd.DataFrame, opened: pd.DataFrame, services: pd.DataFrame,
    source: str, year: int,
) -> tuple[Section, Section]:  # fmt: skip
    tr, lang = tr_of(q), q.lang
    uats = load_uats()
    names = dict(zip(uats["siruta"], uats["name"], strict=True))
    by_uat = (
        community.groupby("uat_siruta", as_index=False)["places"]
        .sum()
        .sort_values("places", ascending=False)
    )
    by_uat["uat"] = by_uat["uat_siruta"].map(names)
    headline = tr(
        "deinst.places_headline", year=year,
        planned=fmt_number(community["places"].sum(), lang=lang),
        uats=by_uat["uat_siruta"].nunique(),
        open=fmt_number(dm.open_community_places(services), lang=lang),
    )  # fmt: skip
    table = display_frame(opened.assign(uat=opened["uat_siruta"].map(names)), OPENED_COLUMNS, tr)
    places = Section(
        "deinst-places", tr("deinst.places"), source,
        charts.value_bars(
            by_uat["uat"].tolist(), by_uat["places"].tolist(), separators=plotly_separators(lang)
        ),
        table, headline, width="half",
    )  # fmt: skip
    points = community.merge(
        uats[["siruta", "name", "lon", "lat"]], left_on="uat_siruta", right_on="siruta"
    )
    points = points.assign(
        radius_m=points["places"] * 120, colour=[hex_to_rgb(MAP_COLOUR)] * len(points)
    )
    point_label = tr("deinst.map_points")
    figure = charts.county_map_figure(
        uat_geojson(), {}, [tr("deinst.map_uats")], ["#F2F2F2"], names=names,
        points=points, points_label=point_label,
    )  # fmt: skip
    map_table = display_frame(
        points.rename(columns={"name_x": "service", "name_y": "uat"}),
        {"service": "deinst.col.service", "uat": "col.uat", "places": "deinst.col.places",
         "funding": "deinst.col.funding", "source_line": "col.source_line"},
        tr,
    )  # fmt: skip
    where = Section(
        "deinst-map", tr("deinst.map"), ATTRIBUTION + " · " + source, figure, map_table,
        headline, kind="map", width="half",
        deck=county_points(
            points, "<b>{name_x}</b><br>{places} locuri · {funding}", frame=HALF_FRAME
        ),
        legend=((MAP_COLOUR, point_label),),
    )  # fmt: skip
    return places, where


def _money(
    q: Query, planned: pd.DataFrame, projects: pd.DataFrame, source: str
) -> tuple[Section, ...]:
    tr, lang = tr_of(q), q.lang
    money = dm.money_per_community_place(planned, projects)
    if money.empty:
        return ()
    figure = charts.value_bars(
        [short_label(t, 50) for t in money["title"]],
        money["lei_per_community_place"].tolist(),
        separators=plotly_separators(lang),
    )
    # lei on the axis in full, Romanian style (120.000), never "120k"
    figure = figure.update_xaxes(tickformat=",.0f")
    return (
        Section(
            "deinst-money", tr("deinst.money"), source, figure,
            display_frame(money, MONEY_COLUMNS, tr),
            tr(
                "deinst.money_headline",
                low=fmt_number(money["lei_per_community_place"].min(), lang=lang),
                high=fmt_number(money["lei_per_community_place"].max(), lang=lang),
            ),
        ),
    )  # fmt: skip


def _timeline(q: Query) -> tuple[Section, ...]:
    tr = tr_of(q)
    strategies = stored.plan_ids("strategy")
    years = dm.deadlines_by_year(stored.indicators(), strategies)
    if years.empty:
        return ()
    top = int(years.loc[years["targets"].idxmax(), "year"])
    figure = charts.grouped_bars(
        [str(y) for y in years["year"]],
        [(tr("deinst.col.targets"), years["targets"].tolist(), "#009E73")],
        separators=plotly_separators(q.lang),
    )
    return (
        Section(
            "deinst-timeline", tr("deinst.timeline"),
            " · ".join(
                plan_source(p, tr, where=tr("component.disability"), rows=stored.indicators(p))
                for p in strategies
            ),
            figure,
            display_frame(years, {"year": "deinst.col.year", "targets": "deinst.col.targets"}, tr),
            tr("deinst.timeline_headline", n=int(years["targets"].sum()), year=top),
        ),
    )  # fmt: skip


def _plan_targets(q: Query, year: int, registry_plan: str) -> tuple[Section, ...]:
    """The targets of the latest annual plan up to `year` with a deinstitutionalisation
    objective, with the status and value reported by each target's deadline (a table)."""
    tr, lang = tr_of(q), q.lang
    objectives, indicators = stored.objectives(), stored.indicators()
    annual = [p for p in stored.plan_ids("annual") if stored.plan_row(p)["year_start"] <= year]
    plan_id = next(
        (p for p in annual if dm.deinstitution_objective(objectives, p) is not None),
        registry_plan,
    )
    objective = dm.deinstitution_objective(objectives, plan_id)
    targets = dm.plan_targets(indicators, objectives, plan_id)
    if objective is None or targets.empty:
        return ()
    values, _reason = reported_values(targets["indicator_id"], by="county")
    plan = dm.plan_deadlines(indicators, objectives, values, plan_id)
    card = am.scorecard(
        targets, stored.milestones(plan_id), values, period_end=q.today,
        bounds=stored.plan_bounds(),
    )  # fmt: skip
    plan = dm.deadline_status(plan, card)
    title = stored.plan_row(plan_id)["title"]
    due = plan.groupby("deadline").size()
    shown = plan.assign(
        deadline=plan["deadline"].map(lambda d: fmt_date(d, lang=lang)),
        period_end=plan["period_end"].map(lambda d: fmt_date(d, lang=lang) if pd.notna(d) else ""),
        status=plan["status"].map(lambda s: tr(f"obj.status.{s}")),
        target_value=plan["target_value"].map(lambda v: fmt_value(v, lang)),
        target_unit=plan["target_unit"].fillna(""),
        value=plan["value"].map(lambda v: fmt_value(v, lang)),
    )
    where = f"Cap. IV, OG {objective['number']}"
    return (
        Section(
            "deinst-plan", tr("deinst.plan2022", title=title, number=objective["number"]),
            plan_source(plan_id, tr, where=where, rows=targets), None,
            display_frame(shown, PLAN_COLUMNS, tr),
            tr(
                "deinst.plan2022_headline", n=len(plan), title=title,
                dates=", ".join(
                    f"{fmt_date(d, lang=lang)} ({fmt_number(k, lang=lang)})" for d, k in due.items()
                ),
            ),
            notes=(tr("deinst.plan2022_no_values"),) if plan["value"].isna().all() else (),
            kind="table", file_name=f"dezinstitutionalizare-{year}",
        ),
    )  # fmt: skip
