"""Objectives (/obiective): the model of `views.objectives` for the plan, period, comparison,
trajectory and owner chosen here (all in the URL), with the drill-down per objective drawn
between its sections."""

from datetime import date

import streamlit as st

from display.fmt import fmt_date
from display.inert import md
from domain.errors import CuratedDataError
from readers import catalogue
from ui import context, render, urlstate, widgets
from ui import objectives_view as view
from ui import year_select as registry
from views import objectives as obj
from views.pages import SCRIPTS

tr, lang = context.tr(), context.filters().lang
render.header(tr("obj.title"), tr("obj.intro"))
registry.stored_or_stop(tr)
if not obj.plans():
    st.info(tr("plans.none_with_indicators"))
    widgets.stop_page()
# a plan not stored: the widget falls back, the address keeps it until the person picks one,
# and the builder's notice says so
c1, c2, c3 = st.columns(3)
plan = urlstate.selectbox(
    c1, tr("obj.plan"), obj.plans(), param="plan", key="obj_plan",
    format_func=lambda p: str(catalogue.plan_row(p)["title"]),
)  # fmt: skip
try:
    c = obj.choice(context.query())
    period = urlstate.selectbox(
        c2, tr("obj.period"), c.periods, param="perioada", key=f"obj_period_{plan}",
        format_func=lambda d: fmt_date(d, lang), parse=date.fromisoformat, default=c.default,
    )  # fmt: skip
    earlier = obj.compared(c.periods, period)
    urlstate.selectbox(
        c3, tr("obj.compare"), earlier, param="comparat", key=f"obj_cmp_{plan}",
        format_func=lambda d: fmt_date(d, lang), parse=date.fromisoformat,
        default=len(earlier) - 1,
    )  # fmt: skip
    texts = obj.trajectory_choices(c) if catalogue.plan_row(plan)["kind"] == "strategy" else {}
    if texts:
        urlstate.selectbox(
            st, tr("obj.trajectory_pick"), list(texts), param="traiectorie",
            key=f"obj_traj_{plan}", format_func=lambda i: f"{i} — {obj.short_label(texts[i], 90)}",
        )  # fmt: skip
    names = obj.owner_options(c.mine)
    urlstate.selectbox(
        st, tr("obj.pick_owner"), [obj.ALL, *names], param="responsabil", key="obj_owner",
        format_func=lambda u: tr("obj.all_owners") if u == obj.ALL else names[u][:100],
    )  # fmt: skip
    q = context.query()
    model = obj.build(q)
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
st.page_link(
    SCRIPTS["intarzieri"], label=tr("obj.kpi.late_link"), icon=":material/schedule:",
    query_params={"plan": plan},
)  # fmt: skip
upto = obj.drill_position(model)
render.body(model, tr, upto=upto)
if not c.mine.empty:
    with st.container(border=True):
        st.subheader(tr("obj.drill"))
        labels = obj.drill_objectives(q)
        chosen = st.selectbox(
            tr("obj.pick_objective"), list(labels), key="obj_drill",
            format_func=lambda n: obj.short_label(labels[n], 120),
        )  # fmt: skip
        for activity in obj.drill_down(q, chosen):
            # no web address in the summary: Streamlit would make it a link inside a button
            with st.expander(md(activity.title)):
                if activity.title != activity.full:
                    st.markdown(md(activity.full))
                for _, row in activity.rows.iterrows():
                    view.indicator_detail(row, tr, lang)
render.rest(model, tr, start=upto)
