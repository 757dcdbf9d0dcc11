"""The pages, declared once: script, URL path, title, icon, the URL parameters each reads, the
builder that makes its model and whether it becomes slides and a council pack. Navigation
(app.py), presentation mode, `python -m pack build` and the ui read this list; a declaration
that does not hold (a path twice, an unknown parameter, a pack without a builder) fails at
import, naming the page."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from domain.url_params import BY_NAME, UrlParam
from views.model import PageModel, Query

Builder = Callable[[Query], PageModel]
GLOBAL = ("componenta", "lang")  # every page (app.py's sidebar, display/filters.py)
SLIDES = ("prezentare", "slide")  # a page drawn as slides from its model (ui/presentation.py)


@dataclass(frozen=True)
class Page:
    """One page: `path` is its URL path ("" is /), `title` a strings key, `params` the names of
    the URL parameters it reads (domain/url_params.py), `builder` the `views` module whose
    `build(query)` makes its model (None: a form), `packable`: a PageModel that becomes slides
    and a council pack."""

    script: str
    path: str
    title: str
    icon: str
    params: tuple[str, ...]
    builder: str | None = None
    packable: bool = False

    def build(self) -> Callable[[Query], object] | None:
        """The page's `build(query)` (imported on first use: the app starts without them)."""
        if self.builder is None:
            return None
        return importlib.import_module(self.builder).build  # type: ignore[no-any-return]


PAGES: tuple[Page, ...] = (
    Page("app_pages/overview.py", "", "nav.overview", ":material/dashboard:",
         (*GLOBAL, *SLIDES, "an"), "views.overview", packable=True),
    Page("app_pages/services.py", "servicii", "nav.services", ":material/home_work:",
         (*GLOBAL, *SLIDES, "an", "tip", "complex", "serviciu", "uat"), "views.services",
         packable=True),
    Page("app_pages/county_map.py", "harta", "nav.map", ":material/map:",
         (*GLOBAL, *SLIDES, "an", "uat", "metrica", "componenta_distanta"), "views.county_map",
         packable=True),
    Page("app_pages/deinstitutionalisation.py", "dezinstitutionalizare", "nav.deinst",
         ":material/home:", (*GLOBAL, *SLIDES, "an"), "views.deinstitutionalisation",
         packable=True),
    Page("app_pages/objectives.py", "obiective", "nav.objectives", ":material/flag:",
         (*GLOBAL, *SLIDES, "plan", "perioada", "comparat", "traiectorie", "responsabil"),
         "views.objectives", packable=True),
    Page("app_pages/lateness.py", "intarzieri", "nav.late", ":material/schedule:",
         (*GLOBAL, *SLIDES, "plan", "responsabil"), "views.lateness", packable=True),
    Page("app_pages/reporting.py", "raportare", "nav.reporting", ":material/edit_note:",
         (*GLOBAL, "plan")),
    Page("app_pages/data_sources.py", "date", "nav.data", ":material/dataset:",
         (*GLOBAL, "indicator"), "views.data_sources"),
)  # fmt: skip


class PageDeclarationError(ValueError):
    """A page declaration that does not hold (views/pages.py)."""


def check(pages: tuple[Page, ...]) -> None:
    """Raise PageDeclarationError naming every page whose declaration does not hold."""
    problems: list[str] = []
    for field in ("script", "path"):
        values = [getattr(p, field) for p in pages]
        problems += [f"{field} {v!r} is declared twice" for v in dict.fromkeys(values)
                     if values.count(v) > 1]  # fmt: skip
    for p in pages:
        where = f"page /{p.path} ({p.script})"
        unknown = [n for n in p.params if n not in BY_NAME]
        if unknown:
            problems.append(f"{where}: unknown URL parameter(s) {', '.join(unknown)}")
        if len(set(p.params)) != len(p.params):
            problems.append(f"{where}: a URL parameter is listed twice")
        if p.packable and p.builder is None:
            problems.append(f"{where}: packable but has no builder")
        if (set(SLIDES) <= set(p.params)) != p.packable:  # slides are drawn from the model
            problems.append(f"{where}: reads ?prezentare= and ?slide= exactly when packable")
    if pages and pages[0].path != "":
        problems.append(f"the first page is / (the default), not /{pages[0].path}")
    if problems:
        raise PageDeclarationError("; ".join(problems))


check(PAGES)
BY_PATH: dict[str, Page] = {p.path: p for p in PAGES}
SCRIPTS: dict[str, str] = {p.path: p.script for p in PAGES}
PACKABLE: tuple[str, ...] = tuple(p.path for p in PAGES if p.packable)


def builder_of(path: str) -> Builder | None:
    """The PageModel builder of the page at `path` — slides and the pack draw it (None for a
    page that makes no PageModel: a form, the data catalogue)."""
    page = BY_PATH.get(path)
    return page.build() if page is not None and page.packable else None  # type: ignore[return-value]


def params_of(path: str) -> list[UrlParam]:
    """The URL parameters the page at `path` reads, as declared (domain/url_params.py)."""
    return [BY_NAME[name] for name in BY_PATH[path].params]


def pages_reading(name: str) -> tuple[str, ...]:
    """The URL paths of the pages that read the URL parameter `name`."""
    return tuple(p.path for p in PAGES if name in p.params)
