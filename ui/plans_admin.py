"""The "Planuri" tab of /raportare: the stored plans, their workbooks, and (admins) a new plan or
a new version of one — checked, previewed against the version in force or last year's plan,
then stored on confirmation — and the place of a service the source does not locate."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from display.export import file_stem
from display.fmt import fmt_datetime, fmt_value
from display.inert import md
from display.tables import display_frame
from domain.columns import label as column_label
from loaders.tables import load_uats
from readers import catalogue
from store import plan_versions as store_plans
from store.errors import WriteRefusedError
from store.next_plan import (
    NextPlanError,
    check_next_plan,
    draft_next_plan,
    next_plan_workbook_bytes,
)
from store.sheets import MAX_UPLOAD_MB
from store.workbook import PlanWorkbookError, plan_workbook_bytes, read_plan_workbook

Tr = Callable[..., str]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Whole numbers that are codes or years, shown without a thousands separator.
CODE_COLUMNS = ("uat_siruta", "row_no", "sub_no", "institution_row_no", "snapshot_year",
                "source_line", "year_start", "year_end")  # fmt: skip
PREVIEW_TABLES = ("services", "indicators", "milestones", "objectives", "budget_groups",
                  "projects", "planned_services")  # fmt: skip


def render(tr: Tr, *, user: str, admin: bool, lang: str) -> None:
    """Draw the tab."""

    listed = catalogue.plans()
    shown = listed.assign(
        kind=listed["kind"].map(lambda k: tr(f"plans.kind.{k}")),
        years=[
            str(a) if a == b else f"{a}–{b}"
            for a, b in zip(listed["year_start"], listed["year_end"], strict=True)
        ],
        demo=listed["demo"].map(lambda d: tr("yes") if d else tr("no")),
        created_at=listed["created_at"].map(lambda t: fmt_datetime(t, lang)),
    )
    st.dataframe(
        display_frame(
            shown,
            {
                "title": "plans.col.title",
                "kind": "plans.col.kind",
                "years": "plans.col.years",
                "version": "plans.col.version",
                "demo": "plans.col.demo",
                "created_by": "plans.col.created_by",
                "created_at": "plans.col.created_at",
            },
            tr,
        ),
        hide_index=True,
        width="stretch",
    )
    titles = dict(zip(listed["plan_id"], listed["title"], strict=True))
    chosen = st.selectbox(
        tr("plans.download_which"),
        list(titles),
        format_func=titles.__getitem__,
        key="plans_download",
    )
    st.download_button(
        tr("plans.download"),
        data=lambda: plan_workbook_bytes(store_plans.plan_tables(str(chosen))),
        file_name=f"{file_stem(str(titles[chosen]))}.xlsx",  # the title, never the plan id
        mime=XLSX,
        key="plans_download_button",
        icon=":material/download:",
        on_click="ignore",
    )
    st.caption(tr("plans.workbook_help"))
    if not admin:
        st.caption(tr("plans.admin_only"))
        return
    st.divider()
    _next_plan(tr, listed)
    st.divider()
    _upload(tr, user=user, lang=lang)
    st.divider()
    _place(tr, user=user)


def _next_plan(tr: Tr, listed: pd.DataFrame) -> None:
    """Next year's workbook drafted from a stored annual plan (store.next_plan), downloaded."""

    st.subheader(tr("plans.next_title"))
    st.caption(tr("plans.next_help"))
    annual = listed[(listed["kind"] == "annual") & ~listed["demo"].astype(bool)]
    annual = annual.sort_values("year_start", ascending=False)
    if annual.empty:
        return
    titles = {str(p): str(t) for p, t in zip(annual["plan_id"], annual["title"], strict=True)}
    base = st.selectbox(
        tr("plans.next_from"), list(titles), format_func=lambda p: titles[p], key="plans_next_from"
    )
    first = int(annual.loc[annual["plan_id"] == base, "year_start"].iloc[0])
    left, right = st.columns(2)
    year = int(
        left.number_input(
            tr("plans.next_year"),
            min_value=first + 1,
            max_value=2100,
            value=first + 1,
            step=1,
            key=f"plans_next_year_{base}",
        )
    )
    new_id = right.text_input(
        tr("plans.next_id"), value=f"plan_{year}", max_chars=40, key=f"plans_next_id_{year}"
    ).strip()
    try:
        check_next_plan(str(base), new_id, year)
    except NextPlanError as exc:
        st.warning(tr("plans.next_refused", reason=str(exc)))
        return
    st.download_button(
        tr("plans.next_download", year=year),
        data=lambda: next_plan_workbook_bytes(draft_next_plan(str(base), new_id, year)),
        file_name=f"plan-anual-{year}-pregatit.xlsx",
        mime=XLSX,
        key="plans_next_download",
        icon=":material/download:",
        on_click="ignore",
    )


def _upload(tr: Tr, *, user: str, lang: str) -> None:
    st.subheader(tr("plans.upload_title"))
    upload = st.file_uploader(
        tr("plans.upload", mb=MAX_UPLOAD_MB), type=["xlsx"], key="plans_upload",
        max_upload_size=MAX_UPLOAD_MB, help=tr("rep.upload_widget_help", mb=MAX_UPLOAD_MB),
    )  # fmt: skip
    if upload is None:
        return
    data = upload.getvalue()
    try:
        plan = read_plan_workbook(data)
        check = store_plans.check_plan(plan)
    except (PlanWorkbookError, store_plans.PlanProblemsError) as exc:
        st.error(
            tr("plans.problems", n=len(exc.problems))
            + "\n\n"
            + "\n".join(f"- {md(p)}" for p in exc.problems[:200])
        )
        return
    meta = check.plan.meta
    if check.unchanged:
        st.info(tr("plans.unchanged", title=md(meta.title), version=check.previous_version))
        return
    previous = check.compared
    if check.previous_version is not None:
        st.markdown(
            tr("plans.new_version", title=md(meta.title), version=check.previous_version + 1)
        )
    else:
        st.markdown(tr("plans.new_plan", title=md(meta.title)))
    if check.compared_with is not None and previous is not None:
        st.caption(tr("plans.compared_with", title=md(previous.meta.title)))
    if check.replaces_demo is not None:
        demo = catalogue.plan_row(check.replaces_demo)
        st.warning(tr("plans.replaces_demo", title=md(demo["title"]), year=meta.year_start))
    if check.warnings:
        st.warning(tr("plans.warnings") + "\n\n" + "\n".join(f"- {md(w)}" for w in check.warnings))
    counts = pd.DataFrame(
        [
            {
                "table": tr(f"plans.sheet.{t}"),
                "rows": len(check.plan.table(t)),
                **check.changes[t].counts(),
            }
            for t in PREVIEW_TABLES
        ]
    )
    st.dataframe(
        counts.rename(
            columns={
                "table": tr("plans.col.table"),
                "rows": tr("plans.col.rows"),
                "added": tr("plans.col.added"),
                "changed": tr("plans.col.changed"),
                "removed": tr("plans.col.removed"),
            }
        ),
        hide_index=True,
    )
    for table in ("services", "indicators"):
        rows = store_plans.change_rows(check, table)
        if rows.empty:
            continue
        st.markdown(f"**{tr(f'plans.changes.{table}')}**")
        shown = change_table(rows, table, tr, lang)
        st.dataframe(shown, hide_index=True, width="stretch")
    if st.button(tr("plans.confirm"), type="primary", key="plans_confirm"):
        try:
            summary = store_plans.save_plan(
                plan, user=user, note=f"încărcat: {upload.name}", acting=True
            )
        except store_plans.PlanProblemsError as exc:  # the store moved on since the check
            st.error("\n".join(f"- {md(p)}" for p in exc.problems))
            return
        except WriteRefusedError as exc:  # disabled or no longer an administrator since login
            st.error(md(str(exc)))
            return
        st.success(tr("plans.stored", title=md(meta.title), version=summary.version))


def change_table(rows: pd.DataFrame, table: str, tr: Tr, lang: str) -> pd.DataFrame:
    """`store.plan_versions.change_rows` as a user reads it: Romanian headers, the change in
    words, the field by its label, numbers in the language's format, empty cells empty."""

    def cell(value: object, column: object = None) -> str:
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if column in CODE_COLUMNS:  # a code or a year: never a thousands separator
                return str(int(value))
            return fmt_value(value, lang)
        return str(value)

    shown = rows.assign(
        name=rows["name"].map(cell),
        change=rows["change"].map(lambda c: tr(f"plans.change.{c}")),
        column=rows["column"].map(
            lambda c: column_label(str(c), lang, table=table) if cell(c) else ""
        ),
        old=[cell(v, c) for v, c in zip(rows["old"], rows["column"], strict=True)],
        new=[cell(v, c) for v, c in zip(rows["new"], rows["column"], strict=True)],
    )
    return display_frame(
        shown,
        {
            "key": "plans.col.key",
            "name": "plans.col.name",
            "change": "plans.col.change",
            "column": "plans.col.column",
            "old": "plans.col.old",
            "new": "plans.col.new",
        },
        tr,
    )


def _place(tr: Tr, *, user: str) -> None:
    st.subheader(tr("plans.place_title"))
    years = catalogue.registry_years()
    reg = catalogue.registry(years[-1])
    services = reg.services
    unplaced = services[services["uat_siruta"].isna()]
    st.caption(tr("plans.place_help", n=len(unplaced), total=len(services), year=reg.year))
    if unplaced.empty:
        return
    uats = load_uats().sort_values("name")
    names = dict(zip(uats["siruta"], uats["name"], strict=True))
    labels = dict(zip(unplaced["service_id"], unplaced["name"], strict=True))
    with st.form("plans_place"):
        service_id = st.selectbox(
            tr("plans.place_service"), list(labels), format_func=labels.__getitem__
        )
        siruta = st.selectbox(tr("plans.place_uat"), list(names), format_func=names.__getitem__)
        address = st.text_input(tr("plans.place_address"), max_chars=200)
        if st.form_submit_button(tr("plans.place_save"), type="primary"):
            assert service_id is not None and siruta is not None  # both lists are not empty
            store_plans.set_place(
                reg.plan_id, str(service_id), int(siruta), address=address, user=user
            )
            st.success(tr("plans.place_saved", service=md(labels[service_id]), uat=names[siruta]))
