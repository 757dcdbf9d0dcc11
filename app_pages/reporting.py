"""Reporting (/raportare), behind a login: enter a period's values in a grid, upload the Excel
template, see each indicator's history and the audit trail, who has reported what, service
plans (their workbooks; admins load new ones), and (admins) demonstration values and users. All
writes go through store.api, audited."""

import logging
from datetime import date

import streamlit as st

from caching import shared
from display.fmt import fmt_date
from display.unit_tables import owned_ids
from domain.errors import CuratedDataError
from loaders.tables import load_indicator_units, load_units
from metrics import owners as mo
from readers import catalogue
from store.db import current_revision, migrate
from store.input_rules import load_catalog
from ui import context, plans_admin, unit_desk, urlstate, widgets
from ui import reporting_tabs as tabs

f, tr = context.filters(), context.tr()
widgets.page_header(tr("rep.title"), tr("rep.intro"))


@shared
def _ready(url: str) -> str:
    """Create or migrate the schema once per database and process; the revision. (Seeding the
    curated plans is `python -m store init`'s work, run by `make run`.)"""
    migrate()
    return str(current_revision())


try:
    from store import api
    from store.db import database_url

    _ready(database_url())
    indicators = catalogue.indicators()
    units = load_units()
    indicator_units = mo.links_by_text(indicators, load_indicator_units())
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
except Exception:  # an unreachable or broken database: say so, write nothing; detail in the log
    logging.getLogger(__name__).exception("store unavailable on /raportare")
    st.error(tr("rep.store_down"))
    widgets.stop_page()

user = tabs.login(tr, f.lang)
username, role = user["username"], user["role"]
who, out = st.columns([4, 1])
who.caption(tr("rep.logged_in", user=username, role=tr(f"rep.role.{role}")))
if out.button(tr("rep.logout"), key="rep_logout"):
    del st.session_state["rep_user"]
    st.rerun()
editor = api.can_edit(role)

plan_ids = catalogue.plan_ids(with_indicators=True)
if not plan_ids:
    st.info(tr("plans.none_with_indicators"))
    widgets.stop_page()
if "rep_plan" not in st.session_state:  # the first run reads ?plan= (then the widget holds it)
    st.session_state["rep_plan"] = urlstate.from_url("plan", plan_ids, str) or plan_ids[0]
elif st.session_state["rep_plan"] not in plan_ids:  # a plan removed meanwhile
    st.session_state["rep_plan"] = plan_ids[0]

tabs.hold_unsaved_edits(plan_ids, tr)
left, right = st.columns(2)
plan = left.selectbox(
    tr("obj.plan"), plan_ids, format_func=lambda p: str(catalogue.plan_row(p)["title"]),
    key="rep_plan",
)  # fmt: skip
urlstate.to_url("plan", plan, plan_ids[0])
periods = api.reporting_periods(plan)
past = [p for p in periods if p <= date.today()] or periods
period = right.selectbox(
    tr("rep.period"),
    periods,
    index=periods.index(past[-1]),
    format_func=lambda d: fmt_date(d, lang=f.lang),
    key=f"rep_period_{plan}",
)
mine = indicators[indicators["plan_id"] == plan]
unit_ids = tuple(api.user_units(username))  # a reporter's units: its share only (issue #24)
if unit_ids:
    mine = mine[mine["indicator_id"].isin(owned_ids(load_catalog().owners, unit_ids))]
if f.component:
    mine = mine[mine["component"] == f.component]
values = api.values_frame(mine["indicator_id"], by="county")  # this view's rows only

desk = tabs.Desk(
    plan=plan, period=period, mine=mine, values=values, username=username, role=role,
    editor=editor, lang=f.lang, component=f.component, units=units,
    indicator_units=indicator_units, tr=tr, unit_ids=unit_ids,
    closed_by=tabs.closed_by(plan, period),
)  # fmt: skip
names = ["grid", "upload", "history", "compliance", "plans", "admin"]
if unit_ids:
    names = ["unit", "grid", "upload", "history"]
for name, tab in zip(names, st.tabs([tr(f"rep.tab.{n}") for n in names]), strict=True):
    with tab:
        if name == "unit":
            unit_desk.render(desk)
        elif name == "plans":
            plans_admin.render(tr, user=username, admin=api.is_admin(role), lang=f.lang)
        else:
            getattr(tabs, name)(desk)
