"""Data and sources (/date): the catalogue of curated tables and the lineage of any indicator
(the model: views/data_sources.py)."""

import streamlit as st

from display.inert import md
from ui import context, urlstate, widgets
from ui import year_select as registry
from views import data_sources

f, tr = context.filters(), context.tr()
model = data_sources.build(context.query())
widgets.page_header(model.title, model.intro)

st.subheader(tr("data.catalog"))
st.dataframe(model.catalogue, hide_index=True)
st.caption(tr("data.sources_note"))

with st.container(border=True):
    chosen = st.selectbox(
        tr("data.pick_table"), list(model.tables), format_func=lambda n: model.tables[n]
    )
    if chosen:
        if f.lang == "en":
            st.caption(model.descriptions[chosen])
        else:  # the provenance notes of the sidecars are written in English (for reviewers)
            with st.expander(tr("data.description_en")):
                st.caption(model.descriptions[chosen])
        search = st.text_input(tr("data.search"), key="data_search")
        table = data_sources.curated_table(chosen, search, f.lang)
        st.caption(table.matches)
        st.dataframe(table.shown, hide_index=True)
        widgets.downloads(table.download, name=table.name, key=f"dl-{chosen}", tr=tr)
        with st.expander(tr("data.columns")):
            st.dataframe(table.columns, hide_index=True)

st.subheader(tr("data.lineage"))
registry.stored_or_stop(tr)
choices = data_sources.indicator_choices()
if not choices:
    st.info(tr("data.no_indicators"))
    widgets.stop_page()

picked = urlstate.selectbox(
    st, tr("data.pick_indicator"), list(choices), param="indicator", key="data_indicator",
    format_func=lambda i: choices[i],
)  # fmt: skip
if picked:
    line = data_sources.lineage(picked, f.lang)
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{tr('data.verbatim')}**")
        st.info(md(line.verbatim))
        st.markdown(f"**{tr('data.activity')}** {md(line.activity)}")
        st.caption(md(line.where))
        if line.excerpt is not None:
            st.markdown(f"**{tr('data.excerpt')}**")
            # wrapped: no scrolling region that a keyboard cannot reach
            st.code(line.excerpt, language=None, wrap_lines=True)
    with right:
        st.markdown(f"**{tr('data.parsed')}**")
        st.dataframe(line.fields, hide_index=True)
        if line.milestones is not None:
            st.markdown(f"**{tr('data.milestones')}**")
            st.dataframe(line.milestones, hide_index=True)
        st.markdown(f"**{tr('data.corrections')}**")
        if line.corrections is None:
            st.caption(tr("data.no_corrections"))
        else:
            st.dataframe(line.corrections, hide_index=True)
