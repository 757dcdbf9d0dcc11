"""Service snapshots: the 2022 registry seeded on init, later years uploaded with full checks."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest
from openpyxl import load_workbook

from store import api, excel
from tests.store.conftest import state
from tests.store.excel_support import fill

COLUMNS = excel.SNAPSHOT_COLUMNS


def fill_snapshots(template: bytes, numbers: dict[str, tuple], edit=None) -> bytes:
    """Type (capacity, beneficiaries) per service id into a snapshot template."""
    workbook = load_workbook(io.BytesIO(template))
    ws = workbook[excel.SNAPSHOT_SHEET]
    for row in range(2, ws.max_row + 1):
        key = ws[f"A{row}"].value
        if key in numbers:
            ws[f"H{row}"], ws[f"I{row}"] = numbers[key]
    if edit is not None:
        edit(ws)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def template(engine, catalog) -> bytes:
    return excel.snapshot_template_bytes(2023, catalog=catalog, engine=engine)


def test_init_seeds_the_registry_snapshot(engine):
    frame = api.snapshots_frame(engine=engine)
    columns = ["service_id", "year", "capacity", "beneficiaries", "source"]
    rows = [[None if pd.isna(v) else v for v in r] for r in frame[columns].values.tolist()]
    assert rows == [
        ["s01", 2022, 12, 14, "registry_2022"],
        ["s02", 2022, 12, 12, "registry_2022"],
        ["s03", 2022, 40, None, "registry_2022"],
    ]
    assert set(frame["entered_by"]) == {"registry"}


def test_template_shows_the_previous_year_and_unlocks_only_the_new_numbers(template):
    ws = load_workbook(io.BytesIO(template))[excel.SNAPSHOT_SHEET]
    assert [c.value for c in ws[1]] == COLUMNS
    assert [ws[f"{c}2"].value for c in "ADEFG"] == ["s01", 2022, 12, 14, 2023]
    assert ws.protection.sheet
    assert ws["A2"].protection.locked and ws["G2"].protection.locked
    assert not ws["H2"].protection.locked and not ws["I2"].protection.locked
    (rule,) = ws.data_validations.dataValidation
    assert (rule.type, rule.operator, rule.formula1) == ("whole", "greaterThanOrEqual", "0")


def test_roundtrip_adds_the_new_year_audited(engine, catalog, template):
    upload = fill_snapshots(template, {"s01": (12, 11), "s03": (35, 30)})
    result = excel.import_snapshots(upload, user="ana", catalog=catalog, engine=engine)
    assert result.problems == []
    assert result.preview["status"].tolist() == ["new", "new"]
    frame = api.snapshots_frame(engine=engine)
    new = frame[frame["year"] == 2023].set_index("service_id")
    assert new.loc["s03", "capacity"] == 35 and new.loc["s03", "beneficiaries"] == 30
    assert set(new["entered_by"]) == {"ana"} and set(new["source"]) == {"upload"}
    audit = api.audit_frame(table_name="service_snapshot", key_prefix="s03|2023", engine=engine)
    assert audit["action"].tolist() == ["insert"]
    again = excel.import_snapshots(
        fill_snapshots(template, {"s01": (12, 11), "s03": (35, 31)}),
        user="ion",
        catalog=catalog,
        engine=engine,
    )
    assert again.preview["status"].tolist() == ["unchanged", "changed"]
    assert (again.saved.updated, again.saved.unchanged) == (1, 1)


def _set(cell, value):
    return lambda ws: ws.__setitem__(cell, value)


def _extra_row(ws):
    ws["A5"], ws["G5"], ws["H5"] = "s01", 2023, 3


MALFORMED = [
    ("wrong sheet", lambda ws: setattr(ws, "title", "raport"), "file: lipsește foaia „servicii”"),
    ("missing column", lambda ws: ws.delete_cols(9), "row 1, column ? (beneficiaries): lipsește"),
    ("renamed column", _set("H1", "capacitate"), "row 1, column H (capacitate): coloană"),
    ("unknown service", _set("A2", "s99"), "row 2, column A (service_id): serviciu necunoscut"),
    ("duplicate service", _extra_row, "row 5, column A (service_id): „s01” apare de"),
    ("text number", _set("H2", "doisprezece"), "row 2, column H (capacity): „doisprezece” nu"),
    ("negative", _set("I2", -1), "row 2, column I (beneficiaries): valoare negativă"),
    ("not whole", _set("H2", 12.5), "row 2, column H (capacity): „12.5” nu este un număr întreg"),
    ("mixed years", _set("G3", 2024), "row 3, column G (year): anul 2024 diferă de 2023"),
    ("year out of range", _set("G2", 1999), "row 2, column G (year): anul 1999 nu este"),
    ("formula", _set("H3", "=H2*2"), "row 3, column H (capacity): formulă"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "edit", "expected"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_snapshot_uploads_are_refused_and_nothing_is_written(
    engine, catalog, template, case, edit, expected
):
    before = state(engine)
    upload = fill_snapshots(template, {"s01": (12, 11), "s02": (10, 9)}, edit=edit)
    result = excel.import_snapshots(upload, user="ana", catalog=catalog, engine=engine)
    assert any(line.startswith(expected) for line in result.problems), result.problems
    assert state(engine) == before


def test_expected_year_and_empty_uploads(engine, catalog, template):
    _, problems = excel.validate_snapshots(
        fill_snapshots(template, {"s01": (1, 1)}), year=2024, catalog=catalog
    )
    assert problems == ["row 2, column G (year): anul 2023 diferă de anul ales, 2024"]
    _, problems = excel.validate_snapshots(template, catalog=catalog)
    assert problems == ["file: nu conține niciun rând de date"]
    report_template = excel.template_bytes("plan_2022", date(2022, 6, 30), catalog=catalog)
    _, problems = excel.validate_snapshots(fill(report_template, {}), catalog=catalog)
    assert problems[0].startswith("file: lipsește foaia „servicii”")


def test_save_snapshots_refuses_unknown_services(engine, catalog):
    before = state(engine)
    with pytest.raises(api.ProblemsError, match="serviciu necunoscut"):
        api.save_snapshots(
            [{"service_id": "s99", "year": 2023, "capacity": 1}],
            "ana",
            catalog=catalog,
            engine=engine,
        )
    assert state(engine) == before
