"""Deinstitutionalisation (/dezinstitutionalizare): the model of `views.deinstitutionalisation`
for the registry year chosen here (`?an=`)."""

import streamlit as st

from domain.errors import CuratedDataError
from ui import context, render, widgets
from ui import year_select as registry
from views import deinstitutionalisation

tr = context.tr()
render.header(tr("deinst.title"), tr("deinst.intro"))
registry.year_selector(tr, where=st.columns(4)[0])
try:
    model = deinstitutionalisation.build(context.query())
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
render.body(model, tr)
