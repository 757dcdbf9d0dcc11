"""Test-wide set-up: hypothesis profiles and a private SQLite store for the whole session."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from tests.templates import SqliteTemplates

# fixtures for every test: `sqlite_templates` (the stored catalogue is cached by caching.shared,
# outside the app as in it)
pytest_plugins = ("tests.templates",)

# CI runs every property test with the same examples (derandomize: the examples come from each
# test's name, not a random seed), so a red run is repeatable and a green one stays green;
# locally the default profile keeps exploring (`--hypothesis-seed=N` repeats a run).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default")
)


@pytest.fixture(autouse=True, scope="session")
def _private_database(
    tmp_path_factory: pytest.TempPathFactory, sqlite_templates: SqliteTemplates
) -> Any:
    """No test touches var/: pages that open the store get a session-wide SQLite file."""
    if "DATABASE_URL" in os.environ:
        yield
        return
    path = tmp_path_factory.mktemp("store") / "dashboard.db"
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    from tests.templates import seeded  # the plugin's module, imported once pytest has it

    # the pages read the plans from the store: a copy of the seeded template (api.init(), once)
    sqlite_templates.copy("seeded", seeded, os.environ["DATABASE_URL"])
    yield
    os.environ.pop("DATABASE_URL", None)


@pytest.fixture(scope="session")
def browser() -> Any:
    """One headless Chromium per test process, shared by tests/browser and tests/journeys (a
    second sync Playwright in the same process fails: "Sync API inside the asyncio loop")."""
    from tests.browser.conftest import _require_chromium  # browser tests only: imports playwright
    from tests.browser.support import ARGS, CHROMIUM

    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


_SLOW_SOURCE = ("AppTest", "tests.app_pages")  # a module that runs whole pages


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tiers: tests in browser/ and journeys/ are `browser`; a module that runs whole pages
    through AppTest is `apptest` (`make test-fast` leaves both out, and PostgreSQL)."""
    slow: dict[str, bool] = {}
    for item in items:
        path = item.path
        if path.parent.name in ("browser", "journeys"):
            item.add_marker(pytest.mark.browser)
            continue
        key = str(path)
        if key not in slow:
            text = path.read_text(encoding="utf-8") if path.suffix == ".py" else ""
            slow[key] = any(word in text for word in _SLOW_SOURCE)
        if slow[key]:
            item.add_marker(pytest.mark.apptest)
