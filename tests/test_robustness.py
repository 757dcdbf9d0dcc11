"""Broken curated data and an unreachable store never show a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from curation.common import CURATED, SERVICES_COLUMNS, read_csv, write_csv
from tests.app_pages import APP, app_pages
from tests.store.conftest import ROOT

SCRIPTS = [script for script, _, _, _ in app_pages()]


@pytest.fixture
def broken_curated(tmp_path, monkeypatch):
    """A copy of data/curated whose services.csv has a bad cell and whose units.csv is gone."""
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    services = folder / "services.csv"
    rows = read_csv(services)
    rows[0]["capacity"] = "doisprezece"
    write_csv(services, SERVICES_COLUMNS, rows)
    (folder / "units.csv").unlink()
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
    """The plans come from the store, so a broken services.csv does not reach the pages; a file
    the pages still read (units.csv, the canonical owners) is named where it is needed."""
    at = _run(script)
    assert not at.exception, [e.value for e in at.exception]
    texts = " ".join(e.value for e in at.error)
    if script in ("app_pages/objectives.py", "app_pages/reporting.py"):
        assert "units.csv, file: missing" in texts
    if script in ("app_pages/overview.py", "app_pages/services.py"):
        assert not at.error  # the registry is read from the store, not from services.csv


def test_a_broken_curated_file_is_not_seeded(broken_curated, tmp_path, monkeypatch):
    """`store init` names the bad cell, exits 2 and leaves the stored plans as they were."""
    db = tmp_path / "seed.db"
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{db}")
    result = subprocess.run(
        [sys.executable, "-m", "store", "init"], cwd=ROOT, env=env, capture_output=True,
        text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "services.csv, row 1 (line 2), column capacity: not a number" in result.stdout
    assert "planurile din baza de date au rămas cum erau" in result.stderr
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    from store import plan_versions as plans
    from store.db import reset_engines

    reset_engines()
    assert plans.list_plans().empty


def test_unreachable_store_names_the_problem_on_every_page(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    for script in SCRIPTS:
        at = _run(script)
        assert not at.exception, (script, [e.value for e in at.exception])
        errors = " ".join(e.value for e in at.error)
        if script == "app_pages/reporting.py":  # reporting is disabled: no login, no form, a reason
            assert "nu este disponibilă" in errors
            assert not at.text_input and not at.tabs
        else:
            assert "Planurile nu pot fi citite acum din baza de date" in errors, script
        # a visitor reads no driver, host, port or command (the server log keeps the detail)
        for leak in ("psycopg", "127.0.0.1", "port", "store init", "OperationalError"):
            assert leak not in errors, (script, leak)


def _corrected_indicators() -> list[tuple[str, str]]:
    """(indicator, its activity) of every stored indicator with a hand correction."""
    from loaders.provenance import corrections
    from readers import catalogue

    fixed = set(corrections()["node_or_indicator_id"])
    rows = catalogue.indicators()
    hit = rows["indicator_id"].isin(fixed) | rows["activity_node_id"].isin(fixed)
    return list(zip(rows.loc[hit, "indicator_id"], rows.loc[hit, "activity_node_id"], strict=True))


def test_every_indicator_with_a_hand_correction_shows_its_corrections():
    # /date?indicator=p22-2.1.1-i1 ended in KeyError: 'file' (the file column has no label)
    from display.tables import labelled_columns
    from loaders.provenance import corrections_of

    corrected = _corrected_indicators()
    assert len(corrected) >= 84, len(corrected)
    for indicator, activity in corrected:
        for lang in ("ro", "en"):
            table = labelled_columns(corrections_of([indicator, activity]), "corrections", lang)
            assert not table.empty, indicator
            assert "corrections_plan_2022.csv" not in table.to_string()


@pytest.mark.parametrize("indicator", ["p22-2.1.1-i1", "p22-5.2.2-b-i1"])
def test_the_lineage_of_a_corrected_indicator_opens(indicator):
    from tests.test_pages_apptest import run_page

    at = run_page("app_pages/data_sources.py", {"indicator": indicator})
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox[-1].value == indicator


def test_an_unexpected_error_is_said_in_romanian_not_in_an_english_box(monkeypatch):
    def page() -> None:
        from display.i18n import translator
        from ui.render import guarded

        with guarded(translator("ro")):
            raise RuntimeError("boom at /srv/secret.py line 3")

    monkeypatch.delenv("PYTEST_CURRENT_TEST")  # as in production: the message, no re-raise
    at = AppTest.from_function(page)
    at.run()
    assert not at.exception
    (error,) = at.error
    assert "nu a putut fi afișată" in error.value and "referința" in error.value
    assert "boom" not in error.value and "secret" not in error.value


def test_under_pytest_the_unexpected_error_still_fails_the_run():
    def page() -> None:
        from display.i18n import translator
        from ui.render import guarded

        with guarded(translator("ro")):
            raise RuntimeError("boom")

    at = AppTest.from_function(page)
    at.run()
    assert at.exception  # a test run sees every crash
