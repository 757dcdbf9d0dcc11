"""The pages, declared once: script, URL path, title, icon, and the builder that makes the
page's model (for presentation mode and the council pack, which draw it without the page)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from views.model import PageModel, Query

# (script, url path, title key, icon, builder module or None); the first page is "/".
PAGES = [
    ("app_pages/overview.py", "", "nav.overview", ":material/dashboard:", "views.overview"),
    ("app_pages/services.py", "servicii", "nav.services", ":material/home_work:",
     "views.services"),
    ("app_pages/county_map.py", "harta", "nav.map", ":material/map:", "views.county_map"),
    ("app_pages/deinstitutionalisation.py", "dezinstitutionalizare", "nav.deinst",
     ":material/home:", "views.deinstitutionalisation"),
    ("app_pages/objectives.py", "obiective", "nav.objectives", ":material/flag:",
     "views.objectives"),
    ("app_pages/lateness.py", "intarzieri", "nav.late", ":material/schedule:", "views.lateness"),
    ("app_pages/reporting.py", "raportare", "nav.reporting", ":material/edit_note:", None),
    ("app_pages/data_sources.py", "date", "nav.data", ":material/dataset:", None),
]  # fmt: skip
SCRIPTS = {path: script for script, path, *_ in PAGES}
Builder = Callable[[Query], PageModel]


def builder_of(path: str) -> Builder | None:
    """The builder of the page at `path` (None for pages without one: forms, admin)."""
    for _, page_path, _, _, module in PAGES:
        if page_path == path and module:
            return importlib.import_module(module).build  # type: ignore[no-any-return]
    return None
