"""The administrators' user management on /raportare: create a user, change a role, disable or
enable, reset a password, unlock a name locked after failed logins. Every change goes through
store.api (validated, audited, the acting administrator re-checked); a hash is never shown.

„Modifică un utilizator”: the person is picked OUTSIDE the form (a form does not rerun on a
selection, so the fields would keep the first person's values), the form's widgets are keyed by
the person picked, and only the fields the administrator changed are sent (a new password alone
keeps role and state)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from display.fmt import fmt_datetime
from display.inert import md
from store import api
from store.errors import WriteRefusedError
from store.models import ROLES
from store.reporters import REPORTER, unit_names, user_units

Tr = Callable[..., str]


def _invalid(exc: ValidationError, tr: Tr) -> None:
    fields = ", ".join(str(e["loc"][0]) for e in exc.errors() if e.get("loc"))
    st.error(tr("rep.user_invalid", fields=fields.replace("username", tr("rep.username"))
                .replace("password", tr("rep.password"))))  # fmt: skip


def changed_fields(
    current: dict[str, Any],
    role: str,
    disabled: bool,
    password: str,
    units: list[str] | None = None,
) -> dict[str, Any]:
    """The fields of the change form that differ from the user's stored ones (a blank password
    keeps it): what update_user is given, nothing else. `units` (a reporter's, issue #24) are
    sent when they differ from `current["units"]` or the role becomes reporter; a role leaving
    reporter with its units untouched drops them in the store."""
    changes: dict[str, Any] = {}
    if units is not None:
        before = sorted(current.get("units") or [])
        if sorted(units) != before or (role == REPORTER and current["role"] != REPORTER):
            changes["units"] = sorted(units)
    if role != current["role"]:
        changes["role"] = role
    if bool(disabled) != bool(current["disabled"]):
        changes["disabled"] = bool(disabled)
    if password:
        changes["password"] = password
    return changes


def _flash(message: str) -> None:
    """A success said on the next run (after the rerun that refreshes the tables)."""
    st.session_state["rep_user_flash"] = message
    st.rerun()


def _units_field(tr: Tr, names: dict[str, str], key: str, default: list[str]) -> list[str]:
    """The units of a reporter, picked by name (issue #24)."""
    return st.multiselect(tr("unit.user_units"), list(names), default=default, key=key,
                          format_func=lambda u: names.get(u, u),
                          help=tr("unit.user_units_help"),
                          placeholder=tr("unit.user_units_placeholder"))  # fmt: skip


def render(admin: str, tr: Tr, lang: str = "ro", *, units: pd.DataFrame | None = None) -> None:
    """A new user; a change to an existing one; locked names with an unlock."""
    names = unit_names(units)
    flash = st.session_state.pop("rep_user_flash", None)
    if flash:
        st.success(flash)
    new, change = st.columns(2)
    with new.form("rep_user_new", clear_on_submit=True):
        st.markdown(f"**{tr('rep.user_new')}**")
        name = st.text_input(tr("rep.username"), key="rep_new_name", help=tr("rep.user_rule"))
        role = st.selectbox(tr("rep.col.role"), ROLES, format_func=lambda r: tr(f"rep.role.{r}"),
                            key="rep_new_role")  # fmt: skip
        password = st.text_input(tr("rep.password"), type="password", key="rep_new_password")
        new_units = _units_field(tr, names, "rep_new_units", [])
        if st.form_submit_button(tr("rep.user_create")):
            try:
                api.create_user(name.strip(), password, role, created_by=admin, units=new_units)
            except ValidationError as exc:
                _invalid(exc, tr)
            except api.UserExistsError:
                st.error(tr("rep.user_exists", name=name))
            except (WriteRefusedError, api.ReporterUnitsError) as exc:  # units: issue #24
                st.error(tr("rep.write_refused", reason=str(exc)))
            else:
                _flash(tr("rep.user_created", name=name.strip()))
    users = api.users_frame()
    if users.empty:
        return
    with change:
        st.markdown(f"**{tr('rep.user_change')}**")
        who = st.selectbox(tr("rep.username"), users["username"].tolist(), key="rep_edit_name")
        current = users.set_index("username").loc[who].to_dict()
        current["units"] = user_units(who)
        with st.form(f"rep_user_change_{who}", clear_on_submit=True):  # keyed by the person
            role = st.selectbox(
                tr("rep.col.role"),
                ROLES,
                index=ROLES.index(current["role"]),
                format_func=lambda r: tr(f"rep.role.{r}"),
                key=f"rep_edit_role_{who}",
            )
            disabled = st.checkbox(tr("rep.user_disabled"), value=bool(current["disabled"]),
                                   key=f"rep_edit_disabled_{who}")  # fmt: skip
            password = st.text_input(tr("rep.user_new_password"), type="password",
                                     key=f"rep_edit_password_{who}")  # fmt: skip
            units_now = _units_field(tr, names, f"rep_edit_units_{who}", current["units"])
            submitted = st.form_submit_button(tr("rep.user_apply"))
        if submitted:
            changes = changed_fields(current, role, disabled, password, units_now)
            if not changes:
                st.info(tr("rep.user_nothing_changed"))
            else:
                try:
                    api.update_user(who, by=admin, **changes)
                except ValidationError as exc:
                    _invalid(exc, tr)
                except api.LastAdminError:
                    st.error(tr("rep.user_last_admin"))
                except (WriteRefusedError, api.ReporterUnitsError) as exc:
                    st.error(tr("rep.write_refused", reason=str(exc)))
                else:
                    _flash(tr("rep.user_updated", name=who))
    locked(admin, tr, lang)


def locked(admin: str, tr: Tr, lang: str) -> None:
    """Names locked after failed logins, with the time left and an unlock (audited)."""
    st.markdown(f"**{tr('rep.locked_names')}**")
    names = api.locked_names()
    if not names:
        st.caption(tr("rep.locked_none"))
        return
    for lock in names:
        text, button = st.columns([4, 1])
        minutes = max(1, int((lock.remaining.total_seconds() + 59) // 60))
        text.markdown(
            tr(
                "rep.locked_line",
                name=md(lock.name),
                until=fmt_datetime(lock.until, lang),
                minutes=minutes,
            )
        )
        if button.button(tr("rep.unlock"), key=f"rep_unlock_{lock.name}"):
            try:
                api.unlock(lock.name, by=admin)
            except WriteRefusedError as exc:
                st.error(tr("rep.write_refused", reason=str(exc)))
            else:
                _flash(tr("rep.unlocked", name=md(lock.name)))
