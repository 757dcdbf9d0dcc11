"""Every write re-checks who is writing; concurrent edits are caught (optimistic locking); text
is cleaned at the boundary; locked names can be listed and unlocked (issues #25, #26)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from display.export import to_excel_bytes
from display.i18n import translator
from display.reporting_tables import audit_table
from store import api
from store.audit import load_state
from store.models import utc_now
from tests.store.test_logins import FAST

H1 = date(2022, 6, 30)
ROW = {"indicator_id": "t-count", "period_end": H1}


def _values(engine) -> list[tuple]:
    frame = api.values_frame(engine=engine)
    return list(zip(frame["indicator_id"], frame["value"], frame["entered_by"], strict=True))


def _refused(engine) -> list[dict]:
    audit = api.audit_frame(table_name="refused", engine=engine)
    return [
        {"user": u, **(load_state(n) or {})}
        for u, n in zip(audit["user"], audit["new"], strict=True)
    ]


def test_a_disabled_editor_is_refused_at_once_nothing_written_and_audited(engine, catalog):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.save_values([{**ROW, "value": 5}], "ana", catalog=catalog, engine=engine)
    api.update_user("ana", by="adi", disabled=True, engine=engine)
    with pytest.raises(api.WriteRefusedError, match="„ana” este dezactivat; nu s-a scris nimic"):
        api.save_values([{**ROW, "value": 6}], "ana", catalog=catalog, engine=engine)
    assert _values(engine) == [("t-count", 5.0, "ana")]
    assert _refused(engine) == [{"user": "ana", "attempt": "save_values", "reason": "disabled"}]


def test_a_lowered_role_is_refused(engine, catalog):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.update_user("ion", by="adi", role="viewer", engine=engine)
    with pytest.raises(api.WriteRefusedError, match="are acum rolul vizualizare"):
        api.save_values([{**ROW, "value": 6}], "ion", catalog=catalog, engine=engine)
    with pytest.raises(api.WriteRefusedError, match="„nimeni” nu există"):
        api.save_values([{**ROW, "value": 6}], "nimeni", catalog=catalog, engine=engine)
    assert _values(engine) == []
    assert [r["reason"] for r in _refused(engine)] == ["unknown", "role"]  # newest first


def test_user_changes_re_check_the_administrator(engine):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.create_user("eva", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.update_user("eva", by="adi", role="editor", engine=engine)
    with pytest.raises(api.WriteRefusedError, match="„eva” are acum rolul editor"):
        api.update_user("ana", by="eva", role="admin", engine=engine)
    with pytest.raises(api.WriteRefusedError):
        api.create_user("noul", "parola-buna", "admin", created_by="eva", engine=engine)
    users = api.users_frame(engine=engine).set_index("username")
    assert users.at["ana", "role"] == "editor" and "noul" not in users.index


def test_a_password_alone_keeps_role_and_state_audited_field_by_field(engine):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.create_user("maria.viewer", "parola-veche", "viewer", rounds=FAST, engine=engine)
    api.update_user("maria.viewer", by="adi", password="parola-noua", rounds=FAST, engine=engine)
    users = api.users_frame(engine=engine).set_index("username")
    assert users.at["maria.viewer", "role"] == "viewer"
    assert not users.at["maria.viewer", "disabled"]
    assert api.authenticate("maria.viewer", "parola-noua", engine=engine) is not None
    api.update_user("maria.viewer", by="adi", role="editor", engine=engine)
    audit = api.audit_frame(table_name="app_user", key_prefix="maria.viewer", engine=engine)
    changes = [
        (load_state(o), load_state(n)) for o, n in zip(audit["old"], audit["new"], strict=True)
    ]
    assert changes[:2] == [
        ({"role": "viewer"}, {"role": "editor"}),
        ({}, {"password": "reset"}),
    ]


def test_two_editors_the_second_is_told_the_value_changed_and_chooses(engine, catalog):
    """Both load 5; ana saves 6; ion's 4 is not written over it: he learns 6, by ana, when."""
    api.save_values([{**ROW, "value": 5}], "ana", catalog=catalog, engine=engine)
    seen = {("t-count", H1, None): (5.0, "")}
    api.save_values([{**ROW, "value": 6}], "ana", catalog=catalog, engine=engine, seen=seen)
    before = utc_now()
    with pytest.raises(api.ConflictError) as caught:
        api.save_values([{**ROW, "value": 4}], "ion", catalog=catalog, engine=engine, seen=seen)
    (conflict,) = caught.value.conflicts
    assert (conflict.seen_value, conflict.value, conflict.wanted_value) == (5.0, 6.0, 4.0)
    assert conflict.changed_by == "ana"
    changed_at = conflict.changed_at.replace(tzinfo=before.tzinfo)
    assert before - timedelta(minutes=1) < changed_at <= before
    assert _values(engine) == [("t-count", 6.0, "ana")]
    # ion keeps his value knowingly: saved over what he now has seen
    knowing = {("t-count", H1, None): (conflict.value, conflict.comment)}
    api.save_values([{**ROW, "value": 4}], "ion", catalog=catalog, engine=engine, seen=knowing)
    assert _values(engine) == [("t-count", 4.0, "ion")]


def test_a_value_added_meanwhile_is_a_conflict_too(engine, catalog):
    nothing = {("t-count", H1, None): (None, "")}
    api.save_values([{**ROW, "value": 7}], "ana", catalog=catalog, engine=engine, seen=nothing)
    with pytest.raises(api.ConflictError):
        api.save_values([{**ROW, "value": 8}], "ion", catalog=catalog, engine=engine, seen=nothing)
    # the same value saved by both is no conflict: nothing is lost
    api.save_values([{**ROW, "value": 7}], "ion", catalog=catalog, engine=engine, seen=nothing)
    assert _values(engine) == [("t-count", 7.0, "ana")]


def test_nul_and_bidi_controls_are_removed_and_the_audit_downloads(engine, catalog):
    comment = "din\x00 SPC \u202eevil\u202c \u2066x\u2069\u200e\u200f"
    api.save_values([{**ROW, "value": 5, "comment": comment}], "ana", catalog=catalog,
                    engine=engine)  # fmt: skip
    assert api.values_frame(engine=engine)["comment"].tolist() == ["din SPC evil x"]
    table = audit_table(api.audit_frame(engine=engine), translator("ro"), "ro", for_download=True)
    sheet = load_workbook(__import__("io").BytesIO(to_excel_bytes(table))).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("comentariu: din SPC evil x" in c for c in cells)


def test_locked_names_are_listed_with_their_end_and_unlocked_by_an_admin(engine):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    start = utc_now() - timedelta(minutes=5)
    for minute in range(5):
        api.login("ana", "gresit", now=start + timedelta(minutes=minute), engine=engine)
    now = start + timedelta(minutes=5)
    (lock,) = api.locked_names(now=now, engine=engine)
    assert lock.name == "ana" and lock.until == start + timedelta(minutes=4 + 15)
    assert lock.remaining == timedelta(minutes=14)
    with pytest.raises(api.WriteRefusedError):
        api.unlock("ana", by="ion", now=now, engine=engine)  # an editor may not
    api.unlock("ana", by="adi", now=now, engine=engine)
    assert api.locked_names(now=now, engine=engine) == []
    entry = api.audit_frame(table_name="login", engine=engine).iloc[0]
    assert entry["user"] == "adi" and load_state(entry["new"]) == {"outcome": "unlocked"}
    assert api.login("ana", "parola-de-test", now=now, engine=engine).user is not None


def test_audit_filters_by_kind_user_and_time(engine, catalog):
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.save_values([{**ROW, "value": 5}], "ana", catalog=catalog, engine=engine)
    api.login("ion", "gresit", engine=engine)
    assert set(api.audit_frame(user="ana", engine=engine)["table_name"]) == {"reported_value"}
    logins = api.audit_frame(table_name="login", engine=engine)
    assert logins["user"].tolist() == ["ion"]
    later = utc_now() + timedelta(minutes=1)
    assert api.audit_frame(since=later, engine=engine).empty
    assert len(api.audit_frame(before=later, engine=engine)) == len(api.audit_frame(engine=engine))
    assert set(api.audit_users(engine=engine)) == {"ana", "cli", "ion"}  # cli: created the users
