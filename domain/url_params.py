"""Every URL parameter of the dashboard, declared once (name, type), and the one parser per type
that every page, builder and `python -m pack build` use; which pages read a parameter is part of
each page's declaration (views/pages.py).

A value is read as the person typed it and parsed strictly: numbers are ASCII digits only
(Python's `str.isdigit()` is True for `²`, `١`, on which `int()` then fails or reads another
digit), dates are `YYYY-MM-DD`, texts are cut before they are compared. A value that does not
parse is None: the page falls back to its default and says so (never an exception).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

Kind = Literal["slug", "flag", "number", "numbers", "text", "texts", "date"]

# (name, kind) — the README's section „Adrese și parametri” in code (tests/test_docs.py)
MAX_TEXT = 200  # longer than any id or slug the dashboard writes: a longer value names nothing
_DIGITS = re.compile(r"[0-9]{1,9}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class UrlParam:
    """One URL parameter: its name, the type of its value, and whether the builder (`views/`) of
    a page reading it says when the value names nothing (else the page does)."""

    name: str
    kind: Kind
    said_by_builder: bool = False
    is_global: bool = False  # read by every page (app.py, display/filters.py), not the page's own


URL_PARAMS: tuple[UrlParam, ...] = (
    # global: every page (app.py, display/filters.py)
    UrlParam("componenta", "slug", is_global=True),
    UrlParam("lang", "slug", is_global=True),
    UrlParam("prezentare", "flag", is_global=True),
    UrlParam("slide", "number", is_global=True),
    # the registry year (ui/year_select.py, views/common.py)
    UrlParam("an", "number", said_by_builder=True),
    # /servicii
    UrlParam("tip", "texts", said_by_builder=True),
    UrlParam("complex", "texts", said_by_builder=True),
    UrlParam("serviciu", "text"),
    # /servicii (a list of SIRUTA codes) and /harta (the profile's one UAT)
    UrlParam("uat", "numbers", said_by_builder=True),
    # /harta
    UrlParam("metrica", "text"),
    UrlParam("componenta_distanta", "slug"),
    # /obiective, /intarzieri (/raportare reads ?plan= too)
    UrlParam("plan", "text", said_by_builder=True),
    UrlParam("perioada", "date"),
    UrlParam("comparat", "date"),
    UrlParam("traiectorie", "text"),
    UrlParam("responsabil", "text", said_by_builder=True),
    # /date
    UrlParam("indicator", "text"),
)
BY_NAME = {p.name: p for p in URL_PARAMS}
# the filters every page reads, never part of one page's own query
GLOBAL_PARAMS: tuple[str, ...] = tuple(p.name for p in URL_PARAMS if p.is_global)


def parse_number(raw: object) -> int | None:
    """A whole number written in ASCII digits (at most 9), else None: `²`, `-1`, `1e9`, `1.5`,
    `١` and an empty value name no number."""
    text = _text(raw)
    return int(text) if text is not None and _DIGITS.fullmatch(text) else None


def parse_date(raw: object) -> date | None:
    """A date written `YYYY-MM-DD` (ASCII digits), else None."""
    text = _text(raw)
    if text is None or not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_text(raw: object) -> str | None:
    """The value as a text to compare with ids and slugs (stripped), else None: empty, longer
    than any id, or holding a control character (NUL, bidi overrides)."""
    text = _text(raw)
    if text is None or len(text) > MAX_TEXT or any(_is_control(c) for c in text):
        return None
    return text


def parse_slug(raw: object) -> str | None:
    """A slug (`copii`, `en`): a text, lower-cased."""
    text = parse_text(raw)
    return text.lower() if text is not None else None


def parse_items(raw: object, parse: Callable[[object], object | None]) -> tuple[list, list[str]]:
    """A comma-separated list: the items that parse, and the items that do not (as typed)."""
    good: list = []
    bad: list[str] = []
    for item in str(raw or "").split(","):
        if not item.strip():
            continue
        value = parse(item)
        if value is None:
            bad.append(item.strip())
        elif value not in good:
            good.append(value)
    return good, bad


def parser(kind: Kind) -> Callable[[object], object | None]:
    """The parser of one value of a parameter of this kind (lists: of one item)."""
    return {
        "slug": parse_slug, "flag": parse_number, "number": parse_number,
        "numbers": parse_number, "text": parse_text, "texts": parse_text, "date": parse_date,
    }[kind]  # fmt: skip


def shown_value(raw: object, limit: int = 40) -> str:
    """A value from the URL as a notice may quote it: control characters removed, cut to
    `limit` characters (a 10.000-character value is not printed whole)."""
    text = "".join(c for c in str(raw or "") if not _is_control(c)).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(raw: object) -> str | None:
    if isinstance(raw, list | tuple):
        raw = raw[0] if raw else None
    if raw is None:
        return None
    text = str(raw).strip()
    return text or None


def _is_control(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char) in ("Cc", "Cf")
