"""Backup and restore: every table of the schema (all of SQLModel.metadata, in foreign-key
order, so tables added later are included without a change here) in one portable zip — one
JSON-lines file per table and a manifest (format, schema revision, created_at, row counts).

Restore loads a backup into an empty database of either engine (SQLite ↔ PostgreSQL): it
migrates the target to the newest schema, refuses a backup of another schema revision and a
database that already holds data, writes everything in one transaction, and sets PostgreSQL's
id sequences past the restored ids.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Engine, Integer, Table, func, insert, select, text
from sqlmodel import SQLModel

from store import models  # registers every table on SQLModel.metadata
from store.db import current_revision, get_engine, migrate

FORMAT = "dashboard-backup/1"
MANIFEST = "manifest.json"


class RestoreError(ValueError):
    """A backup that cannot be restored here; the message says why, in Romanian."""


@dataclass(frozen=True)
class BackupReport:
    """What a backup or restore wrote: schema revision and rows per table."""

    revision: str | None
    counts: dict[str, int]

    def summary(self) -> str:
        """`table: rows` for every table."""
        return ", ".join(f"{name}: {rows}" for name, rows in self.counts.items())


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def backup_bytes(*, engine: Engine | None = None, now: datetime | None = None) -> bytes:
    """The whole database as a zip (see the module docstring)."""
    engine = get_engine(engine)
    buffer = io.BytesIO()
    counts: dict[str, int] = {}
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        engine.connect() as connection,
    ):
        revision = current_revision(engine)
        for table in tables():
            primary = list(table.primary_key.columns)
            rows = connection.execute(select(table).order_by(*primary)).mappings()
            lines = [json.dumps(_encode(dict(row)), ensure_ascii=False) for row in rows]
            counts[table.name] = len(lines)
            archive.writestr(f"{table.name}.jsonl", "\n".join(lines) + ("\n" if lines else ""))
        manifest = {
            "format": FORMAT,
            "revision": revision,
            "created_at": (now or models.utc_now()).isoformat(),
            "dialect": engine.dialect.name,
            "tables": counts,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def backup(path: str | Path, *, engine: Engine | None = None) -> BackupReport:
    """Write the backup to `path`; what it holds."""
    data = backup_bytes(engine=engine)
    Path(path).write_bytes(data)
    manifest = read_manifest(data)
    return BackupReport(revision=manifest["revision"], counts=dict(manifest["tables"]))


def _encode(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


def read_manifest(data: bytes) -> dict[str, Any]:
    """The manifest of a backup, or RestoreError when the file is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read(MANIFEST))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        message = f"fișierul nu este o copie de siguranță a tabloului de bord ({exc})"
        raise RestoreError(message) from exc
    if manifest.get("format") != FORMAT:
        raise RestoreError(f"format necunoscut „{manifest.get('format')}” (așteptat {FORMAT})")
    return dict(manifest)


def restore(path: str | Path, *, engine: Engine | None = None) -> BackupReport:
    """Load a backup into an empty database (created or migrated first); RestoreError when the
    backup's schema revision differs or the database already holds data."""
    data = Path(path).read_bytes()
    manifest = read_manifest(data)
    engine = get_engine(engine)
    migrate(engine)
    revision = current_revision(engine)
    if manifest["revision"] != revision:
        raise RestoreError(
            f"copia are schema în revizia {manifest['revision']}, baza de date în revizia "
            f"{revision}: restaurați-o cu versiunea aplicației care a făcut-o"
        )
    with engine.connect() as connection:
        filled = {
            table.name: n
            for table in tables()
            if (n := connection.execute(select(func.count()).select_from(table)).scalar_one())
        }
    if filled:
        detail = ", ".join(f"{name}: {n}" for name, n in filled.items())
        raise RestoreError(
            f"baza de date nu este goală ({detail}); restaurarea se face doar într-o bază nouă, "
            "ca nimic să nu fie amestecat sau suprascris"
        )
    counts: dict[str, int] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive, engine.begin() as connection:
        for table in tables():
            name = f"{table.name}.jsonl"
            lines = (
                archive.read(name).decode("utf-8").splitlines()
                if name in archive.namelist()
                else []
            )
            rows = [_decode(table, json.loads(line)) for line in lines if line.strip()]
            if rows:
                connection.execute(insert(table), rows)
            counts[table.name] = len(rows)
        if connection.dialect.name == "postgresql":
            _advance_sequences(connection)
    expected = {k: int(v) for k, v in manifest["tables"].items() if k in counts}
    if {k: counts[k] for k in expected} != expected:
        raise RestoreError(f"numărul de rânduri diferă de manifest: {counts} ≠ {expected}")
    return BackupReport(revision=revision, counts=counts)


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        out[column.name] = value
    return out


def _advance_sequences(connection: Any) -> None:
    """Set each serial id's sequence past the restored ids (inserts with explicit ids don't)."""
    for table in tables():
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer):
                continue
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, false) '
                    "WHERE pg_get_serial_sequence(:table, :column) IS NOT NULL"
                ),
                {"table": table.name, "column": column.name},
            )
