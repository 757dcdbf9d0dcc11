"""Backup and restore: every table, across engines (SQLite ↔ PostgreSQL), refusals in Romanian."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from domain.plans import PlanMeta, PlanTables
from store import api
from store import plan_versions as plans
from store.backup import RestoreError, backup, restore
from store.db import make_engine
from tests.store.conftest import state
from tests.store.test_logins import FAST


@pytest.fixture
def engine(users_engine):
    """This module creates its own users: an initialised database with none."""
    return users_engine


def fill(engine, catalog) -> None:
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.update_user("adi", by=None, role="admin", password="parola-noua", rounds=FAST,
                    engine=engine)  # fmt: skip
    api.save_values(
        [{"indicator_id": "t-count", "period_end": date(2022, 6, 30), "value": 12.5,
          "comment": "=HYPERLINK(\"x\") ăîșț"},
         {"indicator_id": "t-pct", "period_end": date(2022, 6, 30), "uat_siruta": 20297,
          "value": 75}],
        "adi", "form", catalog=catalog, engine=engine,
    )  # fmt: skip
    objective = {"plan_id": "plan_2022", "component": "other", "node_id": "t-og",
                 "level": "general", "number": "1", "title": "Obiectiv ăîșț"}  # fmt: skip
    plan = PlanTables(
        PlanMeta("plan_2022", "Plan 2022", "annual", 2022, 2022),
        {"objectives": plans.typed_frame("objectives", [objective])},
    )
    plans.save_plan(plan, user="adi", engine=engine)  # plan, plan_version and catalog_row
    api.login("adi", "gresit", engine=engine)


def everything(engine) -> tuple:
    users = api.users_frame(engine=engine)
    audit = api.audit_frame(engine=engine)
    return (
        state(engine),
        api.row_counts(engine),
        users.astype(str).values.tolist(),
        audit.astype(str).values.tolist(),
    )


@pytest.fixture
def sqlite_engine(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    yield engine
    engine.dispose()


def test_backup_holds_every_table(engine, catalog, tmp_path):
    fill(engine, catalog)
    report = backup(tmp_path / "copie.zip", engine=engine)
    names = {t.name for t in SQLModel.metadata.sorted_tables}
    assert set(report.counts) == names
    with zipfile.ZipFile(tmp_path / "copie.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert set(archive.namelist()) == {"manifest.json"} | {f"{n}.jsonl" for n in names}
    assert manifest["revision"] == "0004" and manifest["tables"]["app_user"] == 1


def test_from_this_engine_to_sqlite(engine, catalog, tmp_path, sqlite_engine):
    fill(engine, catalog)
    backup(tmp_path / "copie.zip", engine=engine)
    report = restore(tmp_path / "copie.zip", engine=sqlite_engine)
    assert report.counts == api.row_counts(engine)
    assert everything(sqlite_engine) == everything(engine)
    assert api.authenticate("adi", "parola-noua", engine=sqlite_engine) is not None
    # ids go on after the restored ones
    api.save_values([{"indicator_id": "t-bool", "period_end": date(2022, 6, 30), "value": 1}],
                    "adi", catalog=catalog, engine=sqlite_engine)  # fmt: skip


def test_from_sqlite_to_this_engine(bare_engine, catalog, tmp_path, sqlite_engine):
    api.init(engine=sqlite_engine)  # with the curated plans: catalogue rows travel too
    fill(sqlite_engine, catalog)
    backup(tmp_path / "copie.zip", engine=sqlite_engine)
    restore(tmp_path / "copie.zip", engine=bare_engine)
    assert everything(bare_engine) == everything(sqlite_engine)
    assert api.row_counts(bare_engine)["catalog_row"] > 1500  # both curated plans came along
    api.save_values([{"indicator_id": "t-bool", "period_end": date(2022, 6, 30), "value": 1}],
                    "adi", catalog=catalog, engine=bare_engine)  # fmt: skip
    api.create_user("eva", "parola-buna", "viewer", rounds=FAST, engine=bare_engine)


def test_a_database_with_data_is_refused(engine, catalog, tmp_path, sqlite_engine):
    fill(engine, catalog)
    backup(tmp_path / "copie.zip", engine=engine)
    before = state(engine)
    with pytest.raises(RestoreError, match="baza de date nu este goală"):
        restore(tmp_path / "copie.zip", engine=engine)
    assert state(engine) == before


def test_another_schema_revision_is_refused(engine, tmp_path, sqlite_engine):
    data = tmp_path / "copie.zip"
    backup(data, engine=engine)
    changed = tmp_path / "alta.zip"
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(changed, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "manifest.json":
                manifest = json.loads(content)
                manifest["revision"] = "0001"
                content = json.dumps(manifest).encode()
            dst.writestr(item, content)
    with pytest.raises(RestoreError, match="revizia 0001"):
        restore(changed, engine=sqlite_engine)
    with pytest.raises(RestoreError, match="nu este o copie de siguranță"):
        (tmp_path / "x.zip").write_bytes(b"not a zip")
        restore(tmp_path / "x.zip", engine=sqlite_engine)


def test_reporters_closed_periods_and_submissions_travel(engine, catalog, tmp_path, sqlite_engine):
    """Issue #24's tables (user_unit, period_closure, unit_submission) go into the backup and
    come back, rules and all."""
    from store.periods import close_period, closed_periods
    from store.reporters import reporter_units_frame
    from store.submissions import submissions_frame, submit_unit

    fill(engine, catalog)
    api.create_user("rita", "parola-de-test", "reporter", units=["u-ciapv-rachitoasa", "u-cpru"],
                    created_by="adi", rounds=FAST, engine=engine)  # fmt: skip
    submit_unit("plan_2022", date(2022, 6, 30), "u-cpru", user="rita", engine=engine)
    close_period("plan_2022", date(2022, 12, 31), user="adi", engine=engine)
    report = backup(tmp_path / "copie.zip", engine=engine)
    assert {k: report.counts[k] for k in ("user_unit", "period_closure", "unit_submission")} == {
        "user_unit": 2, "period_closure": 1, "unit_submission": 1,
    }  # fmt: skip
    restore(tmp_path / "copie.zip", engine=sqlite_engine)
    assert everything(sqlite_engine) == everything(engine)
    for read in (reporter_units_frame, closed_periods, submissions_frame):
        assert read(engine=sqlite_engine).astype(str).values.tolist() == (
            read(engine=engine).astype(str).values.tolist()
        )
    assert reporter_units_frame(engine=sqlite_engine).values.tolist() == [
        ["rita", "u-ciapv-rachitoasa"], ["rita", "u-cpru"],
    ]  # fmt: skip
    with pytest.raises(api.ClosedPeriodError):
        api.save_values([{"indicator_id": "t-bool", "period_end": date(2022, 12, 31),
                          "value": 1}], "adi", catalog=catalog, engine=sqlite_engine)  # fmt: skip
