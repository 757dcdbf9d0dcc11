"""Users: bcrypt hashes in the database, roles, authentication."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from sqlmodel import Session, select

from store import api
from store.models import User

FAST = 4  # bcrypt rounds in tests (the default is 12)


@pytest.fixture
def engine(users_engine):
    """This module creates its own users: an initialised database with none."""
    return users_engine


def test_create_and_authenticate(engine):
    created = api.create_user("ana", "parola-buna", "editor", rounds=FAST, engine=engine)
    assert (created.username, created.role) == ("ana", "editor")
    assert api.authenticate("ana", "parola-buna", engine=engine) == created
    assert api.has_users(engine=engine)


def test_wrong_password_or_unknown_user_fails(engine):
    api.create_user("ana", "parola-buna", "viewer", rounds=FAST, engine=engine)
    assert api.authenticate("ana", "parola-rea", engine=engine) is None
    assert api.authenticate("ana", "", engine=engine) is None
    assert api.authenticate("nimeni", "parola-buna", engine=engine) is None


def test_only_a_bcrypt_hash_is_stored(engine):
    api.create_user("ana", "parola-buna", "admin", rounds=FAST, engine=engine)
    with Session(engine) as session:
        user = session.exec(select(User)).one()
    assert user.password_hash.startswith("$2b$")
    assert "parola-buna" not in user.password_hash
    assert "password_hash" not in api.users_frame(engine=engine).columns
    audit = api.audit_frame(table_name="app_user", engine=engine)
    assert "parola" not in " ".join(audit["new"].astype(str))


def test_a_name_is_taken_once(engine):
    api.create_user("ana", "parola-buna", "viewer", rounds=FAST, engine=engine)
    with pytest.raises(api.UserExistsError):
        api.create_user("ana", "alta-parola", "admin", rounds=FAST, engine=engine)


@pytest.mark.parametrize(
    ("username", "password", "role"),
    [
        ("ana", "scurta", "viewer"),
        ("ana", "x" * 73, "viewer"),
        ("Ana Maria", "parola-buna", "viewer"),
        ("ana", "parola-buna", "root"),
    ],
)
def test_invalid_users_are_refused(engine, username, password, role):
    with pytest.raises(ValidationError):
        api.create_user(username, password, role, rounds=FAST, engine=engine)
    assert not api.has_users(engine=engine)


@pytest.mark.parametrize(
    ("role", "edit", "admin"),
    [("viewer", False, False), ("editor", True, False), ("admin", True, True),
     ("reporter", True, False)],  # a reporter writes its units' indicators only (store.reporters)
)  # fmt: skip
def test_roles(role, edit, admin):
    assert (api.can_edit(role), api.is_admin(role)) == (edit, admin)
