"""All UI strings, Romanian first, looked up by key (catalogue in `display/strings/`)."""

from __future__ import annotations

from collections.abc import Callable

from display.strings import CATALOG
from domain import components

LANGS = ("ro", "en")


class MissingStringError(KeyError):
    """A UI string key that the catalogue does not have."""


def t(key: str, lang: str = "ro", **values: object) -> str:
    """The text of `key` in `lang` (Romanian for an unknown language), formatted with values;
    `component.<value>` is the label of a component declared in domain.components."""
    if key.startswith("component.") and (c := components.BY_VALUE.get(key[10:])) is not None:
        return c.label(lang)
    try:
        entry = CATALOG[key]
    except KeyError:
        raise MissingStringError(f"UI string {key!r} is not in display/strings") from None
    text = entry.get(lang if lang in LANGS else "ro") or entry["ro"]
    return text.format(**values) if values else text


def translator(lang: str) -> Callable[..., str]:
    """`t` bound to one language."""

    def tr(key: str, **values: object) -> str:
        return t(key, lang, **values)

    return tr
