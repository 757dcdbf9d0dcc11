"""Fidelity lint of the curated indicators: finds the readings that will mislead attainment.

Run: `python -m curation.lint` (also in `make lint`). Prints one line per finding,
`indicator_id<TAB>field<TAB>rule<TAB>text`, and exits 1 when a finding is neither fixed nor
accepted in the reviewed allow-list `data/curated/lint_allow.csv` (each row a Romanian
reason); an allow-list row that matches no finding is itself a finding (`lista-acceptate`).

Rules (each reads a user-visible field of data/curated/indicators.csv):

- `rata`: the text reads as a rate (`/copil`, `pentru fiecare`, `la nivelul fiecărui`,
  `1/800`, `1 manager/25 cazuri`) while the target is a plain count (no `target_per`).
- `interval`: the text gives an interval (`la 5 ani`, `la 3 luni`, `la fiecare 6 luni`) and
  the target is stored as a count whose periodicity is not that interval (`700 PP revizuite la
  6 luni`, semester, is right; `Actualizare: la 5 ani` stored as 5 is not).
- `periodicitate`: a periodicity word or interval in the text (or, when the text has none, in
  the deadline cell of the source) that disagrees with `periodicity`.
- `unitate`: a count target with a number and no `target_unit`.
- `cifre`, `cuvânt-rupt`, `cuvinte-lipite`, `celula-vecină`, `liniuță-finală` (funding and
  responsible cells): digits; a word broken in two by the text extraction (the joined form is
  a word of the sources, a piece is not) or a rare lower-case piece of a frequent word (`ului`,
  `anciare`); two words glued together (`BugetulAnsambl`, `Resurseumane`); words of the
  activity's or its objectives' titles (three in a row in the funding cell, eight in the
  responsible cell: a unit's name shares a few words with its activity's title); a trailing dash.
- `engleză`: English words in a field a person reads (cells, notes, corrections' reasons; the
  indicator's text is the source's, verbatim).

The dictionary of words is the sources' own: every word of both documents with its count.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from caching import shared
from curation import plan_2022, strategy_2025_2034
from curation.common import CURATED, PLAN_2022_DOC, SOURCES, STRATEGY_DOC, read_csv
from curation.targets import RATE_DENOMINATORS, normalize
from curation.words import TOKEN, broken, source_words, two_words

ALLOW = CURATED / "lint_allow.csv"
ALLOW_COLUMNS = ["indicator_id", "field", "rule", "reason"]

_WORD = r"[A-Za-zĂÂÎȘȚăâîșț]"
_RATE = re.compile(
    r"/\s*(?:" + "|".join(RATE_DENOMINATORS) + r")\b"
    r"|\bpentru fiecare\b|\bla nivelul fiec[ăa]rui\b|\bper (?:" + "|".join(RATE_DENOMINATORS) + r")"
    r"|(?<![\d./])\d+\s*/\s*\d+(?![\d./%])"
    rf"|\d+\s+{_WORD}+\s*/\s*\d+\s+{_WORD}+",
    re.I,
)
_INTERVAL = re.compile(
    r"\bla\s+(?:fiecare\s+)?(?:\d+\s+)?(?:zile|luni|lun[ăa]|ani|an)\b(?!\s+de\b)", re.I
)
_PERIOD_WORDS = [
    ("annual", re.compile(r"\banual\w*|/\s*an\b|\bpe an\b", re.I)),
    ("semester", re.compile(r"\bsemestrial\w*|/\s*semestru\b", re.I)),
    ("quarterly", re.compile(r"\btrimestrial\w*|/\s*trimestru\b", re.I)),
    ("monthly", re.compile(r"\blunar\w*|/\s*lun[ăa]\b|\bpe lun[ăa]\b", re.I)),
    ("weekly", re.compile(r"\bs[ăa]pt[ăa]m[âa]nal\w*|/\s*s[ăa]pt[ăa]m[âa]n[ăa]\b", re.I)),
    ("permanent", re.compile(r"\bpermanen\w*", re.I)),
]
_ENGLISH = re.compile(
    r"\b(the|and|of|is|was|were|read|parsed|split|row|cell|with|from|into|which|this|"
    r"that|value|target|bullet|page|printed|kept|taken|instead|missing|not|as|by|its|one|two)\b",
    re.I,
)
_DIGITS = re.compile(r"\d")
_CAMEL = re.compile(r"[a-zăâîșț]{2,}[A-ZĂÂÎȘȚ][a-zăâîșț]")
_TRAILING_DASH = re.compile(r"(?:^|[\s,])[-‐–]\s*$")
CELL_FIELDS = ("funding", "responsible")
# the indicator's text is the source's, verbatim (`Target: 100% …` is printed so): not checked
TEXT_FIELDS = ("responsible", "partners", "funding", "notes")


@dataclass(frozen=True)
class Finding:
    """One lint finding: the indicator (or corrections row), field, rule and the text."""

    indicator_id: str
    field: str
    rule: str
    text: str

    def line(self) -> str:
        """The printed line: tab-separated, the text on one line."""
        return "\t".join((self.indicator_id, self.field, self.rule, " ".join(self.text.split())))


def broken_words(text: str, words: Counter[str]) -> list[str]:
    """`instituționa l`, `Ansambl ului`, `Resursefinancia re`: the pieces of broken words."""
    tokens = TOKEN.findall(normalize(text))
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(tokens) if broken(a, b, words)]
    return pairs + [t for t in tokens if _piece(t, words)]


def _piece(token: str, words: Counter[str]) -> bool:
    """A lower-case token printed fewer than three times that starts or ends a frequent word
    two letters longer or more (`fin`, `anciare` of `financiare`; `ului`)."""
    if not token.islower() or len(token) < 3 or words[token] >= 3:
        return False
    return any(
        len(w) >= len(token) + 2 and (w.startswith(token) or w.endswith(token))
        for w, n in words.items()
        if n >= 20
    )


def glued_words(text: str, words: Counter[str]) -> list[str]:
    """`BugetulAnsambl`, `Resurseumane`: one token made of two words of the sources."""
    return [
        t
        for t in TOKEN.findall(normalize(text))
        if _CAMEL.search(t) or (len(t) >= 8 and two_words(t, words))
    ]


def _title_overlap(cell: str, title: str, n: int = 4) -> str | None:
    """The first run of `n` words of `title` printed in `cell`, or None."""
    cell_words = [w.lower() for w in TOKEN.findall(normalize(cell))]
    title_words = [w.lower() for w in TOKEN.findall(normalize(title))]
    runs = {tuple(cell_words[i : i + n]) for i in range(len(cell_words) - n + 1)}
    for i in range(len(title_words) - n + 1):
        if tuple(title_words[i : i + n]) in runs:
            return " ".join(title_words[i : i + n])
    return None


# an interval that is a periodicity: `la 3 luni` → quarterly
_INTERVAL_PERIODS = {
    "1 lun": "monthly", "lun": "monthly", "3 lun": "quarterly", "6 lun": "semester",
    "12 lun": "annual", "1 an": "annual", "an": "annual",
}  # fmt: skip


def _interval_period(text: str) -> str | None:
    m = re.search(r"\bla\s+(?:fiecare\s+)?(\d+\s+)?(lun|an)", text, re.I)
    return _INTERVAL_PERIODS.get(f"{m.group(1) or ''}{m.group(2)}".lower()) if m else None


def _periods(text: str) -> set[str]:
    found = {name for name, p in _PERIOD_WORDS if p.search(text)}
    if period := _interval_period(text):
        found.add(period)
    return found


@shared
def deadline_cells() -> dict[str, str]:
    """The deadline cell of each activity / measure, as the parsers read it from the source."""

    cells: dict[str, str] = {}
    lines = (SOURCES / PLAN_2022_DOC).read_text(encoding="utf-8").splitlines()
    nodes = plan_2022.read_nodes(lines)
    plan_2022.assign_ids(nodes, plan_2022.load_corrections(), set())
    for node in nodes:
        if node.level == "activity":
            cells[node.node_id] = plan_2022._responsible_and_funding(node.rest)[1]
    lines = (SOURCES / STRATEGY_DOC).read_text(encoding="utf-8").splitlines()
    snodes = strategy_2025_2034.build_nodes(strategy_2025_2034.read_rows(lines))
    strategy_2025_2034.apply_node_corrections(snodes, strategy_2025_2034.load_corrections())
    for snode in snodes:
        if snode.level == "activity" and snode.row is not None:
            cells[snode.node_id] = snode.row.cells[3]
    return cells


def lint_indicator(
    row: dict[str, str], titles: Iterable[str], cell: str, words: Counter[str]
) -> list[Finding]:
    """The findings of one indicator row (`titles`: its activity's and objectives' titles)."""
    iid, text = row["indicator_id"], normalize(row["indicator_text"])
    out: list[Finding] = []
    count = row["target_kind"] == "count"
    if count and not row["target_per"] and (m := _RATE.search(text)):
        out.append(Finding(iid, "target_per", "rata", f"„{m.group(0)}” în: {text}"))
    interval = _INTERVAL.search(text)
    if count and interval and _interval_period(text) != row["periodicity"]:
        m = interval
        out.append(Finding(iid, "target_kind", "interval", f"„{m.group(0)}” în: {text}"))
    said = _periods(text)
    where = "text"
    if not said:
        said, where = _periods(cell), "celula termenului"
    if said and row["periodicity"] not in said:
        shown = cell if where != "text" else text
        out.append(Finding(iid, "periodicity", "periodicitate",
                           f"{row['periodicity']} ≠ {where}: {shown}"))  # fmt: skip
    if count and row["target_value"] and not row["target_unit"]:
        out.append(Finding(iid, "target_unit", "unitate", text))
    for field in CELL_FIELDS:
        value = row[field]
        if not value:
            continue
        if _DIGITS.search(value):
            out.append(Finding(iid, field, "cifre", value))
        if broken := broken_words(value, words):
            out.append(Finding(iid, field, "cuvânt-rupt", f"{', '.join(broken)} în: {value}"))
        if glued := glued_words(value, words):
            out.append(Finding(iid, field, "cuvinte-lipite", f"{', '.join(glued)} în: {value}"))
        if _TRAILING_DASH.search(value):
            out.append(Finding(iid, field, "liniuță-finală", value))
        for title in titles:  # a unit's name shares a few words with its activity's title
            if run := _title_overlap(value, title, 3 if field == "funding" else 8):
                out.append(Finding(iid, field, "celula-vecină", f"„{run}” din titlu în: {value}"))
                break
    for field in TEXT_FIELDS:
        if row[field] and (m := _ENGLISH.search(row[field])):
            out.append(Finding(iid, field, "engleză", f"„{m.group(0)}” în: {row[field]}"))
    return out


def lint(curated: Path = CURATED) -> list[Finding]:
    """Every finding of the curated indicators and the corrections' reasons."""
    words = source_words()
    nodes = {r["node_id"]: r for r in read_csv(curated / "objectives.csv")}
    cells = deadline_cells()
    out: list[Finding] = []
    for row in read_csv(curated / "indicators.csv"):
        titles = []
        node = nodes.get(row["activity_node_id"])
        while node is not None:
            titles.append(node["title"])
            node = nodes.get(node["parent_id"])
        out += lint_indicator(row, titles, cells.get(row["activity_node_id"], ""), words)
    for name in ("corrections_plan_2022.csv", "corrections_strategy_2025_2034.csv"):
        for i, c in enumerate(read_csv(curated / name), start=2):
            if m := _ENGLISH.search(c["reason"]):
                out.append(Finding(f"{name}:{i}", "reason", "engleză",
                                   f"„{m.group(0)}” în: {c['reason']}"))  # fmt: skip
    return out


def load_allow(path: Path = ALLOW) -> list[dict[str, str]]:
    """The reviewed allow-list: (indicator_id, field, rule) accepted, with a Romanian reason."""
    rows = read_csv(path) if path.exists() else []
    for i, r in enumerate(rows, start=2):
        if not r.get("reason", "").strip():
            raise ValueError(f"{path.name}, rândul {i}: lipsește motivul")
    return rows


def unresolved(findings: list[Finding], allow: list[dict[str, str]]) -> list[Finding]:
    """Findings not accepted by the allow-list, plus allow-list rows that match no finding."""
    keys = {(r["indicator_id"], r["field"], r["rule"]) for r in allow}
    found = {(f.indicator_id, f.field, f.rule) for f in findings}
    out = [f for f in findings if (f.indicator_id, f.field, f.rule) not in keys]
    for r in allow:
        if (r["indicator_id"], r["field"], r["rule"]) not in found:
            text = f"rândul acceptat nu mai corespunde unei constatări ({r['rule']})"
            out.append(Finding(r["indicator_id"], r["field"], "lista-acceptate", text))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the unresolved findings (all of them with `--all`); 1 when there is one."""
    argv = sys.argv[1:] if argv is None else argv
    findings = lint()
    shown = findings if "--all" in argv else unresolved(findings, load_allow())
    for f in shown:
        print(f.line())
    counts = Counter(f.rule for f in shown)
    print(f"# {len(shown)} constatări {dict(counts)}", file=sys.stderr)
    return 1 if shown else 0


if __name__ == "__main__":
    sys.exit(main())
