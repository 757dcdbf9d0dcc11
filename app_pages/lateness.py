"""What is late (/intarzieri): the model of `views.lateness` for the plan and owner chosen here
(both in the URL: `?plan=`, `?responsabil=`)."""

import streamlit as st

from readers import catalogue
from ui import context, render, urlstate
from ui import year_select as registry
from views import lateness

tr = context.tr()
render.header(tr("late.title"), tr("late.intro"))
registry.stored_or_stop(tr)
q = context.query()
c1, c2 = st.columns(2)
urlstate.selectbox(
    c1, tr("late.plan"), [lateness.ALL, *catalogue.plan_ids()], param="plan", key="late_plan",
    format_func=lambda p: tr("late.all_plans") if p == lateness.ALL
    else catalogue.plan_row(p)["title"],
)  # fmt: skip
names = lateness.owner_options(q)
urlstate.selectbox(
    c2, tr("late.owner"), [lateness.ALL, *names], param="responsabil", key="late_owner",
    format_func=lambda u: tr("late.all_owners") if u == lateness.ALL else names[u][:100],
)  # fmt: skip
render.body(lateness.build(context.query()), tr)
