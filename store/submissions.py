"""Submission and review of a unit's report, per (plan, period end, unit).

States: nothing (no row) → submitted → approved, or → returned (with the office's comment, which
the unit reads) → submitted again … A submitted or approved report is frozen for the unit's
reporters (store.reporters.check_scope refuses their writes, SubmittedError) until the office
sends it back; the office (editors, administrators) may still correct values. Who submits: a
reporter of that unit, or the office on the unit's behalf (a unit without an account). Who
reviews: the office only. Nothing moves in a closed period (ClosedPeriodError). Every step is
audited (`table_name = unit_submission`, key `plan|YYYY-MM-DD|unit`, old → new state).
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from loaders.tables import load_units
from store import messages
from store.audit import as_utc, record
from store.db import read_session
from store.errors import OtherUnitError, SubmissionError, WriteRefusedError
from store.input_rules import Catalog, load_catalog
from store.models import (
    COMMENT_MAX_CHARS,
    SENT_STATES,
    SUBMISSION_STATES,
    UnitSubmission,
    User,
    clean_text,
    utc_now,
)
from store.periods import WRITE_LOCK, check_open
from store.reporters import REPORTER, checked_units, unit_label, units_of
from store.users import ACTING, ROLE_LABELS, writing_as
from store.values import values_frame

TABLE = "unit_submission"
NOTHING = "nothing"
STATES = (NOTHING, *SUBMISSION_STATES)
SUBMISSION_COLUMNS = [
    "plan_id", "period_end", "unit_id", "state", "comment", "submitted_by", "submitted_at",
    "reviewed_by", "reviewed_at",
]  # fmt: skip


def submission_key(plan_id: str, period_end: date, unit_id: str) -> str:
    """The audit key of a unit's report: `plan|YYYY-MM-DD|unit`."""
    return f"{plan_id}|{period_end.isoformat()}|{unit_id}"


def _row(session: Session, plan_id: str, period_end: date, unit_id: str) -> UnitSubmission | None:
    query = select(UnitSubmission).where(
        UnitSubmission.plan_id == plan_id,
        UnitSubmission.period_end == period_end,
        UnitSubmission.unit_id == unit_id,
    )
    return session.exec(query).first()


def _label(state: str) -> str:
    return messages.SUBMISSION_STATE_LABELS[state]


def _audit(session: Session, user: str, key: str, old: UnitSubmission | None, new: dict) -> None:
    before = None if old is None else {"state": old.state, "comment": old.comment}
    record(session, user=user, table_name=TABLE, key=key, old=before, new=new)


def submit_unit(
    plan_id: str, period_end: date, unit_id: str, *, user: str, engine: Engine | None = None
) -> None:
    """The unit sends its report for the period (state nothing or returned → submitted).
    `user`: a reporter of the unit, or an editor or administrator (on the unit's behalf)."""
    checked_units(REPORTER, [unit_id])  # a known unit (ReporterUnitsError)
    key = submission_key(plan_id, period_end, unit_id)
    with writing_as(user, need="edit", lock=WRITE_LOCK, action="submit", engine=engine) as s:
        acting: User = s.info[ACTING]
        if acting.role == REPORTER and unit_id not in units_of(s, acting):
            message = messages.SUBMIT_NOT_ALLOWED.format(user=user, unit=unit_label(unit_id))
            raise OtherUnitError(user, "other_unit", message, {"unit_id": unit_id})
        check_open(s, user, [(plan_id, period_end)])
        row = _row(s, plan_id, period_end, unit_id)
        if row is not None and row.state in SENT_STATES:
            day = f"{period_end:%d.%m.%Y}"
            raise SubmissionError(
                messages.SUBMIT_TWICE.format(
                    unit=unit_label(unit_id), period=day, state=_label(row.state)
                )
            )
        _audit(s, user, key, row, {"state": "submitted", "comment": ""})
        now = utc_now()
        target = row or UnitSubmission(
            plan_id=plan_id, period_end=period_end, unit_id=unit_id, state="submitted",
            submitted_by=user, submitted_at=now,
        )  # fmt: skip
        target.state, target.comment = "submitted", ""
        target.submitted_by, target.submitted_at = user, now
        target.reviewed_by, target.reviewed_at = None, None
        s.add(target)


def approve_unit(
    plan_id: str, period_end: date, unit_id: str, *, user: str, engine: Engine | None = None
) -> None:
    """The office approves a submitted report (submitted → approved)."""
    _review(plan_id, period_end, unit_id, user=user, state="approved", comment="", engine=engine)


def return_unit(
    plan_id: str,
    period_end: date,
    unit_id: str,
    *,
    user: str,
    comment: str,
    engine: Engine | None = None,
) -> None:
    """The office sends a submitted or approved report back with a comment for the unit
    (→ returned): its reporters may write again. SubmissionError without a comment."""
    text = clean_text(str(comment or "")).strip()
    if not text:
        raise SubmissionError(messages.RETURN_NEEDS_COMMENT)
    if len(text) > COMMENT_MAX_CHARS:
        raise SubmissionError(messages.TOO_LONG.format(length=len(text), limit=COMMENT_MAX_CHARS))
    _review(plan_id, period_end, unit_id, user=user, state="returned", comment=text,
            engine=engine)  # fmt: skip


def _review(
    plan_id: str,
    period_end: date,
    unit_id: str,
    *,
    user: str,
    state: str,
    comment: str,
    engine: Engine | None,
) -> None:
    key = submission_key(plan_id, period_end, unit_id)
    action = "approve" if state == "approved" else "return"
    with writing_as(user, need="edit", lock=WRITE_LOCK, action=action, engine=engine) as s:
        acting: User = s.info[ACTING]
        if acting.role == REPORTER:  # a unit does not review reports
            role = ROLE_LABELS[REPORTER]
            raise WriteRefusedError(user, "role", messages.WRITER_ROLE.format(user=user, role=role))
        check_open(s, user, [(plan_id, period_end)])
        row = _row(s, plan_id, period_end, unit_id)
        allowed = ("submitted",) if state == "approved" else SENT_STATES
        if row is None or row.state not in allowed:
            day = f"{period_end:%d.%m.%Y}"
            now_state = _label(NOTHING if row is None else row.state)
            verb = "aproba" if state == "approved" else "retrimite"
            raise SubmissionError(
                messages.REVIEW_NOT_SUBMITTED.format(
                    unit=unit_label(unit_id), period=day, state=now_state, action=verb
                )
            )
        _audit(s, user, key, row, {"state": state, "comment": comment})
        row.state, row.comment = state, comment
        row.reviewed_by, row.reviewed_at = user, utc_now()
        s.add(row)


def submissions_frame(
    plan_id: str | None = None, period_end: date | None = None, *, engine: Engine | None = None
) -> pd.DataFrame:
    """Every unit's report that has moved (SUBMISSION_COLUMNS; times in UTC); a unit absent
    here has submitted nothing."""
    query = select(UnitSubmission).order_by(
        col(UnitSubmission.plan_id), col(UnitSubmission.period_end), col(UnitSubmission.unit_id)
    )
    if plan_id is not None:
        query = query.where(UnitSubmission.plan_id == plan_id)
    if period_end is not None:
        query = query.where(UnitSubmission.period_end == period_end)
    with read_session(engine) as session:
        rows = [{c: getattr(r, c) for c in SUBMISSION_COLUMNS} for r in session.exec(query)]
    frame = pd.DataFrame(rows, columns=SUBMISSION_COLUMNS)
    for column in ("submitted_at", "reviewed_at"):
        frame[column] = as_utc(frame[column])
    return frame


def submission_state(
    plan_id: str, period_end: date, unit_id: str, *, engine: Engine | None = None
) -> tuple[str, str]:
    """(state, the office's comment) of a unit's report: NOTHING and "" before it is sent."""
    with read_session(engine) as session:
        row = _row(session, plan_id, period_end, unit_id)
    return (NOTHING, "") if row is None else (row.state, row.comment)


def who_reported_inputs(
    plan_id: str, period_end: date, *, catalog: Catalog | None = None, engine: Engine | None = None
) -> dict[str, pd.DataFrame]:
    """What „Cine a raportat” reads from the store for one plan and period, by the parameter
    names of metrics.who_reported.who_reported: the plan's indicators, their responsible units,
    the units catalogue, the plan's values, the units' submissions."""
    catalog = catalog or load_catalog(engine=engine)
    return {
        "indicators": catalog.plan_indicators(plan_id),
        "owners": catalog.owners,
        "units": load_units(),
        "values": values_frame(plan_id=plan_id, catalog=catalog, engine=engine),
        "submissions": submissions_frame(plan_id, period_end, engine=engine),
    }
