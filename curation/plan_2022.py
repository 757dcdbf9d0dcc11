"""Parse the 2022 annual action plan (000, Cap. II–IV) into objectives, indicators, milestones.

Run: `python -m curation.plan_2022`. Cap. IV is a PDF table flattened to text: each
cell's lines follow one another, cells separated by blank lines, in column order (specific
objective, activity, result indicators, responsible unit, deadline, resources). Reading rules:

- General objectives start at the header lines listed in `GENERAL_OBJECTIVES` (read by eye:
  OG 9 is printed without the words `OBIECTIV GENERAL`); the table header, `COMPONENTA …`
  lines and the page numbers listed in `PAGE_NUMBERS` are skipped.
- A line starting with `N.M` (two numbers) opens a specific objective; `N.M.K` an activity.
  Each keeps the number as printed; a number printed twice gets `-b` (see the corrections).
- The activity's title is its first paragraph. Result indicators are the paragraphs after it
  that start with a dash (`‐`, `-`); a dash starts a bullet, the lines after it continue the
  bullet (also across one blank line when the next paragraph is a dash again). The first
  paragraph that is not a bullet starts the responsible / deadline / resources cells.
- Deadlines: the last date of those cells (`31.12.20` + `22` on the next line is one date);
  `Săptămânal`, `Lunar`, `Trimestrial`, `Semestrial`, `Permanent` set the periodicity of
  bullets that carry none, with the end of the plan year as the deadline (noted). The
  deadline cell ends after its last date or period word and the share or count written
  beside it (`31.12.2022( 50%)`, `31.12.2022 ‐850 cazuri`, `Trimestrul IV ‐20 copii și
  tineri`): that text is the deadline's, never the resources'.
- Page footnotes printed inside the table (`FOOTNOTE_LINES`) are skipped like page numbers.
- A hand split of the bullets (`bullets` correction) takes its bullets out of the other cells
  too (a bullet printed after the resources cell is an indicator, not a resource).
- Every hand fix comes from data/curated/corrections_plan_2022.csv (same fields as the
  strategy's file); a correction that matches nothing, or whose parsed value differs from
  `parsed_value`, stops the run.
- Cap. II (public information) and Cap. III (training) are read by eye into `CAP2` / `CAP3`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from curation.common import CURATED, PLAN_2022_DOC, SOURCES, write_plan_rows
from curation.corrections import apply_field_corrections, check_all_used
from curation.corrections import load_corrections as _load
from curation.targets import normalize, parse_deadline, parse_target, split_milestones
from curation.words import mend_note

PLAN_ID = "plan_2022"
CORRECTIONS = CURATED / "corrections_plan_2022.csv"
PLAN_END = "2022-12-31"

# general objective → (header line, last line of its table, component), read by eye: a
# table ends on the line before the next objective's header (OG 11 before the signatures)
GENERAL_OBJECTIVES: dict[int, tuple[int, int, str]] = {
    1: (1197, 1538, "other"),
    2: (1539, 1891, "children"),
    3: (1892, 2130, "children"),
    4: (2131, 2843, "children"),
    5: (2844, 3256, "disability"),
    6: (3257, 3561, "disability"),
    7: (3562, 3650, "elderly"),
    8: (3651, 3793, "domestic_violence"),
    9: (3794, 4453, "other"),
    10: (4454, 4556, "other"),
    11: (4557, 4652, "other"),
}
# lone page numbers printed inside the table (the PDF's footers), read by eye
PAGE_NUMBERS = {3130, 3302, 3880}
# the text of page footnote 16 (`16servicii care să țină seama…`), printed inside 4.4.1's row
FOOTNOTE_LINES = {2339, 2340}

# bullets are printed with `‐` (U+2010) or `-`; `–` (en dash) opens lines of the resources cell
_DASH = re.compile(r"^\s*[‐\-•]")
_UNIT = re.compile(r"^\s*[‐\-]\s*(Secretariatul|Compartimentul|Serviciul|Biroul)\b")
# a bullet line that runs on into the next cells: `‐1 serviciu relicențiat  Serviciul  Management`
_RUN_ON = re.compile(r"\s{2,}(?=(?:Biroul|Serviciul|Compartiment\w*|CIAPV|Echipa|Direcția|Corp)\b)")
# objective numbers run 1–11, so a line opening with a date (`31.12.20`, `30.06.2022`) is no node
_SPEC = re.compile(r"^\s*(1[01]|[1-9])\.(\d{1,2})\.?(?=\s|$)")
_ACT = re.compile(r"^\s*(1[01]|[1-9])\.(\d{1,2})\.(\d{1,2})(?!\d)\.?")
_SLIP_918 = re.compile(r"^\s*9\.18\.")
_DATE_SPLIT = re.compile(r"(\d{2}\.\d{2}\.20)\s*\n\s*(\d{2})")
_PERIOD_WORDS = [
    ("weekly", re.compile(r"săptămânal", re.I)),
    ("monthly", re.compile(r"\blunar", re.I)),
    ("quarterly", re.compile(r"trimestrial", re.I)),
    ("semester", re.compile(r"semestrial", re.I)),
    ("permanent", re.compile(r"permanent", re.I)),
    ("annual", re.compile(r"\banual", re.I)),
]
# deadline cells that name a part of the year (read by eye) → the last day of that part
_PERIOD_ENDS = {
    "semestrul ii 2022": "2022-12-31",
    "trimestrul i 2022": "2022-03-31",
    "anul 2022": "2022-12-31",
}
# what the deadline cell writes beside its last date or period: a share or a count
_CELL_TAIL = re.compile(
    r"\s*(?:\(\s*\d+\s*%?\s*\)|\d+\s*%\s*\)|[‐\-]\s*\d+\s+(?:cazuri|copii(?:\s+și\s+tineri)?)\b)"
)
_TRAILING_DASH = re.compile(r"\s*[‐\-–]\s*$")
_TIME_WORDS = re.compile(
    r"\d{2}\.\d{2}\.20\d{2}|\blunar|trimestrial|semestrial|permanent|săptămânal|\banual"
    r"|\banul 2022|semestrul ii\s+2022|trimestrul i\s+2022|\btrimestrul\s+(?:iv|i{1,3})\b",
    re.I,
)


@dataclass
class Bullet:
    """One result-indicator bullet: its text as printed (whitespace collapsed) and first line."""

    text: str
    line: int


@dataclass
class Node:
    """A general objective, specific objective or activity of Cap. IV."""

    level: str
    number: str
    title: str
    line: int
    og: int
    parent: Node | None = None
    node_id: str = ""
    bullets: list[Bullet] = field(default_factory=list)
    rest: str = ""
    paras: list[list[tuple[int, str]]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a line ending in a glued hyphen continues the word."""
    out = ""
    for raw in lines:
        piece = _flat(raw)
        if not piece:
            continue
        if out and re.search(r"\w[‐-]$", out):
            out += piece
        else:
            out = f"{out} {piece}" if out else piece
    return out


def _paragraphs(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    paras: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for no, text in lines:
        if text.strip():
            current.append((no, text))
        elif current:
            paras.append(current)
            current = []
    if current:
        paras.append(current)
    return paras


def _is_dash(text: str) -> bool:
    return bool(_DASH.match(text))


def _continues(para: list[tuple[int, str]], after: list[list[tuple[int, str]]]) -> bool:
    """A paragraph without a leading dash still holds bullets when a dash follows in it or
    opens the next paragraph (the blank line was a page or cell break inside a bullet)."""
    if any(_is_dash(t) and not _UNIT.match(t) for _n, t in para[1:]):
        return True
    return bool(after) and _is_dash(after[0][0][1]) and not _UNIT.match(after[0][0][1])


def _bullets(
    paras: list[list[tuple[int, str]]], plain: int = 0
) -> tuple[list[Bullet], list[tuple[int, str]]]:
    """Bullets from the paragraphs after the title, and the lines left for the other cells.

    `plain` > 0 reads that many paragraphs as indicators although they carry no dash (one
    bullet per paragraph unless a dash starts a new one) — a hand correction.
    """
    used = plain
    if not plain:
        for k, para in enumerate(paras):
            if used and _UNIT.match(para[0][1]):
                break  # `‐Secretariatul Echipei…`: the responsible cell, printed with a dash
            if _is_dash(para[0][1]):
                used = k + 1
            elif used == k and used and _continues(para, paras[k + 1 : k + 2]):
                used = k + 1  # a bullet continued across a blank line
            else:
                break
    pieces: list[tuple[int, list[str]]] = []
    rest: list[tuple[int, str]] = []
    for para in paras[:used]:
        new_para = True
        for no, text in para:
            if rest:
                rest.append((no, text))
                continue
            head, *tail = _RUN_ON.split(text, maxsplit=1)
            if _is_dash(head) or not pieces or (plain and new_para):
                pieces.append((no, [_DASH.sub("", head, count=1)]))
            else:
                pieces[-1][1].append(head)
            new_para = False
            if tail:
                rest.append((no, tail[0]))
    for para in paras[used:]:
        rest.extend(para)
    bullets = [Bullet(text, no) for no, texts in pieces if (text := _join_lines(texts))]
    return bullets, rest


def read_nodes(lines: list[str]) -> list[Node]:
    """Every node of Cap. IV in document order, with each activity's bullets and other cells."""
    nodes: list[Node] = []
    for og, (start, end, _component) in GENERAL_OBJECTIVES.items():
        header: list[str] = []
        no = start
        while lines[no - 1].strip() and "Indicatori de rezultat" not in lines[no - 1]:
            header.append(lines[no - 1])
            no += 1
        title = _join_lines(header)
        title = re.sub(r"^(OBIECTIV GENERAL\s*(NR\.?)?\s*)?\d+\s*\.?\s*\.?\s*", "", title)
        og_node = Node("general", str(og), title, start, og)
        nodes.append(og_node)
        body: list[tuple[int, str]] = []
        in_header = False
        for n in range(no, end + 1):
            text = lines[n - 1]
            if "Indicatori de rezultat" in text:
                in_header = True
            if in_header:
                if text.strip().startswith("Termen"):
                    in_header = False
                continue
            if n in PAGE_NUMBERS or n in FOOTNOTE_LINES or text.strip().startswith("COMPONENTA"):
                text = ""
            body.append((n, text))
        nodes.extend(_read_body(body, og_node))
    return nodes


def _read_body(body: list[tuple[int, str]], og_node: Node) -> list[Node]:
    starts: list[tuple[int, str, str]] = []  # (index in body, level, number)
    for i, (_no, text) in enumerate(body):
        if _SLIP_918.match(text):
            starts.append((i, "activity", "9.18"))
        elif m := _ACT.match(text):
            starts.append((i, "activity", ".".join(m.groups())))
        elif (m := _SPEC.match(text)) and not re.match(r"\s*\d{2}\.\d{2}\.20", text):
            starts.append((i, "specific", ".".join(m.groups())))
    out: list[Node] = []
    spec: Node | None = None
    for k, (i, level, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(body)
        paras = _paragraphs(body[i:end])
        line = body[i][0]
        title_lines = [t for _n, t in paras[0]]
        title = _join_lines(title_lines)
        title = re.sub(r"^\s*\d{1,2}\.\d{1,2}(\.\d{1,2})?\.?\s*", "", title)
        if level == "specific":
            spec = Node("specific", number, title, line, og_node.og, parent=og_node)
            out.append(spec)
            continue
        node = Node("activity", number, title, line, og_node.og, parent=spec or og_node)
        node.paras = paras[1:]
        for j, (no, text) in enumerate(paras[0]):
            head, *tail = re.split(r"\s{2,}(?=‐\s*\S)", text, maxsplit=1)
            if tail:  # the title's row runs on into the indicators: `4.9.2. Monitorizare…  ‐ 70`
                node.title = _join_lines([*title_lines[:j], head])
                node.title = re.sub(r"^\s*\d{1,2}\.\d{1,2}(\.\d{1,2})?\.?\s*", "", node.title)
                node.paras = [[(no, tail[0]), *paras[0][j + 1 :]], *paras[1:]]
                break
        node.bullets, rest = _bullets(node.paras)
        node.rest = "\n".join(t for _n, t in rest)
        out.append(node)
    return out


def load_corrections(path: Path = CORRECTIONS) -> list[dict[str, str]]:
    """Read this plan's corrections file (every hand fix, with its reason)."""
    return _load(path)


def assign_ids(nodes: list[Node], corrections: list[dict[str, str]], used: set[int]) -> None:
    """`p22-og{N}`, `p22-{number}`; then `node_id`/`number`/`title`/`node_note` corrections
    (a title cut by the table, its end printed in another cell); unique."""
    for node in nodes:
        node.node_id = f"p22-og{node.number}" if node.level == "general" else f"p22-{node.number}"
    for i, c in enumerate(corrections):
        if c["field"] not in {"node_id", "number", "title", "node_note", "indicator_paragraphs"}:
            continue
        hits = [
            n
            for n in nodes
            if n.node_id == c["node_or_indicator_id"] and str(n.line) == c["source_line"]
        ]
        if len(hits) != 1:
            raise ValueError(f"correction {i + 2} matches {len(hits)} nodes: {c}")
        node = hits[0]
        if c["field"] == "node_note":
            node.reasons.append(c["reason"])
        elif c["field"] == "indicator_paragraphs":
            node.bullets, rest = _bullets(node.paras, plain=int(c["corrected_value"]))
            node.rest = "\n".join(t for _n, t in rest)
            node.reasons.append(c["reason"])
        else:
            current = {"node_id": node.node_id, "number": node.number, "title": node.title}[
                c["field"]
            ]
            if current != c["parsed_value"]:
                raise ValueError(f"correction {i + 2}: parsed {current!r} != {c['parsed_value']!r}")
            setattr(node, c["field"], c["corrected_value"])
            node.reasons.append(c["reason"])
        used.add(i)
    seen: dict[str, Node] = {}
    for node in nodes:
        if node.node_id in seen:
            raise ValueError(f"duplicate node_id {node.node_id} (lines {seen[node.node_id].line}, "
                             f"{node.line}); add a -b correction")  # fmt: skip
        seen[node.node_id] = node


def _periodicity_of(rest: str) -> str | None:
    return next((name for name, p in _PERIOD_WORDS if p.search(rest)), None)


def _responsible_and_funding(rest: str) -> tuple[str, str, str]:
    """(responsible, deadline cell, resources) from the cells after the bullets."""
    text = _DATE_SPLIT.sub(r"\1\2", rest)
    flat = _flat(text)
    times = list(_TIME_WORDS.finditer(flat))
    if not times:
        return flat, "", ""
    first, last = times[0], times[-1]
    end = last.end()
    # the deadline cell may be written `Săptămânal/ lunar` or `31.12.2022(`: take the word's end
    while end < len(flat) and flat[end] not in " ":
        end += 1
    if share := _CELL_TAIL.match(flat[end:]):  # `31.12.2022 (50%)`, `( 50%)`, `‐850 cazuri`
        end += share.end()
    cells = flat[: first.start()], flat[first.start() : end], flat[end:]
    # a dash closing a cell opens an empty item (`- Programul D‐Smart, -`) or a line break
    # (`H.Coandă Bacău‐`): not the cell's text
    return cast(tuple[str, str, str], tuple(_TRAILING_DASH.sub("", c).strip() for c in cells))


def _bullets_for(node: Node, corrections: list[dict[str, str]], used: set[int],
                 lines: list[str]) -> list[Bullet]:  # fmt: skip
    """The activity's bullets, or the hand split of the corrections file (`bullets`)."""
    for i, c in enumerate(corrections):
        if c["field"] != "bullets" or c["node_or_indicator_id"] != node.node_id:
            continue
        shown = " || ".join(b.text for b in node.bullets)
        if shown != c["parsed_value"]:
            raise ValueError(f"correction {i + 2}: bullets parsed as {shown!r}")
        out: list[Bullet] = []
        for piece in c["corrected_value"].split(" || ") if c["corrected_value"] else []:
            out.append(Bullet(piece, _line_of(piece, node.line, lines)))
            node.rest = _without(node.rest, piece)
        used.add(i)
        return out
    return node.bullets


def _without(rest: str, piece: str) -> str:
    """The other cells' lines without the lines that print a hand-split bullet (when they do)."""
    target = _squash(piece)
    rows = rest.split("\n")
    for start, text in enumerate(rows):
        if not _squash(text) or not target.startswith(_squash(text).lstrip("‐-")[:12]):
            continue
        covered = ""
        for stop in range(start, len(rows)):
            covered += _squash(rows[stop])
            if len(covered) >= len(target):
                if covered == target:
                    return "\n".join(rows[:start] + rows[stop + 1 :])
                break
    return rest


def _squash(text: str) -> str:
    return re.sub(r"[\s‐\-–]", "", normalize(text)).lower()


def _line_of(piece: str, start: int, lines: list[str]) -> int:
    """The line where a hand-split bullet starts: its first words, searched from `start`."""
    head = _squash(piece)[:20]
    for no in range(start, min(start + 120, len(lines) + 1)):
        if head[:12] and _squash(lines[no - 1]).find(head[:12]) >= 0:
            window = _squash(" ".join(lines[no - 1 : no + 8]))
            if head in window:
                return no
    raise ValueError(f"hand-split bullet {piece!r} not found after line {start}")


def indicator_rows(
    nodes: list[Node], corrections: list[dict[str, str]], used: set[int], lines: list[str]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Rows of indicators.csv and milestones.csv, with bullet and field corrections applied."""
    indicators: list[dict[str, object]] = []
    milestones: list[dict[str, object]] = []
    for act in (n for n in nodes if n.level == "activity"):
        spec = act.parent if act.parent and act.parent.level == "specific" else None
        component = GENERAL_OBJECTIVES[act.og][2]
        bullets = _bullets_for(act, corrections, used, lines)
        responsible, deadline_cell, funding = _responsible_and_funding(act.rest)
        mended = [mend_note(name, cell) for name, cell in
                  (("responsabilului", responsible), ("finanțării", funding))]  # fmt: skip
        (responsible, note_r), (funding, note_f) = mended
        cell_deadline = _PERIOD_ENDS.get(deadline_cell.lower()) or parse_deadline(deadline_cell)
        cell_period = _periodicity_of(deadline_cell)
        context = [f"obiectivul {spec.number}: {r}" for r in spec.reasons] if spec else []
        context += [f"activitatea: {r}" for r in act.reasons]
        context += [n for n in (note_r, note_f) if n]
        for k, bullet in enumerate(bullets, start=1):
            iid = f"{act.node_id}-i{k}"
            parsed = parse_target(bullet.text)
            notes = [*context]
            if parsed.note:
                notes.append(parsed.note)
            if parsed.parts:
                parts = ", ".join(f"{v:g} {u or ''}".strip() for v, u in parsed.parts)
                notes.append(f"țintă compusă: părțile {parts}")
            periodicity = parsed.periodicity
            if periodicity == "once" and cell_period:
                periodicity = cell_period
                notes.append(f"periodicitatea din celula termenului „{deadline_cell}”")
            deadline = cell_deadline
            if deadline is None:
                deadline = PLAN_END
                shown = deadline_cell or "—"
                notes.append(f"celula termenului „{shown}” nu dă o dată: citită ca sfârșitul "
                             "anului planului")  # fmt: skip
            record: dict[str, object] = {
                "indicator_id": iid,
                "plan_id": PLAN_ID,
                "component": component,
                "objective_number": str(act.og),
                "specific_number": spec.number if spec else "",
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
                "partners": "",
                "funding": funding,
                "source_doc": PLAN_2022_DOC,
                "source_line": bullet.line,
                "notes": "",
            }
            for due, value in split_milestones(bullet.text):
                milestones.append({"indicator_id": iid, "due_date": due, "target_value": value})
            apply_field_corrections(record, corrections, used, milestones, notes)
            record["notes"] = "; ".join(notes)
            indicators.append(record)
    return indicators, milestones


def objective_rows(nodes: list[Node]) -> list[dict[str, object]]:
    """Rows of objectives.csv for Cap. IV."""
    return [
        {
            "plan_id": PLAN_ID,
            "component": GENERAL_OBJECTIVES[n.og][2],
            "node_id": n.node_id,
            "parent_id": n.parent.node_id if n.parent else "",
            "level": n.level,
            "number": n.number,
            "title": n.title,
            "source_doc": PLAN_2022_DOC,
            "source_line": n.line,
        }
        for n in nodes
    ]


# Cap. II — public information, read by eye. Activities: (node id, number, line, title).
CAP2_ACTIVITIES = [
    ("p22-cap2-1", "II.1", 1094, "Actualizarea informaţiilor care se publică pe pagina proprie "
     "de internet a D.G.A.S.P.C Bacău – www.dgaspcbacau.ro"),
    ("p22-cap2-2", "II.2", 1131, "Activităţi de informare a publicului, altele decât activitatea "
     "de informare a beneficiarului în cadrul procesului de acordare a serviciilor sociale, "
     "respectiv pe perioada realizării evaluării iniţiale, a anchetelor sociale sau a activităţii "
     "de consiliere"),
]  # fmt: skip
# (activity, line, item as printed, the `Termen` cell as printed, periodicity, deadline)
CAP2: list[tuple[str, int, str, str, str, str]] = [
    ("p22-cap2-1", 1096, "Publicarea documente de interes public privind activitatea DGASPC Bacău "
     "( raport anual de activitate, buget, pland de acțiune, organigramă, stat de funcții, etc)",
     "actualizare semestrială", "semester", PLAN_END),
    ("p22-cap2-1", 1102, "Publicare formulare/modele de cereri în format editabil, programul "
     "instituţiei, condiţii de eligibilitate, informaţiile privind costurile serviciilor sociale "
     "acordate, pentru fiecare serviciu furnizat", "actualizare semestrială", "semester",
     PLAN_END),
    ("p22-cap2-1", 1108, "Publicare lista furnizori de servicii sociale publici și privați din "
     "judeţul Bacău şi a serviciilor sociale acordate de aceştia", "actualizare lunară",
     "monthly", PLAN_END),
    ("p22-cap2-1", 1114, "Publicare listă servicii sociale care funcţionează în subordinea "
     "Direcției Generale de Asistență Socială și Protecția Copilului Bacău", "actualizare lunară",
     "monthly", PLAN_END),
    ("p22-cap2-1", 1119, "Publicare informaţii privind alte servicii de interes public care nu au "
     "organizate compartimente deconcentrate la nivelul unităţii administrativ‐teritoriale",
     "actualizare lunară", "monthly", PLAN_END),
    ("p22-cap2-1", 1124, "Publicare situaţii statistice care privesc serviciile sociale organizate "
     "şi acordate la nivelul judeţului Bacău", "actualizare lunara / trimestrială", "monthly",
     PLAN_END),
    ("p22-cap2-1", 1126, "Publicarea pe pagina de internet precum şi afişarea la sediul "
     "instituţiei a informaţiilor privind costurile serviciilor sociale acordate, pentru fiecare "
     "serviciu furnizat;", "semestrială", "semester", PLAN_END),
    ("p22-cap2-2", 1134, "Informarea perioadică a furnizorilor publici și privați de servicii "
     "sociale privind modificări legislative, proceduri de lucru etc", "permanent", "permanent",
     PLAN_END),
    ("p22-cap2-2", 1139, "Marcarea zilei de 3 aprilie – Ziua de conștientizare a autismului",
     "aprilie 2022", "once", "2022-04-30"),
    ("p22-cap2-2", 1140, "Marcarea zilei de 25 noiembrie – Ziua internațională pentru combaterea "
     "violenței în familie", "noiembrie 2022", "once", "2022-11-30"),
    ("p22-cap2-2", 1145, "Marcarea zilei internaționale a persoanelor vârstnice",
     "octombrie 2022", "once", "2022-10-31"),
    ("p22-cap2-2", 1146, "Marcarea zilei Internaționale a persoanei cu dizabilități",
     "decembrie 2022", "once", "2022-12-31"),
    ("p22-cap2-2", 1147, "Anunțuri/comunicate de presă privind evenimentele și acțiunile DGASPC "
     "Bacău", "periodic", "once", PLAN_END),
]  # fmt: skip
# Cap. III — training, read by eye: (activity id, line, title) and
# (activity, line, the row's label as printed, persons, budget cell as printed)
CAP3_ACTIVITIES = [
    ("p22-cap3-b1", "III.b", 1158, "cursuri de perfecţionare"),
    ("p22-cap3-b2", "III.b", 1167, "cursuri de calificare"),
    ("p22-cap3-c", "III.c", 1172, "sesiuni de instruire"),
]
# (the row's first cell only: the persons and the budget are its neighbouring cells)
CAP3: list[tuple[str, int, str, float, str]] = [
    ("p22-cap3-b1", 1165, "Personal de specialitate", 1140, "170.270.lei"),
    ("p22-cap3-b2", 1169, "Curs lucrător social", 25, "25.000 lei"),
    ("p22-cap3-c", 1174, "personalul din centre conform cerinţelor standardelor de calitate",
     1500, "Nu este cazul"),
    ("p22-cap3-c", 1175, "personalul din cadrul SPAS‐urilor/Structurilor Comunitare Consultative",
     50, "Nu este cazul"),
]  # fmt: skip
CAP_TITLES = {
    "p22-cap2": (1089, "II", "Planificarea activităţilor de informare a publicului cu privire la "
                 "serviciile sociale existente la nivel local/judeţean"),
    "p22-cap3": (1149, "III", "Programul de formare şi îndrumare metodologică a personalului care "
                 "lucrează în domeniul serviciilor sociale"),
}  # fmt: skip


def _chapter_indicator(
    activity: str, number: str, k: int, line: int, text: str
) -> dict[str, object]:
    chapter = activity.rsplit("-", 1)[0]
    return {
        "indicator_id": f"{activity}-i{k}", "plan_id": PLAN_ID, "component": "other",
        "objective_number": CAP_TITLES[chapter][1], "specific_number": "",
        "activity_number": number, "activity_node_id": activity, "indicator_text": text,
        "partners": "", "source_doc": PLAN_2022_DOC, "source_line": line,
        "responsible": "",
    }  # fmt: skip


def _ro_int(value: float) -> str:
    """1140 → `1.140` (the Romanian thousands separator)."""
    return f"{value:,.0f}".replace(",", ".")


def chapter_rows() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Objective and indicator rows of Cap. II and Cap. III (hand transcription)."""
    objectives: list[dict[str, object]] = []
    for node_id, (line, number, title) in CAP_TITLES.items():
        objectives.append({
            "plan_id": PLAN_ID, "component": "other", "node_id": node_id, "parent_id": "",
            "level": "general", "number": number, "title": title,
            "source_doc": PLAN_2022_DOC, "source_line": line,
        })  # fmt: skip
        for act_id, act_number, act_line, act_title in (*CAP2_ACTIVITIES, *CAP3_ACTIVITIES):
            if act_id.startswith(node_id + "-"):
                objectives.append({
                    "plan_id": PLAN_ID, "component": "other", "node_id": act_id,
                    "parent_id": node_id, "level": "activity", "number": act_number,
                    "title": act_title, "source_doc": PLAN_2022_DOC, "source_line": act_line,
                })  # fmt: skip
    numbers = {a[0]: a[1] for a in (*CAP2_ACTIVITIES, *CAP3_ACTIVITIES)}
    indicators: list[dict[str, object]] = []
    count: Counter[str] = Counter()
    for act, line, text, term, periodicity, deadline in CAP2:
        count[act] += 1
        row = _chapter_indicator(act, numbers[act], count[act], line, text)
        notes = ["o publicare sau un eveniment: citit ca realizat / nerealizat (da/nu)"]
        if deadline != PLAN_END or term == "periodic":
            notes.append(f"celula Termen: „{term}”")
        if "/" in term:
            notes.append(f"„{term}”: se păstrează ritmul mai frecvent (lunar)")
        row.update(target_value=None, target_unit=None, target_kind="boolean", direction="exact",
                   periodicity=periodicity, deadline=deadline, funding="",
                   notes="; ".join(notes))  # fmt: skip
        indicators.append(row)
    for act, line, text, persons, budget in CAP3:
        count[act] += 1
        row = _chapter_indicator(act, numbers[act], count[act], line, text)
        row.update(target_value=persons, target_unit="persoane", target_kind="count",
                   direction="exact", periodicity="once", deadline=PLAN_END,
                   funding=f"Buget estimat: {budget}",
                   notes=f"rândul tabelului: {text}, {_ro_int(persons)} persoane, buget estimat "
                         f"„{budget}” (celulele vecine ale rândului); Cap. III nu dă un termen: "
                         "sfârșitul anului planului")  # fmt: skip
        indicators.append(row)
    return objectives, indicators


def parse(
    source: Path = SOURCES / PLAN_2022_DOC, corrections_path: Path = CORRECTIONS
) -> tuple[list[dict[str, object]], list[dict[str, object]], list[dict[str, object]]]:
    """Parse Cap. II–IV and apply the corrections: (objectives, indicators, milestones)."""
    lines = source.read_text(encoding="utf-8").splitlines()
    nodes = read_nodes(lines)
    corrections = load_corrections(corrections_path)
    used: set[int] = set()
    assign_ids(nodes, corrections, used)
    indicators, milestones = indicator_rows(nodes, corrections, used, lines)
    check_all_used(corrections, used)
    cap_objectives, cap_indicators = chapter_rows()
    return cap_objectives + objective_rows(nodes), cap_indicators + indicators, milestones


def main() -> None:
    """Parse, write through write_plan_rows, print counts per general objective."""
    objectives, indicators, milestones = parse()
    counts = write_plan_rows(
        PLAN_ID, objectives=objectives, indicators=indicators, milestones=milestones
    )
    per_og = Counter(str(r["objective_number"]) for r in indicators)
    print(counts, dict(per_og))


if __name__ == "__main__":
    main()
