"""Reporters: a user of role `reporter` answers for one or more units (units.csv) and writes only
the values of the indicators those units are responsible for (`Catalog.owners`: the curated
indicator_units.csv, extended to a plan loaded from a workbook by its `responsible` text).

The rule is checked in the store's write path (`store.values`, inside the writing
transaction), so the grid, the upload and the command line follow it alike: a write for
another unit's indicator is refused (OtherUnitError, nothing written, the attempt audited).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from loaders.tables import load_units
from store import messages
from store.db import read_session
from store.errors import OtherUnitError, ReporterUnitsError, SubmittedError
from store.models import SENT_STATES, UnitSubmission, User, UserUnit, ValueIn
from store.plan_names import plan_name

if TYPE_CHECKING:
    from store.input_rules import Catalog

REPORTER = "reporter"


def unit_names(units: pd.DataFrame | None = None) -> dict[str, str]:
    """unit_id → name, from the units catalogue (units.csv)."""
    frame = load_units() if units is None else units
    return dict(zip(frame["unit_id"], frame["name"], strict=True))


def unit_label(unit_id: str, units: pd.DataFrame | None = None) -> str:
    """A unit as a person reads it: its name (the id when the catalogue does not know it)."""
    return unit_names(units).get(unit_id, unit_id)


def checked_units(
    role: str, unit_ids: Iterable[str], *, units: pd.DataFrame | None = None
) -> list[str]:
    """The unit ids (sorted, once each) a user of `role` is linked to; ReporterUnitsError when a
    reporter has none, another role has any, or an id is not in the units catalogue."""
    wanted = sorted({str(u).strip() for u in unit_ids if str(u).strip()})
    if role != REPORTER:
        if wanted:
            raise ReporterUnitsError(messages.UNITS_ONLY_FOR_REPORTER.format(role=role))
        return []
    if not wanted:
        raise ReporterUnitsError(messages.REPORTER_NEEDS_UNIT)
    known = unit_names(units)
    unknown = [u for u in wanted if u not in known]
    if unknown:
        raise ReporterUnitsError("; ".join(messages.UNKNOWN_UNIT.format(unit=u) for u in unknown))
    return wanted


def units_of(session: Session, user: User) -> list[str]:
    """The units a user answers for (a reporter's; [] for the other roles)."""
    query = select(UserUnit.unit_id).where(UserUnit.user_id == user.id)
    return sorted(str(u) for u in session.exec(query.order_by(col(UserUnit.unit_id))))


def set_units(session: Session, user: User, unit_ids: Sequence[str]) -> None:
    """Replace the user's units with `unit_ids` (already checked)."""
    assert user.id is not None
    for link in session.exec(select(UserUnit).where(UserUnit.user_id == user.id)):
        session.delete(link)
    session.flush()
    for unit_id in unit_ids:
        session.add(UserUnit(user_id=user.id, unit_id=unit_id))


def user_units(username: str, *, engine: Engine | None = None) -> list[str]:
    """The units `username` answers for ([] for an unknown user or another role)."""
    with read_session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        return [] if user is None else units_of(session, user)


def reporter_units_frame(*, engine: Engine | None = None) -> pd.DataFrame:
    """username, unit_id of every reporter's unit, by name then unit."""
    query = (
        select(User.username, UserUnit.unit_id)
        .join(UserUnit, col(UserUnit.user_id) == col(User.id))
        .order_by(col(User.username), col(UserUnit.unit_id))
    )
    with read_session(engine) as session:
        rows = [tuple(r) for r in session.exec(query)]
    return pd.DataFrame(rows, columns=["username", "unit_id"])


def frozen_units(session: Session, plan_id: str, period_end: date) -> set[str]:
    """Units whose report for the plan and period is submitted or approved (frozen for them)."""
    query = select(UnitSubmission.unit_id).where(
        UnitSubmission.plan_id == plan_id,
        UnitSubmission.period_end == period_end,
        col(UnitSubmission.state).in_(SENT_STATES),
    )
    return {str(u) for u in session.exec(query)}


def check_scope(session: Session, user: User, rows: Sequence[ValueIn], catalog: Catalog) -> None:
    """Refuse (OtherUnitError, SubmittedError) a reporter's batch when any row is an indicator
    none of its units answers for, or one of its units answering for it has submitted the
    period; nothing of the batch is written then. Other roles pass (the office corrects)."""
    if user.role != REPORTER:
        return
    mine = set(units_of(session, user))
    names = unit_names()
    label = ", ".join(names.get(u, u) for u in sorted(mine)) or messages.NO_OWNER
    frozen: dict[tuple[str, date], set[str]] = {}
    for row in rows:
        owners = catalog.units_of(row.indicator_id)
        answering = owners & mine
        detail = {
            "indicator_id": row.indicator_id,
            "period_end": row.period_end.isoformat(),
            "units": sorted(mine),
        }
        if not answering:
            owner_text = ", ".join(sorted(names.get(u, u) for u in owners)) or messages.NO_OWNER
            message = messages.WRITER_OTHER_UNIT.format(
                user=user.username, units=label, indicator=row.indicator_id, owners=owner_text
            )
            raise OtherUnitError(
                user.username, "other_unit", message, {**detail, "owners": sorted(owners)}
            )
        plan_id = catalog.plan_of(row.indicator_id) or ""
        key = (plan_id, row.period_end)
        if key not in frozen:
            frozen[key] = frozen_units(session, plan_id, row.period_end)
        sent = sorted(answering & frozen[key])
        if sent:
            message = messages.UNIT_SUBMITTED.format(
                unit=names.get(sent[0], sent[0]),
                period=f"{row.period_end:%d.%m.%Y}",
                plan=plan_name(session, plan_id),
                indicator=row.indicator_id,
            )
            raise SubmittedError(user.username, "submitted", message, {**detail, "unit": sent[0]})
