"""Template SQLite stores: migrated (and, where asked, seeded) once per test process, then copied.

Migrating a fresh database costs ~0.2 s and seeding the two curated plans ~5 s; a test that only
needs a store in that state gets a byte-for-byte copy of one built earlier in the same process
(SQLite's backup API, so the copy is consistent whatever the template's WAL holds). Each kind is
built by the same code, with the same checks, that built every test's store before, once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

# The store (and SQLAlchemy) load inside the functions: tests/conftest.py loads this module in
# every process, xdist's controller too, which runs no test.

Builder = Callable[["Engine"], None]


def schema_only(engine: Engine) -> None:
    """The migrated schema, nothing in it (`api.init(seed=False)`)."""
    from store import api

    report = api.init(engine=engine, seed=False)
    assert report.seeded_plans == {} and report.counts["plan"] == 0


def seeded(engine: Engine) -> None:
    """The schema and the two curated plans (`api.init()`, as `make run` does)."""
    from store import api

    report = api.init(engine=engine)
    assert report.seeded_plans == {"plan_2022": "nou", "strategy_2025_2034": "nou"}


def sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///…` URL, None for any other database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


class SqliteTemplates:
    """Templates built on first use in `folder`, copied onto a test's own (empty) file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[str, Path] = {}

    def path(self, kind: str, build: Builder) -> Path:
        """The template file named `kind`, made by `build` the first time it is asked for."""
        if kind not in self.built:
            from store.db import make_engine

            target = self.folder / f"{kind}.db"
            engine = make_engine(f"sqlite:///{target}")
            try:
                build(engine)
                with engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                engine.dispose()
            self.built[kind] = target
        return self.built[kind]

    def copy(self, kind: str, build: Builder, url: str) -> bool:
        """Fill the SQLite file of `url` with the template `kind`; False (nothing done) when
        `url` is not a SQLite file, so the caller builds that store itself."""
        dest = sqlite_path(url)
        if dest is None:
            return False
        source = sqlite3.connect(self.path(kind, build))
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return True


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplates:
    """The process's template stores (see the module's docstring)."""
    return SqliteTemplates(tmp_path_factory.mktemp("templates"))
