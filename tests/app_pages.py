"""The page list of the app (tests use it to cover every page)."""

from __future__ import annotations

from ui.navigation import PAGES


def app_pages() -> list[tuple[str, str, str, str]]:
    """(script, url path, title key, icon) of every page."""
    return [(script, path, title, icon) for script, path, title, icon, _ in PAGES]
