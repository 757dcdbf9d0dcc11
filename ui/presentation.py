"""Presentation mode (`?prezentare=1&slide=N`): no sidebar or chrome, large type, one slide per
screen — the page's key figures first, then one chart with its headline — with the active
filters and the data's "as of" date on every slide. The page itself runs unchanged, hidden."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from pack.model import PackView
from pack.render import large_figure
from ui.state import Filters, filter_labels, slide_from_query
from ui.views import PageViews

Tr = Callable[..., str]
HIDDEN_PAGE_KEY = "pres_page"
KPIS_PER_ROW = 3  # large figures, never cut off

CSS = f"""
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], footer, .st-key-{HIDDEN_PAGE_KEY} {{ display: none !important; }}
[data-testid="stMainBlockContainer"] {{ padding-top: 1.5rem; max-width: 1500px; }}
.stApp h1 {{ font-size: 2.9rem; }}
.stApp [data-testid="stMarkdownContainer"] p {{ font-size: 1.55rem; line-height: 1.35; }}
.stApp [data-testid="stCaptionContainer"] p {{ font-size: 1.1rem; }}
.stApp [data-testid="stMetricValue"], .stApp [data-testid="stMetricValue"] * {{
  font-size: 3.4rem !important; }}
.stApp [data-testid="stMetricLabel"] p {{ font-size: 1.4rem !important; }}
.stApp button p {{ font-size: 1.2rem; }}
</style>
"""


@dataclass(frozen=True)
class Slide:
    """One screen: the key-figures slide (view None) or one chart."""

    title: str
    view: PackView | None = None


def slides_of(page: PageViews, tr: Tr) -> list[Slide]:
    """The page's slides: key figures (when it has KPI tiles), then every chart drawn."""
    slides = [Slide(page.title or tr("pack.key_figures"))] if page.kpi_pairs else []
    return slides + [Slide(v.title, v) for v in page.shown]


def _go_to(slide: int) -> None:
    st.query_params["slide"] = str(slide)


def _leave() -> None:
    for name in ("prezentare", "slide"):
        if name in st.query_params:
            del st.query_params[name]


def _draw(slide: Slide, page: PageViews, tr: Tr) -> None:
    st.title(slide.title)
    if slide.view is None:
        st.markdown(f"**{tr('pack.key_figures')}**")
        for start in range(0, len(page.kpi_pairs), KPIS_PER_ROW):
            tiles = page.kpi_pairs[start : start + KPIS_PER_ROW]
            for column, (label, value) in zip(st.columns(KPIS_PER_ROW), tiles, strict=False):
                column.metric(label, value, border=True)
        return
    if slide.view.headline:
        st.markdown(f"**{slide.view.headline}**")
    if slide.view.figure is not None:
        st.plotly_chart(
            large_figure(slide.view.figure, font_size=20, min_height=520),
            key="pres-chart",
            config={"displayModeBar": False},
            alt=slide.view.message,
        )
    st.caption(slide.view.source)


def render(page: PageViews, filters: Filters, tr: Tr, *, as_of: str) -> None:
    """Draw slide N of the page's views, with previous/next and the slide's context line."""
    st.html(CSS)
    if page.demo:  # demonstration values: every slide says so
        st.warning(tr("pack.demo_mark"), icon=":material/science:")
    slides = slides_of(page, tr)
    active = [*filter_labels(filters, tr), *page.filters]
    context = " · ".join(f"{label}: {value}" for label, value in active) + f" · {as_of}"
    if not slides:
        st.title(page.title)
        st.info(tr("pres.empty"))
        st.caption(context)
        st.button(tr("pres.exit"), on_click=_leave, icon=":material/close:", key="pres-exit")
        return
    n = slide_from_query(st.query_params.to_dict(), len(slides))
    if st.query_params.get("slide") != str(n):
        st.query_params["slide"] = str(n)
    _draw(slides[n - 1], page, tr)
    st.caption(context)
    row = st.container(horizontal=True, vertical_alignment="center")
    row.button(
        tr("pres.prev"), on_click=_go_to, args=(n - 1,), disabled=n <= 1,
        icon=":material/arrow_back:", shortcut="Left", key="pres-prev",
    )  # fmt: skip
    row.markdown(tr("pres.position", n=n, total=len(slides)))
    row.button(
        tr("pres.next"), on_click=_go_to, args=(n + 1,), disabled=n >= len(slides),
        icon=":material/arrow_forward:", shortcut="Right", key="pres-next", type="primary",
    )  # fmt: skip
    row.button(tr("pres.exit"), on_click=_leave, icon=":material/close:", key="pres-exit")
