"""Parse one Romanian result-indicator bullet into a target, and deadlines and milestones.

Pure functions, no I/O. Reading rules (documented once, here):

- The target number is the first number of the bullet that is not a date (`31.12.2022`)
  and not a year (an integer 2010–2040 not followed by `%`).
- direction: the last qualifier written before the target number — `minim`, `minimum`,
  `cel puțin` → min; `maxim`, `maximum`, `max`, `cel mult` → max; `aprox.`, `aproximativ`,
  `circa`, `cca` → approx; none → exact.
- target_kind: `increase_pct` when the target number is the `cu N%` of an increase or
  decrease phrase (`creștere cu 10%`, `+10%/an`, `reducerea … cu 40%`; a decrease gets the
  unit `% reducere` and a note); `percent` when the number carries `%` (a share,
  `90% din copii`); `count` for any other number (an absolute increase such as
  `creșterea nr. … cu 15 APP/an` stays a count, with a note); without a number: `percent`
  100 when the bullet says *all* (`toate UAT-urile`, `toți copiii`; "all" is read as 100%
  of the group and noted — no count is invented), `count` 1 (min) for `cel puțin un …`
  (noted), `boolean` when it states a deliverable (`… elaborat`, `… funcțional`,
  `… implementat`, `24/7`) unless it is a count label with no number (`Nr. servicii
  înființate` → `text`), else `text`.
- target_unit: `%` for percentages, else the first word after the number (`200 de copii` →
  `copii`; `UAT-uri` → `UAT`; `24h` → `h`); a number written bare (`minim 4/an`) takes the
  counted noun of the label before it (`Nr. voluntari …`, `Participanți: …`, noted); or None.
- periodicity: the first marker after the target number, else anywhere in the bullet:
  `/an`, `anual`, `pe an` → annual; `semestrial`, `/semestru` → semester; `trimestrial` →
  quarterly; `lunar`, `/lună` → monthly; `săptămânal`, `/săptămână` → weekly; `permanent` →
  permanent; none → once.
- target_per: a count counted per entity (`Minim 1 excursie/tabără/an /copil`, `1 plan/tânăr`,
  `4 rapoarte … pentru fiecare copil`, `2 sesiuni … per furnizor`) — the singular noun after
  `/`, `per` or `(pentru|în|din) fiecare` in the target's clause (up to `;`), from the
  vocabulary `RATE_DENOMINATORS` (a plural after `/` is an alternative, `copii/tineri`, not a
  rate); time words (`/an`, `/lună`) are periodicity. A share (`%`) is never a rate.
- parts: the numbers after `din care` (`minim 200 copii/an, din care 50 … 150 …`), each with
  its unit; the total before `din care` stays the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.enums import DIRECTIONS as DIRECTIONS
from domain.enums import PERIODICITIES as PERIODICITIES
from domain.enums import TARGET_KINDS as TARGET_KINDS


@dataclass(frozen=True)
class ParsedTarget:
    """The measurable target read from one indicator bullet."""

    target_value: float | None
    target_unit: str | None
    target_kind: str
    direction: str
    periodicity: str
    parts: tuple[tuple[float, str | None], ...] = ()
    note: str = ""
    target_per: str | None = None


_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " ", "ş": "ș", "ţ": "ț"})
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_NUMBER = re.compile(r"(?<![\d,])(?<!\d\.)\+?(\d+(?:[.,]\d+)?)(?![.,]?\d)\s*(%)?")
_WORD = r"[A-Za-zĂÂÎȘȚăâîșț]"
_QUALIFIERS = [
    ("min", re.compile(r"\b(minim|minimum|min\.|cel pu[țt]in)", re.I)),
    ("max", re.compile(r"\b(maxim|maximum|max\b|cel mult)", re.I)),
    ("approx", re.compile(r"\b(aprox\.?|aproximativ|circa|cca\.?)|~", re.I)),
]
_PERIODS = [
    ("annual", re.compile(r"\banual\w*|\bannual\w*|/\s*an\b|\bpe an\b|\bper an\b", re.I)),
    ("semester", re.compile(r"\bsemestrial\w*|/\s*semestru\b|\bpe semestru\b", re.I)),
    ("quarterly", re.compile(r"\btrimestrial\w*|/\s*trimestru\b|\bpe trimestru\b", re.I)),
    ("monthly", re.compile(r"\blunar\w*|/\s*lun[ăa]\b|\bpe lun[ăa]\b", re.I)),
    (
        "weekly",
        re.compile(
            r"\bs[ăa]pt[ăa]m[âa]nal\w*|/\s*s[ăa]pt[ăa]m[âa]n[ăa]\b|\bpe s[ăa]pt[ăa]m[âa]n[ăa]\b",
            re.I,
        ),
    ),
    ("permanent", re.compile(r"\bpermanen\w*", re.I)),
]
_INCREASE = re.compile(
    r"(?P<verb>\bcre[șs]te\w*|\bspor\w*|\bmajor\w*|\breduce\w*|\bsc[ăa]de\w*|\bdiminu\w*)"
    r"(?:[^•;]{0,160}?\bcu\s+|\s+)(?P<num>\d+(?:[.,]\d+)?)\s*(?P<pct>%)?",
    re.I,
)
_PLUS_PCT = re.compile(r"\+\s*(?P<num>\d+(?:[.,]\d+)?)\s*%")
_ALL = re.compile(r"\b(toate|toți|toti|toţi)\b", re.I)
_DELIVERABLE = re.compile(
    r"\b(elaborat|implementat|func[țt]ional|realizat|aprobat|dezvoltat|[îi]nfiin[țt]at|"
    r"stabilit|definit|actualizat|opera[țt]ional|[îi]mbun[ăa]t[ăa][țt]it|creat)\w*",
    re.I,
)
_ROUND_CLOCK = re.compile(r"\b24/7\b")  # round-the-clock availability, not a target
_ONE = re.compile(r"\bcel pu[țt]in (?:c[âa]te )?(?:un|o|una)\b", re.I)
_COUNT_LABEL = re.compile(r"^(nr\b|num[ăa]r|procent)", re.I)
_YEAR_MIN, _YEAR_MAX = 2010, 2040
# the entity a rate target is counted per (singular nouns, read from both plans) → target_per
RATE_DENOMINATORS: dict[str, str] = {
    r"copil": "copil", r"t[âa]n[ăa]r": "tânăr", r"centru": "centru", r"CCI": "CCI",
    r"unitate [șs]colar[ăa]": "unitate școlară", r"[șs]coal[ăa]": "școală",
    r"parteneriat": "parteneriat", r"curs": "curs", r"ciclu [șs]colar": "ciclu școlar",
    r"eveniment": "eveniment", r"AMP": "AMP", r"zon[ăa] geografic[ăa]": "zonă geografică",
    r"sesiune": "sesiune", r"[îi]nt[âa]lnire": "întâlnire", r"burs[ăa]": "bursă",
    r"angajat": "angajat", r"categorie serviciu": "categorie serviciu", r"categorie": "categorie",
    r"program": "program", r"tip": "tip", r"specialist": "specialist", r"ac[țt]iune": "acțiune",
    r"furnizor": "furnizor", r"beneficiar": "beneficiar", r"serviciu social": "serviciu social",
}  # fmt: skip
_PER = re.compile(
    r"(?:/|\bper\s+|\b(?:pentru|[îi]n|din)\s+fiecare\s+|\bla nivelul fiec[ăa]rui\s+)\s*(?P<word>"
    + "|".join(f"(?:{k})" for k in RATE_DENOMINATORS)
    + r")\b",
    re.I,
)


def normalize(text: str) -> str:
    """Unify dashes, cedilla diacritics and spaces; collapse whitespace."""
    return re.sub(r"\s+", " ", text.translate(_DASHES)).strip()


def _to_float(raw: str) -> float:
    return float(raw.replace(",", "."))


def _numbers(text: str) -> list[tuple[int, int, float, bool]]:
    """Candidate target numbers as (start, end, value, is_percent), dates and years removed."""
    skip = [m.span() for m in _DATE.finditer(text)]
    skip += [m.span() for m in _ROUND_CLOCK.finditer(text)]
    found = []
    for m in _NUMBER.finditer(text):
        if any(a <= m.start(1) < b for a, b in skip):
            continue
        raw, pct = m.group(1), bool(m.group(2))
        value = _to_float(raw)
        if not pct and raw.isdigit() and _YEAR_MIN <= value <= _YEAR_MAX:
            continue
        found.append((m.start(1), m.end(), value, pct))
    return found


def _unit_after(text: str, end: int, is_percent: bool) -> str | None:
    if is_percent:
        return "%"
    m = re.match(rf"\s*(?:de\s+)?({_WORD}+(?:\s*-\s*uri)?)", text[end:])
    if not m:
        return None
    word = re.sub(r"\s*-\s*uri$", "", m.group(1))
    return None if word.lower() in {"din", "pe", "per", "la", "si", "și"} else word


_LABEL_COUNT = re.compile(rf"\b(?:nr\.?|num[ăa]r(?:ul)?)\s*(?:de\s+)?({_WORD}+)", re.I)
_LABEL = re.compile(rf"^\s*({_WORD}+)[^:]*:")


def _label_unit(prefix: str) -> str | None:
    """The counted noun of the label before a number written without one (`Nr. voluntari … -
    10/an` → voluntari; `Participanți: minim 50/întâlnire` → participanți)."""
    m = _LABEL_COUNT.search(prefix) or _LABEL.match(prefix)
    if not m:
        return None
    word = m.group(1)
    return word if word.isupper() else word[0].lower() + word[1:]


def _direction(prefix: str) -> str:
    best, where = "exact", -1
    for name, pattern in _QUALIFIERS:
        for m in pattern.finditer(prefix):
            if m.start() > where:
                best, where = name, m.start()
    return best


def _periodicity(text: str, start: int) -> tuple[str, str]:
    for scope in (text[start:], text):
        hits = [(m.start(), name) for name, p in _PERIODS if (m := p.search(scope))]
        if hits:
            return min(hits)[1], ""
    return "once", ""


def _target_per(text: str, end: int) -> str | None:
    """The entity the target after `end` is counted per (`/copil`, `per furnizor`), or None."""
    clause = re.split(r"[;•]", text[end:], maxsplit=1)[0]
    m = _PER.search(clause)
    if not m:
        return None
    word = m.group("word")
    return next(v for k, v in RATE_DENOMINATORS.items() if re.fullmatch(k, word, re.I))


def _split_parts(text: str) -> tuple[str, tuple[tuple[float, str | None], ...]]:
    """Cut at the first `din care` after the first number: (head, parts after it)."""
    numbers = _numbers(text)
    if not numbers:
        return text, ()
    m = re.compile(r"\bdin care\b:?", re.I).search(text, numbers[0][1])
    if not m:
        return text, ()
    tail = text[m.end() :]
    parts = tuple((v, _unit_after(tail, e, p)) for _, e, v, p in _numbers(tail))
    return text[: m.start()], parts


def parse_target(text: str) -> ParsedTarget:
    """Read the target value, unit, kind, direction, periodicity and parts of one bullet."""
    clean = normalize(text)
    head, parts = _split_parts(clean)
    numbers = _numbers(head)
    if not numbers:
        period, pnote = _periodicity(clean, 0)
        if _ALL.search(clean):
            note = "„toate/toți” citit ca 100% din grup; nu este scris un număr"
            return ParsedTarget(100.0, "%", "percent", "exact", period, (), _join(note, pnote))
        one = _ONE.search(clean)
        if one:
            note = _join(f"„{one.group(0)}” citit ca 1", pnote)
            unit = _unit_after(clean, one.end(), False)
            per = _target_per(clean, one.end())
            return ParsedTarget(1.0, unit, "count", "min", period, (), note, per)
        counted = _COUNT_LABEL.match(clean)
        kind = "boolean" if _DELIVERABLE.search(clean) and not counted else "text"
        return ParsedTarget(None, None, kind, _direction(clean), period, (), pnote)
    start, end, value, is_pct = numbers[0]
    notes = []
    kind, unit = ("percent", "%") if is_pct else ("count", _unit_after(head, end, False))
    if unit is None and kind == "count" and (unit := _label_unit(head[:start])):
        notes.append(f"unitatea „{unit}” din eticheta indicatorului")
    change = next((m for m in _INCREASE.finditer(head) if m.start("num") == start), None)
    plus = next((m for m in _PLUS_PCT.finditer(head) if m.start("num") == start), None)
    if change is not None:
        falling = re.match(r"reduce|sc[ăa]de|diminu", change.group("verb"), re.I)
        if change.group("pct"):
            kind, unit = "increase_pct", "% reducere" if falling else "%"
            if falling:
                notes.append(f"țintă de scădere: reducere cu {value:g}% față de o valoare de bază")
        else:
            word = "scădere" if falling else "creștere"
            notes.append(f"{word} absolută de {value:g} față de o valoare de bază")
    elif plus is not None:
        kind, unit = "increase_pct", "%"
    if len(numbers) > 1:
        notes.append("mai multe numere în indicator; primul este citit ca țintă")
    period, pnote = _periodicity(clean, start)
    return ParsedTarget(
        target_value=value,
        target_unit=unit,
        target_kind=kind,
        direction=_direction(head[:start]),
        periodicity=period,
        parts=parts,
        note=_join(*notes, pnote),
        target_per=_target_per(head, end) if kind == "count" else None,
    )


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _iso(m: re.Match[str]) -> str:
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_deadline(text: str) -> str | None:
    """Deadline of a cell: the last full date (ISO) or else the last year written; else None."""
    clean = normalize(text)
    dates = list(_DATE.finditer(clean))
    if dates:
        return _iso(dates[-1])
    years = [y for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", clean)]
    plausible = [y for y in years if 1990 <= int(y) <= 2100]
    return plausible[-1] if plausible else None


_AFTER = re.compile(r"^\s*[-:=]?\s*\(?\s*(\d+(?:[.,]\d+)?)")
_BEFORE = re.compile(rf"(\d+(?:[.,]\d+)?)\s*%?\s*(?:{_WORD}+\s*)?[-=:]\s*\(?\s*$")


def split_milestones(text: str) -> list[tuple[str, float]]:
    """Dated partial targets: `30.06.2022 - 950 cazuri; 31.12.2022 - 850` → [(iso, value), …].

    Reads `date - value` and `value - date` orders (`50 PIS-30.06.2022; 50=31.12.2022`);
    the order that explains every date wins; a date with no value beside it is skipped.
    """
    clean = normalize(text)
    dates = list(_DATE.finditer(clean))
    if not dates:
        return []
    bounds = [0] + [d.end() for d in dates]
    ends = [d.start() for d in dates[1:]] + [len(clean)]
    after = [_AFTER.match(clean[d.end() : e]) for d, e in zip(dates, ends, strict=True)]
    before = [_BEFORE.search(clean[b : d.start()]) for b, d in zip(bounds[:-1], dates, strict=True)]
    if all(after):
        chosen = after
    elif all(before):
        chosen = before
    else:
        chosen = [a or b for a, b in zip(after, before, strict=True)]
    return [(_iso(d), _to_float(m.group(1))) for d, m in zip(dates, chosen, strict=True) if m]
