"""Closing and reopening a plan's period on /raportare (administrators; issue #24). A closed
period refuses every write of its values — grid, upload, command line — in the store; reopening
asks a reason, kept in the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from display.fmt import fmt_date
from display.unit_tables import closed_table
from store import api

if TYPE_CHECKING:
    from ui.reporting_tabs import Desk


def render(d: Desk) -> None:
    """The chosen period's state with its close or reopen button; the plan's closed periods."""
    tr = d.tr
    st.markdown(f"**{tr('unit.periods_title')}**")
    flash = st.session_state.pop("unit_period_flash", None)
    if flash:
        st.success(flash)
    day = fmt_date(d.period, lang=d.lang)
    try:
        if d.closed_by is None:
            st.markdown(tr("unit.period_open_line", period=day))
            if st.button(tr("unit.close", period=day), key="unit_close_period"):
                api.close_period(d.plan, d.period, user=d.username)
                st.session_state["unit_period_flash"] = tr("unit.closed_flash", period=day)
                st.rerun()
        else:
            st.warning(tr("unit.closed", period=day, by=d.closed_by))
            reason = st.text_input(tr("unit.reopen_reason"), key="unit_reopen_reason")
            if st.button(tr("unit.reopen", period=day), key="unit_reopen_period"):
                api.reopen_period(d.plan, d.period, reason=reason, user=d.username)
                st.session_state["unit_period_flash"] = tr("unit.reopened_flash", period=day)
                st.rerun()
    except (api.WriteRefusedError, api.PeriodStateError) as exc:
        st.error(tr("rep.write_refused", reason=str(exc).rstrip(".")))
    closed = api.closed_periods(d.plan)
    if closed.empty:
        st.caption(tr("unit.closed_none"))
    else:
        st.dataframe(closed_table(closed, tr, d.lang), hide_index=True)
