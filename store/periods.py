"""Closed periods: an administrator closes a plan's period (`close-period`), after which every
write of its values — grid, upload, command line, submissions — is refused (ClosedPeriodError,
nothing written, the attempt audited) until it is reopened with a reason (`reopen-period`).
Both are audited (`table_name = period_closure`, key `plan|YYYY-MM-DD`; the reason in the
reopening's entry)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from store import messages
from store.audit import as_utc, record
from store.db import read_session
from store.errors import ClosedPeriodError, PeriodStateError
from store.models import PeriodClosure, Plan, utc_now
from store.plan_names import plan_name
from store.users import OPERATOR, writing_as

TABLE = "period_closure"
WRITE_LOCK = "reported_value"  # the values' lock: a close waits for a save under way, and after it
CLOSURE_COLUMNS = ["plan_id", "period_end", "closed_by", "closed_at"]


def period_key(plan_id: str, period_end: date) -> str:
    """The audit key of a plan's period: `plan|YYYY-MM-DD`."""
    return f"{plan_id}|{period_end.isoformat()}"


def closure(session: Session, plan_id: str, period_end: date) -> PeriodClosure | None:
    """The closure of a plan's period, or None while it is open."""
    query = select(PeriodClosure).where(
        PeriodClosure.plan_id == plan_id, PeriodClosure.period_end == period_end
    )
    return session.exec(query).first()


def check_open(session: Session, username: str, periods: Iterable[tuple[str, date]]) -> None:
    """ClosedPeriodError (naming plan, period and who closed it) when any of the (plan, period
    end) pairs is closed; called inside the writing transaction."""
    for plan_id, period_end in sorted(set(periods), key=str):
        closed = closure(session, plan_id, period_end)
        if closed is not None:
            message = messages.PERIOD_CLOSED.format(
                period=f"{period_end:%d.%m.%Y}",
                plan=plan_name(session, plan_id),
                by=closed.closed_by,
            )
            detail = {"plan_id": plan_id, "period_end": period_end.isoformat()}
            raise ClosedPeriodError(username, "closed", message, detail)


def _known_plan(session: Session, plan_id: str) -> None:
    if session.exec(select(Plan.id).where(Plan.plan_id == plan_id)).first() is None:
        raise PeriodStateError(messages.PERIOD_UNKNOWN_PLAN.format(plan=plan_id))


def close_period(
    plan_id: str,
    period_end: date,
    *,
    user: str | None,
    acting: bool = True,
    engine: Engine | None = None,
) -> None:
    """Close a plan's period (audited). `acting=True` (a person in the app): `user` is loaded in
    the transaction and must be an enabled administrator (WriteRefusedError, audited);
    `acting=False` (the server's shell) names an author only (None: `cli`). PeriodStateError
    for an unknown plan or a period closed already."""
    author = user or OPERATOR
    with writing_as(
        user if acting else None, need="admin", lock=WRITE_LOCK, action="close_period",
        engine=engine,
    ) as session:  # fmt: skip
        _known_plan(session, plan_id)
        day = f"{period_end:%d.%m.%Y}"
        if closure(session, plan_id, period_end) is not None:
            raise PeriodStateError(
                messages.PERIOD_ALREADY_CLOSED.format(period=day, plan=plan_name(session, plan_id))
            )
        now = utc_now()
        session.add(
            PeriodClosure(plan_id=plan_id, period_end=period_end, closed_by=author, closed_at=now)
        )
        record(session, user=author, table_name=TABLE, key=period_key(plan_id, period_end),
               old=None, new={"state": "closed"}, at=now)  # fmt: skip


def reopen_period(
    plan_id: str,
    period_end: date,
    *,
    reason: str,
    user: str | None,
    acting: bool = True,
    engine: Engine | None = None,
) -> None:
    """Reopen a closed period; `reason` (required, not blank) goes into the audit entry. The
    same `acting` rule as close_period; PeriodStateError without a reason or when the period
    is not closed."""
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise PeriodStateError(messages.REOPEN_NEEDS_REASON)
    author = user or OPERATOR
    with writing_as(
        user if acting else None, need="admin", lock=WRITE_LOCK, action="reopen_period",
        engine=engine,
    ) as session:  # fmt: skip
        closed = closure(session, plan_id, period_end)
        if closed is None:
            day = f"{period_end:%d.%m.%Y}"
            raise PeriodStateError(
                messages.PERIOD_NOT_CLOSED.format(period=day, plan=plan_name(session, plan_id))
            )
        old = {"state": "closed", "closed_by": closed.closed_by}
        session.delete(closed)
        record(session, user=author, table_name=TABLE, key=period_key(plan_id, period_end),
               old=old, new={"state": "open", "reason": reason})  # fmt: skip


def closed_periods(plan_id: str | None = None, *, engine: Engine | None = None) -> pd.DataFrame:
    """The closed periods (CLOSURE_COLUMNS, closed_at in UTC), by plan and period."""
    query = select(PeriodClosure).order_by(
        col(PeriodClosure.plan_id), col(PeriodClosure.period_end)
    )
    if plan_id is not None:
        query = query.where(PeriodClosure.plan_id == plan_id)
    with read_session(engine) as session:
        rows = [(c.plan_id, c.period_end, c.closed_by, c.closed_at) for c in session.exec(query)]
    frame = pd.DataFrame(rows, columns=CLOSURE_COLUMNS)
    frame["closed_at"] = as_utc(frame["closed_at"])
    return frame


def is_closed(plan_id: str, period_end: date, *, engine: Engine | None = None) -> bool:
    """True while the plan's period is closed."""
    with read_session(engine) as session:
        return closure(session, plan_id, period_end) is not None
