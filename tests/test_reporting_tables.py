"""The reporting tables and downloads in Romanian; the values CSV as a Romanian LibreOffice
opens it; the audit's Excel download with times in Bucharest time."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

from display.export import to_csv_bytes_ro, to_excel_bytes
from display.i18n import translator
from display.reporting_tables import audit_table, history_table, preview_table, values_table

tr = translator("ro")
SUMMER = datetime(2022, 7, 1, 10, 5, tzinfo=UTC)  # 13:05 in Bucharest (EEST, UTC+3)


def values() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator_id": ["p22-1", "p22-2"],
            "period_end": [date(2022, 6, 30)] * 2,
            "uat_siruta": pd.array([pd.NA, 20297], dtype="Int64"),
            "value": [12.5, 1200.0],
            "comment": ['=HYPERLINK("x")', ""],
            "source": ["form", "upload"],
            "entered_by": ["ana", "ion"],
            "entered_at": pd.to_datetime([SUMMER, SUMMER], utc=True),
        }
    )


def test_values_on_screen_read_in_romanian():
    shown = values_table(values(), tr, "ro")
    assert list(shown.columns) == [
        "Cod indicator", "Sfârșitul perioadei", "UAT (cod SIRUTA)", "Valoare", "Comentariu",
        "Sursa", "Introdus de", "Introdus la (ora României)",
    ]  # fmt: skip
    assert shown.iloc[0].tolist() == [
        "p22-1", "30.06.2022", "județ", "12,50", '=HYPERLINK("x")', "formular", "ana",
        "01.07.2022 13:05",
    ]  # fmt: skip
    assert shown.iloc[1]["Valoare"] == "1.200"
    assert shown.iloc[1]["Comentariu"] == "–"
    assert "None" not in shown.to_string() and "nan" not in shown.to_string()


def test_preview_history_and_audit_have_no_codes():
    preview = pd.DataFrame(
        {"indicator_id": ["p22-1"], "period_end": [date(2022, 6, 30)],
         "uat_siruta": pd.array([pd.NA], dtype="Int64"), "status": ["new"], "old_value": [None],
         "new_value": [75.0], "old_comment": [None], "new_comment": [""], "old_source": [None]}
    )  # fmt: skip
    row = preview_table(preview, tr, "ro").iloc[0]
    assert row["Stare"] == "nouă" and row["Valoare nouă (cum se va salva)"] == "75"
    assert row["Valoare anterioară"] == "–" and row["Sursa anterioară"] == "–"
    history = pd.DataFrame(
        {"at": pd.to_datetime([SUMMER], utc=True), "user": ["ana"], "action": ["update"],
         "period_end": [date(2022, 6, 30)], "uat_siruta": pd.array([pd.NA], dtype="Int64"),
         "old_value": [85.0], "new_value": [88.0], "old_comment": [""], "new_comment": [""],
         "source": ["form"]}
    )  # fmt: skip
    assert history_table(history, tr, "ro").iloc[0].tolist()[:3] == [
        "01.07.2022 13:05", "ana", "modificare"
    ]  # fmt: skip
    audit = pd.DataFrame(
        {"id": [2, 1], "at": pd.to_datetime([SUMMER, SUMMER], utc=True), "user": ["ana", "x"],
         "table_name": ["reported_value", "login"], "key": ["p22-1|2022-06-30|county", "x"],
         "action": ["update", "insert"],
         "old": ['{"comment": "", "source": "form", "value": 85.0}', None],
         "new": ['{"comment": "", "source": "form", "value": 88.0}', '{"outcome": "failed"}']}
    )  # fmt: skip
    shown = audit_table(audit, tr, "ro")
    assert shown.iloc[0].tolist() == [
        "01.07.2022 13:05", "ana", "valoare raportată", "p22-1 · 30.06.2022 · județ",
        "modificare", "valoare: 85; comentariu: –; sursa: formular",
        "valoare: 88; comentariu: –; sursa: formular",
    ]  # fmt: skip
    assert shown.iloc[1]["Ce"] == "autentificare"
    assert shown.iloc[1]["După"] == "autentificare: eșuată"


def test_the_audit_excel_download_works_with_local_times():
    audit = pd.DataFrame(
        {"id": [1], "at": pd.to_datetime([SUMMER], utc=True), "user": ["ana"],
         "table_name": ["reported_value"], "key": ["p22-1|2022-06-30|county"],
         "action": ["insert"], "old": [None], "new": ['{"value": 5.0}']}
    )  # fmt: skip
    data = to_excel_bytes(audit_table(audit, tr, "ro", for_download=True))
    ws = load_workbook(io.BytesIO(data)).active
    assert ws["A1"].value == "Data și ora (ora României)"
    assert ws["A2"].value == datetime(2022, 7, 1, 13, 5)
    assert to_excel_bytes(audit)  # the raw frame (timezone-aware) no longer fails either


def test_the_values_csv_is_in_romanian_spreadsheet_format():
    text = to_csv_bytes_ro(values_table(values(), tr, "ro", for_download=True))
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:4] == [
        "Cod indicator", "Sfârșitul perioadei", "UAT (cod SIRUTA)", "Valoare"
    ]  # fmt: skip
    assert (
        lines[1]
        == 'p22-1;2022-06-30;județ;12,5;"\'=HYPERLINK(""x"")";formular;ana;2022-07-01 13:05:00'
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_romanian_libreoffice_reads_the_values_csv_as_numbers(tmp_path):
    """Opened as a Romanian user does (`;`, UTF-8 found from the BOM, language ro-RO = 1048)."""
    path = tmp_path / "valori.csv"
    path.write_bytes(to_csv_bytes_ro(values_table(values(), tr, "ro", for_download=True)))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--infilter=CSV:59,34,76,1,,1048", "--convert-to", "xlsx", "--outdir",
         str(tmp_path / "out"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    ws = load_workbook(tmp_path / "out" / "valori.xlsx").active
    assert ws["A1"].value == "Cod indicator"  # no ï»¿ before it
    assert [ws["D2"].value, ws["D3"].value] == [12.5, 1200]  # numbers, not text or dates
    assert ws["E2"].value == '\'=HYPERLINK("x")'


def test_one_upload_limit_enforced_and_stated_the_same_everywhere():
    """The store's limit is Streamlit's server.maxUploadSize and the limit every upload widget,
    string and store/README.md states (was: 5 MB in the widgets, 20 MB in the README)."""
    import tomllib
    from pathlib import Path

    from display.i18n import translator
    from store import workbook
    from store.sheets import MAX_BYTES, MAX_UPLOAD_MB

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == MAX_UPLOAD_MB
    assert workbook.MAX_BYTES == MAX_BYTES == MAX_UPLOAD_MB * 1024 * 1024
    tr = translator("ro")
    assert f"cel mult {MAX_UPLOAD_MB} MB" in tr("rep.upload", mb=MAX_UPLOAD_MB)
    assert f"cel mult {MAX_UPLOAD_MB} MB" in tr("plans.upload", mb=MAX_UPLOAD_MB)
    readme = (root / "store" / "README.md").read_text(encoding="utf-8")
    limits = {int(m) for m in __import__("re").findall(r"≤ (\d+) MB(?!\s*unpacked)", readme)}
    assert limits == {MAX_UPLOAD_MB}
