"""The administrators' user management on /raportare: create a user, change a role, disable or
enable, reset a password. Every change goes through store.api (validated, audited); a hash is
never shown."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from pydantic import ValidationError

from store import api
from store.models import ROLES

Tr = Callable[..., str]


def _invalid(exc: ValidationError, tr: Tr) -> None:
    fields = ", ".join(str(e["loc"][0]) for e in exc.errors() if e.get("loc"))
    st.error(tr("rep.user_invalid", fields=fields.replace("username", tr("rep.username"))
                .replace("password", tr("rep.password"))))  # fmt: skip


def render(admin: str, tr: Tr) -> None:
    """The two forms: a new user; a change to an existing one."""
    new, change = st.columns(2)
    with new.form("rep_user_new", clear_on_submit=True):
        st.markdown(f"**{tr('rep.user_new')}**")
        name = st.text_input(tr("rep.username"), key="rep_new_name", help=tr("rep.user_rule"))
        role = st.selectbox(tr("rep.col.role"), ROLES, format_func=lambda r: tr(f"rep.role.{r}"),
                            key="rep_new_role")  # fmt: skip
        password = st.text_input(tr("rep.password"), type="password", key="rep_new_password")
        if st.form_submit_button(tr("rep.user_create")):
            try:
                api.create_user(name.strip(), password, role, created_by=admin)
            except ValidationError as exc:
                _invalid(exc, tr)
            except api.UserExistsError:
                st.error(tr("rep.user_exists", name=name))
            else:
                st.success(tr("rep.user_created", name=name.strip()))
    users = api.users_frame()
    if users.empty:
        return
    with change.form("rep_user_change"):
        st.markdown(f"**{tr('rep.user_change')}**")
        who = st.selectbox(tr("rep.username"), users["username"].tolist(), key="rep_edit_name")
        current = users.set_index("username").loc[who]
        role = st.selectbox(
            tr("rep.col.role"),
            ROLES,
            index=ROLES.index(current["role"]),
            format_func=lambda r: tr(f"rep.role.{r}"),
            key="rep_edit_role",
        )
        disabled = st.checkbox(tr("rep.user_disabled"), value=bool(current["disabled"]),
                               key="rep_edit_disabled")  # fmt: skip
        password = st.text_input(tr("rep.user_new_password"), type="password",
                                 key="rep_edit_password")  # fmt: skip
        if st.form_submit_button(tr("rep.user_apply")):
            try:
                api.update_user(who, by=admin, role=role, disabled=disabled,
                                password=password or None)  # fmt: skip
            except ValidationError as exc:
                _invalid(exc, tr)
            except api.LastAdminError:
                st.error(tr("rep.user_last_admin"))
            else:
                st.success(tr("rep.user_updated", name=who))
