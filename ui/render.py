"""The one renderer: draws a `PageModel` on screen — key figures, then each section as a card
(chart, map or table) with its headline, source, notes, downloads and data table. Presentation
mode (`ui.presentation`) and the council pack (`pack`) take the same model."""

from __future__ import annotations

import contextlib
import html
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from caching import shared
from display.export import file_stem
from display.inert import clean, md
from display.tables import as_text, styled
from domain.errors import CuratedDataError, StoreUnavailableError
from ui import context, widgets
from views.common import NoRegistryError
from views.model import Kpi, PageModel, Section
from views.pages import SCRIPTS

Tr = Callable[..., str]
if TYPE_CHECKING:
    from pandas.io.formats.style import Styler
_MODEL = "_page_model"
_LOG = logging.getLogger(__name__)


@contextlib.contextmanager
def guarded(tr: Tr) -> Iterator[None]:
    """Run a builder and draw it; what the data cannot give becomes a Romanian message, never a
    traceback: broken curated files (named file, row, column), an unreadable store, no
    registry year yet — and anything else a Romanian "could not be shown" with a reference
    the server log keeps the traceback under (never Streamlit's English error box).

    `PageStop` passes (app.py ends the page with it); Streamlit's own rerun and stop are not
    `Exception`s. Under pytest the unexpected error is raised after the message, so a test
    run sees every crash (AppTest's `at.exception`)."""
    try:
        yield
    except widgets.PageStop:
        raise
    except CuratedDataError as exc:
        widgets.show_curated_error(exc, tr)
    except StoreUnavailableError as exc:
        _LOG.error("store unavailable: %s", exc)  # the detail: server log only
        st.error(tr("error.store"))
    except NoRegistryError:
        st.info(tr("registry.none"))
    except Exception:
        reference = f"{time.time_ns() % 10**10:010d}"
        _LOG.exception("unexpected error drawing a page (ref %s)", reference)
        st.error(tr("error.unexpected", ref=reference), icon=":material/error:")
        if "PYTEST_CURRENT_TEST" in os.environ:
            raise


def lang() -> str:
    """This run's language."""
    return context.filters().lang


def header(title: str, intro: str | None = None) -> None:
    """The page's title and one-line purpose (drawn before the page's own selectors)."""
    st.title(md(title))
    if intro:
        st.caption(md(intro))


def kpis(tiles: Sequence[Kpi]) -> None:
    """Key figures as bordered tiles, each as wide as its label and value need: they share the
    row and wrap onto the next on narrow screens (never a value cut to one digit)."""
    row = st.container(horizontal=True, wrap=True, gap="small")
    for tile in tiles:
        row.metric(
            md(tile.label), tile.value, help=md(tile.help) if tile.help else None, border=True,
            width="stretch",
        )  # fmt: skip


def _card_body(section: Section, tr: Tr) -> None:
    if section.kind == "map" and section.deck is not None:
        map_col, legend_col = st.columns([3, 1])
        with map_col:
            # a click selects one object: the page reads it from st.session_state[deck_key]
            st.pydeck_chart(
                section.deck, height=560, key=deck_key(section), on_select="rerun",
                selection_mode="single-object", alt=clean(f"{section.title}: {section.message}"),
            )  # fmt: skip
        with legend_col:
            legend(section)
    elif section.kind == "table":
        st.dataframe(
            _styled(section.table, lang()), hide_index=True,
            key=f"{section.key}-table",
        )  # fmt: skip
    else:
        st.plotly_chart(
            section.figure, key=f"{section.key}-chart", config={"displaylogo": False},
            alt=clean(section.message),
        )  # fmt: skip


def deck_key(section: Section) -> str:
    """The widget key of a map section's deck (its selection state lives under it)."""
    return f"{section.key}-deck"


@shared
def _styled(frame: pd.DataFrame, lang: str) -> pd.DataFrame | Styler:
    """A section's table as a grid shows it (formatted once per table and language, for every
    session: a rerun draws the same grid without formatting it again)."""
    return styled(frame, lang)


@shared
def _as_text(frame: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list[str]]:
    """A chart's data table as text (once per table and language, as `_styled`)."""
    return as_text(frame, lang)


def legend(section: Section) -> None:
    """A map's classes: coloured swatches with their ranges (text, so readable without colour)."""
    if section.legend_title:
        st.markdown(f"**{md(section.legend_title)}**")
    swatch = (
        '<span style="display:inline-block;width:14px;height:14px;'
        'background:{c};border:1px solid #555" aria-hidden="true"></span>'
    )
    # the swatch is HTML of ours; the class label is text (escaped for HTML and for markdown)
    lines = [
        f"{swatch.format(c=colour)} {md(html.escape(text))}" for colour, text in section.legend
    ]
    st.markdown("<br>".join(lines), unsafe_allow_html=True)


def card(section: Section, tr: Tr) -> None:
    """One section as a bordered card."""
    with st.container(border=True):
        st.subheader(md(section.title))
        if section.headline:
            st.markdown(f"**{md(section.headline)}**")
        if not section.shown:  # the headline already says what is missing, when there is one
            if not section.headline:
                st.info(tr("chart.empty"))
            for note in section.notes:
                st.caption(md(note))
            return
        _card_body(section, tr)
        st.caption(md(section.source))
        for note in section.notes:
            st.caption(md(note))
        widgets.downloads(
            section.downloadable, name=section.file_name or file_stem(section.title),
            key=section.key, tr=tr, title=section.title, source=section.source,
        )  # fmt: skip
        if section.kind != "table":
            with st.expander(tr("chart.data_table")):
                shown, right = _as_text(section.table, lang())
                config = {c: st.column_config.TextColumn(alignment="right") for c in right}
                st.dataframe(shown, hide_index=True, column_config=config)


def sections(items: Sequence[Section], tr: Tr) -> None:
    """Cards in order; consecutive half-width cards side by side."""
    i = 0
    while i < len(items):
        if items[i].width == "half" and i + 1 < len(items) and items[i + 1].width == "half":
            for column, section in zip(st.columns(2), items[i : i + 2], strict=True):
                with column:
                    card(section, tr)
            i += 2
        else:
            card(items[i], tr)
            i += 1


def body(model: PageModel, tr: Tr, *, upto: int | None = None, with_glossary: bool = True) -> None:
    """Notices, key figures, their source, then the sections (the first `upto` when given:
    a page may draw its own interactive parts between sections via `rest`)."""
    remember(model)
    for notice in model.notices:
        st.warning(md(notice), icon=":material/info:")
    if model.kpis:
        kpis(model.kpis)
    if model.caption:
        st.caption(md(model.caption))
    for path, label in model.links:
        st.page_link(page_of(path), label=md(label), icon=":material/arrow_forward:")
    if model.definitions:
        with st.expander(tr("obj.status_legend"), icon=":material/help:"):
            for name, meaning in model.definitions:
                st.markdown(f"**{md(name)}** — {md(meaning)}")
    sections(model.sections[:upto], tr)
    if upto is None and with_glossary:
        glossary(model, tr)


def rest(model: PageModel, tr: Tr, *, start: int) -> None:
    """The sections from `start` on (after a page's own interactive part), then the glossary."""
    sections(model.sections[start:], tr)
    glossary(model, tr)


def glossary(model: PageModel, tr: Tr) -> None:
    """The abbreviations the page prints, explained (nothing when it prints none)."""
    entries = model.glossary(context.filters().lang)
    if entries:
        with st.expander(tr("glossary.title"), icon=":material/menu_book:"):
            st.markdown("\n".join(f"- **{md(abbr)}** — {md(meaning)}" for abbr, meaning in entries))


def page_of(path: str) -> str:
    """The page script behind a URL path (app.py's navigation)."""

    return SCRIPTS[path]


def remember(model: PageModel) -> None:
    """Keep the drawn model for the sidebar's pack panel and presentation button."""
    st.session_state[_MODEL] = model


def drawn() -> PageModel | None:
    """The model this run drew, if any (app.py, after the page ran)."""
    model = st.session_state.get(_MODEL)
    return model if isinstance(model, PageModel) else None


def forget() -> None:
    """Forget the previous run's model (app.py, before the page runs)."""
    st.session_state.pop(_MODEL, None)
