"""Every page of app.py runs in AppTest without an exception, in Romanian and in English."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_pages import APP, app_pages

SCRIPTS = [script for script, _, _, _ in app_pages()]


def run_page(script: str, query: dict[str, str] | None = None) -> AppTest:
    """Run app.py, then switch to `script`, with optional URL query parameters."""
    at = AppTest.from_file(str(APP), default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if script != SCRIPTS[0]:
        at.switch_page(script)
        at.run()
    return at


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("lang", ["ro", "en"])
def test_page_runs_clean(script, lang):
    at = run_page(script, {"lang": lang})
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, f"{script} shows no title"


@pytest.mark.parametrize("script", SCRIPTS)
def test_page_runs_for_every_component(script):
    for slug in ("copii", "dizabilitati", "varstnici", "violenta"):
        at = run_page(script, {"componenta": slug})
        assert not at.exception, (slug, [e.value for e in at.exception])


def test_hostile_query_parameters_are_ignored_safely():
    at = run_page(SCRIPTS[0], {"componenta": "<script>alert(1)</script>", "lang": "xx"})
    assert not at.exception
    assert at.sidebar.radio[0].value == "all"
    assert any("componenta" in c.value for c in at.sidebar.caption)
