"""Plans in the store: each plan a versioned catalogue (services, budgets, projects, planned
services, objectives, indicators, milestones) saved whole in one audited transaction.

- `save_plan` stores a new plan or a new version of one (nothing when it equals the version in
  force: an import is idempotent); `check_plan` is the same without writing (dry run, preview).
- Rules that need the store (the workbook's own checks are in `store.workbook`): a plan id keeps
  its kind; one annual plan per year; a service keeps its id from year to year (an empty id is a
  new service and gets the next free `sNN`; an id never stored before is refused); objectives,
  indicators and milestones belong to one plan (ids copied from another plan's workbook are
  replaced by this plan's own); an indicator that has reported values cannot be dropped.
- The registry of year Y is the `services` table of the annual plan of year Y.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd
from sqlalchemy import Engine, func, insert
from sqlmodel import col, select

from domain import schemas
from domain.plans import (
    META_KEYS,
    PLAN_OWNED,
    PLAN_TABLE_SHEETS,
    PLAN_TABLES,
    TABLE_KEYS,
    PlanMeta,
    PlanTables,
    id_prefix,
)
from store.audit import record
from store.db import read_session, write_session
from store.errors import ProblemsError
from store.models import CatalogRow, Plan, PlanVersion, ReportedValue, utc_now
from store.next_plan import own_id, shift_date
from store.users import writing_as

PLAN_COLUMNS = [
    "plan_id", "title", "kind", "year_start", "year_end", "county", "source", "demo", "version",
    "created_by", "created_at",
]  # fmt: skip
# Columns that say where a row comes from, not what it states: never a "change".
PROVENANCE = ("source_doc", "source_line", "snapshot_year", "plan_id")
DATE_COLUMNS = ("deadline", "due_date")  # dates written YYYY or YYYY-MM-DD
FIRST_DATA_ROW = 3  # workbook rows: 1 = column names, 2 = Romanian labels
_SERVICE_ID = re.compile(r"^s(\d{2,3})(-\d)?$")


class PlanProblemsError(ProblemsError):
    """A plan refused as a whole; `problems` are `foaia S, rândul N, coloana C: mesaj` lines."""


@dataclass(frozen=True)
class TableChanges:
    """What a table gains, loses and changes against the version compared with."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # (key, column, old, new) for every changed cell
    changed: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    @property
    def changed_keys(self) -> list[str]:
        """The keys of the rows with at least one changed cell, in order."""
        return list(dict.fromkeys(key for key, *_ in self.changed))

    def counts(self) -> dict[str, int]:
        """{added, changed, removed} row counts."""
        return {
            "added": len(self.added),
            "changed": len(self.changed_keys),
            "removed": len(self.removed),
        }


@dataclass(frozen=True)
class PlanCheck:
    """A plan ready to store: normalised tables, what changes, against which version or plan."""

    plan: PlanTables
    changes: dict[str, TableChanges]
    meta_changes: list[tuple[str, Any, Any]]
    previous_version: int | None  # the plan's version in force, None for a new plan
    compared: PlanTables | None  # what the changes are computed against: the version in force,
    # or last year's annual plan (with its ids as renamed in this one)
    renamed_ids: dict[str, str]  # ids copied from another plan → this plan's own
    # what the person should know before storing (Romanian; stored anyway)
    warnings: list[str] = field(default_factory=list)
    replaces_demo: str | None = None  # the demonstration registry of the same year it replaces

    @property
    def compared_with(self) -> str | None:
        """The id of the plan the changes are computed against."""
        return None if self.compared is None else self.compared.meta.plan_id

    @property
    def unchanged(self) -> bool:
        """True when the plan equals its version in force (storing it would change nothing)."""
        return (
            self.previous_version is not None
            and not self.meta_changes
            and all(not (c.added or c.removed or c.changed) for c in self.changes.values())
        )


@dataclass(frozen=True)
class SaveSummary:
    """The outcome of `save_plan`."""

    plan_id: str
    version: int
    stored: bool  # False when the plan was unchanged (nothing written)
    check: PlanCheck


# --- typed frames from stored rows -------------------------------------------------------------


def table_schema(table: str) -> Any:
    """The pandera schema of a plan table (the curated contract)."""
    return getattr(schemas, table.upper())


def table_columns(table: str) -> list[str]:
    """The contract's columns of a plan table, in order."""
    return list(table_schema(table).columns)


def typed_frame(table: str, records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Rows (dicts) as a frame typed like the loaders type the curated CSVs: text as object
    (gaps as pandas leaves them), whole numbers Int64, amounts float64; missing keys are empty."""
    schema = table_schema(table)
    frame = pd.DataFrame.from_records(list(records), columns=list(schema.columns))
    for name, column in schema.columns.items():
        dtype = str(column.dtype)
        values = frame[name]
        if dtype == "Int64":
            frame[name] = pd.to_numeric(values, errors="raise").astype("Int64")
        elif dtype == "float64":
            frame[name] = pd.to_numeric(values, errors="raise").astype("float64")
        else:  # as loaders.tables.validate_frame types text (pandas makes the gaps NaN)
            frame[name] = pd.Series(
                [math.nan if _blank(v) else str(v) for v in values], dtype=object
            )
    return frame.reset_index(drop=True)


def _blank(value: Any) -> bool:
    """None, NaN, pd.NA or NaT (checked without pd.isna: this runs for every cell)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and value != value


def _plain(value: Any) -> Any:
    """A cell as JSON: None, int, float or str."""
    if _blank(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value


def _row_key(table: str, row: dict[str, Any]) -> str:
    return "|".join(str(row.get(c) or "") for c in TABLE_KEYS[table])


# --- reading -----------------------------------------------------------------------------------


def list_plans(*, engine: Engine | None = None) -> pd.DataFrame:
    """Every stored plan with the number of its version in force (PLAN_COLUMNS), by kind and
    first year."""
    with read_session(engine) as session:
        latest = dict(
            session.exec(
                select(PlanVersion.plan_id, func.max(PlanVersion.version)).group_by(
                    col(PlanVersion.plan_id)
                )
            ).all()
        )
        rows = [
            {**plan.model_dump(), "version": latest.get(plan.plan_id, 0)}
            for plan in session.exec(select(Plan))
        ]
    frame = pd.DataFrame(rows, columns=PLAN_COLUMNS)
    frame = frame.sort_values(["kind", "year_start", "plan_id"], kind="stable")
    return frame.reset_index(drop=True)


def plan_meta(plan_id: str, *, engine: Engine | None = None) -> PlanMeta | None:
    """The stored plan's metadata, or None when there is no such plan."""
    with read_session(engine) as session:
        plan = session.exec(select(Plan).where(Plan.plan_id == plan_id)).first()
    return None if plan is None else _meta(plan)


def plan_versions(plan_id: str, *, engine: Engine | None = None) -> pd.DataFrame:
    """The versions of a plan: version, created_by, created_at, note (newest first)."""
    with read_session(engine) as session:
        rows = [
            v.model_dump(include={"version", "created_by", "created_at", "note"})
            for v in session.exec(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(col(PlanVersion.version).desc())
            )
        ]
    return pd.DataFrame(rows, columns=["version", "created_by", "created_at", "note"])


def plan_tables(
    plan_id: str, *, version: int | None = None, engine: Engine | None = None
) -> PlanTables:
    """A stored plan (its version in force, or `version`) with every table typed; KeyError when
    there is no such plan or version."""
    with read_session(engine) as session:
        plan = session.exec(select(Plan).where(Plan.plan_id == plan_id)).first()
        if plan is None:
            raise KeyError(plan_id)
        query = select(PlanVersion).where(PlanVersion.plan_id == plan_id)
        if version is not None:
            query = query.where(PlanVersion.version == version)
        stored = session.exec(query.order_by(col(PlanVersion.version).desc())).first()
        if stored is None:
            raise KeyError(f"{plan_id} v{version}")
        rows = session.exec(
            select(CatalogRow.table_name, CatalogRow.data)
            .where(CatalogRow.version_id == stored.id)
            .order_by(col(CatalogRow.table_name), col(CatalogRow.position))
        ).all()
    by_table: dict[str, list[dict[str, Any]]] = {t: [] for t in PLAN_TABLES}
    for table_name, data in rows:
        by_table.setdefault(table_name, []).append(json.loads(data))
    return PlanTables(_meta(plan, stored), {t: typed_frame(t, by_table[t]) for t in PLAN_TABLES})


def _meta(plan: Plan, version: PlanVersion | None = None) -> PlanMeta:
    """A stored plan's metadata (title, years and source as of `version` when given)."""
    said = version if version is not None else plan
    return PlanMeta(
        plan_id=plan.plan_id,
        title=said.title,
        kind=plan.kind,
        year_start=said.year_start,
        year_end=said.year_end,
        county=plan.county,
        source=said.source,
    )


def registry_years(*, engine: Engine | None = None) -> list[int]:
    """The years that have a service registry (an annual plan with services), ascending."""
    plans = list_plans(engine=engine)
    years = []
    for row in plans[plans["kind"] == "annual"].itertuples():
        if not plan_tables(str(row.plan_id), engine=engine).table("services").empty:
            years.append(int(row.year_start))
    return sorted(set(years))


def annual_plan_of(year: int, *, engine: Engine | None = None) -> str | None:
    """The id of the annual plan of `year`, None when there is none."""
    plans = list_plans(engine=engine)
    match = plans[(plans["kind"] == "annual") & (plans["year_start"] == year)]
    return None if match.empty else str(match["plan_id"].iloc[0])


# --- comparing ---------------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    if _blank(a) and _blank(b):
        return True
    if _blank(a) or _blank(b):
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return str(a) == str(b)


def table_changes(
    table: str, old: pd.DataFrame | None, new: pd.DataFrame, *, years: int = 0
) -> TableChanges:
    """Rows added, removed and changed (by key; provenance columns ignored) from old to new.
    `years` between the two plans (a plan compared with last year's): a date kept or moved by
    that many years is no change (a milestone moved with it is the same milestone)."""
    columns = [c for c in table_columns(table) if c not in PROVENANCE]
    old_rows = {} if old is None or old.empty else _keyed(table, old)
    new_rows = _keyed(table, new) if not new.empty else {}
    if years and table == "milestones":  # the key holds the date: match the moved one too
        rekeyed = {}
        for key, row in old_rows.items():
            moved = _row_key(table, {**row, "due_date": _moved(row.get("due_date"), years)})
            rekeyed[moved if moved in new_rows and key not in new_rows else key] = row
        old_rows = rekeyed
    changed = []
    for key, row in new_rows.items():
        before = old_rows.get(key)
        if before is None:
            continue
        for column in columns:
            if column in TABLE_KEYS[table]:
                continue
            was, now = before.get(column), row.get(column)
            if years and column in DATE_COLUMNS and _same(_moved(was, years), now):
                continue
            if not _same(was, now):
                changed.append((key, column, _plain(was), _plain(now)))
    return TableChanges(
        added=[k for k in new_rows if k not in old_rows],
        removed=[k for k in old_rows if k not in new_rows],
        changed=changed,
    )


def _moved(value: Any, years: int) -> Any:
    return shift_date(value, years)


def _keyed(table: str, frame: pd.DataFrame) -> dict[str, dict[str, Any]]:
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return {_row_key(table, r): r for r in records}


# --- checking and saving -----------------------------------------------------------------------


def check_plan(plan: PlanTables, *, engine: Engine | None = None) -> PlanCheck:
    """Normalise `plan` against the store and say what storing it would change; raises
    PlanProblemsError (every problem, Romanian) when the store's rules refuse it."""
    problems: list[str] = []
    meta = plan.meta
    plans = list_plans(engine=engine)
    existing = plans[plans["plan_id"] == meta.plan_id]
    meta_row = {key: FIRST_DATA_ROW + i for i, key in enumerate(META_KEYS)}
    if not existing.empty and existing["kind"].iloc[0] != meta.kind:
        problems.append(
            f"foaia plan, rândul {meta_row['kind']}, coloana value: planul „{meta.plan_id}” "
            f"există deja, de tipul „{existing['kind'].iloc[0]}”; un plan nu își schimbă tipul"
        )
    warnings: list[str] = []
    replaces_demo = None
    if meta.kind == "annual":
        same_year = plans[
            (plans["kind"] == "annual")
            & (plans["year_start"] == meta.year_start)
            & (plans["plan_id"] != meta.plan_id)
        ]
        demo = same_year[same_year["demo"].astype(bool)]
        if not demo.empty:  # a real plan replaces the demonstration registry of its year
            replaces_demo = str(demo["plan_id"].iloc[0])
            same_year = same_year[~same_year["demo"].astype(bool)]
        if not same_year.empty:
            problems.append(
                f"foaia plan, rândul {meta_row['year_start']}, coloana value: anul "
                f"{meta.year_start} are deja un plan anual („{same_year['plan_id'].iloc[0]}”)"
            )
    others = plans[(plans["plan_id"] != meta.plan_id) & (plans["plan_id"] != replaces_demo)][
        "plan_id"
    ].tolist()
    other_tables = [plan_tables(p, engine=engine) for p in others]
    tables = {t: plan.table(t).copy() for t in PLAN_TABLES}
    tables, renamed = _own_ids(meta, tables, other_tables, problems)
    tables["services"] = _service_ids(
        meta, tables["services"], other_tables, engine, problems, warnings
    )
    previous = None if existing.empty else plan_tables(meta.plan_id, engine=engine)
    if previous is not None:
        _kept_reported(previous, tables["indicators"], engine, problems)
    if problems:
        raise PlanProblemsError(problems)
    normalised = PlanTables(meta, {t: typed_frame(t, _records(tables[t])) for t in PLAN_TABLES})
    if renamed:
        owners = sorted({o.meta.title for o in other_tables for i in renamed if _owns(o, i)}) or [
            "alt plan"
        ]
        warnings.append(
            f"{len(renamed)} id-uri de obiective și indicatori sunt ale planului "
            f"„{'”, „'.join(owners)}”; se înlocuiesc cu id-urile acestui plan "
            f"({id_prefix(meta.plan_id)}-…), rândurile rămân aceleași"
        )
    warnings += _early_dates(normalised)
    compared, years = previous, 0
    if compared is None and meta.kind == "annual":
        compared = _last_year(meta, other_tables)
        if compared is not None:  # compare rows with the ones they were copied from
            compared = _renamed(compared, id_prefix(meta.plan_id))
            years = meta.year_start - compared.meta.year_start
    changes = {
        t: table_changes(
            t, None if compared is None else compared.table(t), normalised.table(t), years=years
        )
        for t in PLAN_TABLES
    }
    meta_changes = []
    if previous is not None:
        meta_changes = [
            (k, getattr(previous.meta, k), getattr(meta, k))
            for k in META_KEYS
            if not _same(getattr(previous.meta, k), getattr(meta, k))
        ]
    return PlanCheck(
        plan=normalised,
        changes=changes,
        meta_changes=meta_changes,
        previous_version=None if existing.empty else int(existing["version"].iloc[0]),
        compared=compared,
        renamed_ids=renamed,
        warnings=warnings,
        replaces_demo=replaces_demo,
    )


def _renamed(plan: PlanTables, prefix: str) -> PlanTables:
    """`plan` with its objective and indicator ids as a plan with `prefix` owns them (the rule
    ids copied from another plan follow), to compare this plan's rows with last year's."""

    tables = dict(plan.tables)
    for table, columns in (
        ("objectives", ("node_id", "parent_id")),
        ("indicators", ("indicator_id", "activity_node_id", "part_of")),
        ("milestones", ("indicator_id",)),
    ):
        frame = tables[table].copy()
        for column in columns:
            frame[column] = frame[column].map(lambda v: own_id(v, prefix))
        tables[table] = frame
    return PlanTables(plan.meta, tables)


def _owns(plan: PlanTables, node_or_indicator: str) -> bool:
    for table, key in (("objectives", "node_id"), ("indicators", "indicator_id")):
        frame = plan.table(table)
        if key in frame and (frame[key] == node_or_indicator).any():
            return True
    return False


def _early_dates(plan: PlanTables) -> list[str]:
    """One warning per sheet whose deadlines fall before the plan's first year (a plan drafted
    from last year's workbook without moving them: every target would be late at once)."""
    out = []
    for table, column in (("indicators", "deadline"), ("milestones", "due_date")):
        frame = plan.table(table)
        if frame.empty:
            continue
        years = pd.to_numeric(frame[column].astype("string").str[:4], errors="coerce")
        early = frame.index[years < plan.meta.year_start]
        if len(early) == 0:
            continue
        rows = ", ".join(str(i + FIRST_DATA_ROW) for i in early[:5])
        more = ", …" if len(early) > 5 else ""
        out.append(
            f"foaia {PLAN_TABLE_SHEETS[table]}, coloana {column}: {len(early)} termene sunt "
            f"înaintea anului {plan.meta.year_start}, primul an al planului (rândurile "
            f"{rows}{more}); ținta lor ar fi restantă de la început. Mutați-le în anul planului "
            "(python -m store next-plan le mută pe toate)"
        )
    return out


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    if frame.empty:
        return []
    return [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]


def _last_year(meta: PlanMeta, others: list[PlanTables]) -> PlanTables | None:
    earlier = [p for p in others if p.meta.kind == "annual" and p.meta.year_start < meta.year_start]
    return max(earlier, key=lambda p: p.meta.year_start, default=None)


def _own_ids(
    meta: PlanMeta,
    tables: dict[str, pd.DataFrame],
    others: list[PlanTables],
    problems: list[str],
) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Objectives, indicators and milestones made this plan's own: plan_id set, ids that belong
    to another plan renamed with this plan's prefix (parents, activities and milestones follow).
    """
    foreign: set[str] = set()
    for other in others:
        foreign |= set(other.table("objectives").get("node_id", pd.Series(dtype=object)))
        foreign |= set(other.table("indicators").get("indicator_id", pd.Series(dtype=object)))
    foreign.discard(None)
    prefix = id_prefix(meta.plan_id)
    renamed: dict[str, str] = {}

    def own(value: Any) -> Any:
        if _blank(value) or value not in foreign:
            return value
        text = str(value)
        _head, sep, rest = text.partition("-")
        new = f"{prefix}-{rest}" if sep else f"{prefix}-{text}"
        renamed[text] = new
        return new

    out = dict(tables)
    for table, columns in (
        ("objectives", ("node_id", "parent_id")),
        ("indicators", ("indicator_id", "activity_node_id", "part_of")),
        ("milestones", ("indicator_id",)),
    ):
        frame = tables[table].copy()
        if frame.empty:
            continue
        for column in columns:
            frame[column] = frame[column].map(own)
        if "plan_id" in frame:
            frame["plan_id"] = meta.plan_id
        out[table] = frame
    for table in ("objectives", "indicators"):
        frame = out[table]
        if frame.empty:
            continue
        key = TABLE_KEYS[table][0]
        for position in frame.index[frame[key].duplicated(keep="first")]:
            problems.append(
                f"foaia {PLAN_TABLE_SHEETS[table]}, rândul {position + FIRST_DATA_ROW}, "
                f"coloana {key}: id-ul „{frame.at[position, key]}” se repetă după preluarea în "
                f"planul „{meta.plan_id}”"
            )
    assert set(PLAN_OWNED) <= set(out)
    return out, renamed


def _service_ids(
    meta: PlanMeta,
    services: pd.DataFrame,
    others: list[PlanTables],
    engine: Engine | None,
    problems: list[str],
    warnings: list[str] | None = None,
) -> pd.DataFrame:
    """Service ids kept from year to year: a stored id stays, an empty one becomes the next
    free `sNN`, an id never stored is refused. The registry year is the plan's first year.
    `warnings` gets a new id given to the name of a stored service (its history stays with the
    old id) and a registry year in the workbook other than the plan's."""
    if services.empty:
        return services
    warnings = [] if warnings is None else warnings
    services = services.copy()
    known: set[str] = set()
    stored_names: dict[str, str] = {}
    for other in others:
        frame = other.table("services")
        known |= set(frame.get("service_id", pd.Series(dtype=object)))
        if not frame.empty:
            for sid, name in zip(frame["service_id"], frame["name"], strict=True):
                stored_names.setdefault(_name_key(name), str(sid))
    own = pd.DataFrame(columns=["service_id", "name"])
    try:
        own = plan_tables(meta.plan_id, engine=engine).table("services")
        known |= set(own.get("service_id", pd.Series(dtype=object)))
    except KeyError:
        pass
    known.discard(None)
    # a new service (empty id) loaded again keeps the id it got the first time: same name, not
    # otherwise listed in the workbook
    listed_ids = set(services["service_id"].dropna())
    by_name = {
        _name_key(n): i
        for i, n in zip(own["service_id"], own["name"], strict=True)
        if i not in listed_ids
    }
    numbers = [int(m.group(1)) for s in known if (m := _SERVICE_ID.match(str(s)))]
    listed = [int(m.group(1)) for s in services["service_id"] if (m := _SERVICE_ID.match(str(s)))]
    next_number = max(numbers + listed, default=0) + 1
    for position in services.index:
        service_id = services.at[position, "service_id"]
        if _blank(service_id):
            again = by_name.pop(_name_key(services.at[position, "name"]), None)
            if again is not None:
                services.at[position, "service_id"] = again
                continue
            new_id = f"s{next_number:02d}"
            services.at[position, "service_id"] = new_id
            next_number += 1
            same = stored_names.get(_name_key(services.at[position, "name"]))
            if same is not None and same not in listed_ids:
                warnings.append(
                    f"foaia servicii, rândul {position + FIRST_DATA_ROW}, coloana service_id: "
                    f"„{services.at[position, 'name']}” primește id-ul nou {new_id}, dar are "
                    f"numele serviciului {same} din registrele anterioare; istoricul lui {same} "
                    f"nu trece la {new_id}. Pentru același serviciu scrieți {same} în "
                    "coloana service_id"
                )
        elif known and service_id not in known:
            problems.append(
                f"foaia servicii, rândul {position + FIRST_DATA_ROW}, coloana service_id: "
                f"serviciul „{service_id}” nu există în registrele anterioare; lăsați id-ul gol "
                "pentru un serviciu nou"
            )
    if meta.kind == "annual":
        given = pd.to_numeric(services["snapshot_year"], errors="coerce")
        other_years = sorted({int(y) for y in given.dropna() if int(y) != meta.year_start})
        if other_years:
            count = int(given.isin(other_years).sum())
            warnings.append(
                f"foaia servicii, coloana snapshot_year: {count} rânduri au anul "
                f"{', '.join(map(str, other_years))}, dar planul este al anului "
                f"{meta.year_start}; se salvează {meta.year_start} (registrul anului planului)"
            )
        services["snapshot_year"] = meta.year_start
    return services


def _name_key(name: Any) -> str:
    return " ".join(str(name or "").split()).casefold()


def _kept_reported(
    previous: PlanTables, indicators: pd.DataFrame, engine: Engine | None, problems: list[str]
) -> None:
    """Refuse dropping an indicator that has reported values (they would be orphaned)."""
    before = set(previous.table("indicators").get("indicator_id", pd.Series(dtype=object)))
    after = (
        set(indicators.get("indicator_id", pd.Series(dtype=object))) if len(indicators) else set()
    )
    dropped = sorted(before - after - {None})
    if not dropped:
        return
    with read_session(engine) as session:
        counts = dict(
            session.exec(
                select(ReportedValue.indicator_id, func.count(col(ReportedValue.id)))
                .where(col(ReportedValue.indicator_id).in_(dropped))
                .group_by(col(ReportedValue.indicator_id))
            ).all()
        )
    for indicator_id in dropped:
        if counts.get(indicator_id):
            problems.append(
                f"foaia indicatori: indicatorul „{indicator_id}” lipsește, dar are "
                f"{counts[indicator_id]} valori raportate; păstrați-l în plan (valorile nu se "
                "pierd)"
            )


def save_plan(
    plan: PlanTables,
    *,
    user: str,
    note: str = "",
    demo: bool = False,
    acting: bool = False,
    engine: Engine | None = None,
) -> SaveSummary:
    """Check and store `plan` (new plan or new version) in one transaction, audited; nothing is
    written when it equals the version in force. Raises PlanProblemsError. `acting=True` (a
    person in the app): `user` is loaded in the same transaction and must still be an enabled
    administrator, else WriteRefusedError (nothing written, the refusal audited); the seeding
    and the server's shell (`python -m store`) name an author, not an application user."""
    check = check_plan(plan, engine=engine)
    meta = check.plan.meta
    if check.unchanged:
        return SaveSummary(meta.plan_id, int(check.previous_version or 0), False, check)
    now = utc_now()
    transaction = (
        writing_as(user, need="admin", lock="plan", action="plan", engine=engine)
        if acting
        else write_session(engine, lock="plan")
    )
    with transaction as session:
        if check.replaces_demo is not None:  # the real plan of a demonstration registry's year
            _delete_plan(
                session, check.replaces_demo, user=user,
                reason=f"înlocuit de planul real {meta.plan_id}",
            )  # fmt: skip
        stored = session.exec(select(Plan).where(Plan.plan_id == meta.plan_id)).first()
        old_state = None if stored is None else {"version": check.previous_version}
        if stored is None:
            stored = Plan(
                plan_id=meta.plan_id,
                title=meta.title,
                kind=meta.kind,
                year_start=meta.year_start,
                year_end=meta.year_end,
                county=meta.county,
                source=meta.source,
                demo=demo,
                created_by=user,
                created_at=now,
            )
        else:
            stored.title, stored.source = meta.title, meta.source
            stored.year_start, stored.year_end = meta.year_start, meta.year_end
        session.add(stored)
        number = (
            session.exec(
                select(func.max(PlanVersion.version)).where(PlanVersion.plan_id == meta.plan_id)
            ).one()
            or 0
        ) + 1
        version = PlanVersion(
            plan_id=meta.plan_id,
            version=number,
            title=meta.title,
            year_start=meta.year_start,
            year_end=meta.year_end,
            source=meta.source,
            note=note[:500],
            created_by=user,
            created_at=now,
        )
        session.add(version)
        session.flush()
        rows = [
            {
                "version_id": version.id,
                "table_name": table,
                "position": position,
                "row_key": _row_key(table, row)[:200],
                "data": json.dumps(row, ensure_ascii=False),
            }
            for table in PLAN_TABLES
            for position, row in enumerate(_records(check.plan.table(table)))
        ]
        if rows:
            session.execute(insert(CatalogRow.__table__), rows)  # type: ignore[attr-defined]
        record(
            session,
            user=user,
            table_name="plan",
            key=f"{meta.plan_id}|v{number}",
            old=old_state,
            new={
                "version": number,
                "title": meta.title,
                "note": note,
                "compared_with": check.compared_with,
                "changes": {t: c.counts() for t, c in check.changes.items()},
                **({"replaces": check.replaces_demo} if check.replaces_demo else {}),
            },
            at=now,
        )
    return SaveSummary(meta.plan_id, number, True, check)


def remove_plan(plan_id: str, *, user: str, engine: Engine | None = None) -> int:
    """Delete a plan with every version (demonstration plans); refused while any of its
    indicators has reported values. Returns the number of versions removed."""
    tables = plan_tables(plan_id, engine=engine)
    problems: list[str] = []
    _kept_reported(tables, tables.table("indicators").iloc[0:0], engine, problems)
    if problems:
        raise PlanProblemsError(problems)
    with write_session(engine, lock="plan") as session:
        return _delete_plan(session, plan_id, user=user)


def _delete_plan(session: Any, plan_id: str, *, user: str, reason: str | None = None) -> int:
    """Delete a plan with every version in `session`, audited; the number of versions."""
    versions = session.exec(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).all()
    for version in versions:
        for row in session.exec(select(CatalogRow).where(CatalogRow.version_id == version.id)):
            session.delete(row)
    session.flush()
    for version in versions:
        session.delete(version)
    plan = session.exec(select(Plan).where(Plan.plan_id == plan_id)).one()
    session.delete(plan)
    session.flush()
    record(
        session,
        user=user,
        table_name="plan",
        key=plan_id,
        old={"versions": len(versions), **({"reason": reason} if reason else {})},
        new=None,
    )
    return len(versions)


def with_meta(plan: PlanTables, **changes: Any) -> PlanTables:
    """A copy of `plan` with other metadata (e.g. a plan derived for another year)."""
    return PlanTables(replace(plan.meta, **changes), dict(plan.tables))


NAME_COLUMNS = {
    "services": "name",
    "budget_groups": "label",
    "projects": "title",
    "planned_services": "name",
    "objectives": "title",
    "indicators": "indicator_text",
    "milestones": "due_date",
}
CHANGE_COLUMNS = ["key", "name", "change", "column", "old", "new"]


def change_rows(check: PlanCheck, table: str) -> pd.DataFrame:
    """What storing the plan changes in `table`, one row per added or removed row and per
    changed cell: key, name, change (`added`, `removed`, `changed`), column, old, new."""
    changes = check.changes[table]
    name_column = NAME_COLUMNS[table]
    new = _keyed(table, check.plan.table(table)) if not check.plan.table(table).empty else {}
    previous = check.compared
    old = (
        _keyed(table, previous.table(table))
        if previous is not None and not previous.table(table).empty
        else {}
    )
    rows: list[tuple[Any, ...]] = [
        (key, new[key].get(name_column), "added", None, None, None) for key in changes.added
    ]
    rows += [
        (key, old.get(key, {}).get(name_column), "removed", None, None, None)
        for key in changes.removed
    ]
    rows += [
        (key, new[key].get(name_column), "changed", column, before, after)
        for key, column, before, after in changes.changed
    ]
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def set_place(
    plan_id: str,
    service_id: str,
    uat_siruta: int,
    *,
    address: str = "",
    user: str,
    engine: Engine | None = None,
) -> SaveSummary:
    """Place a service of an annual plan where the directorate says it is: a new version of the
    plan with the service's UAT set and `location_confidence = directorate`, the address and
    who set it in its notes (audited as every plan version)."""
    plan = plan_tables(plan_id, engine=engine)
    services = plan.table("services").copy()
    match = services.index[services["service_id"] == service_id]
    if len(match) != 1:
        raise KeyError(service_id)
    i = match[0]
    services.at[i, "uat_siruta"] = int(uat_siruta)
    services.at[i, "location_confidence"] = "directorate"
    stamp = utc_now().strftime("%d.%m.%Y")
    note = f"Loc stabilit de direcție ({user}, {stamp})"
    note += f": {address.strip()}." if address.strip() else "."
    old = services.at[i, "notes"]
    services.at[i, "notes"] = note if old is None else f"{old} {note}"
    tables = dict(plan.tables)
    tables["services"] = services
    return save_plan(
        PlanTables(plan.meta, tables),
        user=user,
        note=f"loc stabilit pentru {service_id}",
        engine=engine,
    )
