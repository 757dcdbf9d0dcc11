"""Schema, migrations, engine configuration; the read path degrades when the store is away."""

from __future__ import annotations

import subprocess

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from store import api, db
from store.models import COUNTY_SIRUTA, ReportedValue, utc_now
from tests.store.conftest import ROOT, make_catalog, postgres_base_url

TABLES = {
    "reporting_period", "reported_value", "service_snapshot", "audit_log", "app_user", "plan",
    "plan_version", "catalog_row",
}  # fmt: skip


def test_init_creates_schema_and_is_idempotent(bare_engine):
    first = api.init(engine=bare_engine, seed=False)
    second = api.init(engine=bare_engine, seed=False)
    assert first.revision == second.revision == "0004"
    assert set(inspect(bare_engine).get_table_names()) >= TABLES | {"alembic_version"}
    assert first.seeded_plans == second.seeded_plans == {}
    assert first.counts == second.counts
    assert first.counts["plan"] == 0


def test_migrations_match_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_county_sentinel_keeps_the_key_unique(engine):
    """Two county-level rows for one indicator and period are refused by the database itself."""

    def row() -> ReportedValue:
        return ReportedValue(
            indicator_id="t-count",
            period_end=utc_now().date(),
            uat_siruta=COUNTY_SIRUTA,
            value=1.0,
            source="form",
            entered_by="ana",
            entered_at=utc_now(),
        )

    with Session(engine) as session:
        session.add(row())
        session.commit()
        session.add(row())
        with pytest.raises(IntegrityError):
            session.commit()


def test_database_constraints_refuse_what_validation_refuses(engine):
    bad = ReportedValue(
        indicator_id="t-count",
        period_end=utc_now().date(),
        value=-1.0,
        source="guess",
        entered_by="ana",
        entered_at=utc_now(),
    )
    with Session(engine) as session:
        session.add(bad)
        with pytest.raises(IntegrityError):
            session.commit()


def test_default_url_is_the_sqlite_file_under_var(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert db.database_url() == f"sqlite:///{ROOT / 'var' / 'dashboard.db'}"
    assert (ROOT / "var").is_dir()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_url_from_the_environment(monkeypatch, given, expected):
    monkeypatch.setenv("DATABASE_URL", given)
    assert db.database_url() == expected


def test_var_is_ignored_by_git():
    result = subprocess.run(
        ["git", "check-ignore", "-q", "var/dashboard.db"], cwd=ROOT, check=False
    )
    assert result.returncode == 0


def test_values_frame_raises_when_the_database_is_unreachable():
    engine = db.make_engine("postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(Exception, match=r"(?i)connect|refused"):
        api.values_frame(engine=engine)
    engine.dispose()


def test_pages_degrade_when_the_database_is_unreachable(monkeypatch):
    from readers.reported import VALUE_COLUMNS, reported_values

    monkeypatch.setenv(
        "DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:1/x?connect_timeout=2"
    )
    frame, reason = reported_values()
    assert frame.empty
    assert list(frame.columns) == VALUE_COLUMNS
    assert reason and "OperationalError" in reason


def test_value_columns_are_the_contract(engine):
    from readers.reported import VALUE_COLUMNS

    assert list(api.values_frame(engine=engine).columns) == VALUE_COLUMNS == api.VALUE_COLUMNS


def test_postgres_is_skipped_locally_but_fails_in_ci(monkeypatch):
    monkeypatch.delenv("TEST_POSTGRES_URL", raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="TEST_POSTGRES_URL is not set"):
        postgres_base_url()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="in CI they must"):
        postgres_base_url()


def test_fixed_catalogue_is_consistent():
    catalog = make_catalog()
    assert catalog.is_percent("t-pct")
    assert catalog.plan_of("s-count") == "strategy_2025_2034"
    assert catalog.target_at("t-count", utc_now().date().replace(2022, 6, 30)) == (
        950.0,
        "2022-06-30",
    )


def test_the_store_readme_documents_every_command():
    from store.__main__ import COMMANDS

    text = (ROOT / "store" / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"python -m store {name}" not in text]
    assert missing == []
