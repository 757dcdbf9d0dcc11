"""Data and sources (/date): the catalogue of curated tables and the lineage of any indicator."""

import pandas as pd
import streamlit as st

from curation.common import CURATED
from display.fmt import fmt_number
from display.inert import md
from display.tables import labelled_columns, parsed_fields, readable_columns
from domain.plans import document_title
from loaders.provenance import corrections_of, curated_catalog, source_excerpt
from readers import catalogue as stored
from ui import context, urlstate, widgets
from ui import year_select as registry

f, tr = context.filters(), context.tr()
widgets.page_header(tr("data.title"), tr("data.intro"))

catalog = curated_catalog()
st.subheader(tr("data.catalog"))
st.dataframe(
    pd.DataFrame(
        {
            tr("data.col.file"): [e.file for e in catalog],
            tr("data.col.title"): [e.title for e in catalog],
            tr("data.col.rows"): [e.rows for e in catalog],
            tr("data.col.source"): [e.source for e in catalog],
            tr("data.col.date"): [e.date for e in catalog],
            tr("data.col.produced_by"): [e.produced_by for e in catalog],
        }
    ),
    hide_index=True,
)
st.caption(tr("data.sources_note"))

with st.container(border=True):
    by_file = {e.file: e for e in catalog}
    chosen = st.selectbox(
        tr("data.pick_table"), list(by_file), format_func=lambda n: f"{n} — {by_file[n].title}"
    )
    if chosen:
        entry = by_file[chosen]
        if f.lang == "en":
            st.caption(entry.description)
        else:  # the provenance notes of the sidecars are written in English (for reviewers)
            with st.expander(tr("data.description_en")):
                st.caption(entry.description)
        table = pd.read_csv(CURATED / chosen, dtype=str, keep_default_na=False)
        query = st.text_input(tr("data.search"), key="data_search").strip().lower()
        if query:
            hit = table.apply(lambda col: col.str.lower().str.contains(query, regex=False))
            table = table[hit.any(axis=1)]
        st.caption(tr("data.matches", n=fmt_number(len(table), lang=f.lang), total=entry.rows))
        labelled = labelled_columns(table, chosen.removesuffix(".csv"), f.lang)
        st.dataframe(readable_columns(table, chosen.removesuffix(".csv"), f.lang), hide_index=True)
        widgets.downloads(labelled, name=chosen.removesuffix(".csv"), key=f"dl-{chosen}", tr=tr)
        with st.expander(tr("data.columns")):
            st.dataframe(
                pd.DataFrame(
                    {tr("data.col.column"): list(labelled.columns),
                     tr("data.col.meaning"): list(entry.columns.values())}
                ),
                hide_index=True,
            )  # fmt: skip

st.subheader(tr("data.lineage"))
registry.stored_or_stop(tr)
indicators, nodes, milestones = (stored.indicators(), stored.objectives(), stored.milestones())
if indicators.empty:
    st.info(tr("data.no_indicators"))
    widgets.stop_page()

ids = indicators["indicator_id"].tolist()
texts = dict(zip(indicators["indicator_id"], indicators["indicator_text"], strict=True))
picked = urlstate.selectbox(
    st, tr("data.pick_indicator"), ids, param="indicator", key="data_indicator",
    format_func=lambda i: f"{i} — {texts[i][:90]}",
)  # fmt: skip
if picked:
    row = indicators.set_index("indicator_id").loc[picked]
    activity = nodes.set_index("node_id").loc[row["activity_node_id"]]
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{tr('data.verbatim')}**")
        st.info(md(row["indicator_text"]))
        number = md(activity["number"] or "")
        st.markdown(f"**{tr('data.activity')}** {number} — {md(activity['title'])}")
        if row["source_doc"] is None or pd.isna(row["source_line"]):
            st.caption(md(tr("data.where_loaded", title=stored.plan_row(row["plan_id"])["title"])))
        else:
            doc = document_title(row["source_doc"])
            st.caption(md(tr("data.where", doc=doc, line=int(row["source_line"]))))
            st.markdown(f"**{tr('data.excerpt')}**")
            excerpt = source_excerpt(row["source_doc"], int(row["source_line"]))
            st.code(
                "\n".join(
                    f"{'▶' if n == row['source_line'] else ' '} {n:>5} │ {text}"
                    for n, text in excerpt
                ),
                language=None,
                wrap_lines=True,  # no scrolling region that a keyboard cannot reach
            )
    with right:
        st.markdown(f"**{tr('data.parsed')}**")
        fields = ["plan_id", "component", "target_value", "target_unit", "target_kind",
                  "direction", "periodicity", "deadline", "responsible", "partners", "funding",
                  "notes"]  # fmt: skip
        st.dataframe(parsed_fields(row, fields, tr, f.lang), hide_index=True)
        due = milestones[milestones["indicator_id"] == picked]
        if not due.empty:
            st.markdown(f"**{tr('data.milestones')}**")
            st.dataframe(readable_columns(due, "milestones", f.lang), hide_index=True)
        mine = corrections_of([picked, row["activity_node_id"]])
        st.markdown(f"**{tr('data.corrections')}**")
        if mine.empty:
            st.caption(tr("data.no_corrections"))
        else:
            shown = mine.drop(columns=["file"], errors="ignore")  # which corrections file: internal
            st.dataframe(readable_columns(shown, "corrections", f.lang), hide_index=True)
