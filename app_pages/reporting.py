"""Reporting (/raportare), behind a login: enter a period's values in a grid, upload the Excel
template, see each indicator's history and the audit trail, who has reported what, service
plans (their workbooks; admins load new ones), and (admins) demonstration values and users. All
writes go through store.api, audited."""

from datetime import date

import streamlit as st

from loaders import catalogue
from loaders.errors import CuratedDataError
from loaders.tables import load_indicator_units, load_units
from metrics import owners as mo
from metrics import reporting as mr
from ui import context, plans_admin, urlstate, user_admin, widgets
from ui.fmt import fmt_date, fmt_datetime, fmt_number, fmt_pct, fmt_value
from ui.reporting_tables import (
    audit_table,
    history_table,
    preview_table,
    status_table,
    users_table,
)
from ui.tables import display_frame
from ui.unsaved import blocks_change, count_ro

f, tr = context.filters(), context.tr()
widgets.page_header(tr("rep.title"), tr("rep.intro"))


@st.cache_resource(show_spinner=False)
def _ready(url: str) -> str:
    """Create or migrate the schema once per database and process; the revision. (Seeding the
    curated plans is `python -m store init`'s work, run by `make run`.)"""
    from store.db import current_revision, migrate

    migrate()
    return str(current_revision())


try:
    from store import api, excel
    from store.audit import load_state
    from store.db import database_url
    from store.errors import ProblemsError
    from store.messages import problem_count
    from ui.reporting_tables import describe_key

    _ready(database_url())
    indicators = catalogue.indicators()
    units = load_units()
    indicator_units = mo.links_by_text(indicators, load_indicator_units())
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()
except Exception as exc:  # an unreachable or broken database: say so, write nothing
    st.error(tr("rep.store_down", reason=f"{exc.__class__.__name__}: {str(exc)[:200]}"))
    widgets.stop_page()

# --- login -------------------------------------------------------------------------------------
user = st.session_state.get("rep_user")
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
            st.error(tr("rep.locked", until=fmt_datetime(attempt.blocked_until, f.lang)))
        elif attempt.user is None:
            st.error(tr("rep.bad_login"))
        else:
            info = attempt.user
            st.session_state["rep_user"] = {"username": info.username, "role": info.role}
            st.rerun()
    widgets.stop_page()

username, role = user["username"], user["role"]
who, out = st.columns([4, 1])
who.caption(tr("rep.logged_in", user=username, role=tr(f"rep.role.{role}")))
if out.button(tr("rep.logout"), key="rep_logout"):
    del st.session_state["rep_user"]
    st.rerun()
editor = api.can_edit(role)

plan_ids = catalogue.plan_ids(with_indicators=True)
if not plan_ids:
    st.info(tr("plans.none_with_indicators"))
    widgets.stop_page()
if "rep_plan" not in st.session_state:  # the first run reads ?plan= (then the widget holds it)
    st.session_state["rep_plan"] = urlstate.from_url("plan", plan_ids, str) or plan_ids[0]
elif st.session_state["rep_plan"] not in plan_ids:  # a plan removed meanwhile
    st.session_state["rep_plan"] = plan_ids[0]

# Unsaved grid edits never vanish: a change of plan, period or search waits (the widgets are put
# back before they are drawn) until the edits are saved or discarded.
last_grid = st.session_state.get("rep_grid_last")
wanted = {
    "plan": st.session_state.get("rep_plan", plan_ids[0]),
    "search": st.session_state.get("rep_search", ""),
}
wanted["period"] = st.session_state.get(f"rep_period_{wanted['plan']}")
held = last_grid is not None and blocks_change(last_grid, {**last_grid, **wanted})
if held:
    st.session_state["rep_plan"] = last_grid["plan"]
    st.session_state[f"rep_period_{last_grid['plan']}"] = last_grid["period"]
    st.session_state["rep_search"] = last_grid["search"]


def _discard(target: dict) -> None:
    st.session_state["rep_grid_gen"] = st.session_state.get("rep_grid_gen", 0) + 1
    st.session_state["rep_grid_last"] = None
    st.session_state["rep_plan"] = target["plan"]
    if target.get("period") is not None:
        st.session_state[f"rep_period_{target['plan']}"] = target["period"]
    st.session_state["rep_search"] = target["search"]


if held:
    st.warning(tr("rep.unsaved", n=count_ro(last_grid["pending"], "rând", "rânduri")))
    st.button(tr("rep.unsaved_discard"), key="rep_discard", on_click=_discard, args=(wanted,))

left, right = st.columns(2)
plan = left.selectbox(
    tr("obj.plan"), plan_ids, format_func=lambda p: str(catalogue.plan_row(p)["title"]),
    key="rep_plan",
)  # fmt: skip
urlstate.to_url("plan", plan, plan_ids[0])
periods = api.reporting_periods(plan)
past = [p for p in periods if p <= date.today()] or periods
period = right.selectbox(
    tr("rep.period"),
    periods,
    index=periods.index(past[-1]),
    format_func=lambda d: fmt_date(d, lang=f.lang),
    key=f"rep_period_{plan}",
)
mine = indicators[indicators["plan_id"] == plan]
if f.component:
    mine = mine[mine["component"] == f.component]
values = api.values_frame(mine["indicator_id"], by="county")  # this view's rows only

grid_tab, upload_tab, history_tab, compliance_tab, plans_tab, admin_tab = st.tabs(
    [
        tr("rep.tab.grid"),
        tr("rep.tab.upload"),
        tr("rep.tab.history"),
        tr("rep.tab.compliance"),
        tr("rep.tab.plans"),
        tr("rep.tab.admin"),
    ]
)


def _problems(problems: list[str]) -> None:
    count = problem_count(len(problems))
    st.error(
        tr("rep.problems", n=len(problems), count=count)
        + "\n\n"
        + "\n".join(f"- {p}" for p in problems)
    )


with grid_tab:
    from store.catalog import load_catalog

    catalog = load_catalog()
    search = st.text_input(tr("rep.search"), key="rep_search", placeholder=tr("rep.search_hint"))
    shown = mine
    if search:
        shown = mine[mine["indicator_text"].str.contains(search, case=False, regex=False)]
    grid = mr.entry_grid(shown, values, period, catalog.target_at)
    grid["due"] = [fmt_date(d, lang=f.lang) for d in grid["due"]]
    grid["unit"] = grid["unit"].fillna("")
    n_shown = count_ro(len(grid), tr("rep.indicator_one"), tr("rep.indicator_many"))
    st.caption(tr("rep.grid_help", n=n_shown, period=fmt_date(period, lang=f.lang)))
    generation = st.session_state.get("rep_grid_gen", 0)
    edited = st.data_editor(
        grid,
        key=f"rep_grid_{plan}_{period}_{f.component}_{search}_{generation}",
        hide_index=True,
        width="stretch",
        height=min(460, 38 + 35 * max(len(grid), 1)),
        disabled=[c for c in grid.columns if c not in ("value", "comment")] if editor else True,
        column_config={
            "indicator_id": st.column_config.TextColumn(tr("rep.col.id")),
            "activity_number": st.column_config.TextColumn(tr("rep.col.activity")),
            "indicator_text": st.column_config.TextColumn(tr("rep.col.text"), width="large"),
            "target": st.column_config.NumberColumn(tr("rep.col.target")),
            "unit": st.column_config.TextColumn(tr("rep.col.unit")),
            "due": st.column_config.TextColumn(tr("rep.col.due")),
            "value": st.column_config.NumberColumn(tr("rep.col.value"), min_value=0.0),
            "comment": st.column_config.TextColumn(tr("rep.col.comment"), max_chars=2000),
        },
    )
    pending = mr.grid_changes(grid, edited, period)
    if editor and st.button(tr("rep.save"), type="primary", key="rep_save"):
        if not pending:
            st.info(tr("rep.nothing_changed"))
        else:
            try:
                result = api.save_values(pending, username, "form")
            except ProblemsError as exc:
                _problems(exc.problems)
            else:
                st.success(tr("rep.saved", result=str(result)))
                pending = []
    context_now = {"plan": plan, "period": period, "search": search}
    st.session_state["rep_grid_last"] = {**context_now, "pending": len(pending)}
    if not editor:
        st.caption(tr("rep.viewer_only"))

with upload_tab:
    st.markdown(tr("rep.upload_help"))
    st.download_button(
        tr("rep.template"),
        excel.template_bytes(plan, period),
        file_name=f"raportare-{plan}-{period.isoformat()}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="rep_template",
        icon=":material/download:",
    )
    # no `type=`: the app checks name, size and macros itself and says why in Romanian
    upload = st.file_uploader(tr("rep.upload"), key="rep_upload") if editor else None
    if upload is not None:
        data = upload.getvalue()
        checked = excel.import_report(
            data, user=username, dry_run=True, plan_id=plan, period_end=period,
            filename=upload.name,
        )  # fmt: skip
        if checked.problems:
            _problems(checked.problems)
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
            st.dataframe(preview_table(checked.preview, tr, f.lang), hide_index=True,
                         width="stretch")  # fmt: skip
            if st.button(tr("rep.confirm"), type="primary", key="rep_confirm"):
                done = excel.import_report(
                    data, user=username, plan_id=plan, period_end=period, filename=upload.name
                )
                if done.problems:
                    _problems(done.problems)
                else:
                    st.success(tr("rep.saved", result=str(done.saved)))

with history_tab:
    pick = st.selectbox(
        tr("rep.history_pick"),
        mine["indicator_id"].tolist(),
        format_func=lambda i: (
            f"{i} — {mine.set_index('indicator_id').at[i, 'indicator_text'][:90]}"
        ),
        key="rep_history_pick",
    )
    if pick:
        changes = api.history(pick)
        if changes.empty:
            st.caption(tr("rep.history_none"))
        else:
            st.dataframe(history_table(changes, tr, f.lang), hide_index=True, width="stretch")
            widgets.downloads(history_table(changes, tr, f.lang, for_download=True),
                              name=f"istoric-{pick}", key="rep-history", tr=tr)  # fmt: skip
    st.markdown(f"**{tr('rep.audit')}**")
    audit = api.audit_frame(table_name="reported_value", limit=200)
    for entry in audit.head(5).itertuples():
        old, new = load_state(entry.old) or {}, load_state(entry.new) or {}
        st.markdown(
            "- "
            + tr(
                "rep.audit_line",
                at=fmt_datetime(entry.at, f.lang),
                user=entry.user,
                what=describe_key(str(entry.key), f.lang, tr),
                old=fmt_value(old.get("value"), f.lang) if old else "—",
                new=fmt_value(new.get("value"), f.lang) if new else "—",
            )
        )
    st.dataframe(audit_table(audit, tr, f.lang), hide_index=True, width="stretch")
    widgets.downloads(audit_table(audit, tr, f.lang, for_download=True), name="jurnal-audit",
                      key="rep-audit", tr=tr)  # fmt: skip

with compliance_tab:
    owned = mo.indicator_owners(mine["indicator_id"], indicator_units, units)
    table = mr.compliance(mine, values, period, date.today(), owners=owned)
    status = mr.status_per_indicator(mine, values, period, date.today())
    done = int((status["status"] == "reported").sum())
    st.markdown(
        "**"
        + tr(
            "rep.compliance_headline",
            done=fmt_number(done, lang=f.lang),
            n=fmt_number(len(status), lang=f.lang),
            late=fmt_number(int((status["status"] == "late").sum()), lang=f.lang),
            period=fmt_date(period, lang=f.lang),
        )
        + "**"
    )
    shown_table = table.assign(
        share_reported=table["share_reported"].map(lambda v: fmt_pct(100 * v, lang=f.lang))
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
    widgets.downloads(status_table(status, tr, f.lang, for_download=True),
                      name=f"conformitate-{plan}-{period}", key="rep-compl", tr=tr)  # fmt: skip

with plans_tab:
    plans_admin.render(tr, user=username, admin=api.is_admin(role), lang=f.lang)

with admin_tab:
    if not api.is_admin(role):
        st.caption(tr("rep.admin_only"))
    else:
        demo = api.has_demo()
        st.markdown(tr("rep.demo_on") if demo else tr("rep.demo_off"))
        make, drop = st.columns(2)
        if make.button(tr("rep.demo_make"), key="rep_demo_make", disabled=demo):
            n = api.generate_demo()  # audited: every page's caches see it
            api.generate_demo_registry()
            st.success(tr("rep.demo_made", n=fmt_number(n, lang=f.lang)))
            st.rerun()
        if drop.button(tr("rep.demo_drop"), key="rep_demo_drop", disabled=not demo, type="primary"):
            n = api.remove_demo(user=username)
            st.success(tr("rep.demo_dropped", n=fmt_number(n, lang=f.lang)))
            st.rerun()
        st.markdown(f"**{tr('rep.users')}**")
        st.dataframe(users_table(api.users_frame(), tr, f.lang), hide_index=True)
        user_admin.render(username, tr)
