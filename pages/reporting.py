"""Reporting (/raportare), behind a login: enter a period's values in a grid, upload the Excel
template, see each indicator's history and the audit trail, who has reported what, service
snapshots, and (admins) demonstration values. All writes go through store.api, audited."""

from datetime import date

import streamlit as st

from loaders.errors import CuratedDataError
from loaders.tables import load_indicator_units, load_indicators, load_units
from metrics import owners as mo
from metrics import reporting as mr
from ui import context, widgets
from ui.fmt import fmt_date, fmt_datetime, fmt_number, fmt_pct, fmt_value
from ui.tables import display_frame

f, tr = context.filters(), context.tr()
widgets.page_header(tr("rep.title"), tr("rep.intro"))
PLANS = ["plan_2022", "strategy_2025_2034"]


@st.cache_resource(show_spinner=False)
def _ready(url: str) -> str:
    """Create or migrate the schema once per database and process; the revision."""
    from store import api

    return str(api.init().revision)


try:
    from store import api, excel
    from store.audit import load_state
    from store.db import database_url
    from store.errors import ProblemsError

    _ready(database_url())
    indicators = load_indicators()
    units, indicator_units = load_units(), load_indicator_units()
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
        info = api.authenticate(name, password)
        if info is None:
            st.error(tr("rep.bad_login"))
        else:
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

left, right = st.columns(2)
plan = left.selectbox(
    tr("obj.plan"), PLANS, format_func=lambda p: tr(f"obj.plan.{p}"), key="rep_plan"
)
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

grid_tab, upload_tab, history_tab, compliance_tab, snapshot_tab, admin_tab = st.tabs(
    [
        tr("rep.tab.grid"),
        tr("rep.tab.upload"),
        tr("rep.tab.history"),
        tr("rep.tab.compliance"),
        tr("rep.tab.snapshots"),
        tr("rep.tab.admin"),
    ]
)


def _problems(problems: list[str]) -> None:
    st.error(tr("rep.problems", n=len(problems)) + "\n\n" + "\n".join(f"- {p}" for p in problems))


with grid_tab:
    from store.catalog import load_catalog

    catalog = load_catalog()
    search = st.text_input(tr("rep.search"), key="rep_search", placeholder=tr("rep.search_hint"))
    shown = mine
    if search:
        shown = mine[mine["indicator_text"].str.contains(search, case=False, regex=False)]
    grid = mr.entry_grid(shown, values, period, catalog.target_at)
    grid["due"] = [fmt_date(d, lang=f.lang) for d in grid["due"]]
    st.caption(tr("rep.grid_help", n=len(grid), period=fmt_date(period, lang=f.lang)))
    edited = st.data_editor(
        grid,
        key=f"rep_grid_{plan}_{period}_{search}",
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
    if editor and st.button(tr("rep.save"), type="primary", key="rep_save"):
        rows = mr.grid_changes(grid, edited, period)
        if not rows:
            st.info(tr("rep.nothing_changed"))
        else:
            try:
                result = api.save_values(rows, username, "form")
            except ProblemsError as exc:
                _problems(exc.problems)
            else:
                st.success(tr("rep.saved", result=str(result)))
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
    upload = st.file_uploader(tr("rep.upload"), type=["xlsx"], key="rep_upload") if editor else None
    if upload is not None:
        data = upload.getvalue()
        checked = excel.import_report(
            data, user=username, dry_run=True, plan_id=plan, period_end=period
        )
        if checked.problems:
            _problems(checked.problems)
        else:
            counts = checked.preview["status"].value_counts().to_dict()
            st.markdown(
                tr(
                    "rep.preview",
                    new=counts.get("new", 0),
                    changed=counts.get("changed", 0),
                    unchanged=counts.get("unchanged", 0),
                )
            )
            st.dataframe(checked.preview, hide_index=True, width="stretch")
            if st.button(tr("rep.confirm"), type="primary", key="rep_confirm"):
                done = excel.import_report(data, user=username, plan_id=plan, period_end=period)
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
            st.dataframe(changes, hide_index=True, width="stretch")
            widgets.downloads(changes, name=f"istoric-{pick}", key="rep-history", tr=tr)
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
                what=entry.key,
                old=fmt_value(old.get("value"), f.lang) if old else "—",
                new=fmt_value(new.get("value"), f.lang) if new else "—",
            )
        )
    st.dataframe(
        audit.drop(columns=["old", "new"], errors="ignore"), hide_index=True, width="stretch"
    )

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
    widgets.downloads(status, name=f"conformitate-{plan}-{period}", key="rep-compl", tr=tr)

with snapshot_tab:
    snaps = api.snapshots_frame()
    years = sorted(snaps["year"].unique().tolist()) if len(snaps) else []
    st.caption(tr("rep.snapshots_have", years=", ".join(str(y) for y in years) or "—"))
    year = st.number_input(
        tr("rep.snapshot_year"), min_value=2022, max_value=2040, value=max(years or [2022]) + 1
    )
    st.download_button(
        tr("rep.snapshot_template"),
        excel.snapshot_template_bytes(int(year)),
        file_name=f"instantaneu-servicii-{int(year)}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="rep_snap_template",
        icon=":material/download:",
    )
    snap_upload = (
        st.file_uploader(tr("rep.snapshot_upload"), type=["xlsx"], key="rep_snap_upload")
        if editor
        else None
    )
    if snap_upload is not None:
        snap_data = snap_upload.getvalue()
        snap_check = excel.import_snapshots(snap_data, user=username, dry_run=True, year=int(year))
        if snap_check.problems:
            _problems(snap_check.problems)
        else:
            st.dataframe(snap_check.preview, hide_index=True, width="stretch")
            if st.button(tr("rep.confirm"), type="primary", key="rep_snap_confirm"):
                snap_done = excel.import_snapshots(snap_data, user=username, year=int(year))
                if snap_done.problems:
                    _problems(snap_done.problems)
                else:
                    st.success(tr("rep.saved", result=str(snap_done.saved)))

with admin_tab:
    if not api.is_admin(role):
        st.caption(tr("rep.admin_only"))
    else:
        demo = api.has_demo()
        st.markdown(tr("rep.demo_on") if demo else tr("rep.demo_off"))
        make, drop = st.columns(2)
        if make.button(tr("rep.demo_make"), key="rep_demo_make", disabled=demo):
            n = api.generate_demo("plan_2022")  # audited: every page's caches see it
            st.success(tr("rep.demo_made", n=fmt_number(n, lang=f.lang)))
            st.rerun()
        if drop.button(tr("rep.demo_drop"), key="rep_demo_drop", disabled=not demo, type="primary"):
            n = api.remove_demo(user=username)
            st.success(tr("rep.demo_dropped", n=fmt_number(n, lang=f.lang)))
            st.rerun()
        st.markdown(f"**{tr('rep.users')}**")
        st.dataframe(api.users_frame(), hide_index=True)
        st.caption(tr("rep.users_help"))
