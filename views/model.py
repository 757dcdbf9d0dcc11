"""What a page shows, as data: key figures, then sections (chart, map, table), each with its
title, the sentence that states its finding, its source, notes and the data behind it with
labelled columns. Texts are already translated and formatted; nothing here draws."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

import pandas as pd
import plotly.graph_objects as go

from display.inert import cut, plain
from domain import glossary

Kind = Literal["chart", "map", "table"]
Width = Literal["full", "half"]


@dataclass(frozen=True)
class Query:
    """Everything a builder depends on, as plain values (the builder cache's key): the global
    filters, the page's own URL parameters, today's date and the store's data version."""

    component: str | None = None
    lang: str = "ro"
    params: tuple[tuple[str, str], ...] = ()
    today: date = field(default_factory=date.today)
    version: object = None  # the store's data version: a new value or plan is a new key
    demo: bool = False  # the store holds demonstration values

    @classmethod
    def of(cls, component: str | None, lang: str, params: Mapping[str, object], **kw: Any) -> Query:
        """A query from a parameter mapping (values as strings, sorted, empty ones dropped)."""
        items = tuple(sorted((str(k), str(v)) for k, v in params.items() if v not in (None, "")))
        return cls(component=component, lang=lang, params=items, **kw)

    def get(self, name: str, default: str | None = None) -> str | None:
        """The page parameter `name` as given in the URL (or by the page's own widget)."""
        return dict(self.params).get(name, default)


@dataclass(frozen=True)
class Kpi:
    """One key figure: label, formatted value, and the text behind its help icon."""

    label: str
    value: str
    help: str | None = None
    demo: bool = False  # a demonstration figure (its label says so: `mark_demo`)


@dataclass(frozen=True)
class Section:
    """One card: a chart (plotly figure), a map (pydeck deck on screen, the same classes as a
    static figure on slides and in the pack) or a table. `data` is what the downloads hold,
    `table` what the table under the chart shows (defaults to `data`); both labelled."""

    key: str
    title: str
    source: str
    figure: go.Figure | None = None
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    headline: str | None = None
    data: pd.DataFrame | None = None
    notes: tuple[str, ...] = ()
    kind: Kind = "chart"
    width: Width = "full"
    deck: Any = None  # pydeck.Deck of a map section (screen only)
    legend: tuple[tuple[str, str], ...] = ()  # (colour, label) of a map's classes
    legend_title: str = ""
    file_name: str = ""  # the downloads' file name (default: from the title)
    slide: bool = True  # also a slide and a pack page
    demo: bool = False  # shows demonstration figures (its title says so: `mark_demo`)

    def __post_init__(self) -> None:
        if self.figure is not None:  # every chart a page, a slide or a pack draws passes here
            inert_figure(self.figure)

    @property
    def downloadable(self) -> pd.DataFrame:
        """The frame the downloads hold."""
        return self.table if self.data is None else self.data

    @property
    def shown(self) -> bool:
        """True when there is something to draw (a figure and data, or a table with rows)."""
        if self.kind == "table":
            return not self.table.empty
        return self.figure is not None and not self.table.empty

    @property
    def message(self) -> str:
        """The sentence a slide carries: the headline, else the title."""
        return self.headline or self.title


@dataclass(frozen=True)
class PageModel:
    """A whole page as data. `filters`: the page's own selections as (label, value), printed
    beside the global filters on slides, downloads and packs."""

    path: str
    title: str
    intro: str = ""
    kpis: tuple[Kpi, ...] = ()
    sections: tuple[Section, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()
    notices: tuple[str, ...] = ()  # warnings for the reader (e.g. an URL value not understood)
    demo: bool = False
    caption: str = ""  # the line under the key figures (their source)
    definitions: tuple[tuple[str, str], ...] = ()  # (status, what it means), shown where used
    links: tuple[tuple[str, str], ...] = ()  # (page path, label): where to read on

    @property
    def shown(self) -> list[Section]:
        """Sections that become slides and pack pages (drawn, with something to show)."""
        return [s for s in self.sections if s.slide and s.shown and s.kind != "table"]

    @property
    def kpi_pairs(self) -> list[tuple[str, str]]:
        """The key figures as (label, value), as slides and packs print them."""
        return [(k.label, k.value) for k in self.kpis]

    def glossary(self, lang: str) -> list[tuple[str, str]]:
        """The abbreviations this page prints (titles, headlines, key figures, table cells),
        with their meaning."""
        texts = [self.title, self.intro, self.caption, *[k.label for k in self.kpis]]
        for s in self.sections:
            texts += [s.title, s.headline or "", *s.notes]
            for column in s.table.columns:
                if s.table[column].dtype == object or pd.api.types.is_string_dtype(s.table[column]):
                    texts += s.table[column].dropna().astype(str).unique().tolist()
        return glossary.explain(glossary.found_in(texts), lang)

    def section(self, key: str) -> Section:
        """The section with this key (KeyError when the page has none)."""
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def mark_demo(self, mark: str) -> PageModel:
        """A copy whose every key figure and section shows demonstration figures: each says so
        in its label or title (`mark`, e.g. "(valori demonstrative)"), so every tile, slide,
        download and pack page that shows them carries the word."""
        return replace(
            self,
            demo=True,
            kpis=tuple(replace(k, label=f"{k.label} {mark}", demo=True) for k in self.kpis),
            sections=tuple(replace(s, title=f"{s.title} {mark}", demo=True) for s in self.sections),
        )

    def with_sections(self, *extra: Section) -> PageModel:
        """A copy with more sections appended."""
        return replace(self, sections=(*self.sections, *extra))


LABEL_LIMIT = 90  # characters of a category label on an axis (the hover keeps more)
HOVER_LIMIT = 400


def inert_figure(fig: go.Figure) -> go.Figure:
    """Make the texts of a figure that came from data inert, in place: plotly reads `<a href>`,
    `<b>`, `<br>` in category labels, trace names, texts, hover texts and custom data as
    markup, so `&`, `<`, `>` are written as entities (`display.inert.plain`), bidi controls and NUL
    removed, and a category longer than `LABEL_LIMIT` cut at a word (a 10.000-character name
    made a 66.756 px axis label). Hover templates are the builder's own and stay as they are.
    Cut labels that would fall together keep their full text (bars never merge)."""

    for trace in fig.data:
        for attr in ("x", "y", "labels"):
            if attr in trace and _texts(trace[attr]):
                trace[attr] = _category_labels(list(trace[attr]), plain)
        for attr in ("text", "hovertext"):
            if attr in trace and trace[attr] is not None:
                trace[attr] = _inert_value(trace[attr], plain, HOVER_LIMIT)
        if "customdata" in trace and trace.customdata is not None:
            trace.customdata = _inert_value(trace.customdata, plain, HOVER_LIMIT)
        if "name" in trace and isinstance(trace.name, str):
            trace.name = _cut(plain(trace.name), LABEL_LIMIT)
        if trace.type == "sankey" and trace.node.label is not None:
            trace.node.label = _category_labels(list(trace.node.label), plain)
    for axis in ("xaxis", "yaxis"):
        ticks = fig.layout[axis].ticktext
        if ticks is not None and _texts(ticks):
            fig.layout[axis].ticktext = _category_labels(list(ticks), plain)
    return fig


def _texts(values: Any) -> bool:
    try:
        return any(isinstance(v, str) for v in values)
    except TypeError:
        return False


def _cut(text: str, limit: int) -> str:
    return cut(text, limit) if len(text) > limit else text


def _category_labels(values: list[Any], plain: Any) -> list[Any]:
    safe = [plain(v) if isinstance(v, str) else v for v in values]
    cut = [_cut(v, LABEL_LIMIT) if isinstance(v, str) else v for v in safe]
    distinct = {v for v in safe if isinstance(v, str)}
    if len({c for c, v in zip(cut, safe, strict=True) if isinstance(v, str)}) < len(distinct):
        return safe  # two names would become one bar: keep them whole
    return cut


def _inert_value(value: Any, plain: Any, limit: int) -> Any:
    if isinstance(value, str):
        return _cut(plain(value), limit)
    try:
        import numpy as np

        array = np.asarray(value, dtype=object)
    except (TypeError, ValueError):
        return value
    if not any(isinstance(v, str) for v in array.flat):
        return value
    return np.vectorize(
        lambda v: _cut(plain(v), limit) if isinstance(v, str) else v, otypes=[object]
    )(array)
