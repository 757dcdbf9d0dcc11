"""Entry point: page config, global filters mirrored in the URL, navigation over app_pages/."""

from __future__ import annotations

import contextlib
from pathlib import Path

import streamlit as st

from display import as_of as views
from display.filters import Filters, filters_from_query
from display.fmt import fmt_datetime
from display.i18n import translator
from domain.components import FILTER_COMPONENTS
from readers.reported import demo_values_exist, last_report_time
from ui import context, pack_panel, presentation, render, timing
from ui.context import set_filters
from ui.widgets import PageStop
from views.pages import PAGES, builder_of

started = timing.start()
with contextlib.suppress(Exception):  # no store yet: every read says so where it is needed
    from store.audit import begin_run

    begin_run()  # this run reads the store's data version once

# A local icon: a Material icon as page icon is fetched from fonts.gstatic.com (not offline).
ICON = Path(__file__).resolve().parent / "ui" / "icon.png"
st.set_page_config(page_title="DGASPC Bacău — servicii sociale", page_icon=str(ICON), layout="wide")


def _sync_filters() -> Filters:
    """Read the URL once per session, keep the sidebar widgets as the state, write the URL back."""
    from_url, ignored = filters_from_query(st.query_params.to_dict())
    if from_url.presentation:  # no sidebar: the URL alone says what is shown
        for name in ("flt_component", "flt_lang"):  # re-read from the URL on leaving
            st.session_state.pop(name, None)
        return from_url
    if "slide" in st.query_params:
        del st.query_params["slide"]
    if "flt_component" not in st.session_state:
        st.session_state["flt_component"] = from_url.component or "all"
        st.session_state["flt_lang"] = from_url.lang
        st.session_state["flt_ignored"] = ignored
    tr = translator(st.session_state["flt_lang"])
    with st.sidebar:
        st.radio(  # a radio group: Tab reaches it, arrows and Space choose (no pop-up list)
            tr("filter.component"),
            ["all", *FILTER_COMPONENTS],
            format_func=lambda c: tr("filter.all") if c == "all" else tr(f"component.{c}"),
            key="flt_component",
        )
        st.segmented_control(
            tr("filter.language"), ["ro", "en"], key="flt_lang",
            format_func=lambda code: {"ro": "Română", "en": "English"}[code],
        )  # fmt: skip
    component = st.session_state["flt_component"]
    filters = Filters(
        component=None if component == "all" else component,
        lang=st.session_state["flt_lang"] or "ro",
        presentation=from_url.presentation,
    )
    wanted = filters.to_query()
    for name in ("componenta", "lang", "prezentare"):
        if name in wanted and st.query_params.get(name) != wanted[name]:
            st.query_params[name] = wanted[name]
        elif name not in wanted and name in st.query_params:
            del st.query_params[name]
    if st.session_state.get("flt_ignored"):
        st.sidebar.caption(tr("filter.ignored", names=", ".join(st.session_state["flt_ignored"])))
    return filters


filters = _sync_filters()
set_filters(filters)
tr = translator(filters.lang)
demo = demo_values_exist()
if demo and not filters.presentation:  # a slide carries its own mark (ui.presentation)
    st.warning(tr("demo.banner"), icon=":material/science:")
pages = [
    st.Page(p.script, title=tr(p.title), icon=p.icon, url_path=p.path or None, default=not p.path)
    for p in PAGES
]
page = st.navigation(pages, position="hidden" if filters.presentation else "sidebar")
render.forget()
as_of = views.data_as_of(filters.lang)
if filters.presentation:  # slides drawn from the page's model alone: the page does not run
    build = builder_of(page.url_path)
    with render.guarded(tr):
        model = build(context.query()) if build is not None else None
        presentation.render(model, filters, tr, as_of=as_of, title=page.title)
else:
    with contextlib.suppress(PageStop), render.guarded(tr):
        page.run()
    stamp = as_of
    if (last := last_report_time()) is not None:
        stamp += " " + tr("footer.last_report", when=fmt_datetime(last, filters.lang))
    st.caption(stamp)
    with render.guarded(tr):  # the pack button's errors too: never an English error box
        pack_panel.render(render.drawn(), filters, tr, page_path=page.url_path, as_of=as_of)
timing.record(page.url_path, started)
