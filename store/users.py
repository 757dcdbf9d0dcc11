"""Users and roles: stored in the database table `app_user`, passwords only as bcrypt hashes.

The database lives under var/ (git-ignored) or on the PostgreSQL server, so no password or hash
is ever in the repository; users are created with `python -m store create-user`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Literal

import bcrypt
import pandas as pd
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from caching import shared
from store import messages
from store.audit import as_utc, record
from store.db import read_session, write_session
from store.errors import LastAdminError, UnknownUserError, UserExistsError, WriteRefusedError
from store.models import ROLES, PasswordIn, User, UserIn, UserInfo, utc_now
from store.reporters import REPORTER, checked_units, set_units, units_of

TABLE = "app_user"
BCRYPT_ROUNDS = 12
REFUSED_TABLE = "refused"  # audit entries of writes refused because of who asked (no such table)
OPERATOR = "cli"  # who a command run at the server's shell is audited as (`by=None`)
ROLE_LABELS = {
    "viewer": "vizualizare", "editor": "editor", "admin": "administrator", "reporter": "raportor",
}  # fmt: skip
WRITING_ROLES = ("editor", "admin", REPORTER)  # a reporter only its units' indicators
ACTING = "acting_user"  # session.info key: the user writing_as loaded in the transaction
Need = Literal["edit", "admin"]


@shared
def _dummy_hash() -> bytes:
    """Checked when the user does not exist, so a wrong name costs as long as a wrong password."""
    return bcrypt.hashpw(b"not a password", bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def acting_user(session: Session, username: str, need: Need) -> User:
    """The user `username`, loaded in the writing transaction, when it exists, is enabled and
    its role allows `need` ("edit": editors, admins and reporters — these only their units'
    indicators, store.reporters; "admin"); else WriteRefusedError."""
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None:
        raise WriteRefusedError(username, "unknown", messages.WRITER_UNKNOWN.format(user=username))
    if user.disabled:
        raise WriteRefusedError(
            username, "disabled", messages.WRITER_DISABLED.format(user=username)
        )
    allowed = is_admin(user.role) if need == "admin" else can_edit(user.role)
    if not allowed:
        role = ROLE_LABELS.get(user.role, user.role)
        raise WriteRefusedError(
            username, "role", messages.WRITER_ROLE.format(user=username, role=role)
        )
    return user


def writer_problem(
    username: str, need: Need = "edit", *, engine: Engine | None = None
) -> str | None:
    """Why `username` may not write now (Romanian), or None (a check before a long task; the
    write itself checks again in its transaction)."""
    with read_session(engine) as session:
        try:
            acting_user(session, username, need)
        except WriteRefusedError as exc:
            return str(exc)
    return None


@contextmanager
def writing_as(
    username: str | None, *, need: Need, lock: str, action: str, engine: Engine | None = None
) -> Iterator[Session]:
    """A write transaction (holding `lock`) that first loads the acting user in it and refuses
    (WriteRefusedError, nothing written, the refusal audited in a transaction of its own) when
    that user may not do `action` any more. `username=None`: the operator at the server's shell
    (`python -m store`), who is not an application user."""
    try:
        with write_session(engine, lock=lock) as session:
            if username is not None:
                session.info[ACTING] = acting_user(session, username, need)
            yield session
    except WriteRefusedError as exc:
        with write_session(engine, lock="audit_log") as session:
            record(
                session,
                user=exc.username,
                table_name=REFUSED_TABLE,
                key=exc.username,
                old=None,
                new={**exc.detail, "attempt": action, "reason": exc.reason},
            )
        raise


def hash_password(password: str, *, rounds: int = BCRYPT_ROUNDS) -> str:
    """A bcrypt hash of `password` (at most 72 bytes, as bcrypt allows)."""
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def create_user(
    username: str,
    password: str,
    role: str,
    *,
    created_by: str | None = None,
    units: Sequence[str] = (),
    rounds: int = BCRYPT_ROUNDS,
    engine: Engine | None = None,
) -> UserInfo:
    """Validate (UserIn), hash and store a new user; UserExistsError when the name is taken.
    `created_by`: the administrator asking (checked in the transaction, WriteRefusedError when
    no longer an enabled admin); None for the operator at the shell (`create-user`). `units`:
    the units a `reporter` answers for (at least one, each in units.csv; ReporterUnitsError,
    also for units given to another role)."""
    user_in = UserIn(username=username, password=password, role=role)  # type: ignore[arg-type]
    unit_ids = checked_units(user_in.role, units)
    with writing_as(
        created_by, need="admin", lock=TABLE, action="create_user", engine=engine
    ) as session:
        taken = session.exec(select(User).where(User.username == user_in.username)).first()
        if taken is not None:
            raise UserExistsError(user_in.username)
        user = User(
            username=user_in.username,
            password_hash=hash_password(user_in.password, rounds=rounds),
            role=user_in.role,
            created_at=utc_now(),
        )
        session.add(user)
        created: dict[str, object] = {"role": user_in.role}
        if unit_ids:
            session.flush()  # the new user's id, for its units
            set_units(session, user, unit_ids)
            created["units"] = unit_ids
        record(
            session,
            user=created_by or OPERATOR,
            table_name=TABLE,
            key=user_in.username,
            old=None,
            new=created,
        )
    return UserInfo(username=user_in.username, role=user_in.role)


def authenticate(username: str, password: str, *, engine: Engine | None = None) -> UserInfo | None:
    """The user when the password matches its bcrypt hash and the user is not disabled, else
    None. Use `store.logins.login`, which also throttles and audits; this only checks."""
    with read_session(engine) as session:
        user = session.exec(select(User).where(User.username == username.strip())).first()
    candidate = password.encode("utf-8")[:72]
    if user is None:
        bcrypt.checkpw(candidate, _dummy_hash())
        return None
    if not bcrypt.checkpw(candidate, user.password_hash.encode("ascii")) or user.disabled:
        return None
    return UserInfo(username=user.username, role=user.role)  # type: ignore[arg-type]


def current_user(username: str, *, engine: Engine | None = None) -> UserInfo | None:
    """The user as stored now (its role today), or None when it is missing or disabled: a page
    checks its session's user on every run and ends the session on None."""
    with read_session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
    if user is None or user.disabled:
        return None
    return UserInfo(username=user.username, role=user.role)  # type: ignore[arg-type]


USER_COLUMNS = ["username", "role", "disabled", "created_at"]


def users_frame(*, engine: Engine | None = None) -> pd.DataFrame:
    """username, role, disabled, created_at (UTC) of every user; never the hashes."""
    with read_session(engine) as session:
        rows = session.exec(select(User).order_by(col(User.username))).all()
        records = [
            {
                "username": u.username,
                "role": u.role,
                "disabled": bool(u.disabled),
                "created_at": u.created_at,
            }
            for u in rows
        ]
    frame = pd.DataFrame(records, columns=USER_COLUMNS)
    frame["created_at"] = as_utc(frame["created_at"])
    return frame


def has_users(*, engine: Engine | None = None) -> bool:
    """True once at least one user exists (the page can tell how to create the first)."""
    with read_session(engine) as session:
        return bool(session.exec(select(func.count()).select_from(User)).one())


def can_edit(role: str) -> bool:
    """Editors and admins may enter and upload values; reporters too, for their units'
    indicators only (checked by the store on every write)."""
    return role in WRITING_ROLES


def is_admin(role: str) -> bool:
    """Admins may also generate and remove demonstration values."""
    return role == "admin"


def update_user(
    username: str,
    *,
    by: str | None,
    role: str | None = None,
    disabled: bool | None = None,
    password: str | None = None,
    units: Sequence[str] | None = None,
    rounds: int = BCRYPT_ROUNDS,
    engine: Engine | None = None,
) -> UserInfo:
    """Change a user's role, its units (a reporter's; ReporterUnitsError when they do not fit
    the role: a role leaving `reporter` drops them), disable or enable it, or reset its
    password (audited; the audit entry says `password: reset`, never the password or its
    hash). The last active admin can be neither demoted nor disabled (LastAdminError);
    UnknownUserError for a missing name.
    Only the fields given change (a password alone keeps role and state); the audit entry names
    each field that changed, before and after. `by`: the administrator asking (checked in the
    transaction, WriteRefusedError when no longer an enabled admin); None for the operator."""
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    new_hash = None
    if password is not None:
        new_hash = hash_password(PasswordIn(password=password).password, rounds=rounds)
    with writing_as(by, need="admin", lock=TABLE, action="update_user", engine=engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None:
            raise UnknownUserError(username)
        before: dict[str, object] = {"role": user.role, "disabled": bool(user.disabled)}
        after: dict[str, object] = {
            "role": role or user.role,
            "disabled": bool(user.disabled) if disabled is None else disabled,
        }
        had = units_of(session, user)
        keep = had if after["role"] == REPORTER else []
        wanted = checked_units(str(after["role"]), keep if units is None else units)
        if wanted != had:
            before["units"], after["units"] = had, wanted
            set_units(session, user, wanted)
        if before["role"] == "admin" and not before["disabled"]:
            stays_admin = after["role"] == "admin" and not after["disabled"]
            others = session.exec(
                select(func.count())
                .select_from(User)
                .where(User.role == "admin", User.username != username)
                .where(col(User.disabled).is_(False))
            ).one()
            if not stays_admin and not others:
                raise LastAdminError(username)
        user.role, user.disabled = str(after["role"]), bool(after["disabled"])
        if new_hash is not None:
            user.password_hash = new_hash
            after["password"] = "reset"
        session.add(user)
        changed = [field for field in after if after[field] != before.get(field)]
        if changed:  # field by field: only what changed, before and after
            old = {field: before[field] for field in changed if field in before}
            new = {field: after[field] for field in changed}
            record(session, user=by or OPERATOR, table_name=TABLE, key=username, old=old, new=new)
        return UserInfo(username=user.username, role=user.role)  # type: ignore[arg-type]
