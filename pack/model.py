"""What a council pack holds: the views a page showed, in the context they were shown in."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from display.filters import Filters, filter_labels
from views.model import PageModel
from views.model import Section as PackView  # one chart, map or table of a page

Tr = Callable[..., str]


@dataclass(frozen=True)
class PackSpec:
    """Everything a pack is built from; texts are already translated and formatted."""

    pack_id: str
    created_at: datetime
    lang: str
    page_title: str
    page_path: str
    filters: tuple[tuple[str, str], ...]  # (label, value) as shown, e.g. ("Componentă", "Toate")
    query: dict[str, str]  # the URL query that reproduces the view
    as_of: str  # the "data as of" sentence
    kpis: tuple[tuple[str, str], ...] = ()  # (label, formatted value) as the KPI tiles show them
    views: tuple[PackView, ...] = field(default_factory=tuple)
    demo: bool = False  # demonstration values in the store: every slide and page is marked

    @property
    def charts(self) -> tuple[PackView, ...]:
        """The views that have a chart to show."""
        return tuple(v for v in self.views if v.shown)

    @property
    def link(self) -> str:
        """The dashboard path with the query that reproduces this view."""
        query = "&".join(f"{k}={v}" for k, v in sorted(self.query.items()))
        return f"/{self.page_path}" + (f"?{query}" if query else "")


def new_pack_id(now: datetime) -> str:
    """`20261122-143005-3fa9`: time of creation plus a random suffix (unique, sortable)."""
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def pack_spec(
    page: PageModel, filters: Filters, tr: Tr, *, page_path: str, as_of: str,
    chosen: list[str] | None = None, now: datetime | None = None,
    query: dict[str, str] | None = None,
) -> PackSpec:  # fmt: skip
    """The spec of a pack of this page as shown: its KPI tiles and the chosen charts; `query`
    is the URL query that reproduces the view (default: the global filters)."""
    now = now or datetime.now()
    charts = [v for v in page.shown if chosen is None or v.key in chosen]
    return PackSpec(
        pack_id=new_pack_id(now),
        created_at=now,
        lang=filters.lang,
        page_title=page.title,
        page_path=page_path,
        filters=(*filter_labels(filters, tr), *page.filters),
        query={
            k: v
            for k, v in (filters.to_query() if query is None else query).items()
            if k not in ("prezentare", "slide")
        },
        as_of=as_of,
        kpis=tuple(page.kpi_pairs),
        views=tuple(charts),
        demo=page.demo,
    )
