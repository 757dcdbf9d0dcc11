"""The plan workbook (.xlsx, DESIGN.md "The plan workbook"): a plan's tables written one sheet
each, and read back with every problem named by sheet, row and column. No database here."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import pandas as pd
import pandera.pandas as pa
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from domain import columns as registry
from domain import schemas
from domain.enums import GLOSSES
from domain.plans import (
    COUNTY,
    META_KEYS,
    PLAN_KINDS,
    PLAN_TABLE_SHEETS,
    PLAN_TABLES,
    TABLE_KEYS,
    PlanMeta,
    PlanTables,
)
from loaders.tables import load_uats
from store import messages
from store.errors import PlanWorkbookError
from store.models import clean_text
from store.sheets import MAX_BYTES, not_xml  # MAX_BYTES: the one upload limit (packed .xlsx)

MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # everything inside the zip
MAX_ROWS = 5000  # data rows per sheet
FIRST_DATA_ROW = 3  # row 1: column names, row 2: Romanian labels (ignored on import)
PLAN_SHEET = "plan"
PLAN_COLUMNS = ("key", "value")
LEGEND_SHEET = "legenda"
LISTS_SHEET = "liste"  # hidden; holds a drop-down list too long to write inline (> 255 chars)
MAX_WIDTH = 60
LABEL_FILL = PatternFill("solid", fgColor="E8EEF4")
YEARS = (2000, 2100)

# --- the workbook's schemas: the curated contracts, relaxed where a workbook may differ -------

_CONTRACTS: dict[str, pa.DataFrameSchema] = {
    "services": schemas.SERVICES,
    "budget_groups": schemas.BUDGET_GROUPS,
    "projects": schemas.PROJECTS,
    "planned_services": schemas.PLANNED_SERVICES,
    "objectives": schemas.OBJECTIVES,
    "indicators": schemas.INDICATORS,
    "milestones": schemas.MILESTONES,
}
_RELAXED: dict[str, dict[str, dict[str, Any]]] = {
    # An empty service_id is a new service (the store assigns its id).
    "services": {
        "service_id": {"nullable": True, "checks": [pa.Check.str_matches(r"^s\d{2,3}(-\d)?$")]},
        "row_no": {"checks": [pa.Check.ge(1)]},
    },
    "projects": {
        "project_id": {"checks": [pa.Check.str_matches(r"^p\d{2,3}$")]},
        "institution_row_no": {"checks": [pa.Check.ge(1)]},
    },
    "planned_services": {"planned_id": {"checks": [pa.Check.str_matches(r"^ps\d{2,3}$")]}},
    # Any plan id: checked against the plan sheet instead of the curated plans.
    "objectives": {"plan_id": {"checks": []}},
    "indicators": {"plan_id": {"checks": []}},
}
# A plan not curated from a text has no source document.
_NO_SOURCE: dict[str, dict[str, Any]] = {
    "source_doc": {"checks": [], "nullable": True},
    "source_line": {"nullable": True},
}


def _workbook_schema(table: str) -> pa.DataFrameSchema:
    contract = _CONTRACTS[table]
    changes = dict(_NO_SOURCE) if "source_doc" in contract.columns else {}
    relaxed = contract.update_columns(changes | _RELAXED.get(table, {}))
    relaxed.unique = None  # keys are checked here, naming both rows
    return relaxed


WORKBOOK_SCHEMAS: dict[str, pa.DataFrameSchema] = {t: _workbook_schema(t) for t in PLAN_TABLES}

# Longest text a cell may hold, per contract column (characters, after NUL and bidi controls are
# removed); any other column: TEXT_LIMIT. About three times the longest in the curated plans.
TEXT_LIMITS: dict[str, int] = {
    "notes": 4000, "title": 2000, "objective": 1000, "indicator_text": 1000,
    "responsible": 1000, "partners": 1000, "funding": 500, "name": 300, "label": 300,
    "leader": 300, "partner": 300, "occupancy_text": 300,
}  # fmt: skip
TEXT_LIMIT = 120

# Formats in words (legend and messages), by `table.column` or column.
FORMATS: dict[str, str] = {
    "service_id": "s urmat de 2–3 cifre, opțional -cifră (s01, s101, s12-2); gol = serviciu nou",
    "budget_group": "b urmat de 2 cifre (b01)",
    "project_id": "p urmat de 2–3 cifre (p01)",
    "planned_id": "ps urmat de 2–3 cifre (ps01)",
    "code": "cod din nomenclator, de ex. 8790CR-C-I",
    "deadline": "an (2029) sau dată AAAA-LL-ZZ (2022-06-30), scrise ca text",
    "due_date": "an (2029) sau dată AAAA-LL-ZZ (2022-06-30), scrise ca text",
    "uat_siruta": "codul SIRUTA al unei UAT din județul Bacău (număr întreg)",
    "services.budget_group": "un cod din foaia bugete (b01)",
    "planned_services.project_id": "un cod din foaia proiecte (p01)",
    "objectives.parent_id": "un node_id din foaia obiective",
    "objectives.plan_id": "plan_id din foaia plan",
    "indicators.plan_id": "plan_id din foaia plan",
    "indicators.activity_node_id": "un node_id de nivel activity din foaia obiective",
    "milestones.indicator_id": "un indicator_id din foaia indicatori",
    "plan.key": "numele cheii, exact ca mai jos (plan_id, title, kind, …)",
    "plan.plan_id": "litere mici, cifre și _ (plan_2023)",
    "plan.kind": "annual (plan anual de acțiune) sau strategy (strategie)",
    "plan.year_start": "an, număr întreg între 2000 și 2100",
    "plan.year_end": "an, număr întreg între 2000 și 2100, cel puțin primul an",
    "plan.county": "BC (Bacău)",
}
# Romanian meaning of enumerated values (a value added later simply shows as itself).
SHEET_TITLES: dict[str, tuple[str, str]] = {
    "plan": ("Planul", "Datele de identificare ale planului, câte o cheie pe rând."),
    "servicii": ("Registrul serviciilor sociale (Cap. I.A)",
                 "Un rând pe serviciu, cu capacitatea și beneficiarii din anul registrului. Un "
                 "serviciu își păstrează codul de la an la an; un serviciu lăsat afară este "
                 "considerat închis în acel an."),
    "bugete": ("Grupe bugetare", "Bugetul alocat din bugetul județean fiecărei grupe."),
    "proiecte": ("Proiecte (Cap. I.B)", "Proiectele prin care se înființează servicii."),
    "servicii_planificate": ("Servicii planificate",
                             "Serviciile noi care urmează să fie înființate prin proiecte."),
    "obiective": ("Obiective și activități (Cap. IV)",
                  "Obiectivele generale și specifice și activitățile, legate prin parent_id."),
    "indicatori": ("Indicatori", "Indicatorii fiecărei activități: ținta, termenul, cine "
                   "răspunde."),
    "etape": ("Etape", "Ținte intermediare ale unui indicator, la termene dinaintea celui final."),
}  # fmt: skip
LEGEND_NOTES = (
    "Rândul 1 al fiecărei foi conține numele coloanelor: nu le modificați, nu le traduceți și "
    "nu redenumiți foile.",
    "Rândul 2 conține etichetele în limba română, doar pentru citire (la import este ignorat). "
    "Datele încep de la rândul 3.",
    "Scrieți numerele ca numere, fără formule; o celulă goală înseamnă „fără valoare”. "
    "Termenele (an sau dată) se scriu ca text.",
    "La import fișierul este verificat în întregime: orice problemă oprește importul și nu se "
    "scrie nimic; fiecare problemă numește foaia, rândul și coloana.",
)

# --- messages (Romanian; one place for this module) -------------------------------------------

REQUIRED = "câmp obligatoriu gol"
NOT_A_NUMBER = "nu este un număr: {value!r}"
NOT_WHOLE = "nu este un număr întreg: {value!r}"
UNKNOWN_VALUE = "valoare necunoscută {value!r} (permise: {allowed})"
BAD_FORMAT = "valoare nevalidă {value!r} (format: {format})"
DUPLICATE = "id duplicat {value!r} (și pe rândul {first})"
FORMULA = "formulă {value!r}: introduceți valoarea, nu o formulă"
EXCEL_ERROR = "valoare de eroare Excel {value!r}"
UNKNOWN_SIRUTA = "cod SIRUTA necunoscut {value} (nu este o UAT din județul Bacău)"
BROKEN_LINK = "{what} {value!r} nu există în foaia {sheet}"
_TOO_MANY = "are peste {limit} de rânduri de date (limita)"
STRAY_CELL = "valoare într-o coloană fără nume în rândul 1"
_FRAME_CHECKS = {
    "percent share ≤ 100": ("target_value", "ținta unui indicator procentual depășește 100"),
    "rate is a count": (
        "target_per",
        "„țintă pe” se folosește doar pentru o țintă numerică (target_kind count)",
    ),
    "part_of is a total of the same plan": (
        "part_of",
        "indicatorul-total numit aici nu există în foaia indicatori",
    ),
    "part_of is another indicator": ("part_of", "un indicator nu poate fi parte din el însuși"),
}


class _Problems(list[str]):
    """The problems of one workbook, each `foaia S, rândul N, coloana C: mesaj`."""

    def file(self, message: str) -> None:
        self.append(f"fișierul: {message}")

    def sheet(self, sheet: str, message: str) -> None:
        self.append(f"foaia {sheet}: {message}")

    def cell(self, sheet: str, row: int, column: str, message: str) -> None:
        self.append(f"foaia {sheet}, rândul {row}, coloana {column}: {message}")


# --- writing ----------------------------------------------------------------------------------


def plan_workbook_bytes(plan: PlanTables) -> bytes:
    """The plan workbook: sheet `plan`, one sheet per table (DESIGN.md), and `legenda`."""
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = PLAN_SHEET
    meta_rows = [[key, getattr(plan.meta, key)] for key in META_KEYS]
    _write_sheet(ws, PLAN_SHEET, list(PLAN_COLUMNS), meta_rows)
    kind_cell = f"B{FIRST_DATA_ROW + META_KEYS.index('kind')}"
    _add_list(workbook, ws, kind_cell, list(PLAN_KINDS))
    for table, sheet in PLAN_TABLE_SHEETS.items():
        schema = WORKBOOK_SCHEMAS[table]
        names = list(schema.columns)
        ws = workbook.create_sheet(sheet)
        _write_sheet(ws, table, names, _frame_rows(plan.table(table), names, table))
        for index, name in enumerate(names, start=1):
            allowed = _allowed(schema.columns[name])
            if allowed:
                letter = get_column_letter(index)
                cells = f"{letter}{FIRST_DATA_ROW}:{letter}{FIRST_DATA_ROW + MAX_ROWS - 1}"
                _add_list(workbook, ws, cells, allowed)
    _write_legend(workbook.create_sheet(LEGEND_SHEET))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _frame_rows(frame: pd.DataFrame, names: list[str], table: str) -> list[list[Any]]:
    if frame.columns.empty:
        return []
    if list(frame.columns) != names:
        raise ValueError(f"{table}: columns {list(frame.columns)} are not the contract's {names}")
    return [[_excel_value(v) for v in row] for row in frame.itertuples(index=False)]


def _excel_value(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) or (hasattr(value, "dtype") and value.dtype.kind in "iu"):
        return int(value)
    if isinstance(value, float) or (hasattr(value, "dtype") and value.dtype.kind == "f"):
        return float(value)
    return str(value)


def _write_sheet(ws: Worksheet, table: str, names: list[str], rows: list[list[Any]]) -> None:
    """Row 1 names (bold), row 2 Romanian labels, data from row 3; widths; panes frozen."""
    widths = []
    for index, name in enumerate(names, start=1):
        ws.cell(row=1, column=index, value=name).font = Font(bold=True)
        label = registry.label(name, table=table)
        cell = ws.cell(row=2, column=index, value=label)
        cell.font = Font(italic=True, color="333F4F")
        cell.fill = LABEL_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        content = max((len(str(r[index - 1])) for r in rows[:500] if r[index - 1] is not None),
                      default=0)  # fmt: skip
        widths.append(min(max(len(name), len(label), content, 6) + 2, MAX_WIDTH))
    for number, values in enumerate(rows, start=FIRST_DATA_ROW):
        for index, value in enumerate(values, start=1):
            cell = ws.cell(row=number, column=index, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text as stored, never a formula
                if len(value) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    _fit_rows(ws, widths, first_row=2)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"


def _fit_rows(ws: Worksheet, widths: Sequence[float], *, first_row: int) -> None:
    """Rows tall enough for their wrapped text (spreadsheet programs do not always refit)."""
    for cells in ws.iter_rows(min_row=first_row, max_col=len(widths)):
        wrapped = [(len(str(c.value)), max(int(w) - 2, 1))
                   for c, w in zip(cells, widths, strict=False)
                   if c.value is not None and c.alignment.wrap_text]  # fmt: skip
        lines = max((-(-length // width) for length, width in wrapped), default=1)
        if lines > 1:
            ws.row_dimensions[cells[0].row].height = 15 * min(lines, 12)


def _allowed(column: pa.Column) -> list[str] | None:
    for check in column.checks:
        if check.name == "isin":
            return [str(v) for v in check.statistics["allowed_values"]]
    return None


def _add_list(workbook: Workbook, ws: Worksheet, cells: str, values: list[str]) -> None:
    """A drop-down list on `cells`: inline when short enough for Excel, else on a hidden sheet."""
    inline = '"' + ",".join(values) + '"'
    if len(inline) <= 255:
        formula = inline
    else:
        lists = workbook[LISTS_SHEET] if LISTS_SHEET in workbook.sheetnames else None
        if lists is None:
            lists = workbook.create_sheet(LISTS_SHEET)
            lists.sheet_state = "hidden"
        column = 1 if lists["A1"].value is None else lists.max_column + 1
        for row, value in enumerate(values, start=1):
            lists.cell(row=row, column=column, value=value)
        letter = get_column_letter(column)
        formula = f"{LISTS_SHEET}!${letter}$1:${letter}${len(values)}"
    rule = DataValidation(type="list", formula1=formula, allow_blank=True)
    rule.showErrorMessage = True
    rule.errorTitle = "Valoare nepermisă"
    rule.error = "Alegeți o valoare din listă (vedeți foaia legenda)."
    rule.add(cells)
    ws.add_data_validation(rule)


def legend_rows() -> list[tuple[str, str, str, str, str, str]]:
    """(sheet, column, label, meaning, allowed values / format, required) for every column."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    title, about = SHEET_TITLES[PLAN_SHEET]
    rows.append((PLAN_SHEET, "", title, about, "", ""))
    for name in PLAN_COLUMNS:
        rows.append(_legend_row(PLAN_SHEET, PLAN_SHEET, name, "text", True))
    for key in META_KEYS:
        rows.append(_legend_row(PLAN_SHEET, PLAN_SHEET, key, "text", key != "source"))
    for table, sheet in PLAN_TABLE_SHEETS.items():
        title, about = SHEET_TITLES[sheet]
        rows.append((sheet, "", title, about, "", ""))
        for name, column in WORKBOOK_SCHEMAS[table].columns.items():
            rows.append(_legend_row(sheet, table, name, _format(table, name, column),
                                    not column.nullable))  # fmt: skip
    return rows


def _legend_row(
    sheet: str, table: str, name: str, fmt: str, required: bool
) -> tuple[str, str, str, str, str, str]:
    fmt = FORMATS.get(f"{table}.{name}", fmt)
    if table == PLAN_SHEET and name in GLOSSES:
        fmt = _enumeration(name, list(PLAN_KINDS))
    label = registry.label(name, table=table)
    return (sheet, name, label, registry.description(name, table=table), fmt,
            "da" if required else "nu")  # fmt: skip


def _format(table: str, name: str, column: pa.Column) -> str:
    allowed = _allowed(column)
    if allowed:
        return _enumeration(name, allowed)
    dtype = str(column.dtype)
    parts = [FORMATS.get(f"{table}.{name}") or FORMATS.get(name)
             or {"Int64": "număr întreg", "float64": "număr"}.get(dtype, "text")]  # fmt: skip
    for check in column.checks:
        stats = check.statistics
        if check.name == "greater_than_or_equal_to":
            parts.append(f"≥ {stats['min_value']}")
        elif check.name == "greater_than" and name != "uat_siruta":
            parts.append(f"> {stats['min_value']}")
        elif check.name == "in_range":
            parts.append(f"între {stats['min_value']} și {stats['max_value']}")
    return "; ".join(parts)


def _enumeration(name: str, allowed: list[str]) -> str:
    gloss = GLOSSES.get(name, {})
    shown = [f"{v} ({gloss[v]})" if v in gloss else v for v in allowed]
    return "una dintre: " + ", ".join(shown)


def _write_legend(ws: Worksheet) -> None:
    ws.cell(row=1, column=1, value="Legenda registrului planului").font = Font(bold=True, size=14)
    for number, note in enumerate(LEGEND_NOTES, start=2):
        ws.cell(row=number, column=1, value=note)
    start = len(LEGEND_NOTES) + 3
    header = ("Foaia", "Coloana", "Eticheta", "Semnificație", "Valori permise / format",
              "Obligatoriu")  # fmt: skip
    for index, text in enumerate(header, start=1):
        ws.cell(row=start, column=index, value=text).font = Font(bold=True)
    for number, row in enumerate(legend_rows(), start=start + 1):
        for index, text in enumerate(row, start=1):
            cell = ws.cell(row=number, column=index, value=text)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if not row[1]:
                cell.font = Font(bold=True)
                cell.fill = LABEL_FILL
    widths = (20, 26, 44, 60, 50, 12)
    for letter, width in zip("ABCDEF", widths, strict=True):
        ws.column_dimensions[letter].width = width
    _fit_rows(ws, widths, first_row=start + 1)
    ws.freeze_panes = f"A{start + 1}"


# --- reading ----------------------------------------------------------------------------------


def read_plan_workbook(data: bytes) -> PlanTables:
    """The plan in a workbook; PlanWorkbookError lists every problem (sheet, row, column)."""
    problems = _Problems()
    workbook = _open(data, problems)
    if workbook is None:
        raise PlanWorkbookError(problems)
    sheets: dict[str, _Sheet] = {}
    try:
        meta, plan_id = _read_meta(workbook, problems)
        for table, sheet in PLAN_TABLE_SHEETS.items():
            if sheet not in workbook.sheetnames:
                problems.sheet(
                    sheet, f"lipsește din fișier (foi găsite: {', '.join(workbook.sheetnames)})"
                )
                continue
            read = _read_table(workbook[sheet], table, sheet, problems)
            if read is not None:
                sheets[table] = read
    except ParseError as exc:  # a sheet read lazily holds XML that cannot be parsed (`&#0;`)
        problems.file(not_xml(exc))
        raise PlanWorkbookError(list(problems)) from None
    finally:
        workbook.close()
    _check_links(sheets, plan_id, problems)
    if problems or meta is None:
        raise PlanWorkbookError(list(problems))
    tables = {t: sheets[t].frame.reset_index(drop=True) for t in PLAN_TABLES}
    return PlanTables(meta=meta, tables=tables)


def _open(data: bytes, problems: _Problems) -> Any:
    """The workbook (read-only) after the size, zip and macro checks, or None with the reason."""
    if len(data) > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        problems.file(f"are {messages.mb_text(len(data))} MB, peste limita de {limit} MB")
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            unpacked = sum(info.file_size for info in infos)
            types = ""
            if "[Content_Types].xml" in names and unpacked <= MAX_UNPACKED_BYTES:
                types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        problems.file(f"nu este un fișier Excel .xlsx valid ({exc.__class__.__name__})")
        return None
    if unpacked > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        problems.file(f"conținutul dezarhivat depășește {limit} MB (arhivă suspectă)")
        return None
    if any("vbaproject" in name.lower() for name in names) or "vbaproject" in types.lower():
        problems.file("conține macrocomenzi (vbaProject); salvați-l ca .xlsx fără macrocomenzi")
        return None
    if "xl/workbook.xml" not in names:
        problems.file("nu este un fișier Excel .xlsx valid (lipsește xl/workbook.xml)")
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns on Excel features it drops
            return load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        problems.file(f"nu este un fișier Excel .xlsx valid ({exc.__class__.__name__})")
        return None


@dataclass
class _Sheet:
    """One table sheet as read: the typed frame (indexed by Excel row), column letters, and the
    cells already found wrong (so one cell gets one message)."""

    sheet: str
    frame: pd.DataFrame
    letters: dict[str, str]
    flagged: set[tuple[int, str]] = field(default_factory=set)

    def where(self, name: str) -> str:
        return f"{self.letters[name]} ({name})"

    def flag(self, problems: _Problems, row: int, name: str, message: str) -> None:
        if (row, name) not in self.flagged:
            self.flagged.add((row, name))
            problems.cell(self.sheet, row, self.where(name), message)


def _header(ws: Any, sheet: str, expected: Sequence[str], problems: _Problems) -> dict[str, int]:
    """{name: 0-based position} of row 1; every missing, renamed, extra or repeated name is a
    problem (then the sheet's rows are not read)."""
    count = len(problems)
    found: dict[str, int] = {}
    unexpected: list[tuple[int, str]] = []
    for cells in ws.iter_rows(min_row=1, max_row=1):
        for index, cell in enumerate(cells):
            if _blank(cell.value):
                continue
            name = str(cell.value).strip()
            if name in found or any(name == n for _, n in unexpected):
                where = f"{get_column_letter(index + 1)} ({name})"
                problems.cell(sheet, 1, where, f"coloana „{name}” apare de două ori")
            elif name in expected:
                found[name] = index
            else:
                unexpected.append((index, name))
    missing = [name for name in expected if name not in found]
    for index, name in unexpected:
        guess = expected[index] if index < len(expected) else None
        if guess in missing:
            missing.remove(guess)
            message = f"„{name}” în loc de „{guess}” (coloană redenumită; rândul 1 nu se modifică)"
        else:
            message = f"coloană în plus „{name}” (nu face parte din foaie)"
        problems.cell(sheet, 1, f"{get_column_letter(index + 1)} ({name})", message)
    for name in missing:
        problems.append(f"foaia {sheet}, rândul 1: lipsește coloana „{name}”")
    return found if len(problems) == count else {}


def _rows(
    ws: Any, sheet: str, positions: dict[str, int], problems: _Problems
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(Excel row number, {name: cell}) of every row from row 3 with any content, up to MAX_ROWS;
    a value outside the named columns is a problem."""
    count = 0
    used = set(positions.values())
    for cells in ws.iter_rows(min_row=FIRST_DATA_ROW):
        filled = [(i, c) for i, c in enumerate(cells) if not _blank(c.value)]
        if not filled:
            continue
        count += 1
        if count > MAX_ROWS:
            problems.sheet(sheet, _TOO_MANY.format(limit=MAX_ROWS))
            return
        number = int(filled[0][1].row)
        for index, _ in filled:
            if index not in used:
                problems.cell(sheet, number, get_column_letter(index + 1), STRAY_CELL)
        yield number, {n: cells[i] if i < len(cells) else None for n, i in positions.items()}


def _over_limit(sheet: str, problems: _Problems) -> bool:
    """True when `_rows` stopped the sheet at MAX_ROWS (its rows are then not checked)."""
    return f"foaia {sheet}: {_TOO_MANY.format(limit=MAX_ROWS)}" in problems


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _cell_text(cell: Any) -> tuple[str, str | None]:
    """(the cell as text, None) or ("", why not): formulas and Excel errors are refused."""
    value = None if cell is None else cell.value
    if value is None:
        return "", None
    if cell.data_type == "f":
        return "", FORMULA.format(value=_clip(value))
    if cell.data_type == "e":
        return "", EXCEL_ERROR.format(value=_clip(value))
    if isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == datetime.min.time() else str(value)
        return text, None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), None
    if isinstance(value, float):
        return repr(value), None
    return str(value).strip(), None


def _clip(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read_table(ws: Any, table: str, sheet: str, problems: _Problems) -> _Sheet | None:
    """The sheet typed and validated by the workbook schema; None when its header is wrong."""
    schema = WORKBOOK_SCHEMAS[table]
    names = list(schema.columns)
    positions = _header(ws, sheet, names, problems)
    if not positions:
        return None
    letters = {name: get_column_letter(i + 1) for name, i in positions.items()}
    numbers: list[int] = []
    texts: list[list[str]] = []
    read = _Sheet(sheet, pd.DataFrame(), letters)
    for number, cells in _rows(ws, sheet, positions, problems):
        row = []
        for name in names:
            text, problem = _cell_text(cells[name])
            text = clean_text(text)
            limit = TEXT_LIMITS.get(name, TEXT_LIMIT)
            if not problem and len(text) > limit:
                problem, text = messages.TOO_LONG.format(length=len(text), limit=limit), ""
            if problem:
                read.flag(problems, number, name, problem)
            row.append(text)
        numbers.append(number)
        texts.append(row)
    if _over_limit(sheet, problems):
        return None
    raw = pd.DataFrame(texts, columns=names, index=pd.Index(numbers, dtype="int64"), dtype=object)
    read.frame = _typed(raw, schema, read, problems)
    _validate(read, schema, problems)
    _check_keys(read, table, problems)
    if "uat_siruta" in names:
        known = set(load_uats()["siruta"].astype(int))
        for number, code in read.frame["uat_siruta"].dropna().items():
            if int(code) not in known:
                read.flag(problems, int(number), "uat_siruta", UNKNOWN_SIRUTA.format(value=code))
    return read


def _typed(
    raw: pd.DataFrame, schema: pa.DataFrameSchema, read: _Sheet, problems: _Problems
) -> pd.DataFrame:
    """Numbers as Int64 / float64, text as object with None (as `loaders.tables` types them)."""
    frame = raw.copy()
    for name, column in schema.columns.items():
        text = raw[name].astype(object)
        blank = text.eq("")
        dtype = str(column.dtype)
        if dtype not in ("Int64", "float64"):
            # the same operations as loaders.tables.validate_frame, so the missing marker agrees
            frame[name] = text.astype(str).where(~blank, None).astype(object)
            continue
        numbers = pd.to_numeric(text.where(~blank), errors="coerce").astype("float64")
        bad = ~blank & (numbers.isna() | numbers.abs().eq(float("inf")))
        for number in raw.index[bad]:
            if (number, name) not in read.flagged:
                read.flag(problems, int(number), name, NOT_A_NUMBER.format(value=text[number]))
        numbers = numbers.where(~bad)
        if dtype == "Int64":
            fractional = numbers.notna() & (numbers % 1 != 0)
            for number in raw.index[fractional]:
                read.flag(problems, int(number), name, NOT_WHOLE.format(value=text[number]))
            frame[name] = numbers.where(~fractional).round().astype("Int64")
        else:
            frame[name] = numbers
    return frame


def _validate(read: _Sheet, schema: pa.DataFrameSchema, problems: _Problems) -> None:
    """The schema's checks, each failure as a Romanian message on its cell."""
    try:
        schema.validate(read.frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        for _, case in exc.failure_cases.iterrows():
            explained = _explain(schema, case)
            if explained and _is_row(case["index"]):
                name, message = explained
                read.flag(problems, int(case["index"]), name, message)


def _is_row(index: object) -> bool:
    return isinstance(index, int | float) and not pd.isna(index)


def _explain(schema: pa.DataFrameSchema, case: pd.Series) -> tuple[str, str] | None:
    check, name, value = str(case["check"]), case["column"], case["failure_case"]
    if check.startswith("dtype(") or "coerce_dtype" in check:
        return None  # typing problems are reported by _typed
    if case["schema_context"] == "DataFrameSchema":  # a check of whole rows, named in the schema
        frame_check = schema.checks[int(case["check_number"])].name
        if frame_check in _FRAME_CHECKS:
            return _FRAME_CHECKS[frame_check]
        first = next(iter(schema.columns))  # an undeclared row check: one line per row
        return (name, f"rând nevalid ({frame_check}: {check})") if name == first else None
    if name not in schema.columns:
        return None
    if check == "not_nullable":
        return name, REQUIRED
    rule = schema.columns[name].checks[int(case["check_number"])]
    stats, shown = rule.statistics, _show(value)
    if rule.name == "isin":
        allowed = ", ".join(str(v) for v in stats["allowed_values"])
        return name, UNKNOWN_VALUE.format(value=shown, allowed=allowed)
    if rule.name == "str_matches":
        fmt = FORMATS.get(name) or stats["pattern"]
        return name, BAD_FORMAT.format(value=shown, format=fmt)
    if rule.name == "greater_than_or_equal_to":
        return name, f"valoarea {shown} este sub minimul permis ({stats['min_value']})"
    if rule.name == "greater_than":
        return name, f"valoarea {shown} trebuie să fie mai mare decât {stats['min_value']}"
    if rule.name == "in_range":
        low, high = stats["min_value"], stats["max_value"]
        return name, f"valoarea {shown} nu este între {low} și {high}"
    return name, f"valoare nevalidă {shown!r} ({check})"


def _show(value: object) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _check_keys(read: _Sheet, table: str, problems: _Problems) -> None:
    """Each key (TABLE_KEYS) once; empty keys (a new service) are not compared."""
    keys = list(TABLE_KEYS[table])
    frame = read.frame
    present = frame[keys].notna().all(axis=1)
    first: dict[tuple[Any, ...], int] = {}
    for number, values in zip(
        frame.index[present], frame.loc[present, keys].itertuples(index=False), strict=True
    ):
        key = tuple(values)
        if key in first:
            shown = ", ".join(str(v) for v in key)
            message = DUPLICATE.format(value=shown, first=first[key])
            read.flag(problems, int(number), keys[-1] if len(keys) > 1 else keys[0], message)
        else:
            first[key] = int(number)


# Links inside the workbook: (table, column) must be a value of (table, column) [where level].
_LINKS = (
    ("services", "budget_group", "budget_groups", "budget_group", "grupa bugetară"),
    ("planned_services", "project_id", "projects", "project_id", "proiectul"),
    ("objectives", "parent_id", "objectives", "node_id", "obiectivul părinte"),
    ("indicators", "activity_node_id", "objectives", "node_id", "activitatea"),
    ("milestones", "indicator_id", "indicators", "indicator_id", "indicatorul"),
)


def _check_links(sheets: dict[str, _Sheet], plan_id: str | None, problems: _Problems) -> None:
    """Every reference points to a row of this workbook; rows of one plan carry its plan_id."""
    for table, name, target, key, what in _LINKS:
        if table not in sheets or target not in sheets:
            continue
        known = sheets[target].frame
        if table == "indicators":
            known = known[known["level"] == "activity"]
            what = "activitatea (nivel activity)"
        values = set(known[key].dropna())
        for number, value in sheets[table].frame[name].dropna().items():
            if value not in values:
                message = BROKEN_LINK.format(
                    what=what, value=value, sheet=PLAN_TABLE_SHEETS[target]
                )
                sheets[table].flag(problems, int(number), name, message)
    # plan_id of objectives and indicators: every row of the workbook belongs to the plan of the
    # `plan` sheet (rows copied from another plan's workbook are taken over by the store, which
    # also gives them this plan's own ids), so a different value there is no error.


# --- the plan sheet ---------------------------------------------------------------------------

_REQUIRED_KEYS = tuple(k for k in META_KEYS if k != "source")


def _read_meta(workbook: Any, problems: _Problems) -> tuple[PlanMeta | None, str | None]:
    """(PlanMeta, plan_id) from the `plan` sheet; (None, plan_id or None) when it is wrong."""
    if PLAN_SHEET not in workbook.sheetnames:
        problems.sheet(
            PLAN_SHEET, f"lipsește din fișier (foi găsite: {', '.join(workbook.sheetnames)})"
        )
        return None, None
    ws = workbook[PLAN_SHEET]
    count = len(problems)
    positions = _header(ws, PLAN_SHEET, PLAN_COLUMNS, problems)
    if not positions:
        return None, None
    found: dict[str, tuple[int, Any]] = {}
    for number, cells in _rows(ws, PLAN_SHEET, positions, problems):
        key, problem = _cell_text(cells["key"])
        if problem or key not in META_KEYS:
            message = problem or f"cheie necunoscută „{key}” (chei: {', '.join(META_KEYS)})"
            problems.cell(PLAN_SHEET, number, "A (key)", message)
        elif key in found:
            message = f"cheia „{key}” apare de două ori (și pe rândul {found[key][0]})"
            problems.cell(PLAN_SHEET, number, "A (key)", message)
        else:
            found[key] = (number, cells["value"])
    if _over_limit(PLAN_SHEET, problems):
        return None, None
    values: dict[str, Any] = {}
    for key in META_KEYS:
        if key not in found:
            if key in _REQUIRED_KEYS:
                problems.sheet(PLAN_SHEET, f"lipsește cheia „{key}”")
            continue
        number, cell = found[key]
        value, wrong = _meta_value(key, cell)
        if wrong:
            problems.cell(PLAN_SHEET, number, "B (value)", wrong)
        else:
            values[key] = value
    start, end = values.get("year_start"), values.get("year_end")
    if start is not None and end is not None and start > end:
        number = found["year_end"][0]
        message = f"ultimul an ({end}) este înaintea primului an ({start})"
        problems.cell(PLAN_SHEET, number, "B (value)", message)
    plan_id = values.get("plan_id")
    if len(problems) > count:
        return None, plan_id
    return PlanMeta(**values), plan_id


def _meta_value(key: str, cell: Any) -> tuple[Any, str | None]:
    """The value of one plan key, or (None, why not)."""
    text, problem = _cell_text(cell)
    if problem:
        return None, problem
    if key == "source":
        return text, None
    if not text:
        return None, REQUIRED
    if key == "plan_id" and not re.fullmatch(r"[a-z][a-z0-9_]*", text):
        return None, BAD_FORMAT.format(value=text, format=FORMATS["plan.plan_id"])
    if key == "kind" and text not in PLAN_KINDS:
        return None, UNKNOWN_VALUE.format(value=text, allowed=", ".join(PLAN_KINDS))
    if key == "county" and text != COUNTY:
        return None, UNKNOWN_VALUE.format(value=text, allowed=COUNTY)
    if key in ("year_start", "year_end"):
        if not re.fullmatch(r"\d+", text):
            return None, f"nu este un an (număr întreg): {text!r}"
        year = int(text)
        if not YEARS[0] <= year <= YEARS[1]:
            return None, f"anul {year} nu este între {YEARS[0]} și {YEARS[1]}"
        return year, None
    return text, None
