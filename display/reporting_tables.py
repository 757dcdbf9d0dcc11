"""The reporting page's tables and downloads as a user reads them: labelled columns, Romanian
values (no `insert`, `form`, `None`), times in Bucharest time. Pure (no Streamlit).

`for_download=False` gives text for the screen (numbers and dates formatted, a dash for a
missing one); `for_download=True` keeps numbers as numbers and times as local date-times, so a
spreadsheet can sort and add them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import pandas as pd

from display.export import local_times
from display.fmt import DASH, fmt_date, fmt_datetime, fmt_value
from store.audit import load_state

Tr = Callable[..., str]

# column → string key of its header
VALUE_HEADERS = {
    "indicator_id": "rep.col.id", "period_end": "rep.col.period_end", "uat_siruta": "rep.col.uat",
    "value": "rep.col.value", "comment": "rep.col.comment", "source": "rep.col.source",
    "entered_by": "rep.col.entered_by", "entered_at": "rep.col.entered_at",
}  # fmt: skip
PREVIEW_HEADERS = {
    "indicator_id": "rep.col.id", "period_end": "rep.col.period_end", "uat_siruta": "rep.col.uat",
    "status": "rep.col.status", "old_value": "rep.col.old_value",
    "new_value": "rep.col.new_value_stored", "old_comment": "rep.col.old_comment",
    "new_comment": "rep.col.new_comment", "old_source": "rep.col.old_source",
}  # fmt: skip
HISTORY_HEADERS = {
    "at": "rep.col.at", "user": "rep.col.user", "action": "rep.col.action",
    "period_end": "rep.col.period_end", "uat_siruta": "rep.col.uat",
    "old_value": "rep.col.old_value", "new_value": "rep.col.new_value",
    "old_comment": "rep.col.old_comment", "new_comment": "rep.col.new_comment",
    "source": "rep.col.source",
}  # fmt: skip
AUDIT_HEADERS = {
    "at": "rep.col.at", "user": "rep.col.user", "table_name": "rep.col.table",
    "key": "rep.col.key", "action": "rep.col.action", "old": "rep.col.before",
    "new": "rep.col.after",
}  # fmt: skip
USER_HEADERS = {
    "username": "rep.col.username", "role": "rep.col.role", "disabled": "rep.col.disabled",
    "units": "rep.col.units", "created_at": "rep.col.created_at",
}  # fmt: skip
STATUS_HEADERS = {
    "indicator_id": "rep.col.id", "indicator_text": "rep.col.text",
    "responsible": "rep.col.responsible", "value": "rep.col.value",
    "status": "rep.col.status",
}  # fmt: skip
SNAPSHOT_PREVIEW_HEADERS = {
    "service_id": "rep.col.service", "year": "rep.col.year", "status": "rep.col.status",
    "old_capacity": "rep.col.old_capacity", "new_capacity": "rep.col.new_capacity",
    "old_beneficiaries": "rep.col.old_beneficiaries",
    "new_beneficiaries": "rep.col.new_beneficiaries",
}  # fmt: skip
# column → prefix of the string keys that name its values
ENUMS = {
    "source": "rep.source.", "old_source": "rep.source.", "action": "rep.action.",
    "status": "rep.status.", "table_name": "rep.table.", "role": "rep.role.",
    "disabled": "rep.disabled.", "outcome": "rep.outcome.", "attempt": "rep.attempt.",
    "reason": "rep.reason.",
}  # fmt: skip
NUMBERS = {"value", "old_value", "new_value", "old_capacity", "new_capacity",
           "old_beneficiaries", "new_beneficiaries"}  # fmt: skip
DATES = {"period_end"}
TIMES = {"at", "entered_at", "created_at"}
STATE_FIELDS = ("value", "comment", "source", "role", "disabled", "password", "outcome",
                "capacity", "beneficiaries", "attempt", "reason")  # fmt: skip
# the kinds of change the audit tab filters on (audit_log.table_name), in the order listed
AUDIT_KINDS = ("reported_value", "plan", "service_snapshot", "app_user", "login", "refused",
               "unit_submission", "period_closure")  # fmt: skip


def label(prefix: str, value: object, tr: Tr) -> str:
    """The label of a code (`rep.source.form` → „formular”); the code itself when unknown."""
    if value is None or (not isinstance(value, str | bool) and pd.isna(value)):  # type: ignore[arg-type]
        return DASH
    code = str(value).lower() if isinstance(value, bool) else str(value)
    if code.startswith("registry_"):
        return tr("rep.source.registry", year=code.removeprefix("registry_"))
    try:
        return tr(prefix + code)
    except KeyError:
        return code


def table(
    frame: pd.DataFrame,
    headers: Mapping[str, str],
    tr: Tr,
    lang: str,
    *,
    for_download: bool = False,
) -> pd.DataFrame:
    """`frame`'s columns in `headers` (those it has), values in words, headers translated."""
    columns = [c for c in headers if c in frame.columns]
    out = frame[columns].copy()
    if for_download:
        out = local_times(out)
    for column in columns:
        series = out[column]
        if column in ENUMS:
            out[column] = series.map(lambda v, p=ENUMS[column]: label(p, v, tr))
        elif column == "uat_siruta":
            out[column] = series.map(lambda v: tr("rep.county") if pd.isna(v) else str(int(v)))
        elif for_download:
            if series.dtype == object:
                out[column] = series.map(lambda v: "" if _missing(v) else v)
        elif column in NUMBERS:
            out[column] = series.map(lambda v: fmt_value(None if _missing(v) else v, lang))
        elif column in DATES:
            out[column] = series.map(lambda v: fmt_date(_as_date(v), lang))
        elif column in TIMES:
            out[column] = series.map(lambda v: DASH if _missing(v) else fmt_datetime(v, lang))
        else:
            out[column] = series.map(lambda v: DASH if _missing(v) or v == "" else str(v))
    out.columns = [tr(headers[c]) for c in columns]
    return out.reset_index(drop=True)


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _as_date(value: Any) -> date | None:
    if _missing(value):
        return None
    return value if isinstance(value, date) else pd.Timestamp(value).date()


def values_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """Reported values (store.values.VALUE_COLUMNS) as a user reads them."""
    return table(frame, VALUE_HEADERS, tr, lang, **options)


def preview_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """An upload's preview: each row's status and the number as it will be stored."""
    return table(frame, PREVIEW_HEADERS, tr, lang, **options)


def history_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """One indicator's changes (store.values.HISTORY_COLUMNS)."""
    return table(frame, HISTORY_HEADERS, tr, lang, **options)


def users_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """The users (never a hash)."""
    return table(frame, USER_HEADERS, tr, lang, **options)


def status_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """Who has reported what (metrics.reporting.status_per_indicator)."""
    return table(frame, STATUS_HEADERS, tr, lang, **options)


def snapshot_preview_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """A snapshot upload's preview."""
    return table(frame, SNAPSHOT_PREVIEW_HEADERS, tr, lang, **options)


def audit_table(frame: pd.DataFrame, tr: Tr, lang: str, **options: Any) -> pd.DataFrame:
    """Audit entries: what changed in words (`valoare: 45`, `rezultat: eșuată`), keys readable."""
    out = frame.copy()
    out["key"] = out["key"].map(lambda k: describe_key(str(k), lang, tr))
    for column in ("old", "new"):
        out[column] = out[column].map(lambda s: describe_state(load_state(s), tr, lang))
    return table(out, AUDIT_HEADERS, tr, lang, **options)


def describe_key(key: str, lang: str, tr: Tr) -> str:
    """`p22-1|2022-12-31|county` → `p22-1 · 31.12.2022 · județ`; other keys unchanged."""
    parts = key.split("|")
    if len(parts) != 3:
        return key
    indicator, period, uat = parts
    where = tr("rep.county") if uat == "county" else uat
    try:
        when = fmt_date(period, lang)
    except ValueError:
        when = period
    return f"{indicator} · {when} · {where}"


def describe_state(state: Mapping[str, Any] | None, tr: Tr, lang: str) -> str:
    """An audit state in words: `valoare: 45; comentariu: din SPC; sursa: formular`."""
    if not state:
        return DASH
    parts = []
    for name in STATE_FIELDS:
        if name not in state:
            continue
        value = state[name]
        if name in ("value", "capacity", "beneficiaries"):
            shown = fmt_value(value, lang)
        elif name in ENUMS:
            shown = label(ENUMS[name], value, tr)
        elif name == "password":
            shown = tr("rep.password_reset")
        else:
            shown = str(value) if value not in (None, "") else DASH
        parts.append(f"{tr('rep.field.' + name)}: {shown}")
    return "; ".join(parts)
