"""Journey fixtures: each person walks a server of their own (a fresh SQLite store with an
administrator and an editor), in Debian's Chromium at 1366×768 unless a test resizes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, _require_chromium, serve_app

ADMIN = ("admin", "parola-administrator-2022")  # the journeys' administrator account
VIEWPORT = {"width": 1366, "height": 768}


@pytest.fixture
def journey_url(tmp_path: Path) -> Iterator[str]:
    """A server of this journey's own, its store holding an administrator too."""
    _require_chromium()
    with serve_app(tmp_path) as url:
        env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'browser.db'}"}
        subprocess.run(
            [sys.executable, "-m", "store", "create-user", ADMIN[0], "--role", "admin",
             "--password-stdin"],
            cwd=ROOT, env={**os.environ, **env}, check=True, input=ADMIN[1],
            text=True, capture_output=True,
        )  # fmt: skip
        yield url


@pytest.fixture
def page(browser):
    """A fresh browser context at 1366×768 (clipboard allowed, Romanian locale)."""
    context = browser.new_context(viewport=VIEWPORT, locale="ro-RO")
    yield context.new_page()
    context.close()
