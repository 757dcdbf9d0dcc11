"""Reading and writing the .xlsx monitoring templates safely: size and zip limits, the sheet and
header checked before any cell, typed cell readers that explain what is wrong."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from store import messages
from store.models import clean_text

# The one upload limit (an .xlsx, packed): the store refuses above it, Streamlit's
# server.maxUploadSize (.streamlit/config.toml), the upload widgets and store/README.md say it.
MAX_UPLOAD_MB = 5
MAX_BYTES = MAX_UPLOAD_MB * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 5000
MAX_CONTENT_TYPES_BYTES = 1024 * 1024
UNLOCKED_FILL = PatternFill("solid", fgColor="FFF7D6")

Source = str | Path | bytes | IO[bytes]


@dataclass
class Problems:
    """Every problem of one upload, in the order found (`rândul N, coloana C: mesaj`)."""

    lines: list[str] = field(default_factory=list)

    def file(self, message: str) -> None:
        """A problem of the whole file."""
        self.lines.append(f"fișierul: {message}")

    def cell(self, row: int, column: str, message: str) -> None:
        """A problem of one cell; `column` is `letter (name)`."""
        self.lines.append(f"{messages.where(row, column)}: {message}")

    def __bool__(self) -> bool:
        return bool(self.lines)


def read_source(source: Source, problems: Problems, *, filename: str | None = None) -> bytes | None:
    """The file's bytes, or None (and a problem) when it is larger than MAX_BYTES or, when the
    upload's `filename` is given, it does not end in .xlsx."""
    if filename is not None and not filename.lower().strip().endswith(".xlsx"):
        problems.file(messages.WRONG_TYPE.format(name=_clip(filename)))
        return None
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str | Path):
        path = Path(source)
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_BYTES else b""
        except OSError as exc:
            problems.file(messages.UNREADABLE.format(detail=_short(exc)))
            return None
        if size > MAX_BYTES:
            _too_large(size, problems)
            return None
    else:
        data = source.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        _too_large(len(data), problems)
        return None
    return data


def _too_large(size: int, problems: Problems) -> None:
    limit_mb = MAX_BYTES // (1024 * 1024)
    problems.file(messages.TOO_LARGE.format(size_mb=messages.mb_text(size), limit_mb=limit_mb))


def open_sheet(data: bytes, sheet: str, problems: Problems) -> Worksheet | None:
    """The named sheet of an .xlsx, or None with the reason (not a zip, too big unpacked, …)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            macros = has_macros(archive)
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        problems.file(messages.NOT_XLSX.format(detail=_short(exc) or "nu este o arhivă xlsx"))
        return None
    if macros:
        problems.file(messages.MACROS)
        return None
    if unpacked > MAX_UNPACKED_BYTES:
        limit_mb = MAX_UNPACKED_BYTES // (1024 * 1024)
        problems.file(messages.TOO_LARGE_UNPACKED.format(limit_mb=limit_mb))
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns on Excel features it drops
            workbook = load_workbook(io.BytesIO(data), data_only=False)
    except ParseError as exc:  # XML that cannot be parsed (e.g. `&#0;` in a cell)
        problems.file(not_xml(exc))
        return None
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        problems.file(messages.NOT_XLSX.format(detail=_short(exc)))
        return None
    if sheet not in workbook.sheetnames:
        found = ", ".join(f"„{name}”" for name in workbook.sheetnames)
        problems.file(messages.NO_SHEET.format(sheet=sheet, found=found))
        return None
    return workbook[sheet]


def not_xml(exc: ParseError) -> str:
    """The Romanian message of a workbook whose XML cannot be parsed (its position in the XML)."""
    line, column = getattr(exc, "position", (0, 0))
    return messages.NOT_XML.format(detail=f"rândul {line}, poziția {column} din XML")


def has_macros(archive: zipfile.ZipFile) -> bool:
    """True when the workbook carries VBA macros (a `vbaProject` part, or a macro-enabled content
    type), whatever the file is called."""
    names = archive.namelist()
    if any("vbaproject" in name.lower() for name in names):
        return True
    if "[Content_Types].xml" not in names:
        return False
    with archive.open("[Content_Types].xml") as part:
        types = part.read(MAX_CONTENT_TYPES_BYTES).decode("utf-8", "replace").lower()
    return "macroenabled" in types or "vbaproject" in types


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{exc.__class__.__name__}: {text[:120]}" if text else exc.__class__.__name__


def header(ws: Worksheet, expected: Sequence[str], problems: Problems) -> dict[str, int] | None:
    """{column name: 1-based index} when row 1 holds exactly the expected names, else None."""
    found: dict[str, int] = {}
    cells = next(ws.iter_rows(min_row=1, max_row=1), ())
    for cell in cells:
        if cell.value is None or str(cell.value).strip() == "":
            continue
        name = str(cell.value).strip()
        where = f"{cell.column_letter} ({name})"
        if name in found:
            problems.cell(1, where, messages.DUPLICATE_COLUMN.format(name=name))
        elif name not in expected:
            problems.cell(1, where, messages.UNEXPECTED_COLUMN.format(name=name))
        else:
            found[name] = int(cell.column)
    for name in expected:
        if name not in found:
            problems.cell(1, f"? ({name})", messages.MISSING_COLUMN.format(name=name))
    return found if len(found) == len(expected) and not problems else None


@dataclass(frozen=True)
class Row:
    """One data row: its spreadsheet number and its cells by column name."""

    number: int
    cells: dict[str, Cell]

    def where(self, name: str) -> str:
        """`letter (name)` of a column, for a problem line."""
        return f"{self.cells[name].column_letter} ({name})"


def data_rows(ws: Worksheet, columns: dict[str, int], problems: Problems) -> Iterator[Row]:
    """Rows below the header that have any content (blank rows are skipped), up to MAX_ROWS."""
    if ws.max_row - 1 > MAX_ROWS:
        problems.file(messages.TOO_MANY_ROWS.format(rows=ws.max_row - 1, limit=MAX_ROWS))
        return
    for cells in ws.iter_rows(min_row=2):
        if all(_blank(c.value) for c in cells):
            continue
        by_name = {name: ws.cell(row=cells[0].row, column=index) for name, index in columns.items()}
        if all(_blank(c.value) for c in by_name.values()):
            continue
        yield Row(number=int(cells[0].row), cells=by_name)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def is_blank(cell: Cell) -> bool:
    """True for an empty cell or one holding only spaces."""
    return _blank(cell.value)


def is_formula(cell: Cell) -> bool:
    """True when the cell holds a formula (we take values, never formulas)."""
    return cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("="))


def read_number(cell: Cell, *, percent: bool = False) -> tuple[float | None, str | None]:
    """(number as it will be stored, None) or (None, why not); a blank cell is (None, None).

    Numbers are read as people type them: a number cell as is; a cell formatted as a percent
    (the spreadsheet stores 75 % as 0.75) as 75 when `percent` (a percent indicator), refused
    otherwise; text in Romanian format (`37,5`, `1.200`, `1.200,5`, `75%`) through
    `parse_number_text`, ambiguous text (`1,200`, `12.5`) refused with the reason.
    """
    value = cell.value
    if _blank(value):
        return None, None
    if is_formula(cell):
        return None, messages.FORMULA.format(value=_clip(value))
    if isinstance(value, str):
        number, problem, had_percent = parse_number_text(value)
        if problem:
            return None, problem
        assert number is not None
        shown = _clip(value.strip())
    elif isinstance(value, bool) or not isinstance(value, int | float):
        return None, messages.NOT_A_NUMBER.format(value=_clip(value))
    else:
        number = float(value)
        if number != number or number in (float("inf"), float("-inf")):
            return None, messages.NOT_A_NUMBER.format(value=_clip(value))
        had_percent = "%" in str(cell.number_format or "")
        if had_percent:
            number = round(number * 100, 9)  # the spreadsheet keeps 75 % as 0.75
        shown = _plain(number) + " %" if had_percent else _clip(value)
    if had_percent and not percent:
        return None, messages.PERCENT_NOT_ALLOWED.format(value=shown)
    if number < 0:
        return None, messages.NEGATIVE.format(value=shown)
    return number, None


# ASCII digits only: `\d` would also take Arabic-Indic and other digits.
_RO_INT = re.compile(r"[0-9]+")
_RO_DECIMAL = re.compile(r"[0-9]+,[0-9]+")
_RO_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(\.[0-9]{3})+(,[0-9]+)?")
_RO_SPACED = re.compile(r"[1-9][0-9]{0,2}( [0-9]{3})+(,[0-9]+)?")
_COMMA_THOUSAND = re.compile(r"[1-9][0-9]{0,2},[0-9]{3}")
_DOT_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


def parse_number_text(text: str) -> tuple[float | None, str | None, bool]:
    """(number, None, had %) from text typed in Romanian format, or (None, why not, had %).

    `37,5` → 37.5; `1.200` → 1200; `1.200,5` → 1200.5; `1 200` → 1200; `75%` / `75 %` → 75
    (with had % True). Ambiguous: `1,200` (1,2 or 1200?) and `12.5` (the dot separates
    thousands in Romanian) are refused with the reason; anything else is not a number.
    """
    raw = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    had_percent = raw.endswith("%")
    body = raw[:-1].rstrip() if had_percent else raw
    negative = body.startswith("-")
    body = body[1:].strip() if negative else body
    shown = _clip(text.strip())
    number: float | None = None
    if _RO_INT.fullmatch(body):
        number = float(body)
    elif _COMMA_THOUSAND.fullmatch(body):
        return None, messages.AMBIGUOUS_COMMA.format(value=shown), had_percent
    elif _RO_DECIMAL.fullmatch(body):
        number = float(body.replace(",", "."))
    elif _RO_THOUSANDS.fullmatch(body) or _RO_SPACED.fullmatch(body):
        number = float(body.replace(".", "").replace(" ", "").replace(",", "."))
    elif _DOT_DECIMAL.fullmatch(body):
        return None, messages.AMBIGUOUS_DOT.format(value=shown), had_percent
    if number is None:
        return None, messages.NOT_A_NUMBER.format(value=shown), had_percent
    if negative and number != 0:
        return None, messages.NEGATIVE.format(value=shown), had_percent
    return number, None, had_percent


def _plain(number: float) -> str:
    """A number in Romanian format for a message: `75`, `37,5`."""
    return messages.number_ro(number)


def read_whole(cell: Cell) -> tuple[int | None, str | None]:
    """(whole number ≥ 0, None) or (None, why not); a blank cell is (None, None)."""
    number, problem = read_number(cell)
    if number is None or problem:
        return None, problem
    if not number.is_integer():
        return None, messages.NOT_WHOLE.format(value=_clip(cell.value))
    return int(number), None


def read_text(cell: Cell, *, formula_as_text: bool = False) -> tuple[str, str | None]:
    """(stripped text, None) or ("", why not): formulas are refused, unless `formula_as_text`
    (comments: one rule with the grid — whatever is typed is kept as text, and every export
    neutralises it)."""
    value = cell.value
    if _blank(value):
        return "", None
    if is_formula(cell) and not formula_as_text:
        return "", messages.FORMULA.format(value=_clip(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value)).strip(), None


def read_date(cell: Cell) -> tuple[date | None, str | None]:
    """(date, None) from a date cell or `YYYY-MM-DD` text, else (None, why not)."""
    value = cell.value
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text, problem = read_text(cell)
    if problem or not text:
        return None, problem or messages.REQUIRED
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}( 00:00:00)?", text):
        try:
            return date.fromisoformat(text[:10]), None
        except ValueError:
            pass
    return None, messages.NOT_A_DATE.format(value=_clip(text))


def _clip(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- writing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    """One template column: name, width, whether users fill it, wrap text, number format."""

    name: str
    width: float
    unlocked: bool = False
    wrap: bool = False
    number_format: str | None = None


def write_table(
    ws: Worksheet, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[Any]]
) -> None:
    """Header in row 1, rows below; locked cells except the unlocked columns; sheet protected."""
    for index, spec in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index, value=spec.name)
        cell.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(index)].width = spec.width
    for row_number, values in enumerate(rows, start=2):
        for index, (spec, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = ws.cell(row=row_number, column=index, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text from the plans, never a formula
            if spec.unlocked:
                cell.protection = Protection(locked=False)
                cell.fill = UNLOCKED_FILL
            if spec.wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if spec.number_format:
                cell.number_format = spec.number_format
    ws.freeze_panes = "B2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # people may still widen columns and rows
    ws.protection.formatRows = False


def add_validation(
    ws: Worksheet,
    cells: Sequence[str],
    *,
    kind: str,
    maximum: float | None = None,
    error: str,
) -> None:
    """Excel data validation on `cells`: a `kind` (decimal/whole) ≥ 0, optionally ≤ maximum."""
    if not cells:
        return
    if maximum is None:
        rule = DataValidation(type=kind, operator="greaterThanOrEqual", formula1="0")
    else:
        rule = DataValidation(type=kind, operator="between", formula1="0", formula2=str(maximum))
    rule.allow_blank = True
    rule.showErrorMessage = True
    rule.errorTitle = "Valoare nevalidă"
    rule.error = error
    for ref in _ranges(cells):
        rule.add(ref)
    ws.add_data_validation(rule)


def _ranges(cells: Sequence[str]) -> list[str]:
    """Single cells (`G2`, `G3`, `G5`) merged into runs per column (`G2:G3`, `G5`)."""
    parsed = sorted(
        (match.group(1), int(match.group(2)))
        for match in (re.fullmatch(r"([A-Z]+)(\d+)", ref) for ref in cells)
        if match
    )
    runs: list[list[object]] = []
    for column, row in parsed:
        if runs and runs[-1][0] == column and runs[-1][2] == row - 1:
            runs[-1][2] = row
        else:
            runs.append([column, row, row])
    return [f"{c}{a}" if a == b else f"{c}{a}:{c}{b}" for c, a, b in runs]


def add_notes(workbook: Workbook, title: str, lines: Sequence[str]) -> None:
    """A second sheet with instructions, one line per row."""
    ws = workbook.create_sheet(title)
    ws.column_dimensions["A"].width = 110
    for number, line in enumerate(lines, start=1):
        ws.cell(row=number, column=1, value=line).alignment = Alignment(wrap_text=True)
    ws.protection.sheet = True


def to_bytes(workbook: Workbook) -> bytes:
    """The workbook as .xlsx bytes."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
