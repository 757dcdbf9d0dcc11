"""The page list of app.py, read without running the app (tests use it to cover every page)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app.py"


def app_pages() -> list[tuple[str, str, str, str]]:
    """PAGES of app.py: (script, url path, title key, icon)."""
    tree = ast.parse(APP.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "PAGES" for t in node.targets
        ):
            return [tuple(p) for p in ast.literal_eval(node.value)]
    raise AssertionError("app.py has no PAGES list")
