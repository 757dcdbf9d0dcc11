"""Objectives (/obiective): attainment, pace and status per plan, component, objective, owner."""

import math
from datetime import date

import pandas as pd
import streamlit as st

from loaders import catalogue
from loaders.errors import CuratedDataError
from loaders.tables import load_indicator_units, load_units
from metrics import attainment as am
from metrics import owners as mo
from ui import context, registry, trajectory_view, urlstate, widgets
from ui import objectives_view as view
from ui.fmt import fmt_date, fmt_number, fmt_pct
from ui.reported import reported_values, store_version

f, tr = context.filters(), context.tr()
widgets.page_header(tr("obj.title"), tr("obj.intro"))
registry.stored_or_stop(tr)
try:
    units = load_units()
    indicator_units = mo.links_by_text(catalogue.indicators(), load_indicator_units())
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
plans = catalogue.plan_ids(with_indicators=True)
if not plans:
    st.info(tr("plans.none_with_indicators"))
    widgets.stop_page()
c1, c2, c3 = st.columns(3)
plan = urlstate.selectbox(
    c1, tr("obj.plan"), plans, param="plan", key="obj_plan",
    format_func=lambda p: str(catalogue.plan_row(p)["title"]),
)  # fmt: skip
indicators, nodes, milestones = (
    catalogue.indicators(plan),
    catalogue.objectives(plan),
    catalogue.milestones(plan),
)
values, store_problem = reported_values(
    indicators.loc[indicators["plan_id"] == plan, "indicator_id"]
)
if store_problem:
    st.warning(tr("obj.store_unavailable"), icon=":material/cloud_off:")
mine = indicators[indicators["plan_id"] == plan]
if f.component:
    mine = mine[mine["component"] == f.component]
if mine.empty:
    st.info(tr("chart.empty"))
    widgets.stop_page()
vals = values[values["indicator_id"].isin(mine["indicator_id"])]
reported = sorted(pd.to_datetime(vals["period_end"]).dt.date.unique()) if not vals.empty else []
ends = am.semester_ends(*catalogue.plan_bounds()[plan])
periods = sorted(set(ends) | set(reported))
default = am.default_period(ends, reported, date.today())
period = urlstate.selectbox(
    c2, tr("obj.period"), periods, param="perioada", key=f"obj_period_{plan}",
    format_func=lambda d: fmt_date(d, f.lang), parse=date.fromisoformat,
    default=periods.index(default),
)  # fmt: skip
earlier = [p for p in periods if p < period] or [period]
compare = urlstate.selectbox(
    c3, tr("obj.compare"), earlier, param="comparat", key=f"obj_cmp_{plan}",
    format_func=lambda d: fmt_date(d, f.lang), parse=date.fromisoformat,
    default=len(earlier) - 1,
)  # fmt: skip

scores = view.scorecards(plan, f.component, period, compare, store_version()[0])
card = scores.card
source = registry.plan_source(
    plan, tr, where=tr("obj.source_where_" + str(catalogue.plan_row(plan)["kind"])), rows=mine
)
if (vals["source"] == "demo").any():
    st.warning(tr("obj.demo_note"), icon=":material/science:")

rolled_all = scores.overall if len(scores.overall) else None
n_measured = int((card["status"] != "no_data").sum())
nodata = tr("obj.kpi.no_data_help")


def _count(statuses: list[str]) -> str:
    """A count of indicators in `statuses`, or — when nothing is measured (never a false 0)."""
    if not n_measured:
        return "—"
    return fmt_number(card["status"].isin(statuses).sum(), lang=f.lang)


widgets.kpi_row(
    [
        (tr("obj.kpi.indicators"), fmt_number(len(card), lang=f.lang), None),
        (
            tr("obj.kpi.coverage"),
            fmt_pct(rolled_all["coverage_pct"].iloc[0], 0, f.lang)
            if rolled_all is not None and n_measured
            else "—",
            nodata,
        ),
        (tr("obj.kpi.achieved"), _count(["achieved"]), tr("obj.status_def.achieved")),
        (tr("obj.kpi.missed"), _count(["missed"]), tr("obj.status_def.missed")),
        (
            tr("obj.kpi.behind"),
            _count(["behind_pace", "off_track"]),
            tr("obj.status_def.off_track"),
        ),
    ]
)
st.page_link(
    "app_pages/lateness.py", label=tr("obj.kpi.late_link"), icon=":material/schedule:",
    query_params={"plan": plan},
)  # fmt: skip
view.status_legend(tr)
if vals.empty or (card["status"] == "no_data").all():
    st.info(tr("obj.empty", date=fmt_date(period, f.lang)), icon=":material/info:")

# Components (plan-wide) and objectives grids.
by_comp = scores.by_component.assign(
    label=lambda d: d["component"].map(lambda c: tr(f"component.{c}"))
)
measured = by_comp[by_comp["with_data"] > 0].sort_values("mean_attainment_pct")
headline = None
if not measured.empty:
    worst = measured.iloc[0]
    headline = tr(
        "obj.component_headline",
        name=worst["label"],
        att=fmt_pct(worst["mean_attainment_pct"], 0, f.lang),
        cov=fmt_pct(worst["coverage_pct"], 0, f.lang),
    )
widgets.chart_card(
    view.status_grid_figure(by_comp, "label", f.lang),
    view.rolled_table(by_comp, "label", "obj.col.objective", tr),
    title=tr("obj.components"),
    source=source,
    key="obj-components",
    tr=tr,
    headline=headline,
)

if catalogue.plan_row(plan)["kind"] == "strategy":
    first, last = (d.year for d in catalogue.plan_bounds()[plan])
    years = list(range(first, min(last, max(date.today().year, first)) + 1))
    yearly = am.annual_by_year(
        mine, milestones, vals, years=years, bounds=catalogue.plan_bounds(), today=date.today()
    )
    yearly["label"] = [
        tr("obj.year_running", year=y, date=fmt_date(d, f.lang)) if r else str(y)
        for y, d, r in zip(yearly["year"], yearly["period_end"], yearly["running"], strict=True)
    ]
    latest = yearly.iloc[-1]
    by_year_fig = view.status_grid_figure(yearly, "label", f.lang)
    by_year_fig.update_yaxes(type="category")  # "2025" is a year, not a number
    widgets.chart_card(
        by_year_fig,
        view.rolled_table(
            yearly.assign(coverage_pct=math.nan, mean_attainment_pct=math.nan),
            "label", "obj.col.year", tr,
        ).iloc[:, :-2],
        title=tr("obj.by_year"),
        source=source,
        key="obj-by-year",
        tr=tr,
        headline=tr(
            "obj.by_year_headline", year=latest["label"], n=int(latest["indicators"]),
            achieved=int(latest["achieved"]),
            behind=int(latest["behind_pace"] + latest["off_track"]),
            missed=int(latest["missed"]), nodata=int(latest["no_data"]),
        ),
    )  # fmt: skip
    plan_start, plan_end = catalogue.plan_bounds()[plan]
    cumulative = am.cumulative_targets(mine, plan_start=plan_start)
    if len(cumulative):
        texts = dict(zip(cumulative["indicator_id"], cumulative["indicator_text"], strict=True))
        chosen_id = urlstate.selectbox(
            st, tr("obj.trajectory_pick"), list(texts), param="traiectorie",
            key=f"obj_traj_{plan}", format_func=lambda i: f"{i} — {texts[i][:90]}",
        )  # fmt: skip
        row = cumulative.set_index("indicator_id").loc[chosen_id].rename(chosen_id)
        row["indicator_id"] = chosen_id
        due = am.as_date(row["deadline"], default=plan_end)
        traj = am.trajectory(row, vals, start=plan_start, deadline=due, today=date.today())
        widgets.chart_card(
            trajectory_view.figure(traj, today=date.today(), tr=tr, lang=f.lang),
            trajectory_view.table(traj, tr),
            title=f"{tr('obj.trajectory')}: {chosen_id}",
            source=source,
            key="obj-trajectory",
            tr=tr,
            headline=trajectory_view.headline(
                traj, target=float(row["target_value"]), deadline=due, tr=tr, lang=f.lang
            ),
        )

by_obj = scores.by_objective.assign(behind=lambda d: d["behind"] + d["missed"])
worst = (
    by_obj.sort_values(["behind", "coverage_pct"], ascending=[False, True]).iloc[0]
    if len(by_obj)
    else None
)
if not n_measured:
    headline = tr("obj.grid_headline_nodata")
elif worst is not None and worst["behind"] > 0:
    headline = tr(
        "obj.grid_headline",
        name=worst["objective_label"][:80],
        behind=int(worst["behind"]),
        coverage=fmt_pct(worst["coverage_pct"], 0, f.lang),
    )
else:
    headline = tr("obj.grid_headline_none", measured=n_measured, n=len(card))
widgets.chart_card(
    view.status_grid_figure(by_obj, "objective_label", f.lang),
    view.rolled_table(by_obj, "objective_label", "obj.col.objective", tr),
    title=tr("obj.grid"),
    source=source,
    key="obj-grid",
    tr=tr,
    headline=headline,
)

trends, behind = scores.trends, scores.behind
with st.container(border=True):
    st.subheader(tr("obj.behind"))
    for _, row in behind.iterrows():
        st.markdown("- " + view.behind_sentence(row, tr, f.lang))
    if not behind.empty:
        table = view.indicator_table(behind, trends, tr)
        view.show_indicator_table(table, tr, key="obj-behind-table")
        widgets.downloads(table, name="indicatori-in-urma", key="obj-behind", tr=tr)

with st.container(border=True):
    st.subheader(tr("obj.table"))
    table = view.indicator_table(card, trends, tr)
    view.show_indicator_table(table, tr, key="obj-table")
    st.caption(source)
    widgets.downloads(table, name="indicatori", key="obj-all", tr=tr)

with st.container(border=True):
    st.subheader(tr("obj.drill"))
    objectives = card.drop_duplicates("objective_node_id")
    labels = dict(zip(objectives["objective_node_id"], objectives["objective_label"], strict=True))
    chosen = st.selectbox(
        tr("obj.pick_objective"),
        list(labels),
        format_func=lambda n: labels[n][:120],
        key="obj_drill",
    )
    sub = card[card["objective_node_id"] == chosen]
    titles = nodes.set_index("node_id")
    for activity, rows in sub.groupby("activity_node_id", sort=False):
        with st.expander(
            f"{titles.at[activity, 'number'] or ''} {titles.at[activity, 'title']}"[:160]
        ):
            for _, row in rows.iterrows():
                view.indicator_detail(row, tr, f.lang)

with st.container(border=True):
    st.subheader(tr("obj.owner"))
    owned = mo.indicator_owners(card["indicator_id"], indicator_units, units)
    options = mo.owner_options(owned)
    names = dict(zip(options["unit_id"], options["unit_name"], strict=True))
    if len(options):
        owner_id = st.selectbox(
            tr("obj.pick_owner"), list(options["unit_id"]), key="obj_owner",
            format_func=lambda u: names[u][:100],
        )  # fmt: skip
        owner = names[owner_id]
        own = mo.indicators_of(card, owned, owner_id)
        st.markdown(
            tr(
                "obj.owner_headline",
                owner=owner[:80],
                n=len(own),
                achieved=(own["status"] == "achieved").sum(),
                behind=own["status"].isin(["behind_pace", "off_track", "missed"]).sum(),
                nodata=(own["status"] == "no_data").sum(),
            )
        )
        view.show_indicator_table(view.indicator_table(own, trends, tr), tr, key="obj-owner-table")

with st.container(border=True):
    st.subheader(tr("obj.since"))
    changes = scores.changes
    up, down = am.movement(changes)
    st.markdown(
        tr(
            "obj.since_headline",
            n=len(changes),
            a=fmt_date(compare, f.lang),
            b=fmt_date(period, f.lang),
            better=up,
            worse=down,
        )
        if len(changes)
        else tr("obj.since_none")
    )
    if len(changes):
        shown = changes.assign(
            status_before=changes["status_before"].map(lambda s: tr(f"obj.status.{s}")),
            status_after=changes["status_after"].map(lambda s: tr(f"obj.status.{s}")),
        )
        st.dataframe(shown, hide_index=True)
        widgets.downloads(shown, name="schimbari", key="obj-changes", tr=tr)
