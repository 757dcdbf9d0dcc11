"""The "data as of" sentence every page, slide and pack prints."""

from __future__ import annotations

from display.fmt import fmt_date
from display.i18n import t
from domain.errors import StoreUnavailableError
from loaders.provenance import curated_catalog
from readers import catalogue
from store.seed import CURATED_USER


def data_as_of(lang: str) -> str:
    """The "data as of" sentence: the latest of the curated files' provenance dates and the
    stored plans' versions, and the registry years."""
    dates = [e.date[:10] for e in curated_catalog() if e.date[:4].isdigit()]
    years = "–"
    try:
        plans = catalogue.plans()
        loaded = plans[plans["created_by"] != CURATED_USER]  # seeding is not new data
        dates += [str(d)[:10] for d in loaded["created_at"] if str(d)[:4].isdigit()]
        years = ", ".join(str(y) for y in catalogue.registry_years()) or "–"
    except StoreUnavailableError:
        pass
    date = fmt_date(max(dates), lang) if dates else "–"
    return t("footer.as_of", lang, date=date, years=years)
