"""Reported values: read them, preview and save a batch (one transaction, audited), history."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from store import messages
from store.aggregates import Level, selection
from store.audit import audit_frame, load_state, record
from store.db import get_engine, read_session
from store.errors import ConflictError, ProblemsError
from store.input_rules import Catalog, load_catalog, semester_ends
from store.models import (
    COMMENT_MAX_CHARS,
    COUNTY_SIRUTA,
    VALUE_SOURCES,
    ReportedValue,
    ReportingPeriod,
    ValueIn,
    utc_now,
)
from store.periods import check_open
from store.plan_versions import plan_meta
from store.reporters import check_scope
from store.users import ACTING, acting_user, writing_as

TABLE = "reported_value"
VALUE_COLUMNS = [
    "indicator_id", "period_end", "uat_siruta", "value", "comment", "source", "entered_by",
    "entered_at",
]  # fmt: skip
PREVIEW_COLUMNS = [
    "indicator_id", "period_end", "uat_siruta", "status", "old_value", "new_value",
    "old_comment", "new_comment", "old_source",
]  # fmt: skip
HISTORY_COLUMNS = [
    "at", "user", "action", "period_end", "uat_siruta", "old_value", "new_value",
    "old_comment", "new_comment", "source",
]  # fmt: skip
Key = tuple[str, date, int]
Seen = Mapping[tuple[str, date, int | None], tuple[float | None, str]]


@dataclass(frozen=True)
class Conflict:
    """A value someone else changed after the person read it: what they saw, what is stored
    now, who stored it and when (UTC). `value=None`: it has been deleted meanwhile."""

    indicator_id: str
    period_end: date
    uat_siruta: int | None
    seen_value: float | None
    seen_comment: str
    value: float | None
    comment: str
    changed_by: str | None
    changed_at: Any
    wanted_value: float | None
    wanted_comment: str


@dataclass(frozen=True)
class SaveResult:
    """What one save did, by count."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return (
            f"{self.inserted} noi, {self.updated} modificate, {self.deleted} șterse, "
            f"{self.unchanged} neschimbate"
        )


def value_key(indicator_id: str, period_end: date, uat_siruta: int | None) -> str:
    """The audit key of one value: `indicator|YYYY-MM-DD|SIRUTA` (`county` without a UAT)."""
    uat = "county" if not uat_siruta else str(uat_siruta)
    return f"{indicator_id}|{period_end.isoformat()}|{uat}"


def values_frame(
    indicator_ids: Collection[str] | None = None,
    *,
    by: Level | None = None,
    plan_id: str | None = None,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame:
    """Reported values (VALUE_COLUMNS; uat_siruta <NA> at county level; entered_at UTC), ordered
    by indicator, period and UAT.

    Without arguments every value; `indicator_ids`, `plan_id` and `by` ("county" | "uat") select
    in the database (`store.aggregates.selection`), so a page reads only the rows it shows.
    Raises when the database cannot be read: callers that can do without it degrade.
    """
    where = selection(indicator_ids, plan_id, None, catalog, by=by)
    if where is None:
        return _values_frame([])
    table = ReportedValue.__table__  # type: ignore[attr-defined]
    query = (
        sa_select(*(table.c[name] for name in VALUE_COLUMNS))
        .where(*where)
        .order_by(table.c.indicator_id, table.c.period_end, table.c.uat_siruta)
    )
    with get_engine(engine).connect() as connection:
        return _values_frame([tuple(row) for row in connection.execute(query)])


def _values_frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=VALUE_COLUMNS)
    siruta = frame["uat_siruta"].astype("Int64")
    frame["uat_siruta"] = siruta.mask(siruta == COUNTY_SIRUTA)
    frame["value"] = frame["value"].astype("float64")
    frame["entered_at"] = pd.Series(
        pd.to_datetime(list(frame["entered_at"]), utc=True), index=frame.index
    )
    return frame


# the columns of a value as a person reads them in a problem (the grid's headers)
COLUMN_LABELS = {
    "indicator_id": "Cod indicator", "period_end": "Sfârșitul perioadei",
    "uat_siruta": "UAT (cod SIRUTA)", "value": "Valoare", "comment": "Comentariu",
}  # fmt: skip


def validate_values(
    rows: Iterable[ValueIn | Mapping[str, Any]],
    catalog: Catalog,
    row_numbers: Sequence[int] | None = None,
) -> tuple[list[ValueIn], list[str]]:
    """(valid rows, problems): the model's checks, then the catalogue's (ids, percent, dupes).
    Each problem reads `rândul N, coloana Valoare: mesaj`, N the row's number where the person
    sees it (`row_numbers`, e.g. its line in the grid; else its position, from 1)."""
    valid: list[ValueIn] = []
    problems: list[str] = []
    seen: dict[Key, int] = {}
    rows = list(rows)
    numbers = list(row_numbers) if row_numbers is not None else range(1, len(rows) + 1)
    for number, raw in zip(numbers, rows, strict=True):
        try:
            row = raw if isinstance(raw, ValueIn) else ValueIn.model_validate(dict(raw))
        except ValidationError as exc:
            problems += [_pydantic_problem(number, error) for error in exc.errors()]
            continue
        found = _catalog_problems(row, catalog)
        key = _key(row)
        if key in seen:
            duplicate = messages.DUPLICATE_ID.format(value=row.indicator_id, first=seen[key])
            found.append(("indicator_id", duplicate))
        seen.setdefault(key, number)
        problems += [f"{messages.where(number, COLUMN_LABELS.get(c, c))}: {m}" for c, m in found]
        if not found:
            valid.append(row)
    return valid, problems


def _catalog_problems(row: ValueIn, catalog: Catalog) -> list[tuple[str, str]]:
    if catalog.indicator(row.indicator_id) is None:
        return [("indicator_id", messages.UNKNOWN_INDICATOR.format(value=row.indicator_id))]
    problem = value_problem(row.indicator_id, row.value, catalog)
    return [("value", problem)] if problem else []


def value_problem(indicator_id: str, value: float | None, catalog: Catalog) -> str | None:
    """Why a number cannot be this indicator's value (percent above 100, boolean not 0/1)."""
    if value is None:
        return None
    if value > 100 and catalog.is_percent(indicator_id):
        return messages.PERCENT_ABOVE_100.format(value=messages.number_ro(value))
    if value not in (0, 1) and catalog.is_boolean(indicator_id):
        return messages.NOT_BOOLEAN.format(value=messages.number_ro(value))
    return None


def _pydantic_problem(number: int, error: Mapping[str, Any]) -> str:
    column = ".".join(str(part) for part in error.get("loc", ())) or "-"
    label = COLUMN_LABELS.get(column, column)
    detail = PYDANTIC_RO.get(str(error.get("type")), error["msg"])
    return f"{messages.where(number, label)}: " + messages.INVALID.format(detail=detail)


# pydantic's checks of a value, in Romanian (others keep pydantic's words)
PYDANTIC_RO = {
    "greater_than_equal": "valoare negativă; sunt permise doar valori ≥ 0",
    "string_too_long": f"text prea lung (maximum {COMMENT_MAX_CHARS} caractere)",
    "float_parsing": "nu este un număr",
    "greater_than": "trebuie să fie un cod SIRUTA (mai mare decât 0)",
    "date_from_datetime_parsing": "nu este o dată (AAAA-LL-ZZ)",
    "date_parsing": "nu este o dată (AAAA-LL-ZZ)",
    "date_type": "nu este o dată (AAAA-LL-ZZ)",
    "extra_forbidden": "coloană neașteptată",
    "missing": "câmp obligatoriu gol",
    "value_error": "nu este un număr finit",
}


def _key(row: ValueIn) -> Key:
    return (row.indicator_id, row.period_end, row.uat_siruta or COUNTY_SIRUTA)


def _state(value: float, comment: str, source: str) -> dict[str, Any]:
    return {"value": value, "comment": comment, "source": source}


def _status(existing: ReportedValue | None, row: ValueIn, source: str) -> str:
    """new / changed / unchanged / deleted / absent (a deletion of nothing)."""
    if row.value is None:
        return "absent" if existing is None else "deleted"
    if existing is None:
        return "new"
    same = math.isclose(existing.value, row.value, rel_tol=0, abs_tol=1e-12)
    same = same and existing.comment == row.comment
    becomes_real = existing.source == "demo" and source != "demo"
    return "unchanged" if same and not becomes_real else "changed"


def _existing(session: Session, keys: Sequence[Key]) -> dict[Key, ReportedValue]:
    if not keys:
        return {}
    ids = sorted({k[0] for k in keys})
    periods = sorted({k[1] for k in keys})
    query = select(ReportedValue).where(
        col(ReportedValue.indicator_id).in_(ids), col(ReportedValue.period_end).in_(periods)
    )
    found = {(r.indicator_id, r.period_end, r.uat_siruta): r for r in session.exec(query)}
    return {k: found[k] for k in keys if k in found}


def preview_values(
    rows: Iterable[ValueIn], *, source: str = "upload", engine: Engine | None = None
) -> pd.DataFrame:
    """What saving `rows` would do, per row (PREVIEW_COLUMNS; status new/changed/unchanged/…)."""
    rows = list(rows)
    with read_session(engine) as session:
        existing = _existing(session, [_key(r) for r in rows])
    records = []
    for row in rows:
        old = existing.get(_key(row))
        records.append(
            {
                "indicator_id": row.indicator_id,
                "period_end": row.period_end,
                "uat_siruta": row.uat_siruta,
                "status": _status(old, row, source),
                "old_value": None if old is None else old.value,
                "new_value": row.value,
                "old_comment": None if old is None else old.comment,
                "new_comment": row.comment,
                "old_source": None if old is None else old.source,
            }
        )
    frame = pd.DataFrame(records, columns=PREVIEW_COLUMNS)
    frame["uat_siruta"] = frame["uat_siruta"].astype("Int64")
    return frame


def save_values(
    rows: Iterable[ValueIn | Mapping[str, Any]],
    user: str,
    source: str = "form",
    *,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
    seen: Seen | None = None,
    row_numbers: Sequence[int] | None = None,
) -> SaveResult:
    """Validate every row, then write them in one transaction with an audit entry per change.

    A row whose value is None deletes the stored value. Raises ProblemsError (nothing written)
    when any row is invalid. Concurrent saves queue on the table lock, so each one's audit entry
    has the true old value.

    `user` is loaded in the same transaction: unknown, disabled or no longer an editor →
    WriteRefusedError, nothing written, the refusal audited. `seen` (optimistic locking): per
    key (indicator_id, period_end, uat_siruta or None) the (value, comment) the person read
    before editing (value None: nothing stored); when what is stored now differs (someone else
    saved meanwhile) ConflictError lists each such value and nothing is written. To keep one's
    own values knowingly, save again with `seen` set to the conflicts' current values.
    """
    return _save(rows, user=user, source=source, catalog=catalog, engine=engine, seen=seen,
                 check_user=True, row_numbers=row_numbers)  # fmt: skip


def _save(
    rows: Iterable[ValueIn | Mapping[str, Any]],
    *,
    user: str,
    source: str,
    catalog: Catalog | None,
    engine: Engine | None,
    only_missing: bool = False,
    seen: Seen | None = None,
    check_user: bool = False,
    row_numbers: Sequence[int] | None = None,
) -> SaveResult:
    if source not in VALUE_SOURCES:
        raise ValueError(f"source must be one of {VALUE_SOURCES}, not {source!r}")
    if not user.strip():
        raise ValueError("user is required")
    catalog = catalog or load_catalog()
    valid, problems = validate_values(rows, catalog, row_numbers)
    if problems:
        raise ProblemsError(problems)
    counts = {"new": 0, "changed": 0, "deleted": 0, "unchanged": 0, "absent": 0}
    now = utc_now()
    with writing_as(
        user if check_user else None, need="edit", lock=TABLE, action="save_values", engine=engine
    ) as session:
        check_writable(session, user, valid, catalog)
        existing = _existing(session, [_key(r) for r in valid])
        if seen is not None:
            conflicts = _conflicts(valid, existing, seen)
            if conflicts:
                raise ConflictError(conflicts)
        for row in valid:
            old = existing.get(_key(row))
            status = "unchanged" if only_missing and old else _status(old, row, source)
            counts[status] += 1
            _apply(session, old, row, status=status, user=user, source=source, now=now)
        _ensure_periods(session, valid, catalog)
    return SaveResult(
        inserted=counts["new"],
        updated=counts["changed"],
        deleted=counts["deleted"],
        unchanged=counts["unchanged"] + counts["absent"],
    )


def check_writable(session: Session, user: str, rows: Sequence[ValueIn], catalog: Catalog) -> None:
    """The rules of who may write what, in the writing transaction, before anything is written:
    no row in a closed period (ClosedPeriodError, whoever writes); a reporter only its units'
    indicators, and not those of a unit that has submitted the period (OtherUnitError,
    SubmittedError). Any refusal refuses the whole batch."""
    periods = [(catalog.plan_of(r.indicator_id) or "", r.period_end) for r in rows]
    check_open(session, user, periods)
    acting = session.info.get(ACTING)
    if acting is not None:
        check_scope(session, acting, rows, catalog)


def check_write(
    rows: Sequence[ValueIn], user: str, *, catalog: Catalog, engine: Engine | None = None
) -> None:
    """The write path's checks of who writes what, on a read: raises what saving would
    (WriteRefusedError and its kinds) without writing or auditing (a --dry-run's answer; the
    save checks again in its transaction, and audits a refusal)."""
    with read_session(engine) as session:
        session.info[ACTING] = acting_user(session, user, "edit")
        check_writable(session, user, rows, catalog)


def _conflicts(
    rows: Sequence[ValueIn], existing: Mapping[Key, ReportedValue], seen: Seen
) -> list[Conflict]:
    """The rows whose stored value or comment is no longer what the person saw (and is not
    already what they want to save)."""
    found = []
    for row in rows:
        key = (row.indicator_id, row.period_end, row.uat_siruta)
        if key not in seen:
            continue
        seen_value, seen_comment = seen[key]
        old = existing.get(_key(row))
        now_value, now_comment = (None, "") if old is None else (old.value, old.comment)
        if _same(now_value, now_comment, seen_value, seen_comment or ""):
            continue
        if _same(now_value, now_comment, row.value, row.comment):
            continue  # someone stored what this person wants: nothing is lost
        found.append(
            Conflict(
                indicator_id=row.indicator_id,
                period_end=row.period_end,
                uat_siruta=row.uat_siruta,
                seen_value=seen_value,
                seen_comment=seen_comment or "",
                value=now_value,
                comment=now_comment,
                changed_by=None if old is None else old.entered_by,
                changed_at=None if old is None else old.entered_at,
                wanted_value=row.value,
                wanted_comment=row.comment,
            )
        )
    return found


def _same(value: float | None, comment: str, other: float | None, other_comment: str) -> bool:
    if value is None or other is None:
        return value is None and other is None
    return math.isclose(value, other, rel_tol=0, abs_tol=1e-12) and comment == other_comment


def _apply(
    session: Session,
    old: ReportedValue | None,
    row: ValueIn,
    *,
    status: str,
    user: str,
    source: str,
    now: Any,
) -> None:
    if status in ("unchanged", "absent"):
        return
    key = value_key(*_key(row))
    before = None if old is None else _state(old.value, old.comment, old.source)
    if status == "deleted" and old is not None:
        session.delete(old)
        record(session, user=user, table_name=TABLE, key=key, old=before, new=None, at=now)
        return
    assert row.value is not None
    target = old or ReportedValue(
        indicator_id=row.indicator_id,
        period_end=row.period_end,
        uat_siruta=row.uat_siruta or COUNTY_SIRUTA,
        value=row.value,
        source=source,
        entered_by=user,
        entered_at=now,
    )
    target.value, target.comment, target.source = row.value, row.comment, source
    target.entered_by, target.entered_at = user, now
    session.add(target)
    after = _state(row.value, row.comment, source)
    record(session, user=user, table_name=TABLE, key=key, old=before, new=after, at=now)


def _ensure_periods(session: Session, rows: Sequence[ValueIn], catalog: Catalog) -> None:
    wanted = {(catalog.plan_of(r.indicator_id), r.period_end) for r in rows if r.value is not None}
    for plan_id, period_end in sorted(wanted, key=str):
        if plan_id is None:
            continue
        query = select(ReportingPeriod).where(
            ReportingPeriod.plan_id == plan_id, ReportingPeriod.period_end == period_end
        )
        if session.exec(query).first() is None:
            session.add(ReportingPeriod(plan_id=plan_id, period_end=period_end))


def reporting_periods(plan_id: str, *, engine: Engine | None = None) -> list[date]:
    """Period ends to report for: the plan's semester ends and any period already reported."""
    with read_session(engine) as session:
        stored = session.exec(
            select(col(ReportingPeriod.period_end)).where(ReportingPeriod.plan_id == plan_id)
        ).all()
    meta = plan_meta(plan_id, engine=engine)
    planned = (
        []
        if meta is None
        else semester_ends(date(meta.year_start, 1, 1), date(meta.year_end, 12, 31))
    )
    return sorted(set(planned) | set(stored))


def history(indicator_id: str, *, engine: Engine | None = None) -> pd.DataFrame:
    """Every change to one indicator's values, oldest first (HISTORY_COLUMNS, `at` in UTC)."""
    entries = audit_frame(table_name=TABLE, key_prefix=f"{indicator_id}|", engine=engine)
    records = []
    for entry in entries.sort_values("id").itertuples():
        _, period, uat = str(entry.key).split("|")
        old, new = load_state(entry.old) or {}, load_state(entry.new) or {}
        records.append(
            {
                "at": entry.at,
                "user": entry.user,
                "action": entry.action,
                "period_end": date.fromisoformat(period),
                "uat_siruta": None if uat == "county" else int(uat),
                "old_value": old.get("value"),
                "new_value": new.get("value"),
                "old_comment": old.get("comment"),
                "new_comment": new.get("comment"),
                "source": new.get("source", old.get("source")),
            }
        )
    frame = pd.DataFrame(records, columns=HISTORY_COLUMNS)
    frame["uat_siruta"] = frame["uat_siruta"].astype("Int64")
    return frame
