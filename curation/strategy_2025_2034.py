"""Parse the 2025–2034 operational plan (001) into objectives, indicators and milestones rows.

Run: `python -m curation.strategy_2025_2034`. The source is a Word table flattened to
one tab-separated line per table row; page breaks split a row into two lines separated by a
blank line. Reading rules (see also data/curated/indicators.meta.toml):

- `Componenta:` / `ALTE CATEGORII…` lines open a component; `OBIECTIV GENERAL N` a general
  objective (its title may continue on the next lines up to the header row).
- A row is normalised to 7 cells: 6-cell rows lack the objective cell (one is prepended);
  8-cell rows carry an empty extra cell before or after the funding cell (both joined); a
  measure printed in the objective cell with an empty measure cell is moved right.
- A row right after a blank line whose objective cell has no `O.S` code and whose measure
  cell has no number continues the row above (page break): cell by cell, text is appended;
  in the indicator cell the text before the first bullet ends the previous bullet.
- Indicator bullets are split at `•`, `▪`, `➤`, `●` (`✓` and `-` mark sub-items and stay
  inside their bullet); the text before the first marker is a bullet of its own.
- Every hand fix comes from data/curated/corrections_strategy_2025_2034.csv; a correction that
  matches nothing, or a parsed value that differs from the file's `parsed_value`, stops the run.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from curation.common import CURATED, SOURCES, STRATEGY_DOC, write_plan_rows
from curation.corrections import CORRECTION_COLUMNS as CORRECTION_COLUMNS
from curation.corrections import apply_field_corrections, check_all_used
from curation.corrections import load_corrections as _load
from curation.targets import normalize, parse_deadline, parse_target, split_milestones
from curation.words import mend_note

PLAN_ID = "strategy_2025_2034"
CORRECTIONS = CURATED / "corrections_strategy_2025_2034.csv"
COMPONENTS = {
    "copii": "children",
    "dizabilitati": "disability",
    "varstnici": "elderly",
    "violenta": "domestic_violence",
    "vulnerabile": "other",
    "sistem": "other",
}
_COMPONENT_HEADINGS = [
    ("copii", re.compile(r"^componenta:.*copilului", re.I)),
    ("dizabilitati", re.compile(r"^componenta:.*dizabilit", re.I)),
    ("varstnici", re.compile(r"^componenta:.*v[âa]rstnic", re.I)),
    ("violenta", re.compile(r"^componenta:.*violen", re.I)),
    ("vulnerabile", re.compile(r"^alte categorii de grupuri", re.I)),
    ("sistem", re.compile(r"^componenta:.*sistemul jude", re.I)),
]
_OG = re.compile(r"^obiectiv general\s*(\d+)\s*[:\-–]?\s*(.*)$", re.I)
_OS = re.compile(r"^O\.?\s*S\.?\s*(\d+(?:\.\d+)?)\.?\s*(.*)$")
_MEASURE = re.compile(r"^(\d+\.\d+(?:\.\d+)?)\.?\s*(.*)$")
_MARKERS = re.compile(r"[•▪➤●]")
_PERIOD_WORDS = [("permanent", re.compile(r"perman", re.I)), ("annual", re.compile(r"anual", re.I))]
_BULLET_DEADLINE = re.compile(
    r"p[âa]n[ăa] (?:[îi]n|la)\s+(?:anul\s+|sf[âa]r[șs]itul anului\s+)?(\d{4})", re.I
)
COLS = 7  # objective, measure, indicators, deadline, responsible, partners, funding


def clean(text: str) -> str:
    """Strip HTML tags and entities, collapse whitespace."""
    return normalize(html.unescape(re.sub(r"<[^>]+>", " ", text)))


@dataclass
class Bullet:
    """One indicator bullet and the lines its text comes from."""

    text: str
    line: int
    more_lines: list[int] = field(default_factory=list)


@dataclass
class Row:
    """One logical table row (possibly spread over a page break)."""

    line: int
    cells: list[str]
    bullets: list[Bullet]
    lines: list[int]


@dataclass
class Node:
    """An objective, specific objective or measure."""

    slug: str
    level: str
    number: str
    title: str
    line: int
    parsed_id: str
    parent: Node | None = None
    row: Row | None = None
    node_id: str = ""
    reasons: list[str] = field(default_factory=list)


def split_bullets(text: str, line: int) -> tuple[str, list[Bullet]]:
    """Split a cleaned indicator cell into (lead text before the first marker, bullets)."""
    pieces = _MARKERS.split(text)
    lead = pieces[0].strip()
    bullets = [Bullet(p.strip(), line) for p in pieces[1:] if p.strip()]
    return lead, bullets


def normalise_cells(raw: str) -> list[str]:
    """Tab-split one table line into the 7 logical cells."""
    cells = raw.split("\t")
    if len(cells) == COLS - 1:
        cells = ["", *cells]
    elif len(cells) == COLS + 1:
        cells = [*cells[:6], " ".join(c for c in cells[6:] if c.strip())]
    if len(cells) != COLS:
        raise ValueError(f"unexpected cell count {len(cells)}: {raw[:80]!r}")
    opens_list = bool(re.match(r"\s*<ul", cells[2]))
    cells = [clean(c) for c in cells]
    if opens_list and cells[2] and not _MARKERS.match(cells[2]):
        cells[2] = f"• {cells[2]}"  # text right after `<ul>` is a list item that lost its marker
    if _MEASURE.match(cells[0]) and not _OS.match(cells[0]) and not cells[1]:
        cells = ["", cells[0], *cells[2:]]
    return cells


def read_rows(lines: list[str]) -> list[tuple[str, object]]:
    """Walk the document: yield ('component', slug), ('og', (n, title, line)), ('row', Row)."""
    events: list[tuple[str, object]] = []
    current: Row | None = None
    in_header = False
    og_title: list[str] | None = None
    after_blank = False
    for no, raw in enumerate(lines, start=1):
        text = raw.rstrip("\n")
        first = clean(text.split("\t")[0])
        if not text.strip():
            after_blank = True
            continue
        blank_before, after_blank = after_blank, False
        slug = next((s for s, p in _COMPONENT_HEADINGS if p.match(first)), None)
        if slug:
            events.append(("component", slug))
            current, og_title = None, None
            continue
        og = _OG.match(first)
        if og:
            og_title = [og.group(2)]
            events.append(("og", (og.group(1), og_title, no)))
            current, in_header = None, False
            continue
        if "\t" not in text or set(clean(text).replace(" ", "")) <= {"-"}:
            if og_title is not None and not in_header and "\t" not in text:
                og_title.append(first)
            continue
        if first.lower().startswith("obiective"):
            in_header, og_title, current = True, None, None
            continue
        cells = normalise_cells(text)
        if og_title is not None and not in_header:
            og_title.append(" ".join(c for c in cells if c))
            continue
        starts_new = bool(_OS.match(cells[0]) or _MEASURE.match(cells[1]))
        if blank_before and not starts_new:
            if in_header:
                continue
            if current is None:
                raise ValueError(f"line {no}: continuation without a row above")
            _continue_row(current, cells, no)
            continue
        in_header = False
        lead, bullets = split_bullets(cells[2], no)
        if lead:
            bullets.insert(0, Bullet(lead, no))
        current = Row(no, cells, bullets, [no])
        events.append(("row", current))
    return events


def _continue_row(row: Row, cells: list[str], no: int) -> None:
    """Append a page-break continuation line to the row above, cell by cell."""
    row.lines.append(no)
    for i, cell in enumerate(cells):
        if cell and i != 2:
            row.cells[i] = f"{row.cells[i]} {cell}".strip()
    lead, bullets = split_bullets(cells[2], no)
    if lead:
        if row.bullets:
            last = row.bullets[-1]
            last.text = f"{last.text} {lead}".strip()
            last.more_lines.append(no)
        else:
            row.bullets.append(Bullet(lead, no))
    row.bullets.extend(bullets)
    row.cells[2] = f"{row.cells[2]} {cells[2]}".strip()


def build_nodes(events: list[tuple[str, object]]) -> list[Node]:
    """Turn the walk into general / specific / activity nodes with provisional ids."""
    nodes: list[Node] = []
    slug = ""
    og: Node | None = None
    spec: Node | None = None
    unnumbered = 0
    for kind, payload in events:
        if kind == "component":
            slug, og, spec = str(payload), None, None
        elif kind == "og":
            og_no, og_words, og_line = cast(tuple[str, list[str], int], payload)
            og = Node(slug, "general", og_no, clean(" ".join(og_words)), og_line, "")
            og.parsed_id = f"s25-{slug}-og{og_no}"
            nodes.append(og)
            spec = None
        else:
            row = payload
            assert isinstance(row, Row)
            os_match = _OS.match(row.cells[0])
            if os_match:
                number, title = os_match.group(1), os_match.group(2)
                spec = Node(slug, "specific", number, title, row.line, f"s25-{slug}-{number}", og)
                nodes.append(spec)
                unnumbered = 0
            elif row.cells[0] and spec is not None:
                spec.title = f"{spec.title} {row.cells[0]}".strip()
            if spec is None:
                raise ValueError(f"line {row.line}: measure outside a specific objective")
            m = _MEASURE.match(row.cells[1])
            if m:
                number, title = m.group(1), m.group(2)
                pid = f"s25-{slug}-{number}"
            else:
                unnumbered += 1
                number, title = "", row.cells[1]
                pid = f"s25-{slug}-{spec.number}-unnumbered{unnumbered}"
            act = Node(slug, "activity", number, title, row.line, pid, spec, row)
            nodes.append(act)
    return nodes


def load_corrections(path: Path = CORRECTIONS) -> list[dict[str, str]]:
    """Read this plan's corrections file (every hand fix, with its reason)."""
    return _load(path)


def apply_node_corrections(nodes: list[Node], corrections: list[dict[str, str]]) -> set[int]:
    """Apply `node_id` and `number` corrections; return the indexes of the rows used."""
    used: set[int] = set()
    for node in nodes:
        node.node_id = node.parsed_id
    for i, c in enumerate(corrections):
        if c["field"] not in {"node_id", "number", "node_note"}:
            continue
        hits = [
            n
            for n in nodes
            if n.parsed_id == c["node_or_indicator_id"] and str(n.line) == c["source_line"]
        ]
        if len(hits) != 1:
            raise ValueError(f"correction {i + 2} matches {len(hits)} nodes: {c}")
        node = hits[0]
        if c["field"] == "node_note":
            node.reasons.append(c["reason"])
            used.add(i)
            continue
        current = node.node_id if c["field"] == "node_id" else node.number
        if current != c["parsed_value"]:
            raise ValueError(f"correction {i + 2}: parsed {current!r} != {c['parsed_value']!r}")
        if c["field"] == "node_id":
            node.node_id = c["corrected_value"]
        else:
            node.number = c["corrected_value"]
            if node.node_id.endswith(tuple(f"-unnumbered{k}" for k in range(1, 20))):
                node.node_id = f"s25-{node.slug}-{c['corrected_value']}"
        node.reasons.append(c["reason"])
        used.add(i)
    for node in nodes:
        if "unnumbered" in node.node_id:
            raise ValueError(f"line {node.line}: unnumbered measure without a number correction")
    seen: dict[str, Node] = {}
    for node in nodes:
        if node.node_id in seen:
            raise ValueError(f"duplicate node_id {node.node_id} (lines {seen[node.node_id].line}, "
                             f"{node.line}); add a -b correction")  # fmt: skip
        seen[node.node_id] = node
    return used


def objective_rows(nodes: list[Node]) -> list[dict[str, object]]:
    """Rows of objectives.csv for this plan."""
    return [
        {
            "plan_id": PLAN_ID,
            "component": COMPONENTS[n.slug],
            "node_id": n.node_id,
            "parent_id": n.parent.node_id if n.parent else "",
            "level": n.level,
            "number": n.number,
            "title": n.title,
            "source_doc": STRATEGY_DOC,
            "source_line": n.line,
        }
        for n in nodes
    ]


def _cell_periodicity(cell: str) -> str | None:
    return next((name for name, p in _PERIOD_WORDS if p.search(cell)), None)


def _placeholder(cell: str) -> str:
    """A cell as read; `-` placeholders left empty."""
    return "" if set(cell.replace(" ", "")) <= {"-"} else cell


def indicator_rows(
    nodes: list[Node], corrections: list[dict[str, str]], used: set[int]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Rows of indicators.csv and milestones.csv, with bullet and field corrections applied."""
    indicators: list[dict[str, object]] = []
    milestones: list[dict[str, object]] = []
    for act in (n for n in nodes if n.level == "activity"):
        assert act.row is not None and act.parent is not None and act.parent.parent is not None
        row, spec, og = act.row, act.parent, act.parent.parent
        bullets = _bullets_for(act, corrections, used)
        deadline_cell = row.cells[3]
        cell_deadline = parse_deadline(deadline_cell)
        context = [f"obiectivul {spec.number}: {r}" for r in spec.reasons]
        context += [f"măsura: {r}" for r in act.reasons]
        # words the text extraction broke or glued, mended (the printed text in the notes)
        cells = [mend_note(name, _placeholder(row.cells[k])) for k, name in
                 ((4, "responsabilului"), (5, "partenerilor"), (6, "finanțării"))]  # fmt: skip
        (responsible, *_), (partners, *_), (funding, *_) = cells
        context += [note for _cell, note in cells if note]
        heading = ""
        k = 0
        for bullet in bullets:
            if bullet.text.startswith("## "):
                heading = bullet.text[3:]
                continue
            k += 1
            iid = f"{act.node_id}-i{k}"
            parsed = parse_target(bullet.text)
            notes = [*context]
            if heading:
                notes.append(f"sub subtitlul celulei „{heading}”")
            if parsed.note:
                notes.append(parsed.note)
            if parsed.parts:
                parts = ", ".join(f"{v:g} {u or ''}".strip() for v, u in parsed.parts)
                notes.append(f"țintă compusă: părțile {parts}")
            if bullet.text.endswith(":"):
                notes.append("indicator-etichetă: valoarea este scrisă în indicatorul următor")
            periodicity = parsed.periodicity
            if periodicity == "once" and (cp := _cell_periodicity(deadline_cell)):
                periodicity = cp
                notes.append(f"periodicitatea din celula termenelor „{deadline_cell}”")
            deadline = cell_deadline
            own = _BULLET_DEADLINE.findall(bullet.text)
            if own:
                deadline = own[-1]
                if own[-1] != cell_deadline:
                    notes.append(
                        f"termenul {own[-1]} din indicator; celula spune „{deadline_cell}”"
                    )
            if bullet.more_lines:
                lines = ", ".join(str(n) for n in bullet.more_lines)
                notes.append(f"textul continuă pe rândul {lines} (salt de pagină)")
            record: dict[str, object] = {
                "indicator_id": iid,
                "plan_id": PLAN_ID,
                "component": COMPONENTS[act.slug],
                "objective_number": og.number,
                "specific_number": spec.number,
                "activity_number": act.number,
                "activity_node_id": act.node_id,
                "indicator_text": bullet.text,
                "target_value": parsed.target_value,
                "target_unit": parsed.target_unit,
                "target_kind": parsed.target_kind,
                "target_per": parsed.target_per,
                "part_of": None,
                "direction": parsed.direction,
                "periodicity": periodicity,
                "deadline": deadline,
                "responsible": responsible,
                "partners": partners,
                "funding": funding,
                "source_doc": STRATEGY_DOC,
                "source_line": bullet.line,
                "notes": "",
            }
            for due, value in split_milestones(bullet.text):
                milestones.append({"indicator_id": iid, "due_date": due, "target_value": value})
            apply_field_corrections(record, corrections, used, milestones, notes)
            record["notes"] = "; ".join(notes)
            indicators.append(record)
    return indicators, milestones


def _bullets_for(act: Node, corrections: list[dict[str, str]], used: set[int]) -> list[Bullet]:
    """The activity's bullets, or the hand split of the corrections file (`bullets`)."""
    assert act.row is not None
    parsed = act.row.bullets
    for i, c in enumerate(corrections):
        if c["field"] != "bullets" or c["node_or_indicator_id"] != act.node_id:
            continue
        shown = " || ".join(b.text for b in parsed)
        if shown != c["parsed_value"]:
            raise ValueError(f"correction {i + 2}: bullets parsed as {shown!r}")
        pieces = c["corrected_value"].split(" || ")
        out: list[Bullet] = []
        for piece in pieces:
            source = next((b for b in parsed if piece.removeprefix("## ") in b.text), None)
            if source is None:
                raise ValueError(f"correction {i + 2}: {piece!r} is not in a parsed bullet")
            out.append(Bullet(piece, source.line, list(source.more_lines)))
        used.add(i)
        return out
    return parsed


def parse(
    source: Path = SOURCES / STRATEGY_DOC, corrections_path: Path = CORRECTIONS
) -> tuple[list[dict[str, object]], list[dict[str, object]], list[dict[str, object]]]:
    """Parse the document and apply the corrections: (objectives, indicators, milestones)."""
    lines = source.read_text(encoding="utf-8").splitlines()
    nodes = build_nodes(read_rows(lines))
    corrections = load_corrections(corrections_path)
    used = apply_node_corrections(nodes, corrections)
    indicators, milestones = indicator_rows(nodes, corrections, used)
    check_all_used(corrections, used)
    return objective_rows(nodes), indicators, milestones


def main() -> None:
    """Parse, write through write_plan_rows, print counts per component and objective."""
    objectives, indicators, milestones = parse()
    counts = write_plan_rows(
        PLAN_ID, objectives=objectives, indicators=indicators, milestones=milestones
    )
    print(f"{PLAN_ID}: {counts}")
    for obj in (o for o in objectives if o["level"] == "general"):
        oid = obj["node_id"]
        specs = [o for o in objectives if o["parent_id"] == oid]
        spec_ids = {o["node_id"] for o in specs}
        acts = [o for o in objectives if o["parent_id"] in spec_ids]
        act_ids = {o["node_id"] for o in acts}
        n_ind = sum(1 for i in indicators if i["activity_node_id"] in act_ids)
        print(f"  {oid}: {len(specs)} specific, {len(acts)} measures, {n_ind} indicators")


if __name__ == "__main__":
    main()
