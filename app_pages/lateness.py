"""What is late (/intarzieri): every missed, unreported or behind-pace target of every plan, with
its owner; filters by plan, component (sidebar) and owner (`?responsabil=`), downloads."""

from datetime import date

import streamlit as st

from loaders import catalogue
from loaders.errors import CuratedDataError
from metrics import lateness as ml
from metrics import owners as mo
from ui import context, registry, urlstate, widgets
from ui import lateness_view as view
from ui.fmt import fmt_date, fmt_number
from ui.reported import store_version

f, tr = context.filters(), context.tr()
widgets.page_header(tr("late.title"), tr("late.intro"))
registry.stored_or_stop(tr)
today = date.today()
try:
    built = view.lateness(today, store_version()[0])
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
late = built.late
c1, c2 = st.columns(2)
plans = ["all", *catalogue.plan_ids()]
plan = urlstate.selectbox(
    c1, tr("late.plan"), plans, param="plan", key="late_plan",
    format_func=lambda p: tr("late.all_plans") if p == "all" else catalogue.plan_row(p)["title"],
)  # fmt: skip
options = mo.owner_options(built.owners)
names = dict(zip(options["unit_id"], options["unit_name"], strict=True))
owner = urlstate.selectbox(
    c2, tr("late.owner"), ["all", *options["unit_id"]], param="responsabil", key="late_owner",
    format_func=lambda u: tr("late.all_owners") if u == "all" else names[u][:100],
)  # fmt: skip
if plan != "all":
    late = late[late["plan_id"] == plan]
if f.component:
    late = late[late["component"] == f.component]
ranked = ml.owner_ranking(late, built.owners)
if owner != "all":
    late = ml.owned_by(late, owner)

n = view.counts(late)
place = ranked.index[ranked["unit_id"] == owner].tolist()
rank_text = f"{place[0] + 1} / {len(ranked)}" if place else "—"
widgets.kpi_row(
    [
        (tr("late.kpi.missed"), fmt_number(n["missed"], lang=f.lang), tr("obj.status_def.missed")),
        (
            tr("late.kpi.unreported"),
            fmt_number(n["unreported"], lang=f.lang),
            tr("late.kind_def.unreported"),
        ),
        (tr("late.kpi.behind"), fmt_number(n["behind"], lang=f.lang), tr("late.kind_def.behind")),
        (tr("late.kpi.owners"), fmt_number(len(ranked), lang=f.lang), None)
        if owner == "all"
        else (tr("late.kpi.rank"), rank_text, None),
    ]
)
with st.expander(tr("obj.status_legend"), icon=":material/help:"):
    for kind in ml.LATE_KINDS:
        key = "obj.status_def.missed" if kind == "missed" else f"late.kind_def.{kind}"
        st.markdown(f"**{tr(f'late.kind.{kind}')}** — {tr(key)}")
source = tr("late.source", today=fmt_date(today, f.lang))
chosen = [plan] if plan != "all" else catalogue.plan_ids()
measured = sum(built.measured.get(p, 0) for p in chosen)
total = sum(built.indicators.get(p, 0) for p in chosen)
if late.empty:
    headline = tr("late.headline_none", today=fmt_date(today, f.lang), measured=measured, n=total)
else:
    headline = tr(
        "late.headline", today=fmt_date(today, f.lang), missed=n["missed"],
        unreported=n["unreported"], behind=n["behind"],
        days=fmt_number(late["days_late"].max(), lang=f.lang),
    )  # fmt: skip

fig, table = view.by_plan(late, tr, f.lang) if len(late) else (None, late.iloc[0:0])
widgets.chart_card(
    fig, table, title=tr("late.by_plan"), source=source, key="late-by-plan", tr=tr,
    headline=headline,
)  # fmt: skip
if len(ranked):
    fig, table = view.ranking(ranked, tr, f.lang)
    top = ranked.iloc[0]
    widgets.chart_card(
        fig, table, title=tr("late.ranking"), source=source, key="late-owners", tr=tr,
        headline=tr("late.ranking_headline", owner=top["unit_name"], missed=int(top["missed"]),
                    total=int(top["total"])),
    )  # fmt: skip

shown = view.display_table(late, tr, f.lang)
with st.container(border=True):
    st.subheader(tr("late.list"))
    st.markdown(f"**{headline}**")
    st.dataframe(shown, hide_index=True, key="late-table")
    st.caption(source)
    widgets.downloads(shown, name="intarzieri", key="late-list", tr=tr)
