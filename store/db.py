"""The database: engine from `DATABASE_URL` (default: SQLite file var/dashboard.db), migrations,
sessions that serialise writers the same way on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlmodel import Session

from caching import shared

if TYPE_CHECKING:
    from alembic.config import Config

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var"
DEFAULT_SQLITE = VAR / "dashboard.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 30


def database_url() -> str:
    """`DATABASE_URL` when set (postgres:// normalised to psycopg 3), else the SQLite file."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        VAR.mkdir(exist_ok=True)
        return f"sqlite:///{DEFAULT_SQLITE}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """A new engine for `url`; SQLite gets WAL, a busy timeout and explicit BEGIN handling."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (see _sqlite_begin), so the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # A writer takes the write lock at BEGIN (IMMEDIATE), so two writers queue instead of both
    # reading the old value; readers stay deferred.
    immediate = connection.get_execution_options().get("store_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@shared(release=Engine.dispose)
def _engine_for(url: str) -> Engine:
    """The one engine per URL: a shared resource (a connection pool); it holds no user data."""
    return make_engine(url)


def reset_engines() -> None:
    """Dispose of the process-wide engines (tests, and after DATABASE_URL changes)."""
    _engine_for.clear()  # type: ignore[attr-defined]


def get_engine(engine: Engine | None = None) -> Engine:
    """`engine` when given, else the process-wide engine for `database_url()` (a resource)."""
    return engine if engine is not None else _engine_for(database_url())


@contextmanager
def read_session(engine: Engine | None = None) -> Iterator[Session]:
    """A session for reading."""
    with Session(get_engine(engine)) as session:
        yield session


@contextmanager
def write_session(engine: Engine | None = None, *, lock: str) -> Iterator[Session]:
    """One transaction that holds the write lock on table `lock` until it commits.

    SQLite: BEGIN IMMEDIATE (the whole file). PostgreSQL: LOCK TABLE … IN EXCLUSIVE MODE, which
    lets readers through but makes a second writer wait, so it reads the first one's result and
    its audit entry records the true old value.
    """
    bound = get_engine(engine).execution_options(store_write=True)
    with Session(bound) as session, session.begin():
        if bound.dialect.name == "postgresql":
            session.connection().exec_driver_sql(f'LOCK TABLE "{lock}" IN EXCLUSIVE MODE')
        yield session


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration built in code (no alembic.ini), bound to `engine`."""
    from alembic.config import Config  # Alembic (~10 MB) loads only when migrating

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    url = engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # configparser escaping
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine | None = None) -> None:
    """Create or migrate the schema to the newest revision (`alembic upgrade head`)."""
    from alembic import command

    command.upgrade(alembic_config(get_engine(engine)), "head")


def current_revision(engine: Engine | None = None) -> str | None:
    """The schema's Alembic revision, None before the first migration."""
    with get_engine(engine).connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
