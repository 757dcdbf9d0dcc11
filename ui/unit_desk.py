"""A reporter's own page on /raportare („Unitatea mea”, issue #24): for one of its units and the
period chosen — the report's state and the office's comment, what is due (indicator, target,
last value, target due date, status), what is late, the unit's own template and the
„Trimite raportarea” button. The grid and the upload tabs are limited to its indicators by the
page; the store refuses anything else whatever the screen shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from display.fmt import fmt_date, fmt_number
from display.inert import md
from display.unit_tables import approved_ids, due_frame, due_table, owned_ids
from domain.statuses import STATUS_VALUES
from metrics import attainment as am
from metrics import reporting as mr
from metrics.who_reported import SENT, report_deadline
from readers import catalogue
from store import api, excel
from store.input_rules import load_catalog
from store.reporters import unit_names
from store.unit_templates import unit_file_names
from ui import widgets

if TYPE_CHECKING:
    from ui.reporting_tabs import Desk

MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def closed_note(d: Desk) -> None:
    """A warning while the period is closed (wherever values are entered)."""
    if d.closed_by is not None:
        st.warning(d.tr("unit.closed", period=fmt_date(d.period, lang=d.lang), by=d.closed_by))


def pick_unit(d: Desk) -> str:
    """The reporter's unit in view (a selectbox when it answers for several)."""
    names = unit_names(d.units)
    if len(d.unit_ids) == 1:
        return d.unit_ids[0]
    return str(
        st.selectbox(
            d.tr("unit.pick"),
            list(d.unit_ids),
            key="unit_pick",
            format_func=lambda u: names.get(u, u),
        )
    )


def template_button(d: Desk, unit_id: str, *, key: str) -> None:
    """The unit's own template for the plan and period (only its indicators)."""
    name = unit_names(d.units).get(unit_id, unit_id)
    stem = unit_file_names(d.units).get(unit_id, "unitate.xlsx").removesuffix(".xlsx")
    st.download_button(
        d.tr("unit.template"),
        excel.template_bytes(d.plan, d.period, unit_id=unit_id, unit_name=name),
        file_name=f"raportare-{stem}-{d.period:%d.%m.%Y}.xlsx",
        mime=MIME_XLSX,
        key=key,
        icon=":material/download:",
    )


def glance(d: Desk, shown: pd.DataFrame) -> str:
    """The unit's attainment at a glance: its indicators counted by scorecard status at the
    period (the statuses and the rule of /obiective, metrics.attainment.scorecard)."""
    card = am.scorecard(shown, catalogue.milestones(d.plan), d.values, period_end=d.period,
                        bounds=catalogue.plan_bounds())  # fmt: skip
    counts = card["status"].value_counts()
    parts = [f"{fmt_number(int(counts[s]), lang=d.lang)} {d.tr(f'obj.status.{s}')}"
             for s in STATUS_VALUES if counts.get(s)]  # fmt: skip
    return d.tr("unit.glance", period=fmt_date(d.period, lang=d.lang), counts=", ".join(parts))


def history_note(d: Desk, indicator_id: str) -> str:
    """Under an indicator's history: which values the dashboard shows, and the periods whose
    value the office approved (a report of one of the indicator's units approved)."""
    owners = load_catalog().owners
    units = set(owners.loc[owners["indicator_id"] == indicator_id, "unit_id"])
    sent = api.submissions_frame(d.plan)
    approved = sent[(sent["state"] == "approved") & sent["unit_id"].isin(units)]
    rule = d.tr("unit.values_rule")
    if approved.empty:
        return rule
    days = ", ".join(fmt_date(e, lang=d.lang) for e in sorted(set(approved["period_end"])))
    return f"{rule} {d.tr('unit.history_approved', periods=days)}"


def render(d: Desk) -> None:
    """The reporter's unit: state, what is due and late, template, submit."""
    tr = d.tr
    flash = st.session_state.pop("unit_flash", None)
    if flash:
        st.success(flash)
    closed_note(d)
    unit_id = pick_unit(d)
    name = unit_names(d.units).get(unit_id, unit_id)
    catalog = load_catalog()
    owners = catalog.owners
    ids = owned_ids(owners, [unit_id])
    shown = d.mine[d.mine["indicator_id"].isin(ids)]
    state, comment = api.submission_state(d.plan, d.period, unit_id)
    day = fmt_date(d.period, lang=d.lang)
    st.markdown(tr("unit.state.line", period=day, state=tr(f"unit.review.{state}")))
    if state == "returned" and comment:
        st.warning(tr("unit.state.comment", comment=md(comment)))  # a person's text: inert
    if shown.empty:
        st.info(tr("unit.none"))
        return
    grid = mr.entry_grid(shown, d.values, d.period, catalog.target_at)
    status = mr.status_per_indicator(shown, d.values, d.period, date.today())
    approved = approved_ids(owners, api.submissions_frame(d.plan, d.period))
    due = due_frame(grid, d.values, d.period, status, approved)
    n_late = int((due["status"] == "late").sum())
    st.markdown(
        "**"
        + tr(
            "unit.headline",
            unit=name,
            done=fmt_number(int((due["status"] == "reported").sum()), lang=d.lang),
            n=fmt_number(len(due), lang=d.lang),
            period=day,
            late=fmt_number(n_late, lang=d.lang),
            deadline=fmt_date(report_deadline(d.period), lang=d.lang),
        )
        + "**"
    )
    st.markdown(glance(d, shown))
    st.markdown(f"**{tr('unit.due_title')}**")
    st.dataframe(due_table(due, tr, d.lang), hide_index=True, width="stretch")
    st.caption(tr("unit.values_rule"))
    widgets.downloads(due_table(due, tr, d.lang, for_download=True),
                      name=f"de-raportat-{d.period:%d.%m.%Y}", key="unit-due", tr=tr)  # fmt: skip
    st.markdown(f"**{tr('unit.late_title')}**")
    late = due[due["status"] == "late"]
    if late.empty:
        st.caption(tr("unit.late_none"))
    for row in late.itertuples():
        st.markdown(f"- {row.indicator_id} — {md(str(row.indicator_text)[:120])}")
    template_button(d, unit_id, key="unit_template")
    sent = state in SENT
    if st.button(tr("unit.submit"), type="primary", key="unit_submit", help=tr("unit.submit_help"),
                 disabled=sent or d.closed_by is not None):  # fmt: skip
        try:
            api.submit_unit(d.plan, d.period, unit_id, user=d.username)
        except (api.WriteRefusedError, api.SubmissionError, api.ReporterUnitsError) as exc:
            st.error(tr("rep.write_refused", reason=str(exc)))
        else:
            st.session_state["unit_flash"] = tr("unit.submitted_flash", unit=name, period=day)
            st.rerun()
