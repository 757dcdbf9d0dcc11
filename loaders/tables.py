"""Read and validate the curated tables; every problem names file, row and column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from loaders import schemas
from loaders.cache import cached
from loaders.curate.common import CURATED, ROOT
from loaders.errors import CuratedDataError

GEO = ROOT / "data" / "geo"
NOMENCLATOR = ROOT / "data" / "nomenclator" / "nomenclator.csv"

_NUMERIC = {"Int64", "float64"}


def _problem(file: str, index: object, column: object, message: str) -> str:
    row = f"row {int(index) + 1} (line {int(index) + 2})" if _is_index(index) else "file"
    col = f", column {column}" if column not in (None, "") else ""
    return f"{file}, {row}{col}: {message}"


def _is_index(index: object) -> bool:
    try:
        return index is not None and not pd.isna(index)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def read_table(path: Path, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """Read a CSV as text, convert numeric columns deliberately, validate; raise CuratedDataError."""
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


@cached
def load_services(path: str | None = None) -> pd.DataFrame:
    """services.csv, validated, with references to budget groups and UATs checked."""
    frame = read_table(Path(path) if path else CURATED / "services.csv", schemas.SERVICES)
    return frame


@cached
def load_budget_groups(path: str | None = None) -> pd.DataFrame:
    """budget_groups.csv, validated."""
    return read_table(Path(path) if path else CURATED / "budget_groups.csv", schemas.BUDGET_GROUPS)


@cached
def load_projects(path: str | None = None) -> pd.DataFrame:
    """projects.csv, validated."""
    return read_table(Path(path) if path else CURATED / "projects.csv", schemas.PROJECTS)


@cached
def load_planned_services(path: str | None = None) -> pd.DataFrame:
    """planned_services.csv, validated."""
    return read_table(
        Path(path) if path else CURATED / "planned_services.csv", schemas.PLANNED_SERVICES
    )


@cached
def load_objectives(path: str | None = None) -> pd.DataFrame:
    """objectives.csv (both plans), validated; every parent exists."""
    frame = read_table(Path(path) if path else CURATED / "objectives.csv", schemas.OBJECTIVES)
    _check_refs(frame, "parent_id", set(frame["node_id"]), "objectives.csv", "unknown parent")
    return frame


@cached
def load_indicators(path: str | None = None, objectives_path: str | None = None) -> pd.DataFrame:
    """indicators.csv (both plans), validated; every activity exists in objectives.csv."""
    frame = read_table(Path(path) if path else CURATED / "indicators.csv", schemas.INDICATORS)
    nodes = load_objectives(objectives_path)
    activities = set(nodes.loc[nodes["level"] == "activity", "node_id"])
    _check_refs(frame, "activity_node_id", activities, "indicators.csv", "unknown activity")
    return frame


@cached
def load_milestones(path: str | None = None, indicators_path: str | None = None) -> pd.DataFrame:
    """milestones.csv, validated; every indicator exists."""
    frame = read_table(Path(path) if path else CURATED / "milestones.csv", schemas.MILESTONES)
    ids = set(load_indicators(indicators_path)["indicator_id"])
    _check_refs(frame, "indicator_id", ids, "milestones.csv", "unknown indicator")
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
