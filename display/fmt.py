"""Locale-aware formatting of numbers, percents and dates (pure; no Streamlit)."""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pandas as pd
from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

from display.i18n import t

LOCALES = {"ro": "ro_RO", "en": "en_GB"}
# Parsed once (babel would parse the locale and the pattern again for every cell of a table).
_LOCALE = {lang: Locale.parse(code) for lang, code in LOCALES.items()}
_PATTERNS: dict[int, NumberPattern] = {
    d: parse_pattern("#,##0" + ("." + "0" * d if d else "")) for d in range(7)
}
DASH = "–"


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except TypeError:
        return False


def fmt_number(value: float | int | None, decimals: int = 0, lang: str = "ro") -> str:
    """`99815.1` → `99.815,10` (ro) or `99,815.10` (en); missing → en dash."""
    if value is None or _missing(value):
        return DASH
    pattern = _PATTERNS.get(decimals) or parse_pattern("#,##0." + "0" * decimals)
    return pattern.apply(value, _LOCALE.get(lang, _LOCALE["ro"]))


def fmt_pct(value: float | None, decimals: int = 1, lang: str = "ro") -> str:
    """A percent on the 0–100 scale: `87.5` → `87,5 %` (ro) / `87.5%` (en)."""
    if _missing(value):
        return DASH
    number = fmt_number(value, decimals, lang)
    return f"{number} %" if lang == "ro" else f"{number}%"


def fmt_lei(value_lei: float | None, lang: str = "ro") -> str:
    """An amount in lei, no decimals: `3431100` → `3.431.100 lei`."""
    if _missing(value_lei):
        return DASH
    return f"{fmt_number(value_lei, 0, lang)} lei"


def fmt_date(value: date | datetime | str | None, lang: str = "ro") -> str:
    """`2022-12-31` → `31.12.2022` (ro) / `31/12/2022` (en); a bare year stays a year."""
    if value is None or value == "" or _missing(value):
        return DASH
    if isinstance(value, str):
        if len(value) == 4 and value.isdigit():
            return value
        value = date.fromisoformat(value[:10])
    return value.strftime("%d.%m.%Y" if lang == "ro" else "%d/%m/%Y")


def fmt_datetime(value: datetime | None, lang: str = "ro") -> str:
    """A moment in Bucharest time: `31.12.2022 14:05` (ro) / `31/12/2022 14:05` (en); a naive
    value is taken as UTC (the store keeps UTC)."""
    if value is None or _missing(value):
        return DASH
    moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    local = moment.astimezone(ZoneInfo("Europe/Bucharest"))
    return f"{fmt_date(local, lang)} {local:%H:%M}"


def plotly_separators(lang: str = "ro") -> str:
    """Plotly's `separators` (decimal, thousands) for the language."""
    return ",." if lang == "ro" else ".,"


def fmt_value(value: float | int | None, lang: str = "ro") -> str:
    """A reported or target value: no decimals when whole, else two (`2` → `2`, `2.5` → `2,50`)."""
    if value is None or _missing(value):
        return DASH
    return fmt_number(value, 0 if float(value).is_integer() else 2, lang)


# A column of years, codes or source lines (SIRUTA, row numbers) prints its integers as they
# are: `2028`, never `2.028`. Recognised by its header (RO or EN display label, or contract
# name) or, for integers, by every value being a plausible year.
PLAIN_INTEGER_HEADER = re.compile(
    r"(?i)(?<![a-zăâîșț])"
    r"(an|anul|anului|anii|year|years|cod|code|siruta|nr|no|id|linia|line|rândul|rândurile|row)(?![a-zăâîșț])"
)
YEARS = (1900, 2100)


def is_plain_integer_column(name: object, column: pd.Series) -> bool:
    """True for a column of years or codes: whole numbers shown without thousands separator."""
    if not pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        return False
    values = column.dropna()
    if values.empty or bool((values != values.round()).any()):
        return False
    if PLAIN_INTEGER_HEADER.search(str(name).replace("_", " ")):
        return True
    return bool(values.between(*YEARS).all()) and pd.api.types.is_integer_dtype(column)


def fmt_signed(value: float | int | None, decimals: int = 0, lang: str = "ro") -> str:
    """A change with its sign: +12, −3,5 (— when missing)."""
    if _missing(value):
        return "—"
    assert value is not None
    text = fmt_number(abs(value), decimals, lang)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


LABEL_CHARS = 70  # a chart label: at most this, cut at a word, "…"
URL = re.compile(r"\s*[(\[]?\s*(?:https?://|www\.)", re.IGNORECASE)


def short_label(text: object, limit: int = LABEL_CHARS) -> str:
    """`text` cut before any web address and, when longer than `limit`, at the last word
    boundary within it, with "…" (the full text goes to the hover and the table)."""
    full = " ".join(str(text).split())
    cut = URL.split(full, maxsplit=1)[0].rstrip(" ,;:–-(")
    if len(cut) <= limit:
        return cut + ("…" if len(cut) < len(full) else "")
    head = cut[: limit + 1].rsplit(" ", 1)[0] if " " in cut[:limit] else cut[:limit]
    return head.rstrip(" ,;:–-(") + "…"


def unique_labels(labels: list[str]) -> list[str]:
    """Labels made unique (a repeated one gets " (2)"): bars never merge."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def cell_text(value: object, lang: str, decimals: int | None = None) -> str:
    """A table cell as text: numbers in the language's format, NaN → ''. Floats get `decimals`
    places (None: none when whole, else two)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, int):
        return fmt_number(value, 0, lang)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return fmt_value(value, lang) if decimals is None else fmt_number(value, decimals, lang)
    if isinstance(value, pd.Timestamp):
        return fmt_date(value.date(), lang)
    if hasattr(value, "item"):  # numpy scalars
        return cell_text(value.item(), lang, decimals)  # type: ignore[attr-defined]
    return str(value)


def column_decimals(column: pd.Series) -> int | None:
    """Decimals for a whole column: two when any value has a fraction (`1.662,00` beside
    `1.726,10`), none when all are whole; None for columns that are not float."""
    if not pd.api.types.is_float_dtype(column):
        return None
    values = column.dropna()
    return 2 if bool((values != values.round()).any()) else 0


def plain_integer(value: object) -> str:
    """A year or a code as it is written: `2028`, never `2.028`; missing → ''."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(int(value))  # type: ignore[call-overload]
