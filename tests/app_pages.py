"""The page list of the app (tests use it to cover every page)."""

from __future__ import annotations

from pathlib import Path

from views.pages import PAGES

APP = Path(__file__).resolve().parents[1] / "app.py"


def app_pages() -> list[tuple[str, str, str, str]]:
    """(script, url path, title key, icon) of every page."""
    return [(p.script, p.path, p.title, p.icon) for p in PAGES]


def drawn(at: object) -> object:
    """The model the page of an AppTest run drew (`ui.render`), on screen or as slides."""
    return at.session_state["_page_model"]  # type: ignore[attr-defined]
