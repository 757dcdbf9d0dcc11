"""Logins: the throttle (a pure rule with an injectable clock) and the login itself, which
records every attempt — succeeded, failed or refused while locked — in the audit log.

Rule: after MAX_FAILURES failed attempts for one user name within WINDOW, further attempts for
that name are refused for LOCKOUT from the last of them (other names are unaffected). A
successful login clears the count; attempts refused while locked do not count (they cannot
prolong the lock), and the count starts afresh when a lock ends. An administrator's unlock
(outcome `unlocked`, audited under the administrator's name) ends a lock and clears the count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Engine
from sqlmodel import col, select

from store.audit import load_state, record
from store.db import read_session, write_session
from store.models import AuditLog, UserInfo, utc_now
from store.users import authenticate, writing_as

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)
LOGIN_TABLE = "login"  # audit entries of login attempts (no table of that name)
NAME_MAX_CHARS = 40

Outcome = Literal["ok", "failed", "blocked", "unlocked"]


@dataclass(frozen=True)
class Attempt:
    """One login attempt for a user name: when, and how it ended."""

    at: datetime
    outcome: Outcome


@dataclass(frozen=True)
class LoginResult:
    """The user when logged in; else None, and `blocked_until` when the name is locked."""

    user: UserInfo | None
    blocked_until: datetime | None = None


def blocked_until(attempts: Iterable[Attempt], now: datetime) -> datetime | None:
    """When the lock of a user name ends, given its attempts, or None when it is not locked."""
    failures: list[datetime] = []
    until: datetime | None = None
    for attempt in sorted(attempts, key=lambda a: a.at):
        if attempt.outcome == "unlocked":
            until, failures = None, []
            continue
        if until is not None and attempt.at < until:
            continue  # refused while locked: neither counts nor clears
        if attempt.outcome == "ok":
            failures = []
        elif attempt.outcome == "failed":
            failures = [t for t in failures if attempt.at - t < WINDOW] + [attempt.at]
            if len(failures) >= MAX_FAILURES:
                until, failures = attempt.at + LOCKOUT, []
    return until if until is not None and now < until else None


def login_key(username: str) -> str:
    """The name an attempt is counted under (trimmed, lower case, clipped)."""
    return username.strip().lower()[:NAME_MAX_CHARS]


def attempts_for(username: str, *, since: datetime, engine: Engine | None = None) -> list[Attempt]:
    """The recorded login attempts of one user name since a moment, oldest first."""
    query = (
        select(AuditLog)
        .where(AuditLog.table_name == LOGIN_TABLE, AuditLog.key == login_key(username))
        .where(col(AuditLog.at) >= since)
        .order_by(col(AuditLog.id))
    )
    with read_session(engine) as session:
        rows = [(entry.at, load_state(entry.new) or {}) for entry in session.exec(query)]
    return [Attempt(at=_aware(at), outcome=state.get("outcome", "failed")) for at, state in rows]


@dataclass(frozen=True)
class Lock:
    """A user name locked after failed logins: until when, and how long is left."""

    name: str
    until: datetime
    remaining: timedelta


def locked_names(*, now: datetime | None = None, engine: Engine | None = None) -> list[Lock]:
    """Every user name locked now (known user or not), soonest unlocked first."""
    now = now or utc_now()
    query = (
        select(AuditLog)
        .where(AuditLog.table_name == LOGIN_TABLE)
        .where(col(AuditLog.at) >= now - WINDOW - LOCKOUT)
        .order_by(col(AuditLog.id))
    )
    by_name: dict[str, list[Attempt]] = {}
    with read_session(engine) as session:
        for entry in session.exec(query):
            outcome = (load_state(entry.new) or {}).get("outcome", "failed")
            by_name.setdefault(entry.key, []).append(Attempt(at=_aware(entry.at), outcome=outcome))
    locks = []
    for name, attempts in by_name.items():
        until = blocked_until(attempts, now)
        if until is not None:
            locks.append(Lock(name=name, until=until, remaining=until - now))
    return sorted(locks, key=lambda lock: (lock.until, lock.name))


def unlock(
    username: str, *, by: str | None, now: datetime | None = None, engine: Engine | None = None
) -> None:
    """End the lock of a user name now (an administrator's act, re-checked and audited)."""
    key = login_key(username)
    with writing_as(by, need="admin", lock="audit_log", action="unlock", engine=engine) as session:
        record(
            session,
            user=by or "cli",
            table_name=LOGIN_TABLE,
            key=key,
            old=None,
            new={"outcome": "unlocked"},
            at=now or utc_now(),
        )


def _aware(moment: datetime) -> datetime:
    """SQLite returns stored UTC moments naive."""
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def login(
    username: str,
    password: str,
    *,
    now: datetime | None = None,
    engine: Engine | None = None,
) -> LoginResult:
    """Check the throttle, then the password; record the attempt in the audit log."""
    now = now or utc_now()
    key = login_key(username)
    history = attempts_for(key, since=now - WINDOW - LOCKOUT, engine=engine)
    until = blocked_until(history, now)
    if until is not None:
        _record(key, "blocked", now, engine)
        return LoginResult(user=None, blocked_until=until)
    user = authenticate(username, password, engine=engine) if key else None
    outcome: Outcome = "ok" if user is not None else "failed"
    _record(key, outcome, now, engine)
    if user is not None:
        return LoginResult(user=user)
    return LoginResult(None, blocked_until([*history, Attempt(now, outcome)], now))


def _record(key: str, outcome: Outcome, now: datetime, engine: Engine | None) -> None:
    with write_session(engine, lock="audit_log") as session:
        record(
            session,
            user=key or "?",
            table_name=LOGIN_TABLE,
            key=key or "?",
            old=None,
            new={"outcome": outcome},
            at=now,
        )
