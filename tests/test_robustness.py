"""Broken curated data and an unreachable store never show a traceback."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from loaders.curate.common import CURATED, SERVICES_COLUMNS, read_csv, write_csv
from tests.app_pages import APP, app_pages

SCRIPTS = [script for script, _, _, _ in app_pages()]


@pytest.fixture
def broken_curated(tmp_path, monkeypatch):
    """A copy of data/curated whose services.csv has a bad cell and whose indicators.csv is gone."""
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    services = folder / "services.csv"
    rows = read_csv(services)
    rows[0]["capacity"] = "doisprezece"
    write_csv(services, SERVICES_COLUMNS, rows)
    (folder / "indicators.csv").unlink()
    monkeypatch.setenv("DASHBOARD_CURATED_DIR", str(folder))
    return folder


def _run(script: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.run()
    if script != SCRIPTS[0]:
        at.switch_page(script)
        at.run()
    return at


@pytest.mark.parametrize("script", SCRIPTS)
def test_broken_curated_file_gives_a_named_error_not_a_traceback(broken_curated, script):
    at = _run(script)
    assert not at.exception, [e.value for e in at.exception]
    texts = " ".join(e.value for e in at.error) + " ".join(i.value for i in at.info)
    if script in ("pages/overview.py", "pages/services.py"):
        assert "services.csv, row 1 (line 2), column capacity: not a number" in texts


def test_unreachable_store_keeps_curated_pages(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    for script in SCRIPTS:
        at = _run(script)
        assert not at.exception, (script, [e.value for e in at.exception])
        if script == "pages/objectives.py":
            assert any("nu pot fi citite" in w.value for w in at.warning)
        if script == "pages/reporting.py":  # reporting is disabled: no login, no form, a reason
            assert any("nu este disponibilă" in e.value for e in at.error)
            assert not at.text_input and not at.tabs
