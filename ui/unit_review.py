"""The office's side of „Cine a raportat” on /raportare (issue #24): per unit, for the plan and
period chosen, its state, the values reported and due and the days late (downloadable); the
review of a submitted report (approve, or send back with a required comment); every unit's
template in one archive; and one upload of several returned files — each previewed with its
problems (the store's own check, as the single upload), the good ones confirmed together and a
bad one kept out with its messages."""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from display.export import file_stem
from display.fmt import fmt_date, fmt_number
from display.inert import md
from display.reporting_tables import preview_table
from display.unit_tables import who_counts, who_table
from metrics.reporting import GRACE_DAYS
from metrics.who_reported import who_reported
from readers.catalogue import plan_row
from store import api, excel
from store.messages import problem_count
from store.sheets import MAX_UPLOAD_MB
from store.submissions import who_reported_inputs
from store.unit_templates import export_unit_templates
from ui import widgets

if TYPE_CHECKING:
    from ui.reporting_tabs import Desk


def render(d: Desk) -> None:
    """„Cine a raportat” by unit, then (editors, administrators) review and the bulk upload."""
    tr = d.tr
    st.markdown(f"#### {tr('unit.who_title')}")
    flash = st.session_state.pop("unit_review_flash", None)
    if flash:
        st.success(flash)
    who = who_reported(**who_reported_inputs(d.plan, d.period), period_end=d.period,
                       today=date.today())  # fmt: skip
    if who.empty:
        st.caption(tr("unit.who_none"))
        return
    counts = {k: fmt_number(v, lang=d.lang) for k, v in who_counts(who).items()}
    period = fmt_date(d.period, lang=d.lang)
    st.markdown("**" + tr("unit.who_headline", period=period, **counts) + "**")
    st.dataframe(who_table(who, tr, d.lang), hide_index=True, width="stretch")
    st.caption(tr("unit.who_rule", days=GRACE_DAYS))
    # named by the plan's title and the period as a person writes it, never the plan's id
    name = f"cine-a-raportat-{file_stem(plan_row(d.plan)['title'])}-{d.period:%d.%m.%Y}"
    widgets.downloads(who_table(who, tr, d.lang, for_download=True), name=name, key="unit-who",
                      tr=tr)  # fmt: skip
    if not d.editor or d.unit_ids:  # reporters read; the office acts
        return
    review(d, who)
    st.download_button(
        tr("unit.templates_all"), lambda: templates_zip(d.plan, d.period),
        file_name=f"machete-unitati-{d.period:%d.%m.%Y}.zip", mime="application/zip",
        key="unit_templates_zip", icon=":material/folder_zip:",
    )  # fmt: skip
    bulk_upload(d)


def review(d: Desk, who: pd.DataFrame) -> None:
    """Approve a submitted report, or send it back with a comment the unit reads."""
    tr = d.tr
    st.markdown(f"#### {tr('unit.review_title')}")
    sent = who[who["review"].isin(["submitted", "approved"])]
    if sent.empty:
        st.caption(tr("unit.review_none"))
        return
    names = dict(zip(sent["unit_id"], sent["unit_name"], strict=True))
    states = dict(zip(sent["unit_id"], sent["review"], strict=True))
    unit_id = st.selectbox(
        tr("unit.review_pick"), list(names), key=f"unit_review_pick_{d.plan}_{d.period}",
        format_func=names.__getitem__,
    )  # fmt: skip
    # the state beside, not in the option's label: a select box keeps the label it first drew
    # for the chosen option, so „trimisă” stayed after an approval
    st.caption(tr("unit.review_state", state=tr(f"unit.review.{states[unit_id]}")))
    comment = st.text_area(tr("unit.return_comment"), key="unit_return_comment", max_chars=2000)
    left, right = st.columns(2)
    name = names[unit_id]
    try:
        if left.button(tr("unit.approve"), key="unit_approve", type="primary",
                       disabled=states[unit_id] != "submitted"):  # fmt: skip
            api.approve_unit(d.plan, d.period, unit_id, user=d.username)
            st.session_state["unit_review_flash"] = tr("unit.approved_flash", unit=name)
            st.rerun()
        if right.button(tr("unit.return"), key="unit_return"):
            api.return_unit(d.plan, d.period, unit_id, user=d.username, comment=comment)
            st.session_state["unit_review_flash"] = tr("unit.returned_flash", unit=name)
            st.rerun()
    except (api.WriteRefusedError, api.SubmissionError) as exc:
        st.error(tr("rep.write_refused", reason=str(exc).rstrip(".")))


def templates_zip(plan_id: str, period_end: date) -> bytes:
    """Every unit's template for the period in one zip (store.unit_templates' file names)."""
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp:
        written = export_unit_templates(tmp, plan_id, period_end)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for template in written:
                archive.write(template.path, arcname=Path(template.path).name)
    return buffer.getvalue()


@dataclass(frozen=True)
class FileCheck:
    """One uploaded file checked: its name, bytes, problems (each naming the file), preview."""

    name: str
    data: bytes
    problems: list[str]
    preview: pd.DataFrame


def check_files(
    files: list[tuple[str, bytes]], *, user: str, plan_id: str, period_end: date
) -> list[FileCheck]:
    """Each file checked as the single upload checks it (nothing written): its problems, each
    prefixed with the file's name, or its preview."""
    out = []
    for name, data in files:
        checked = excel.import_report(
            data, user=user, dry_run=True, plan_id=plan_id, period_end=period_end, filename=name
        )
        problems = [f"{name}, {p}" for p in checked.problems]
        out.append(FileCheck(name=name, data=data, problems=problems, preview=checked.preview))
    return out


def bulk_upload(d: Desk) -> None:
    """Several returned templates: each checked and previewed; the good ones saved together."""
    tr = d.tr
    st.markdown(f"#### {tr('unit.bulk_title')}")
    files = st.file_uploader(
        tr("unit.bulk_upload", mb=MAX_UPLOAD_MB), key="unit_bulk_upload",
        accept_multiple_files=True, max_upload_size=MAX_UPLOAD_MB,
    )  # fmt: skip
    if not files:
        return
    good = []
    checked = check_files([(f.name, f.getvalue()) for f in files], user=d.username,
                          plan_id=d.plan, period_end=d.period)  # fmt: skip
    for file in checked:
        if file.problems:
            n = len(file.problems)
            st.error(
                tr("unit.bulk_file_bad", name=md(file.name), n=n, count=problem_count(n))
                + "\n\n"
                + "\n".join(f"- {md(p)}" for p in file.problems)
            )
            continue
        counts = file.preview["status"].value_counts().to_dict()
        with st.expander(
            tr("unit.bulk_file_ok", name=md(file.name), new=counts.get("new", 0),
               changed=counts.get("changed", 0), unchanged=counts.get("unchanged", 0)),
        ):  # fmt: skip
            st.dataframe(preview_table(file.preview, tr, d.lang), hide_index=True,
                         width="stretch")  # fmt: skip
        good.append((file.name, file.data))
    if good and st.button(tr("unit.bulk_confirm", n=len(good)), type="primary",
                          key="unit_bulk_confirm"):  # fmt: skip
        for name, data in good:
            try:
                done = excel.import_report(data, user=d.username, plan_id=d.plan,
                                           period_end=d.period, filename=name)  # fmt: skip
            except api.WriteRefusedError as exc:
                st.error(f"{md(name)}: " + tr("rep.write_refused", reason=md(str(exc).rstrip("."))))
                continue
            if done.problems:
                st.error("\n".join(f"- {md(name)}, {md(p)}" for p in done.problems))
            else:
                st.success(tr("unit.bulk_done", name=md(name), result=str(done.saved)))
