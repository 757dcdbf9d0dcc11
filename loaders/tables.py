"""Read and validate the curated tables; every problem names file, row and column."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from caching import cached
from domain import schemas
from domain.errors import CuratedDataError
from domain.paths import CURATED, ROOT

GEO = ROOT / "data" / "geo"
NOMENCLATOR = ROOT / "data" / "nomenclator" / "nomenclator.csv"

_NUMERIC = {"Int64", "float64"}


def curated_dir() -> Path:
    """The curated folder: `DASHBOARD_CURATED_DIR` when set (tests, staging), else data/curated."""
    override = os.environ.get("DASHBOARD_CURATED_DIR")
    return Path(override) if override else CURATED


def curated_path(path: str | None, name: str) -> str:
    """An explicit path, or the file `name` in the curated folder."""
    return str(Path(path) if path else curated_dir() / name)


def _problem(file: str, index: object, column: object, message: str) -> str:
    if _is_index(index):
        number = int(str(index))
        row = f"row {number + 1} (line {number + 2})"
    else:
        row = "file"
    col = f", column {column}" if column not in (None, "") else ""
    return f"{file}, {row}{col}: {message}"


def _is_index(index: object) -> bool:
    try:
        return index is not None and not pd.isna(index)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def read_table(path: Path, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """Read a CSV as text, type numeric columns deliberately, validate (CuratedDataError)."""
    file = path.name
    if not path.exists():
        raise CuratedDataError(file, [f"{file}, file: missing ({path})"])
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CuratedDataError(
            file, [f"{file}, file: cannot be read as UTF-8 CSV ({exc})"]
        ) from exc
    return validate_frame(raw, schema, file)


def validate_frame(raw: pd.DataFrame, schema: pa.DataFrameSchema, file: str) -> pd.DataFrame:
    """Type a text DataFrame by `schema` and validate it lazily; raise CuratedDataError."""
    problems: list[str] = []
    expected = list(schema.columns)
    missing = [c for c in expected if c not in raw.columns]
    extra = [c for c in raw.columns if c not in expected]
    problems += [_problem(file, None, c, "column missing") for c in missing]
    problems += [_problem(file, None, c, "unexpected column") for c in extra]
    if problems:
        raise CuratedDataError(file, problems)
    frame = raw[expected].copy()
    for name, column in schema.columns.items():
        text = frame[name].astype(str).str.strip()
        blank = text.eq("") | frame[name].isna()
        if str(column.dtype) in _NUMERIC:
            numbers = pd.to_numeric(text.where(~blank), errors="coerce")
            bad = numbers.isna() & ~blank
            for idx in frame.index[bad]:
                problems.append(_problem(file, idx, name, f"not a number: {text[idx]!r}"))
            if str(column.dtype) == "Int64":
                fractional = numbers.notna() & (numbers % 1 != 0)
                for idx in frame.index[fractional]:
                    problems.append(_problem(file, idx, name, f"not a whole number: {text[idx]!r}"))
                numbers = numbers.where(~fractional)
                frame[name] = numbers.round().astype("Int64")
            else:
                frame[name] = numbers.astype("float64")
        else:
            frame[name] = text.where(~blank, None).astype(object)
    try:
        frame = schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        for _, case in cases.iterrows():
            if "coerce_dtype" in str(case["check"]) or str(case["check"]).startswith("dtype("):
                continue
            problems.append(
                _problem(file, case["index"], case["column"], _describe(case["check"], case))
            )
    if problems:
        raise CuratedDataError(file, sorted(set(problems), key=problems.index))
    return frame


def _describe(check: object, case: pd.Series) -> str:
    value = case["failure_case"]
    check = str(check)
    if check == "not_nullable":
        return "empty, but required"
    if "uniqueness" in check or check == "field_uniqueness":
        return f"duplicate key {value!r}"
    return f"{value!r} fails {check}"


def _read_cached(path: str, table: str) -> pd.DataFrame:
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        stamp = 0
    return _read_stamped(path, table, stamp)


@cached
def _read_stamped(path: str, table: str, stamp: int) -> pd.DataFrame:
    """Read and validated once per file version (path and modification time: an updated file is
    read again); every caller gets its own copy."""
    return read_table(Path(path), getattr(schemas, table))


def load_services(path: str | None = None) -> pd.DataFrame:
    """services.csv, validated."""
    return _read_cached(curated_path(path, "services.csv"), "SERVICES")


def load_budget_groups(path: str | None = None) -> pd.DataFrame:
    """budget_groups.csv, validated."""
    return _read_cached(curated_path(path, "budget_groups.csv"), "BUDGET_GROUPS")


def load_projects(path: str | None = None) -> pd.DataFrame:
    """projects.csv, validated."""
    return _read_cached(curated_path(path, "projects.csv"), "PROJECTS")


def load_planned_services(path: str | None = None) -> pd.DataFrame:
    """planned_services.csv, validated."""
    return _read_cached(curated_path(path, "planned_services.csv"), "PLANNED_SERVICES")


def load_community_centres(path: str | None = None) -> pd.DataFrame:
    """community_centres.csv (PN3002 / PN4056 centres named in Cap. IV), validated."""
    return _read_cached(curated_path(path, "community_centres.csv"), "COMMUNITY_CENTRES")


def load_objectives(path: str | None = None) -> pd.DataFrame:
    """objectives.csv (both plans), validated; every parent exists."""
    frame = _read_cached(curated_path(path, "objectives.csv"), "OBJECTIVES")
    _check_refs(frame, "parent_id", set(frame["node_id"]), "objectives.csv", "unknown parent")
    return frame


def load_indicators(path: str | None = None, objectives_path: str | None = None) -> pd.DataFrame:
    """indicators.csv (both plans), validated; every activity exists in objectives.csv."""
    frame = _read_cached(curated_path(path, "indicators.csv"), "INDICATORS")
    nodes = load_objectives(objectives_path)
    activities = set(nodes.loc[nodes["level"] == "activity", "node_id"])
    _check_refs(frame, "activity_node_id", activities, "indicators.csv", "unknown activity")
    return frame


def load_milestones(path: str | None = None, indicators_path: str | None = None) -> pd.DataFrame:
    """milestones.csv, validated; every indicator exists."""
    frame = _read_cached(curated_path(path, "milestones.csv"), "MILESTONES")
    ids = set(load_indicators(indicators_path)["indicator_id"])
    _check_refs(frame, "indicator_id", ids, "milestones.csv", "unknown indicator")
    return frame


def load_units(path: str | None = None) -> pd.DataFrame:
    """units.csv: the canonical responsible and partner units of both plans, validated."""
    return _read_cached(curated_path(path, "units.csv"), "UNITS")


def load_indicator_units(
    path: str | None = None, units_path: str | None = None, indicators_path: str | None = None
) -> pd.DataFrame:
    """indicator_units.csv (indicator → unit, role), validated; every indicator and unit exists."""
    frame = _read_cached(curated_path(path, "indicator_units.csv"), "INDICATOR_UNITS")
    units = set(load_units(units_path)["unit_id"])
    ids = set(load_indicators(indicators_path)["indicator_id"])
    _check_refs(frame, "unit_id", units, "indicator_units.csv", "unknown unit")
    _check_refs(frame, "indicator_id", ids, "indicator_units.csv", "unknown indicator")
    return frame


@cached
def load_uats(path: str | None = None) -> pd.DataFrame:
    """The 93 UATs of Bacău County: siruta (int), name, type, population, lon, lat."""
    path_ = Path(path) if path else GEO / "bacau_uat.csv"
    frame = pd.read_csv(path_, dtype={"siruta": "int64", "name": str, "type": str})
    problems = []
    if frame["siruta"].duplicated().any():
        problems.append(f"{path_.name}, column siruta: duplicate codes")
    if frame["population"].isna().any():
        problems.append(f"{path_.name}, column population: missing values")
    if problems:
        raise CuratedDataError(path_.name, problems)
    return frame


@cached
def load_nomenclator(path: str | None = None) -> pd.DataFrame:
    """The social-service nomenclator (code → official type), as shipped, with confidence."""
    return pd.read_csv(Path(path) if path else NOMENCLATOR, dtype=str, keep_default_na=False)


def _check_refs(frame: pd.DataFrame, column: str, known: set, file: str, message: str) -> None:
    present = frame[column].notna()
    bad = frame.index[present & ~frame[column].isin(known)]
    if len(bad):
        raise CuratedDataError(
            file, [_problem(file, i, column, f"{message} {frame.at[i, column]!r}") for i in bad]
        )


def check_service_references(services: pd.DataFrame, budget_groups: pd.DataFrame) -> None:
    """Every service's budget group exists and every uat_siruta is a Bacău UAT."""
    _check_refs(
        services, "budget_group", set(budget_groups["budget_group"]), "services.csv",
        "unknown budget group",
    )  # fmt: skip
    _check_refs(
        services, "uat_siruta", set(load_uats()["siruta"]), "services.csv", "unknown SIRUTA"
    )
