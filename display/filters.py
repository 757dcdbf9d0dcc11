"""The cross-page filter object, read from and mirrored to the URL (`st.query_params`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from domain import components
from domain.url_params import parse_number


def slug_of(component: str | None) -> str | None:
    """The `?componenta=` value of a component (None: all, or not a filter choice)."""
    return {v: k for k, v in components.URL_SLUGS.items()}.get(component or "")


@dataclass(frozen=True)
class Filters:
    """What every page filters by; one object, initialised once per run in app.py."""

    component: str | None = None  # a component value (domain.components), None = all
    lang: str = "ro"
    presentation: bool = False

    def to_query(self) -> dict[str, str]:
        """The query parameters that reproduce these filters (defaults omitted)."""
        query: dict[str, str] = {}
        if (slug := slug_of(self.component)) is not None:
            query["componenta"] = slug
        if self.lang != "ro":
            query["lang"] = self.lang
        if self.presentation:
            query["prezentare"] = "1"
        return query


def _first(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return str(value or "")[:40].strip().lower()


def filters_from_query(query: Mapping[str, object]) -> tuple[Filters, list[str]]:
    """Parse query parameters; malformed values are ignored and named in the second item."""
    ignored: list[str] = []
    component = None
    slug = _first(query.get("componenta"))
    if slug:
        component = components.URL_SLUGS.get(slug)
        if component is None:
            ignored.append("componenta")
    lang = _first(query.get("lang")) or "ro"
    if lang not in ("ro", "en"):
        ignored.append("lang")
        lang = "ro"
    raw_pres = _first(query.get("prezentare"))
    if raw_pres not in ("", "0", "1"):
        ignored.append("prezentare")
    return Filters(component=component, lang=lang, presentation=raw_pres == "1"), ignored


def with_component(filters: Filters, component: str | None) -> Filters:
    """A copy with another component (None = all)."""
    return replace(
        filters, component=component if component in components.COMPONENT_VALUES else None
    )


def slide_from_query(query: Mapping[str, object], total: int) -> int:
    """The 1-based slide of presentation mode (`slide=N`), clamped to 1..total; 1 when absent."""
    number = parse_number(query.get("slide")) or 1
    return min(max(number, 1), max(total, 1))


def filter_labels(filters: Filters, tr: Callable[..., str]) -> list[tuple[str, str]]:
    """The active filters as (label, value) texts, e.g. ("Componentă", "Toate componentele")."""
    component = tr(f"component.{filters.component}") if filters.component else tr("filter.all")
    return [(tr("filter.component"), component)]
