"""The tabs of Reporting (/raportare): the entry grid, the Excel upload, history and audit,
who has reported what, and (admins) demonstration values and users — each a function of the
desk the page set up (plan, period, user, the indicators in view and their values)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pandas as pd
import streamlit as st

from display.export import file_stem
from display.fmt import DASH, fmt_date, fmt_datetime, fmt_number, fmt_pct, fmt_value
from display.inert import md
from display.reporting_tables import (
    AUDIT_KINDS,
    audit_table,
    describe_key,
    describe_state,
    history_table,
    preview_table,
    status_table,
    users_table,
)
from display.tables import display_frame
from display.unit_tables import approved_ids, users_with_units
from metrics import owners as mo
from metrics import reporting as mr
from readers.catalogue import plan_row
from store import api, excel
from store.audit import load_state
from store.errors import ProblemsError
from store.input_rules import load_catalog
from store.messages import problem_count
from store.reporters import unit_names
from store.sheets import MAX_UPLOAD_MB
from ui import period_admin, unit_desk, unit_review, user_admin, widgets
from ui.unsaved import blocks_change, count_ro

Tr = Callable[..., str]


@dataclass(frozen=True)
class Desk:
    """What every tab works on."""

    plan: str
    period: date
    mine: pd.DataFrame  # the plan's indicators in view (component filter applied)
    values: pd.DataFrame  # their county values
    username: str
    role: str
    editor: bool
    lang: str
    component: str | None
    units: pd.DataFrame
    indicator_units: pd.DataFrame
    tr: Tr
    unit_ids: tuple[str, ...] = ()  # a reporter's units (issue #24); () for the office
    closed_by: str | None = None  # who closed the period, while it is closed


def login(tr: Tr, lang: str) -> dict[str, str]:
    """The logged-in user ({username, role}); else the login form, and the page stops.

    The user is read again from the store on every run: a user disabled (or removed) since
    logging in is logged out at once, and a changed role applies from the next run."""
    user: dict[str, str] | None = st.session_state.get("rep_user")
    if user is not None:
        now = api.current_user(user["username"])
        if now is None:
            del st.session_state["rep_user"]
            user = None
            st.warning(tr("rep.session_ended"))
        elif now.role != user["role"]:
            user = st.session_state["rep_user"] = {"username": now.username, "role": now.role}
    if user is None:
        if not api.has_users():
            st.info(tr("rep.no_users"))
        with st.form("rep_login"):
            name = st.text_input(tr("rep.username"), key="rep_name")
            password = st.text_input(tr("rep.password"), type="password", key="rep_password")
            submitted = st.form_submit_button(tr("rep.login"), type="primary")
        if submitted:
            attempt = api.login(name, password)  # throttled, and audited whatever the outcome
            if attempt.blocked_until is not None:
                st.error(tr("rep.locked", until=fmt_datetime(attempt.blocked_until, lang)))
            elif attempt.user is None:
                st.error(tr("rep.bad_login"))
            else:
                info = attempt.user
                st.session_state["rep_user"] = {"username": info.username, "role": info.role}
                st.rerun()
        widgets.stop_page()
    assert user is not None  # stop_page ends the run
    return dict(user)


def closed_by(plan: str, period: date) -> str | None:
    """Who closed the plan's period, or None while it is open."""
    closed = api.closed_periods(plan)
    hit = closed[closed["period_end"] == period]
    return None if hit.empty else str(hit["closed_by"].iloc[0])


def hold_unsaved_edits(plan_ids: list[str], tr: Tr) -> None:
    """Put plan, period and search back while the grid holds unsaved edits, with a warning and
    a button to discard them."""
    # Unsaved grid edits never vanish: a change of plan, period or search waits (the widgets are
    # put back before they are drawn) until the edits are saved or discarded.
    last_grid = st.session_state.get("rep_grid_last")
    wanted = {
        "plan": st.session_state.get("rep_plan", plan_ids[0]),
        "search": st.session_state.get("rep_search", ""),
    }
    wanted["period"] = st.session_state.get(f"rep_period_{wanted['plan']}")
    held = last_grid is not None and blocks_change(last_grid, {**last_grid, **wanted})
    if held and last_grid is not None:
        st.session_state["rep_plan"] = last_grid["plan"]
        st.session_state[f"rep_period_{last_grid['plan']}"] = last_grid["period"]
        st.session_state["rep_search"] = last_grid["search"]

    def _discard(target: dict) -> None:  # the edits are dropped, the change the user asked goes on
        st.session_state["rep_grid_gen"] = st.session_state.get("rep_grid_gen", 0) + 1
        st.session_state["rep_grid_last"] = None
        st.session_state["rep_plan"] = target["plan"]
        if target.get("period") is not None:
            st.session_state[f"rep_period_{target['plan']}"] = target["period"]
        st.session_state["rep_search"] = target["search"]

    if held and last_grid is not None:
        st.warning(tr("rep.unsaved", n=count_ro(last_grid["pending"], "rând", "rânduri")))
        st.button(tr("rep.unsaved_discard"), key="rep_discard", on_click=_discard, args=(wanted,))


def _problems(problems: list[str], tr: Tr) -> None:
    count = problem_count(len(problems))
    st.error(
        tr("rep.problems", n=len(problems), count=count)
        + "\n\n"
        + "\n".join(f"- {p}" for p in problems)
    )


def grid(d: Desk) -> None:
    """The period's values as an editable grid; saved on the button, edits kept until then."""
    tr = d.tr

    catalog = load_catalog()
    flash = st.session_state.pop("rep_grid_flash", None)
    if flash:
        st.success(flash)
    unit_desk.closed_note(d)
    search = st.text_input(tr("rep.search"), key="rep_search", placeholder=tr("rep.search_hint"))
    shown = d.mine
    if search:
        shown = d.mine[d.mine["indicator_text"].str.contains(search, case=False, regex=False)]
    grid = mr.entry_grid(shown, d.values, d.period, catalog.target_at)
    grid["due"] = [fmt_date(due, lang=d.lang) for due in grid["due"]]
    grid["unit"] = grid["unit"].fillna("")
    approved = approved_ids(catalog.owners, api.submissions_frame(d.plan, d.period))
    grid["approved"] = [tr("unit.approved_mark") if i in approved else ""
                        for i in grid["indicator_id"]]  # fmt: skip
    n_shown = count_ro(len(grid), tr("rep.indicator_one"), tr("rep.indicator_many"))
    st.caption(tr("rep.grid_help", n=n_shown, period=fmt_date(d.period, lang=d.lang)))
    generation = st.session_state.get("rep_grid_gen", 0)
    grid_key = f"rep_grid_{d.plan}_{d.period}_{d.component}_{search}_{generation}"
    grid = _as_seen(grid_key, grid)
    edited = st.data_editor(
        grid,
        key=grid_key,
        hide_index=True,
        width="stretch",
        height=min(460, 38 + 35 * max(len(grid), 1)),
        disabled=[c for c in grid.columns if c not in ("value", "comment")] if d.editor else True,
        column_config={
            "indicator_id": st.column_config.TextColumn(tr("rep.col.id")),
            "activity_number": st.column_config.TextColumn(tr("rep.col.activity")),
            "indicator_text": st.column_config.TextColumn(tr("rep.col.text"), width="large"),
            "target": st.column_config.NumberColumn(tr("rep.col.target")),
            "unit": st.column_config.TextColumn(tr("rep.col.unit")),
            "due": st.column_config.TextColumn(tr("rep.col.due")),
            "value": st.column_config.NumberColumn(tr("rep.col.value"), min_value=0.0),
            "comment": st.column_config.TextColumn(tr("rep.col.comment"), max_chars=2000),
            "approved": st.column_config.TextColumn(tr("unit.col.approved")),
        },
    )
    st.caption(tr("unit.values_rule"))
    pending = mr.grid_changes(grid, edited, d.period)
    if d.editor and st.button(tr("rep.save"), type="primary", key="rep_save"):
        if not pending:
            st.info(tr("rep.nothing_changed"))
        elif _save(d, pending, seen_of(grid, pending)):
            pending = []
    elif d.editor and st.session_state.get("rep_conflict") and _conflict_choice(d):
        pending = []
    context_now = {"plan": d.plan, "period": d.period, "search": search}
    st.session_state["rep_grid_last"] = {**context_now, "pending": len(pending)}
    if not d.editor:
        st.caption(tr("rep.viewer_only"))


def _as_seen(grid_key: str, grid: pd.DataFrame) -> pd.DataFrame:
    """The grid as the person saw it when they started editing: while the grid holds edits it
    stays on those values (a value saved meanwhile by someone else is caught when saving, not
    slipped under the edits); without edits it follows the store."""
    editor = st.session_state.get(grid_key)
    editing = bool(editor and (editor.get("edited_rows") or editor.get("deleted_rows")))
    held = st.session_state.get("rep_grid_seen")
    if editing and held is not None and held[0] == grid_key:
        return held[1]
    st.session_state["rep_grid_seen"] = (grid_key, grid)
    return grid


def grid_rows(d: Desk, pending: list[dict]) -> list[int]:
    """Each pending row's line in the grid as the person sees it (1 = the first row), so a
    problem names the row they edited."""
    held = st.session_state.get("rep_grid_seen")
    order = [] if held is None else list(held[1]["indicator_id"])
    return [order.index(r["indicator_id"]) + 1 if r["indicator_id"] in order else 0
            for r in pending]  # fmt: skip


def seen_of(grid: pd.DataFrame, pending: list[dict]) -> dict:
    """Per pending row's key, the (value, comment) the person saw in the grid."""
    shown = grid.set_index("indicator_id")
    seen = {}
    for row in pending:
        value = shown.at[row["indicator_id"], "value"]
        comment = shown.at[row["indicator_id"], "comment"]
        seen[(row["indicator_id"], row["period_end"], None)] = (
            None if pd.isna(value) else float(value),
            "" if pd.isna(comment) else str(comment),
        )
    return seen


def _save(d: Desk, pending: list[dict], seen: dict) -> bool:
    """Save the grid's rows as the person saw them; True when saved. A value changed meanwhile
    by someone else is held for the person's choice (rep_conflict), nothing written."""
    tr = d.tr
    try:
        result = api.save_values(pending, d.username, "form", seen=seen,
                                 row_numbers=grid_rows(d, pending))  # fmt: skip
    except ProblemsError as exc:
        _problems(exc.problems, tr)
    except api.WriteRefusedError as exc:
        st.error(tr("rep.write_refused", reason=str(exc)))
    except api.ConflictError as exc:
        st.session_state["rep_conflict"] = {"pending": pending, "seen": seen,
                                            "conflicts": exc.conflicts}  # fmt: skip
        _conflict_choice(d)
    else:
        st.session_state.pop("rep_conflict", None)
        st.session_state["rep_grid_gen"] = st.session_state.get("rep_grid_gen", 0) + 1
        st.session_state["rep_grid_flash"] = tr("rep.saved", result=str(result))
        st.session_state["rep_grid_last"] = None
        st.rerun()
    return False


def _conflict_choice(d: Desk) -> bool:
    """The values changed meanwhile: who changed them, when, to what; keep mine or take theirs."""
    tr, held = d.tr, st.session_state["rep_conflict"]
    conflicts = held["conflicts"]
    lines = [
        tr(
            "rep.conflict_line",
            indicator=c.indicator_id,
            seen=fmt_value(c.seen_value, d.lang),
            now=fmt_value(c.value, d.lang),
            user=c.changed_by or DASH,
            at=fmt_datetime(c.changed_at, d.lang),
            mine=fmt_value(c.wanted_value, d.lang),
        )
        for c in conflicts
    ]
    n = count_ro(len(conflicts), "valoare", "valori")
    st.warning(tr("rep.conflict", n=n) + "\n\n" + "\n".join(f"- {line}" for line in lines))
    keep, take = st.columns(2)
    if keep.button(tr("rep.conflict_keep"), key="rep_conflict_keep", type="primary"):
        seen = dict(held["seen"])
        for c in conflicts:  # knowingly over what is stored now
            seen[(c.indicator_id, c.period_end, c.uat_siruta)] = (c.value, c.comment)
        return _save(d, held["pending"], seen)
    if take.button(tr("rep.conflict_take"), key="rep_conflict_take"):
        st.session_state.pop("rep_conflict", None)
        st.session_state["rep_grid_gen"] = st.session_state.get("rep_grid_gen", 0) + 1
        st.session_state["rep_grid_last"] = None
        st.rerun()
    return False


def upload(d: Desk) -> None:
    """The Excel template and its upload: checked, previewed, then confirmed."""
    tr = d.tr
    unit_desk.closed_note(d)
    flash = st.session_state.pop("rep_upload_flash", None)
    if flash:
        st.success(flash)
    st.markdown(tr("rep.upload_help"))
    for unit_id in d.unit_ids:  # a reporter: its units' own templates, not the plan's
        unit_desk.template_button(d, unit_id, key=f"rep_template_{unit_id}")
    if not d.unit_ids:
        st.download_button(
            tr("rep.template"),
            excel.template_bytes(d.plan, d.period),
            # named by the plan's title and the period, never its id (a person reads the name)
            file_name=f"raportare-{file_stem(plan_row(d.plan)['title'])}-{d.period:%d.%m.%Y}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="rep_template",
            icon=":material/download:",
        )
    # no `type=`: the app checks name, size and macros itself and says why in Romanian
    upload = (
        st.file_uploader(
            tr("rep.upload", mb=MAX_UPLOAD_MB),
            key=f"rep_upload_{st.session_state.get('rep_upload_gen', 0)}",
            max_upload_size=MAX_UPLOAD_MB,
            help=tr("rep.upload_widget_help", mb=MAX_UPLOAD_MB),
        )
        if d.editor
        else None
    )
    if upload is not None:
        data = upload.getvalue()
        checked = excel.import_report(
            data, user=d.username, dry_run=True, plan_id=d.plan, period_end=d.period,
            filename=upload.name,
        )  # fmt: skip
        if checked.problems:
            _problems(checked.problems, tr)
        else:
            counts = checked.preview["status"].value_counts().to_dict()
            st.markdown(
                tr(
                    "rep.preview",
                    new=counts.get("new", 0),
                    new_ro=count_ro(counts.get("new", 0), "valoare nouă", "valori noi"),
                    changed=counts.get("changed", 0),
                    unchanged=counts.get("unchanged", 0),
                )
            )
            st.dataframe(preview_table(checked.preview, tr, d.lang), hide_index=True,
                         width="stretch")  # fmt: skip
            if st.button(tr("rep.confirm"), type="primary", key="rep_confirm"):
                try:
                    done = excel.import_report(
                        data, user=d.username, plan_id=d.plan, period_end=d.period,
                        filename=upload.name,
                    )  # fmt: skip
                except api.WriteRefusedError as exc:
                    st.error(tr("rep.write_refused", reason=str(exc)))
                    return
                if done.problems:
                    _problems(done.problems, tr)
                else:  # said after a rerun, so every tab shows the values saved
                    st.session_state["rep_upload_flash"] = tr("rep.saved", result=str(done.saved))
                    st.session_state["rep_upload_gen"] = (
                        st.session_state.get("rep_upload_gen", 0) + 1
                    )
                    st.rerun()


def history(d: Desk) -> None:
    """One indicator's changes and the latest audit entries."""
    tr = d.tr
    pick = st.selectbox(
        tr("rep.history_pick"),
        d.mine["indicator_id"].tolist(),
        format_func=lambda i: (
            f"{i} — {d.mine.set_index('indicator_id').at[i, 'indicator_text'][:90]}"
        ),
        key="rep_history_pick",
    )
    if pick:
        changes = api.history(pick)
        if changes.empty:
            st.caption(tr("rep.history_none"))
        else:
            st.dataframe(history_table(changes, tr, d.lang), hide_index=True, width="stretch")
            st.caption(unit_desk.history_note(d, pick))
            widgets.downloads(history_table(changes, tr, d.lang, for_download=True),
                              name=f"istoric-{pick}", key="rep-history", tr=tr)  # fmt: skip
    st.markdown(f"**{tr('rep.audit')}**")
    audit = _audit_filtered(d)
    if audit.empty:
        st.caption(tr("rep.audit_none"))
    for entry in audit.head(5).itertuples():
        old, new = load_state(entry.old), load_state(entry.new)
        st.markdown(
            "- "
            + tr(
                "rep.audit_line",
                at=fmt_datetime(entry.at, d.lang),
                user=md(entry.user),
                what=describe_key(str(entry.key), d.lang, tr).replace("`", "'"),
                old=md(_in_short(entry.table_name, old, d)),
                new=md(_in_short(entry.table_name, new, d)),
            )
        )
    st.dataframe(audit_table(audit, tr, d.lang), hide_index=True, width="stretch")
    widgets.downloads(audit_table(audit, tr, d.lang, for_download=True), name="jurnal-audit",
                      key="rep-audit", tr=tr)  # fmt: skip


def _in_short(kind: str, state: dict | None, d: Desk) -> str:
    """One side of an audit entry in a line: a value's number, else its fields in words."""
    if kind == "reported_value":
        return fmt_value(state.get("value"), d.lang) if state else "—"
    return describe_state(state, d.tr, d.lang)


def _audit_filtered(d: Desk) -> pd.DataFrame:
    """The latest 200 audit entries of every kind (values, plans, capacities, users, logins,
    refused changes), filtered by kind, user and dates."""
    tr = d.tr
    kind_col, user_col, dates_col = st.columns(3)
    kinds: list[str | None] = [None, *AUDIT_KINDS]
    kind = kind_col.selectbox(
        tr("rep.audit_kind"), kinds, key="rep_audit_kind",
        format_func=lambda k: tr("rep.audit_kind_all") if k is None else tr(f"rep.table.{k}"),
    )  # fmt: skip
    names: list[str | None] = [None, *api.audit_users()]
    who = user_col.selectbox(
        tr("rep.audit_user"), names, key="rep_audit_user",
        format_func=lambda u: tr("rep.audit_user_all") if u is None else str(u),
    )  # fmt: skip
    picked = dates_col.date_input(tr("rep.audit_dates"), value=[], key="rep_audit_dates",
                                  format="DD.MM.YYYY")  # fmt: skip
    since = before = None
    if isinstance(picked, tuple | list) and picked:
        since = _local_midnight(picked[0])
        before = _local_midnight(picked[-1]) + timedelta(days=1)
    return api.audit_frame(table_name=kind, user=who, since=since, before=before, limit=200)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=ZoneInfo("Europe/Bucharest"))


def compliance(d: Desk) -> None:
    """Who has reported what for the period: by unit (issue #24), then by responsible text."""
    tr = d.tr
    unit_review.render(d)
    st.markdown(f"#### {tr('unit.by_text_title')}")
    owned = mo.indicator_owners(d.mine["indicator_id"], d.indicator_units, d.units)
    table = mr.compliance(d.mine, d.values, d.period, date.today(), owners=owned)
    status = mr.status_per_indicator(d.mine, d.values, d.period, date.today())
    done = int((status["status"] == "reported").sum())
    st.markdown(
        "**"
        + tr(
            "rep.compliance_headline",
            done=fmt_number(done, lang=d.lang),
            n=fmt_number(len(status), lang=d.lang),
            late=fmt_number(int((status["status"] == "late").sum()), lang=d.lang),
            period=fmt_date(d.period, lang=d.lang),
        )
        + "**"
    )
    shown_table = table.assign(
        share_reported=table["share_reported"].map(lambda v: fmt_pct(100 * v, lang=d.lang))
    )
    st.dataframe(
        display_frame(
            shown_table,
            {
                "responsible": "rep.col.responsible",
                "due": "rep.col.due_n",
                "reported": "rep.col.reported",
                "missing": "rep.col.missing",
                "late": "rep.col.late",
                "share_reported": "rep.col.share",
            },
            tr,
        ),
        hide_index=True,
        width="stretch",
    )
    st.caption(tr("rep.compliance_rule", days=mr.GRACE_DAYS))
    widgets.downloads(status_table(status, tr, d.lang, for_download=True),
                      name=f"conformitate-{d.plan}-{d.period}", key="rep-compl", tr=tr)  # fmt: skip


def admin(d: Desk) -> None:
    """Demonstration values and users (administrators only)."""
    tr = d.tr
    if not api.is_admin(d.role):
        st.caption(tr("rep.admin_only"))
    else:
        demo = api.has_demo()
        st.markdown(tr("rep.demo_on") if demo else tr("rep.demo_off"))
        make, drop = st.columns(2)
        if make.button(tr("rep.demo_make"), key="rep_demo_make", disabled=demo):
            n = api.generate_demo()  # audited: every page's caches see it
            api.generate_demo_registry()
            st.success(tr("rep.demo_made", n=fmt_number(n, lang=d.lang)))
            st.rerun()
        if drop.button(tr("rep.demo_drop"), key="rep_demo_drop", disabled=not demo, type="primary"):
            n = api.remove_demo(user=d.username)
            st.success(tr("rep.demo_dropped", n=fmt_number(n, lang=d.lang)))
            st.rerun()
        st.markdown(f"**{tr('rep.users')}**")
        users = users_with_units(api.users_frame(), api.reporter_units_frame(),
                                 unit_names(d.units))  # fmt: skip
        st.dataframe(users_table(users, tr, d.lang), hide_index=True)
        user_admin.render(d.username, tr, d.lang, units=d.units)
        period_admin.render(d)
