"""The council pack of a page built without a browser (`python -m pack build`, e.g. on a
schedule): the page's builder (`views/`) makes the same model the screen draws — from the global
filters and the page's own URL parameters (`?an=2023`, `?plan=…`) — and the model becomes the
pack, as the sidebar button makes it. No Streamlit runs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qsl

from display.as_of import data_as_of
from display.filters import Filters
from display.i18n import translator
from domain import components
from domain.url_params import GLOBAL_PARAMS
from pack.archive import Manifest
from pack.build import make_pack
from pack.model import pack_spec
from readers.reported import data_key, demo_values_exist
from views.model import Query
from views.pages import PACKABLE, SCRIPTS, builder_of

# Parameters the pack command sets itself (or that would show slides instead of the page).


class PackCommandError(RuntimeError):
    """The page could not be built into a pack; `usage`: a wrong page or option (exit 2), else
    the page itself failed (exit 1)."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


def page_scripts() -> dict[str, str]:
    """URL path (without slashes, "" for the Overview) → page script."""
    return dict(SCRIPTS)


def split_page_path(page_path: str) -> tuple[str, dict[str, str]]:
    """`/harta?metrica=nearest_km` → ("harta", {"metrica": "nearest_km"})."""
    path, _, query = page_path.strip().partition("?")
    return path.strip("/"), dict(parse_qsl(query, keep_blank_values=False))


def build(
    page_path: str, out_dir: Path, *, componenta: str | None = None, lang: str = "ro",
    now: datetime | None = None,
) -> Manifest:  # fmt: skip
    """Build the pack of `page_path` (path and query, e.g. `/obiective?plan=plan_2022`) into
    `out_dir/<pack_id>/` (deck, report, manifest — the archive's layout); the manifest."""
    if componenta is not None and componenta not in components.URL_SLUGS:
        raise PackCommandError(
            f"unknown component {componenta!r} ({', '.join(components.URL_SLUGS)})", usage=True
        )
    if lang not in ("ro", "en"):
        raise PackCommandError(f"unknown language {lang!r} (ro, en)", usage=True)
    path, query = split_page_path(page_path)
    page_query = {k: v for k, v in query.items() if k not in GLOBAL_PARAMS}
    if componenta is None:
        componenta = query.get("componenta")
    lang = query.get("lang", lang) if lang == "ro" else lang
    filters = Filters(component=components.URL_SLUGS.get(componenta or ""), lang=lang)
    if path not in SCRIPTS:
        known = ", ".join("/" + p for p in SCRIPTS)
        raise PackCommandError(f"no page at /{path} (pages: {known})", usage=True)

    build_model = builder_of(path)
    if path not in PACKABLE or build_model is None:
        raise PackCommandError(f"/{path} has no charts or key figures to put in a pack", usage=True)
    page = build_model(
        Query.of(
            filters.component, lang, page_query, today=(now or datetime.now()).date(),
            version=data_key(), demo=demo_values_exist(),
        )
    )  # fmt: skip
    if not (page.shown or page.kpi_pairs):
        raise PackCommandError(f"/{path} shows no chart or key figure to put in a pack")
    spec = pack_spec(
        page, filters, translator(lang), page_path=path, as_of=data_as_of(lang), now=now,
        query={**page_query, **filters.to_query()},
    )  # fmt: skip
    out_dir.mkdir(parents=True, exist_ok=True)
    return make_pack(spec, base=out_dir)
