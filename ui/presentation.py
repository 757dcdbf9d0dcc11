"""Presentation mode (`?prezentare=1&slide=N`): no sidebar, large type, one slide per screen that
fits 1366×768 — the page's key figures first, then one chart or map with its headline — with the
active filters and the data's "as of" date on every slide. The slides are drawn from the page's
model (`views`), without running the page; large type is styled on the slide's own keyed
container (`.st-key-slide`), not on Streamlit's internals."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from display.filters import Filters, filter_labels, slide_from_query
from display.inert import md
from pack.model import PackView
from pack.render import large_figure
from ui.render import remember
from views.model import PageModel

Tr = Callable[..., str]
KPIS_PER_ROW = 3  # large figures, never cut off

SLIDE_KEY = "slide"
NOTE_KEY = "slide-note"  # the source and filter lines, in smaller type
CSS = f"""
<style>
.st-key-{SLIDE_KEY} {{ margin-top: -2rem; }}
.st-key-{SLIDE_KEY} h1 {{ font-size: 2.3rem; padding-top: 0; }}
.st-key-{SLIDE_KEY} p {{ font-size: 1.35rem; line-height: 1.3; }}
[class*="st-key-{NOTE_KEY}"] p {{ font-size: 1rem; line-height: 1.3; }}
[class*="st-key-kpi-value-"] p {{ font-size: 3rem; font-weight: 600; line-height: 1.1; }}
</style>
"""
# The 768 px of a council screen, measured in Chromium: what is left for the chart once the
# title, the sentence, the buttons, the source and the filter line took their lines.
SCREEN_HEIGHT = 768
FIXED_HEIGHT = 256  # top margin, one title line, buttons, the gaps between blocks, bottom margin
TITLE_LINE, TITLE_CHARS = 44, 60  # px per line, characters per line at 2.3rem bold
HEADLINE_LINE, HEADLINE_CHARS = 28, 105  # at 1.35rem bold
NOTE_LINE, NOTE_CHARS = 21, 140  # at 1rem
DEMO_HEIGHT = 76  # the demonstration warning above the title, and its gap
MIN_CHART_HEIGHT = 240  # px: below this a chart is unreadable
MAX_CHART_HEIGHT = 440  # px: the county map, taller than wide


@dataclass(frozen=True)
class Slide:
    """One screen: the key-figures slide (view None) or one chart."""

    title: str
    view: PackView | None = None


def slides_of(page: PageModel, tr: Tr) -> list[Slide]:
    """The page's slides: key figures (when it has KPI tiles), then every chart drawn."""
    slides = [Slide(page.title or tr("pack.key_figures"))] if page.kpi_pairs else []
    return slides + [Slide(v.title, v) for v in page.shown]


def _lines(text: str, per_line: int) -> int:
    """Lines `text` takes when wrapped at `per_line` characters (whole words)."""
    return sum(len(textwrap.wrap(part, per_line)) or 1 for part in text.split("\n")) if text else 0


def chart_height(slide: Slide, context: str, *, demo: bool = False) -> int:
    """The chart's height (px) that keeps the whole slide — title, sentence, buttons, chart,
    source and filter lines — within a 1366×768 screen."""
    view = slide.view
    taken = (
        FIXED_HEIGHT
        + TITLE_LINE * (_lines(slide.title, TITLE_CHARS) - 1)
        + (
            HEADLINE_LINE * _lines(view.headline, HEADLINE_CHARS) + 16
            if view and view.headline
            else 0
        )
        + NOTE_LINE
        * (_lines(view.source if view else "", NOTE_CHARS) + _lines(context, NOTE_CHARS))
        + (DEMO_HEIGHT if demo else 0)
    )
    return max(MIN_CHART_HEIGHT, min(MAX_CHART_HEIGHT, SCREEN_HEIGHT - taken))


def _go_to(slide: int) -> None:
    st.query_params["slide"] = str(slide)


def _leave() -> None:
    for name in ("prezentare", "slide"):
        if name in st.query_params:
            del st.query_params[name]


def _draw(slide: Slide, page: PageModel, tr: Tr, nav: Callable[[], None], *, height: int) -> None:
    """Title, the sentence, the slide buttons (always on screen), then the chart and source."""
    st.title(md(slide.title))
    if slide.view is None:
        st.markdown(f"**{tr('pack.key_figures')}**")
        nav()
        for start in range(0, len(page.kpi_pairs), KPIS_PER_ROW):
            tiles = page.kpi_pairs[start : start + KPIS_PER_ROW]
            for i, (column, (label, value)) in enumerate(
                zip(st.columns(KPIS_PER_ROW), tiles, strict=False), start=start
            ):
                with column.container(border=True):  # a tile: its label, its value in large type
                    st.markdown(md(label))
                    st.container(key=f"kpi-value-{i}").markdown(md(value))
        return
    if slide.view.headline:
        st.markdown(f"**{md(slide.view.headline)}**")
    nav()
    if slide.view.figure is not None:
        st.plotly_chart(
            large_figure(slide.view.figure, font_size=18, height=height),
            key="pres-chart",
            config={"displayModeBar": False},
            alt=slide.view.message,
        )
    st.container(key=f"{NOTE_KEY}-source").caption(md(slide.view.source))


def render(
    page: PageModel | None, filters: Filters, tr: Tr, *, as_of: str, title: str = ""
) -> None:
    """Draw slide N of the page's model, with previous/next and the slide's context line; a
    page without a model (forms, sources) says it has no slides."""
    st.html(CSS)
    if page is None:
        page = PageModel(path="", title=title)
    remember(page)
    with st.container(key=SLIDE_KEY):
        _render(page, filters, tr, as_of=as_of)


def _render(page: PageModel, filters: Filters, tr: Tr, *, as_of: str) -> None:
    if page.demo:  # demonstration values: every slide says so
        st.warning(tr("pack.demo_mark"), icon=":material/science:")
    slides = slides_of(page, tr)
    active = [*filter_labels(filters, tr), *page.filters]
    context = " · ".join(f"{label}: {value}" for label, value in active) + f" · {as_of}"
    if not slides:
        st.title(md(page.title))
        st.info(tr("pres.empty"))
        st.container(key=f"{NOTE_KEY}-context").caption(md(context))
        st.button(tr("pres.exit"), on_click=_leave, icon=":material/close:", key="pres-exit")
        return
    n = slide_from_query(st.query_params.to_dict(), len(slides))
    if st.query_params.get("slide") != str(n):
        st.query_params["slide"] = str(n)

    def nav() -> None:
        row = st.container(horizontal=True, vertical_alignment="center")
        row.button(
            tr("pres.prev"), on_click=_go_to, args=(n - 1,), disabled=n <= 1,
            shortcut="Left", key="pres-prev",  # the shortcut prints its own arrow
        )  # fmt: skip
        row.markdown(tr("pres.position", n=n, total=len(slides)))
        row.button(
            tr("pres.next"), on_click=_go_to, args=(n + 1,), disabled=n >= len(slides),
            shortcut="Right", key="pres-next",
            type="primary",
        )  # fmt: skip
        row.button(tr("pres.exit"), on_click=_leave, icon=":material/close:", key="pres-exit")

    slide = slides[n - 1]
    _draw(slide, page, tr, nav, height=chart_height(slide, context, demo=page.demo))
    st.container(key=f"{NOTE_KEY}-context").caption(md(context))
