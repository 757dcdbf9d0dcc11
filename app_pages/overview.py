"""Overview (/): the model of `views.overview` for the registry year chosen here."""

import streamlit as st

from ui import context, render
from ui import year_select as registry
from views import overview

tr = context.tr()
render.header(tr("overview.title"), tr("overview.intro"))
registry.year_selector(tr, where=st.columns(4)[0])
render.body(overview.build(context.query()), tr)
