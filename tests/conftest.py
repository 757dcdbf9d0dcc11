"""Test-wide set-up: AppTest runs app.py on every run, as `python -m ui.serve` does in production.

AppTest resets `PagesManager.uses_pages_directory` before each run; because this project has a
`pages/` folder, Streamlit then takes the app for a v1 multipage app and, on the second run of a
test (after a click or `switch_page`), executes the page script alone — without app.py, its
filters, navigation and presentation mode. The subclass below keeps the flag at False, which is
what `st.navigation` itself sets.
"""

from __future__ import annotations

from typing import Any

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import app_test


class _NavigationPagesManager(PagesManager):
    """A PagesManager that never falls back to v1 `pages/` discovery."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        PagesManager.uses_pages_directory = False
        super().__init__(*args, **kwargs)


app_test.PagesManager = _NavigationPagesManager  # type: ignore[misc]


import os  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI runs every property test with the same examples (derandomize: the examples come from each
# test's name, not a random seed), so a red run is repeatable and a green one stays green;
# locally the default profile keeps exploring (`--hypothesis-seed=N` repeats a run).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default")
)


@pytest.fixture(autouse=True, scope="session")
def _private_database(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """No test touches var/: pages that open the store get a session-wide SQLite file."""
    if "DATABASE_URL" in os.environ:
        yield
        return
    path = tmp_path_factory.mktemp("store") / "dashboard.db"
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    from store import api  # the pages read the plans from the store: seed them once

    api.init()
    yield
    os.environ.pop("DATABASE_URL", None)
