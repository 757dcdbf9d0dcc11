"""Services (/servicii): the model of `views.services` for the registry year, service types,
complexes and UATs chosen here (all in the URL: `?an=`, `?tip=`, `?complex=`, `?uat=`), and the
service whose history is shown (`?serviciu=`)."""

from dataclasses import replace

import streamlit as st

from domain.url_params import parse_number
from ui import context, render, urlstate
from ui import year_select as registry
from views import services

tr = context.tr()
render.header(tr("services.title"), tr("services.intro"))
registry.stored_or_stop(tr)
asked = context.query()  # as the link gave it: items the selectors drop are said once
c0, c1, c2, c3 = st.columns(4)
registry.year_selector(tr, where=c0)
opts = services.options(context.query())
for where, param, parse, choices, label, key in (
    (c1, "tip", str, opts.types, "services.filter.type", "svc_types"),
    (c2, "complex", str, opts.complexes, "services.filter.complex", "svc_complexes"),
    (c3, "uat", parse_number, opts.uats, "services.filter.uat", "svc_uats"),
):
    urlstate.multiselect(
        where, tr(label), list(choices), param=param, key=key, parse=parse,
        format_func=services.label_of(choices), placeholder=tr("filter.choose"),
    )  # fmt: skip
top = st.container()  # the cards before the service history, drawn above its selector
names = services.history_choices(context.query())
if names:
    urlstate.selectbox(
        st, tr("trend.pick_service"), list(names), param="serviciu", key="svc_history",
        format_func=lambda i: names[i][:120],
    )  # fmt: skip
model = services.build(context.query())
dropped = services.selection(asked, opts).notices
model = replace(model, notices=tuple(dict.fromkeys((*dropped, *model.notices))))
split = len(model.sections) - (1 if names else 0)
with top:
    render.body(model, tr, upto=split)
render.rest(model, tr, start=split)
