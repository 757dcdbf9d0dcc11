"""The plan workbook: written as DESIGN.md says, read back unchanged, every bad workbook refused
with the sheet, row and column of each problem. No database."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from curation.common import (
    BUDGET_GROUPS_COLUMNS,
    INDICATORS_COLUMNS,
    MILESTONES_COLUMNS,
    OBJECTIVES_COLUMNS,
    PLANNED_SERVICES_COLUMNS,
    PROJECTS_COLUMNS,
    SERVICES_COLUMNS,
)
from domain import schemas
from domain.columns import COLUMN_LABELS, label
from domain.components import COMPONENT_VALUES
from domain.plans import META_KEYS, PLAN_TABLE_SHEETS, PLAN_TABLES, PlanTables
from loaders.plan_files import curated_plan_tables
from store import workbook as wbk
from store.errors import PlanWorkbookError

CONTRACT_COLUMNS = {
    "services": SERVICES_COLUMNS,
    "budget_groups": BUDGET_GROUPS_COLUMNS,
    "projects": PROJECTS_COLUMNS,
    "planned_services": PLANNED_SERVICES_COLUMNS,
    "objectives": OBJECTIVES_COLUMNS,
    "indicators": INDICATORS_COLUMNS,
    "milestones": MILESTONES_COLUMNS,
}
PROBLEM_LINE = re.compile(
    r"^(fișierul|foaia [a-z_]+(, rândul \d+(, coloana [A-Z]+( \([a-z_]+\))?)?)?): \S.*$"
)


@pytest.fixture(scope="module", params=["plan_2022", "strategy_2025_2034"])
def curated(request: pytest.FixtureRequest) -> PlanTables:
    return curated_plan_tables(request.param)


@pytest.fixture(scope="module")
def small() -> PlanTables:
    """A few rows of every table of plan_2022, references intact (fast to edit and read)."""
    plan = curated_plan_tables("plan_2022")
    t = plan.tables
    services = t["services"].head(4)
    budget = t["budget_groups"][t["budget_groups"]["budget_group"].isin(services["budget_group"])]
    planned = t["planned_services"].head(3)
    projects = t["projects"][t["projects"]["project_id"].isin(planned["project_id"])]
    milestones = t["milestones"].head(3)
    indicators = t["indicators"]
    chosen = set(milestones["indicator_id"])
    indicators = indicators[indicators["indicator_id"].isin(chosen)]
    objectives = t["objectives"]
    parents = dict(zip(objectives["node_id"], objectives["parent_id"], strict=True))
    nodes: set[str] = set()
    for node in indicators["activity_node_id"]:
        while isinstance(node, str):
            nodes.add(node)
            node = parents[node]
    objectives = objectives[objectives["node_id"].isin(nodes)]
    frames = [services, budget, projects, planned, objectives, indicators, milestones]
    tables = {n: f.reset_index(drop=True) for n, f in zip(PLAN_TABLES, frames, strict=True)}
    return PlanTables(meta=plan.meta, tables=tables)


@pytest.fixture(scope="module")
def small_bytes(small: PlanTables) -> bytes:
    return wbk.plan_workbook_bytes(small)


def _edit(data: bytes, change: Callable[[Workbook], Any]) -> bytes:
    workbook = load_workbook(io.BytesIO(data))
    change(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _ref(table: str, column: str, row: int = 3) -> str:
    """The cell of `column` in `table`'s sheet, row `row`."""
    index = CONTRACT_COLUMNS[table].index(column) + 1
    return f"{get_column_letter(index)}{row}"


def _set(table: str, column: str, value: Any, row: int = 3) -> Callable[[Workbook], None]:
    def change(workbook: Workbook) -> None:
        workbook[PLAN_TABLE_SHEETS[table]][_ref(table, column, row)] = value

    return change


def _problems(data: bytes) -> list[str]:
    with pytest.raises(PlanWorkbookError) as info:
        wbk.read_plan_workbook(data)
    return info.value.problems


def _assert_same(read: PlanTables, plan: PlanTables) -> None:
    assert read.meta == plan.meta
    assert list(read.tables) == list(PLAN_TABLES)
    for name in PLAN_TABLES:
        pd.testing.assert_frame_equal(read.tables[name], plan.tables[name], obj=name)


# --- writing and the round trip ---------------------------------------------------------------


def test_round_trip_is_exact(curated: PlanTables):
    _assert_same(wbk.read_plan_workbook(wbk.plan_workbook_bytes(curated)), curated)


def test_sheets_rows_one_and_two(small_bytes: bytes, small: PlanTables):
    workbook = load_workbook(io.BytesIO(small_bytes))
    assert workbook.sheetnames[: 2 + len(PLAN_TABLES)] == [
        "plan",
        *PLAN_TABLE_SHEETS.values(),
        "legenda",
    ]
    plan = workbook["plan"]
    assert [c.value for c in plan[1]] == ["key", "value"]
    assert [c.value for c in plan[2]] == ["Cheie", "Valoare"]
    assert [plan.cell(row=r, column=1).value for r in range(3, 10)] == list(META_KEYS)
    assert plan["B5"].value == "annual" and plan["B6"].value == 2022
    for table, sheet in PLAN_TABLE_SHEETS.items():
        ws = workbook[sheet]
        assert [c.value for c in ws[1]] == CONTRACT_COLUMNS[table], sheet
        assert [c.value for c in ws[2]] == [label(c, table=table) for c in CONTRACT_COLUMNS[table]]
        assert ws.freeze_panes == "A3"
        assert ws["A1"].font.b
    services = workbook["servicii"]
    assert services[_ref("services", "capacity")].value == 12  # a number, not text
    assert services[_ref("services", "service_id")].value == "s01"
    assert services[_ref("services", "sub_no")].value is None
    assert services[_ref("services", "code")].data_type == "s"
    assert workbook["servicii"]["I2"].value == "Capacitate (locuri)"
    due = {c.value for c in workbook["etape"]["B"][2:]}
    assert all(isinstance(v, str) for v in due) and "2022-06-30" in due


def test_column_widths_fit_and_are_capped(small_bytes: bytes):
    ws = load_workbook(io.BytesIO(small_bytes))["servicii"]
    widths = {c: ws.column_dimensions[get_column_letter(i)].width
              for i, c in enumerate(SERVICES_COLUMNS, start=1)}  # fmt: skip
    assert widths["name"] == wbk.MAX_WIDTH
    assert widths["uat_siruta"] >= len("UAT (cod SIRUTA)")
    assert all(8 <= w <= wbk.MAX_WIDTH for w in widths.values())


def test_legend_covers_every_sheet_and_column(small_bytes: bytes):
    ws = load_workbook(io.BytesIO(small_bytes))["legenda"]
    rows = [tuple(c.value for c in row[:6]) for row in ws.iter_rows()]
    covered = {(r[0], r[1]) for r in rows if r[1]}
    for table, sheet in PLAN_TABLE_SHEETS.items():
        for column in CONTRACT_COLUMNS[table]:
            assert (sheet, column) in covered, (sheet, column)
    assert {("plan", c) for c in ("key", "value", *META_KEYS)} <= covered
    by_column = {(r[0], r[1]): r for r in rows if r[1]}
    assert by_column[("servicii", "component")][4].startswith("una dintre: children (Copii")
    assert by_column[("servicii", "service_id")][5] == "nu"
    assert by_column[("servicii", "name")][5] == "da"
    assert "directorate" in by_column[("servicii", "location_confidence")][4]
    assert {r[0] for r in rows if r[0] and not r[1]} >= {"plan", *PLAN_TABLE_SHEETS.values()}


@pytest.mark.parametrize(
    ("sheet", "column", "values"),
    [
        ("servicii", "component", COMPONENT_VALUES),
        ("servicii", "location_confidence", [*schemas.LOCATION_CONFIDENCE]),
        ("obiective", "component", COMPONENT_VALUES),
        ("obiective", "level", schemas.LEVELS),
        ("indicatori", "target_kind", schemas.TARGET_KINDS),
        ("indicatori", "direction", schemas.DIRECTIONS),
        ("indicatori", "periodicity", schemas.PERIODICITIES),
        ("servicii", "service_type", schemas.SERVICE_TYPES),
        ("plan", "kind", ["annual", "strategy"]),
    ],
)
def test_drop_down_lists(small_bytes: bytes, sheet: str, column: str, values: list[str]):
    workbook = load_workbook(io.BytesIO(small_bytes))
    ws = workbook[sheet]
    if sheet == "plan":
        cell = f"B{3 + META_KEYS.index(column)}"
    else:
        table = {s: t for t, s in PLAN_TABLE_SHEETS.items()}[sheet]
        cell = _ref(table, column, 7)
    rules = [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]
    assert len(rules) == 1 and rules[0].type == "list", cell
    formula = rules[0].formula1
    if formula.startswith('"'):
        listed = formula.strip('"').split(",")
    else:  # a long list lives on the hidden sheet
        sheet_name, cells = formula.split("!")
        lists = workbook[sheet_name]
        assert lists.sheet_state == "hidden"
        listed = [c.value for row in lists[cells.replace("$", "")] for c in row]
    assert listed == list(values)
    assert "directorate" in schemas.LOCATION_CONFIDENCE


def test_labels_registry_covers_every_column_in_romanian():
    for table, columns in CONTRACT_COLUMNS.items():
        for column in columns:
            assert label(column, table=table) and label(column, "en", table=table)
    for key in META_KEYS:
        assert label(key, table="plan")
    assert label("capacity") == "Capacitate (locuri)"
    assert label("county_budget_thousand_lei") == "Buget județean (mii lei)"
    assert label("title", table="projects") != label("title", table="plan")
    assert label("name", "en", table="planned_services") == "Planned service name"
    cedilla = re.compile("[\u015e\u015f\u0162\u0163]")  # Ş ş Ţ ţ (cedilla) instead of ș ț
    for entry in COLUMN_LABELS.values():
        assert not cedilla.search(entry.ro + entry.description), entry
    with pytest.raises(KeyError, match="no_such_column"):
        label("no_such_column")


# --- accepted variations ----------------------------------------------------------------------


def test_labels_row_blank_rows_new_service_and_no_source_are_accepted(small_bytes: bytes):
    def change(workbook: Workbook) -> None:
        ws = workbook["servicii"]
        for cell in ws[2]:
            cell.value = "orice"
        ws.insert_rows(4)  # a blank row between data rows is skipped
        ws["A5"] = None  # a new service: no id yet
        source_doc = get_column_letter(SERVICES_COLUMNS.index("source_doc") + 1)
        source_line = get_column_letter(SERVICES_COLUMNS.index("source_line") + 1)
        ws[f"{source_doc}3"] = None
        ws[f"{source_line}3"] = None

    read = wbk.read_plan_workbook(_edit(small_bytes, change))
    services = read.tables["services"]
    assert len(services) == 4 and list(services.index) == [0, 1, 2, 3]
    assert pd.isna(services.at[1, "service_id"])
    assert pd.isna(services.at[0, "source_doc"]) and pd.isna(services.at[0, "source_line"])


def test_numbers_typed_as_text_or_floats_are_read(small_bytes: bytes, small: PlanTables):
    def change(workbook: Workbook) -> None:
        ws = workbook["servicii"]
        ws[_ref("services", "capacity")] = "12"
        ws[_ref("services", "row_no")] = 1.0

    read = wbk.read_plan_workbook(_edit(small_bytes, change))
    _assert_same(read, small)


# --- refused workbooks ------------------------------------------------------------------------


def _delete_last_services_column(workbook: Workbook) -> None:
    workbook["servicii"].delete_cols(len(SERVICES_COLUMNS))


def _second_row_copies_first(table: str, *columns: str) -> Callable[[Workbook], None]:
    def change(workbook: Workbook) -> None:
        ws = workbook[PLAN_TABLE_SHEETS[table]]
        for column in columns:
            ws[_ref(table, column, 4)] = ws[_ref(table, column, 3)].value

    return change


def _plan_value(key: str, value: Any) -> Callable[[Workbook], None]:
    def change(workbook: Workbook) -> None:
        workbook["plan"][f"B{3 + META_KEYS.index(key)}"] = value

    return change


def _general_node(workbook: Workbook) -> str:
    ws = workbook["obiective"]
    level = _ref("objectives", "level", 3)[0]
    node = _ref("objectives", "node_id", 3)[0]
    for row in range(3, ws.max_row + 1):
        if ws[f"{level}{row}"].value == "general":
            return str(ws[f"{node}{row}"].value)
    raise AssertionError("no general objective")


def _activity_points_to_general(workbook: Workbook) -> None:
    workbook["indicatori"][_ref("indicators", "activity_node_id")] = _general_node(workbook)


def _percent_above_100(workbook: Workbook) -> None:
    ws = workbook["indicatori"]
    ws[_ref("indicators", "target_kind")] = "percent"
    ws[_ref("indicators", "target_value")] = 150


# Problems of one cell: all made in one workbook (reading is the slow part), each must be named.
CELL_CASES = [
    ("text in a number", "services", "capacity", 3, "abc", r"nu este un număr: 'abc'$"),
    ("fraction in a whole number", "services", "capacity", 4, 12.5,
     r"nu este un număr întreg: '12.5'$"),
    ("negative", "services", "capacity_target", 3, -3,
     r"valoarea -3 este sub minimul permis \(0\)$"),
    ("unknown component", "services", "component", 3, "kids",
     r"valoare necunoscută 'kids' \(permise: children, disability, elderly, domestic_violence, "
     r"other\)$"),
    ("required empty", "services", "name", 3, None, r"câmp obligatoriu gol$"),
    ("bad service id", "services", "service_id", 5, "x1",
     r"valoare nevalidă 'x1' \(format: s urmat de 2–3 cifre"),
    ("duplicate id", "services", "service_id", 4, "s01", r"id duplicat 's01' \(și pe rândul 3\)$"),
    ("unknown SIRUTA", "services", "uat_siruta", 3, 99999,
     r"cod SIRUTA necunoscut 99999 \(nu este o UAT din județul Bacău\)$"),
    ("formula", "services", "beneficiaries", 3, "=10+2",
     r"formulă '=10\+2': introduceți valoarea, nu o formulă$"),
    ("budget group link", "services", "budget_group", 4, "b99",
     r"grupa bugetară 'b99' nu există în foaia bugete$"),
    ("unknown SIRUTA in projects", "projects", "uat_siruta", 3, 12, r"cod SIRUTA necunoscut 12 "),
    ("project link", "planned_services", "project_id", 3, "p99",
     r"proiectul 'p99' nu există în foaia proiecte$"),
    ("parent link", "objectives", "parent_id", 4, "p22-nu-exista",
     r"obiectivul părinte 'p22-nu-exista' nu există în foaia obiective$"),
    ("part_of link", "indicators", "part_of", 3, "p22-nu-exista",
     r"indicatorul-total numit aici nu există în foaia indicatori$"),
    ("bad deadline", "indicators", "deadline", 3, "31.12.2022",
     r"valoare nevalidă '31.12.2022' \(format: an \(2029\) sau dată"),
    ("milestone link", "milestones", "indicator_id", 3, "p22-nu-exista",
     r"indicatorul 'p22-nu-exista' nu există în foaia indicatori$"),
    ("kind invalid", "plan", "kind", 5, "anual",
     r"valoare necunoscută 'anual' \(permise: annual, strategy\)$"),
    ("county", "plan", "county", 8, "NT", r"valoare necunoscută 'NT' \(permise: BC\)$"),
]  # fmt: skip


def _prefix(table: str, column: str, row: int) -> str:
    if table == "plan":
        return f"foaia plan, rândul {row}, coloana B (value): "
    letter = _ref(table, column, row).rstrip("0123456789")
    return f"foaia {PLAN_TABLE_SHEETS[table]}, rândul {row}, coloana {letter} ({column}): "


@pytest.fixture(scope="module")
def cell_problems(small_bytes: bytes) -> list[str]:
    def change(workbook: Workbook) -> None:
        for _, table, column, row, value, _ in CELL_CASES:
            if table == "plan":
                workbook["plan"][f"B{row}"] = value
            else:
                _set(table, column, value, row)(workbook)

    return _problems(_edit(small_bytes, change))


@pytest.mark.parametrize(
    ("table", "column", "row", "expected"),
    [c[1:4] + c[5:] for c in CELL_CASES],
    ids=[c[0] for c in CELL_CASES],
)
def test_bad_cell_is_named_by_sheet_row_column(
    cell_problems: list[str], table: str, column: str, row: int, expected: str
):
    pattern = "^" + re.escape(_prefix(table, column, row)) + expected
    assert any(re.search(pattern, p) for p in cell_problems), cell_problems


def test_each_bad_cell_gives_one_well_formed_line(cell_problems: list[str]):
    assert len(cell_problems) == len(CELL_CASES), cell_problems
    assert all(PROBLEM_LINE.match(p) for p in cell_problems), cell_problems


# Problems that stop a sheet (or need several cells): one workbook each.
BAD = [
    ("missing sheet", lambda wb: wb.remove(wb["bugete"]), r"^foaia bugete: lipsește din fișier"),
    ("missing plan sheet", lambda wb: wb.remove(wb["plan"]), r"^foaia plan: lipsește din fișier"),
    ("renamed column", _set("services", "capacity", "capacitate", row=1),
     r"^foaia servicii, rândul 1, coloana I \(capacitate\): „capacitate” în loc de „capacity”"),
    ("missing column", _delete_last_services_column,
     r"^foaia servicii, rândul 1: lipsește coloana „notes”"),
    ("extra column", lambda wb: wb["servicii"].cell(row=1, column=20, value="extra"),
     r"^foaia servicii, rândul 1, coloana T \(extra\): coloană în plus „extra”"),
    ("duplicate milestone", _second_row_copies_first("milestones", "indicator_id", "due_date"),
     r"^foaia etape, rândul 4, coloana B \(due_date\): id duplicat '.*, 20.*' \(și pe rândul 3\)"),
    ("activity link", _activity_points_to_general,
     r"^foaia indicatori, rândul 3, coloana G \(activity_node_id\): activitatea \(nivel "
     r"activity\) '.*' nu există în foaia obiective$"),
    ("percent above 100", _percent_above_100,
     r"^foaia indicatori, rândul 3, coloana I \(target_value\): ținta unui indicator procentual"),
    ("year not whole", _plan_value("year_start", "2022a"),
     r"^foaia plan, rândul 6, coloana B \(value\): nu este un an \(număr întreg\): '2022a'$"),
    ("start after end", _plan_value("year_start", 2023),
     r"^foaia plan, rândul 7, coloana B \(value\): ultimul an \(2022\) este înaintea primului an"),
    ("missing key", lambda wb: wb["plan"].delete_rows(4), r"^foaia plan: lipsește cheia „title”$"),
    ("unknown key", lambda wb: wb["plan"].cell(row=10, column=1, value="autor"),
     r"^foaia plan, rândul 10, coloana A \(key\): cheie necunoscută „autor”"),
    ("value outside the columns", lambda wb: wb["bugete"].cell(row=3, column=12, value="x"),
     r"^foaia bugete, rândul 3, coloana L: valoare într-o coloană fără nume"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_workbook_is_refused_naming_sheet_row_column(
    small_bytes: bytes, change: Callable[[Workbook], Any], expected: str
):
    problems = _problems(_edit(small_bytes, change))
    assert any(re.search(expected, p) for p in problems), problems
    assert all(PROBLEM_LINE.match(p) for p in problems), problems


def test_every_problem_is_listed_at_once(small_bytes: bytes):
    def change(workbook: Workbook) -> None:
        for edit in (
            _set("services", "capacity", "abc"),
            _set("projects", "uat_siruta", 12),
            _plan_value("kind", "anual"),
            _set("milestones", "due_date", "iunie"),
        ):
            edit(workbook)  # fmt: skip
        workbook.remove(workbook["bugete"])

    problems = _problems(_edit(small_bytes, change))
    sheets = [p.split(",")[0].split(":")[0] for p in problems]
    assert sheets == ["foaia plan", "foaia servicii", "foaia bugete", "foaia proiecte",
                      "foaia etape"], problems  # fmt: skip


def _with_part(data: bytes, name: str, content: bytes, *, compress: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.writestr(name, content, compress_type=method, compresslevel=1)
    return buffer.getvalue()


def _zip_bomb(data: bytes) -> bytes:
    rows = b"<row><c><v>0</v></c></row>" * (wbk.MAX_UNPACKED_BYTES // 26 + 1)
    return _with_part(data, "xl/worksheets/sheet99.xml", rows, compress=True)


def _empty_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w"):
        pass
    return buffer.getvalue()


FILE_BAD = [
    ("not a zip", lambda _: b"plain text, not a workbook", r"^fișierul: nu este un fișier Excel"),
    ("a zip without a workbook", lambda _: _with_part(_empty_zip(), "a.txt", b"x"),
     r"^fișierul: nu este un fișier Excel .xlsx valid \(lipsește xl/workbook.xml\)$"),
    ("too large", lambda _: b"x" * (wbk.MAX_BYTES + 1),
     r"^fișierul: are 5,0 MB, peste limita de 5 MB$"),
    ("macro project", lambda d: _with_part(d, "xl/vbaProject.bin", b"\x00VBA"),
     r"^fișierul: conține macrocomenzi"),
    ("macro project, other extension", lambda d: _with_part(d, "xl/media/VbaProject.dat", b"x"),
     r"^fișierul: conține macrocomenzi"),
    ("zip bomb", _zip_bomb, r"^fișierul: conținutul dezarhivat depășește 100 MB"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("build", "expected"), [b[1:] for b in FILE_BAD], ids=[b[0] for b in FILE_BAD]
)
def test_bad_file_is_refused(small_bytes: bytes, build: Callable[[bytes], bytes], expected: str):
    problems = _problems(build(small_bytes))
    assert len(problems) == 1 and re.search(expected, problems[0]), problems


def test_too_many_rows(small_bytes: bytes, small: PlanTables, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(wbk, "MAX_ROWS", 3)  # the limit is 5000; 3 keeps the test fast
    long = ["plan"] + [PLAN_TABLE_SHEETS[t] for t in PLAN_TABLES if len(small.tables[t]) > 3]
    assert "servicii" in long
    problems = _problems(small_bytes)
    assert problems == [f"foaia {s}: are peste 3 de rânduri de date (limita)" for s in long]
