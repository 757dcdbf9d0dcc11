"""Logins: the throttle rule with hand-computed times, every attempt audited, user admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from store import api
from store.logins import Attempt, blocked_until

FAST = 4  # bcrypt rounds in tests
T0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


@pytest.fixture
def engine(users_engine):
    """This module creates its own users: an initialised database with none."""
    return users_engine


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def fails(*minutes: float) -> list[Attempt]:
    return [Attempt(at(m), "failed") for m in minutes]


@pytest.mark.parametrize(
    ("attempts", "now", "expected"),
    [
        # five failures 10:00–10:12 → locked from 10:12 until 10:27
        (fails(0, 3, 6, 9, 12), at(12), at(27)),
        (fails(0, 3, 6, 9, 12), at(26.99), at(27)),
        (fails(0, 3, 6, 9, 12), at(27), None),
        # four failures are not enough
        (fails(0, 1, 2, 3), at(4), None),
        # five failures spread over 16 minutes: at 10:16 only 10:04–10:16 (four) are within 15
        (fails(0, 4, 8, 12, 16), at(16), None),
        # … but a sixth at 10:17 makes five within 15 minutes (10:04–10:17): until 10:32
        (fails(0, 4, 8, 12, 16, 17), at(17), at(32)),
        # a success in between clears the count
        ([*fails(0, 1, 2), Attempt(at(3), "ok"), *fails(4, 5)], at(6), None),
        # attempts refused while locked do not prolong the lock
        ([*fails(0, 1, 2, 3, 4), *[Attempt(at(m), "blocked") for m in (5, 10, 18)]], at(18),
         at(19)),
        # after a lock ends the count starts afresh: one failure at 10:20 does not lock again
        (fails(0, 1, 2, 3, 4, 20), at(20), None),
    ],
)  # fmt: skip
def test_blocked_until(attempts, now, expected):
    assert blocked_until(attempts, now) == expected


def test_five_failures_lock_one_name_for_15_minutes_and_are_audited(engine):
    api.create_user("ana", "parola-buna", "editor", rounds=FAST, engine=engine)
    api.create_user("ion", "parola-buna", "editor", rounds=FAST, engine=engine)
    for minute in range(4):
        result = api.login("ana", "gresit", now=at(minute), engine=engine)
        assert result.user is None and result.blocked_until is None
    fifth = api.login("ana", "gresit", now=at(4), engine=engine)
    assert fifth.user is None and fifth.blocked_until == at(19)
    # even the right password is refused while locked; another name is not affected
    assert api.login("Ana ", "parola-buna", now=at(10), engine=engine).blocked_until == at(19)
    assert api.login("ion", "parola-buna", now=at(10), engine=engine).user is not None
    assert api.login("ana", "parola-buna", now=at(19), engine=engine).user is not None
    audit = api.audit_frame(table_name="login", engine=engine).sort_values("id")
    outcomes = [(k, api_state(n)) for k, n in zip(audit["key"], audit["new"], strict=True)]
    assert outcomes == [
        *[("ana", "failed")] * 5,
        ("ana", "blocked"),
        ("ion", "ok"),
        ("ana", "ok"),
    ]
    assert "parola" not in " ".join(audit["new"])


def api_state(text: str) -> str:
    from store.audit import load_state

    return (load_state(text) or {})["outcome"]


def test_unknown_names_are_throttled_and_recorded_too(engine):
    for minute in range(5):
        api.login("nimeni", "x", now=at(minute), engine=engine)
    assert api.login("nimeni", "x", now=at(5), engine=engine).blocked_until == at(19)
    assert len(api.audit_frame(table_name="login", engine=engine)) == 6


def test_admin_changes_role_disables_and_resets_password(engine):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.create_user("ana", "parola-buna", "viewer", rounds=FAST, engine=engine)
    api.update_user("ana", by="adi", role="editor", engine=engine)
    assert api.authenticate("ana", "parola-buna", engine=engine).role == "editor"
    api.update_user("ana", by="adi", disabled=True, engine=engine)
    assert api.authenticate("ana", "parola-buna", engine=engine) is None
    api.update_user("ana", by="adi", disabled=False, password="parola-noua", rounds=FAST,
                    engine=engine)  # fmt: skip
    assert api.authenticate("ana", "parola-buna", engine=engine) is None
    assert api.authenticate("ana", "parola-noua", engine=engine) is not None
    users = api.users_frame(engine=engine)
    assert list(users.columns) == api.USER_COLUMNS
    assert users.set_index("username").loc["ana", "disabled"] == False  # noqa: E712
    audit = api.audit_frame(table_name="app_user", key_prefix="ana", engine=engine)
    assert audit["user"].tolist() == ["adi", "adi", "adi", "cli"]
    assert '"password": "reset"' in audit["new"].iloc[0]
    assert "parola-noua" not in " ".join(audit["new"]) and "$2b$" not in " ".join(audit["new"])


def test_the_last_admin_cannot_be_demoted_or_disabled(engine):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    with pytest.raises(api.LastAdminError):
        api.update_user("adi", by="adi", role="editor", engine=engine)
    with pytest.raises(api.LastAdminError):
        api.update_user("adi", by="adi", disabled=True, engine=engine)
    api.create_user("eva", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.update_user("adi", by="eva", role="editor", engine=engine)
    with pytest.raises(api.UnknownUserError):
        api.update_user("nimeni", by="eva", role="editor", engine=engine)
    with pytest.raises(ValidationError):
        api.update_user("adi", by="eva", password="scurta", engine=engine)
