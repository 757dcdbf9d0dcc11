"""The data catalogue: curated files with their provenance sidecars, source lines, corrections."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from caching import cached
from domain.paths import CURATED, SOURCES


@dataclass(frozen=True)
class CatalogEntry:
    """One curated file and what its sidecar says about it."""

    file: str
    title: str
    description: str
    source: str
    date: str
    licence: str
    produced_by: str
    rows: int
    columns: dict[str, str] = field(default_factory=dict)


@cached
def curated_catalog(folder: str | None = None) -> list[CatalogEntry]:
    """Every curated CSV with its sidecar (files without one get an empty description)."""
    base = Path(folder) if folder else CURATED
    entries = []
    for path in sorted(base.glob("*.csv")):
        meta_path = path.with_suffix(".meta.toml")
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        with path.open(encoding="utf-8") as fh:
            rows = max(sum(1 for _ in fh) - 1, 0)
        entries.append(
            CatalogEntry(
                file=path.name,
                title=str(meta.get("title", path.stem)),
                description=str(meta.get("description", "")),
                source=str(meta.get("source", "")),
                date=str(meta.get("date", "")),
                licence=str(meta.get("licence", "")),
                produced_by=str(meta.get("produced_by", "")),
                rows=rows,
                columns={str(k): str(v) for k, v in dict(meta.get("columns", {})).items()},
            )
        )
    return entries


@cached
def source_text(doc: str) -> list[str]:
    """The lines of a source document in data/sources (no line endings)."""
    path = SOURCES / Path(doc).name
    return path.read_text(encoding="utf-8").splitlines()


def source_excerpt(
    doc: str, line: int, *, before: int = 2, after: int = 4
) -> list[tuple[int, str]]:
    """(line number, text) around a 1-based `line` of a source document."""
    lines = source_text(doc)
    start, stop = max(1, line - before), min(len(lines), line + after)
    return [(n, lines[n - 1]) for n in range(start, stop + 1)]


@cached
def corrections(folder: str | None = None) -> pd.DataFrame:
    """Every hand correction (corrections_*.csv), with the file it comes from."""
    base = Path(folder) if folder else CURATED
    frames = [
        pd.read_csv(p, dtype=str, keep_default_na=False).assign(file=p.name)
        for p in sorted(base.glob("corrections_*.csv"))
    ]
    if not frames:
        return pd.DataFrame(columns=["node_or_indicator_id", "field", "reason", "file"])
    return pd.concat(frames, ignore_index=True)


def corrections_of(ids: list[str], folder: str | None = None) -> pd.DataFrame:
    """The hand corrections of these nodes or indicators, as a person reads them: the contract
    columns of corrections_*.csv, without the file each row comes from (no file name on
    screen; its title is in the catalogue above)."""
    fixes = corrections(folder)
    return fixes[fixes["node_or_indicator_id"].isin(ids)].drop(columns=["file"])
