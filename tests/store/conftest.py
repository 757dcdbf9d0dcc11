"""Store fixtures: every store test runs on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL comes from TEST_POSTGRES_URL; each test gets its own schema (so pytest-xdist workers
never collide) that is dropped afterwards. Without TEST_POSTGRES_URL the PostgreSQL half skips
with a visible reason, except in CI (env CI set), where it fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from store import api
from store.db import make_engine
from store.input_rules import Catalog, load_catalog
from tests.templates import SqliteTemplates, schema_only

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "TEST_POSTGRES_URL"

INDICATOR_COLUMNS = [
    "indicator_id", "plan_id", "indicator_text", "target_value", "target_unit", "target_kind",
    "direction", "periodicity", "deadline", "responsible",
]  # fmt: skip
INDICATORS = [
    ("t-count", "plan_2022", "Număr de cazuri instrumentate", 850.0, "cazuri", "count", "min",
     "once", "2022-12-31", "SPC"),
    ("t-pct", "plan_2022", "Procentul copiilor reintegrați", 80.0, "%", "percent", "min",
     "annual", "2022", "SPC"),
    ("t-bool", "plan_2022", "Procedură aprobată", 1.0, None, "boolean", "exact", "once", "2022",
     "Juridic"),
    ("t-max", "plan_2022", "Copii în instituții: maxim 300", 300.0, "copii", "count", "max",
     "once", "2022", "SPC"),
    ("t-text", "plan_2022", "=Text care începe cu semnul egal", None, None, "text", "exact",
     "permanent", None, "Juridic"),
    ("s-count", "strategy_2025_2034", "Campanii de informare", 2.0, "campanii", "count", "min",
     "annual", "2029", "SPC"),
]  # fmt: skip
MILESTONES = [("t-count", "2022-06-30", 950.0), ("t-count", "2022-12-31", 850.0)]
SERVICES = [
    ("s01", "Casa Gabriela", "children", 12, 14, 2022),
    ("s02", "Casa Bogdan", "children", 12, 12, 2022),
    ("s03", "Centrul de îngrijire", "elderly", 40, None, 2022),
]


def make_catalog() -> Catalog:
    """A small, fixed catalogue (two plans, every target kind, a split target, three services)."""
    indicators = pd.DataFrame(INDICATORS, columns=INDICATOR_COLUMNS)
    milestones = pd.DataFrame(MILESTONES, columns=["indicator_id", "due_date", "target_value"])
    services = pd.DataFrame(
        SERVICES,
        columns=["service_id", "name", "component", "capacity", "beneficiaries", "snapshot_year"],
    )
    for column in ("capacity", "beneficiaries", "snapshot_year"):
        services[column] = services[column].astype("Int64")
    plans = pd.DataFrame(
        [("plan_2022", "annual", 2022, 2022), ("strategy_2025_2034", "strategy", 2025, 2034)],
        columns=["plan_id", "kind", "year_start", "year_end"],
    )
    return load_catalog(
        indicators=indicators, milestones=milestones, services=services, plans=plans
    )


WRITERS = ("ana", "ion", "start", "tester", "hypothesis")


def add_writers(engine: Engine, *names: str, role: str = "editor") -> None:
    """Users who may write (the store loads the acting user on every write); existing names are
    left as they are."""
    taken = set(api.users_frame(engine=engine)["username"])
    for name in names or WRITERS:
        if name not in taken:
            api.create_user(name, "parola-de-test", role, rounds=4, engine=engine)


def postgres_base_url() -> str:
    """TEST_POSTGRES_URL, or skip (locally) / fail (in CI) with the reason."""
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    reason = f"{PG_ENV} is not set, so the PostgreSQL store tests did not run"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI they must (.ci/run sets it)")
    pytest.skip(f"{reason} (set it, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")


def with_search_path(url: str, schema: str) -> str:
    """`url` with the PostgreSQL search_path set to `schema` (libpq `options`)."""
    parsed = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return parsed.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL with nothing in it: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = postgres_base_url()
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(base, schema)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def catalog() -> Catalog:
    """The small fixed catalogue."""
    return make_catalog()


@pytest.fixture
def bare_engine(db_url: str) -> Iterator[Engine]:
    """An engine on the empty database (no schema yet)."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _with_writers(engine: Engine) -> None:
    api.init(engine=engine, seed=False)
    add_writers(engine)


@pytest.fixture
def engine(
    bare_engine: Engine, catalog: Catalog, db_url: str, sqlite_templates: SqliteTemplates
) -> Engine:
    """An engine on a database initialised with the fixed catalogue's services, with the
    editors the tests write as (WRITERS: the store loads the acting user on every write).
    Modules about users themselves use `users_engine` (no user yet). SQLite: a copy of a
    template built the same way once per process (tests/templates.py)."""
    if not sqlite_templates.copy("writers", _with_writers, db_url):
        _with_writers(bare_engine)
    return bare_engine


@pytest.fixture
def users_engine(bare_engine: Engine, db_url: str, sqlite_templates: SqliteTemplates) -> Engine:
    """An initialised engine with no user (SQLite: a copy of the migrated template)."""
    if not sqlite_templates.copy("schema", schema_only, db_url):
        schema_only(bare_engine)
    return bare_engine


def state(engine: Engine) -> tuple[list[tuple], list[tuple], int]:
    """Everything an upload could change: values, snapshots, number of audit entries."""
    values = api.values_frame(engine=engine).drop(columns=["entered_at"])
    snapshots = api.snapshots_frame(engine=engine).drop(columns=["entered_at"])
    audit = api.audit_frame(engine=engine)
    return (
        [tuple(map(str, r)) for r in values.itertuples(index=False)],
        [tuple(map(str, r)) for r in snapshots.itertuples(index=False)],
        len(audit),
    )
