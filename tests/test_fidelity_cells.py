"""Every text field holds only its own cell (issue 15): `responsible`, `partners` and `funding`
are read from the source's responsible / partners / resources cells of the indicator's row,
never from the deadline cell, a page footnote or the indicator bullets."""

from __future__ import annotations

import re

import pytest

from curation.common import CURATED, PLAN_2022_DOC, SOURCES, STRATEGY_DOC, read_csv
from curation.plan_2022 import FOOTNOTE_LINES
from curation.targets import normalize

CELL_FIELDS = ("responsible", "partners", "funding")


@pytest.fixture(scope="module")
def indicators() -> list[dict[str, str]]:
    return read_csv(CURATED / "indicators.csv")


@pytest.fixture(scope="module")
def objectives() -> list[dict[str, str]]:
    return read_csv(CURATED / "objectives.csv")


def _squash(text: str) -> str:
    return re.sub(r"[\s‐\-–—]", "", normalize(text)).lower()


def _lines(doc: str) -> list[str]:
    return (SOURCES / doc).read_text(encoding="utf-8").splitlines()


def _row_text_2022(ind, objectives, lines) -> str:
    """The source text of the indicator's activity row: its line up to the next node's line."""
    starts = sorted(
        int(o["source_line"])
        for o in objectives
        if o["plan_id"] == "plan_2022" and not o["node_id"].startswith(("p22-cap",))
    )
    act = next(o for o in objectives if o["node_id"] == ind["activity_node_id"])
    first = int(act["source_line"])
    last = next((s for s in starts if s > first), len(lines) + 1)
    return " ".join(t for n, t in enumerate(lines[first - 1 : last - 1], start=first)
                    if n not in FOOTNOTE_LINES)  # fmt: skip


def test_footnote_lines_are_footnotes():
    lines = _lines(PLAN_2022_DOC)
    assert lines[min(FOOTNOTE_LINES) - 1].startswith("16servicii")  # footnote 16, page footer
    found = {n for n, t in enumerate(lines, start=1) if re.match(r"\d{1,2}[a-zăâîșț]{4}", t)}
    assert found & set(range(1197, 4653)) <= FOOTNOTE_LINES  # Cap. IV holds no other footnote


def _mended_from_row(value: str, notes: str, row_text: str) -> bool:
    """A cell whose broken or glued words were mended: the note gives the printed text, which
    stands in the row, and the mended text has the same letters."""
    for printed in re.findall(r"refăcute \(tipărit „(.*?)”\)", notes):
        if _squash(printed) in row_text and sorted(_squash(printed)) == sorted(_squash(value)):
            return True
    return False


def test_plan_2022_cells_come_from_the_activity_row(indicators, objectives):
    """Each field's text stands in the activity's row; it never holds a date or the deadline
    cell's shares and counts, a page footnote, or a bullet of the same activity."""
    lines = _lines(PLAN_2022_DOC)
    footnote = _squash(" ".join(lines[n - 1] for n in sorted(FOOTNOTE_LINES)))
    rows = [r for r in indicators if r["plan_id"] == "plan_2022" and "cap" not in r["indicator_id"]]
    bullets: dict[str, list[str]] = {}
    for r in rows:
        bullets.setdefault(r["activity_node_id"], []).append(_squash(r["indicator_text"]))
    for r in rows:
        row_text = _squash(_row_text_2022(r, objectives, lines))
        for field in CELL_FIELDS:
            value = r[field]
            if not value:
                continue
            assert (
                _squash(value) in row_text
                or "corectat" in r["notes"]
                or _mended_from_row(value, r["notes"], row_text)
            ), (r["indicator_id"], field)
            assert not re.search(r"\d{2}\.\d{2}\.\d{2}", value), (r["indicator_id"], field)
            assert not re.match(r"\W*\d+\s*%\s*\)|[‐\-]\s*\d+\s+cazuri", value), r["indicator_id"]
            assert not re.search(r"Trimestrul\s+[IV]+", value), (r["indicator_id"], field)
            assert footnote[:30] not in _squash(value), (r["indicator_id"], field)
            for text in bullets[r["activity_node_id"]]:
                if len(text) >= 15:
                    assert text not in _squash(value), (r["indicator_id"], field, text)


@pytest.mark.parametrize(
    ("indicator_id", "field", "expected"),
    [
        # 000:1757-1762 — `31.12.2022( 50%)` is the deadline; the resources cell follows
        ("p22-2.3.4-i1", "funding", "Resurse umane, logistice și financiare"),
        ("p22-2.3.5-i1", "funding", "Resurse umane, logistice și financiare"),
        # 000:1953-1962 — `31.12.2022 ‐850 cazuri` is the deadline cell
        ("p22-3.1.1-i1", "funding",
         "- Personal de specialitate - Membrii CPC - Programul D‐Smart, - Programul CMTIS"),
        ("p22-3.1.2-i2", "funding", "- Personal de specialitate - Programul D‐Smart,"),
        # 000:2333-2336; footnote 16 (2339-2340) is not a resource
        ("p22-4.4.1-i3", "funding", "Resurse umane – specialiști Resurse logistice"),
        # 000:2376-2400 — the quarterly figures are the deadline cell
        ("p22-4.4.3-i1", "funding",
         "Resurse umane – specialiști Resurse logistice Resurse financiare"),
        # 000:4097-4102 — the two bullets after the resources cell are indicators
        ("p22-9.6.1-i1", "funding", "Resurse umane"),
        ("p22-9.6.1-i9", "indicator_text", "400 adeverințe întocmite"),
        # 000:2048-2054 — the 150 children's row names CSS Alexandra
        ("p22-3.1.4-i3", "responsible",
         "CSS Alexandra – Centrul de recuperare pentru copilul cu dizabilități"),
        # 000:2553 — `Resurse financia` is cut at the cell's edge (issue 22)
        ("p22-4.4.9-i1", "funding", "Resurse umane Resurse logistice Resurse financiare"),
        # issue 22 — words the text extraction broke or glued, mended:
        # 000:3748-3751 `Resurse fin / Resurseumane / Resurselogistice / anciare` (interleaved)
        ("p22-8.4.1-i1", "funding", "Resurse financiare Resurse umane Resurse logistice"),
        # 000:3672-3675 `Resursefinancia / re / Resurseumane / Resurselogistice`
        ("p22-8.1.1-i1", "funding", "Resurse financiare Resurse umane Resurse logistice"),
        # 000:2580-2582 `BugetulAnsambl / ului / Resurseumane`
        ("p22-4.5.1-i1", "funding", "Bugetul Ansamblului Resurse umane"),
        # 000:2788-2795 — the end of objective 4.9's title is printed among the resources' lines
        ("p22-4.9.1-i1", "funding", "Resurse umane – specialiști Resurse financiare"),
        # 000:2011-2018 — the resources cell ends with an empty item `-`
        ("p22-3.1.3-i1", "funding",
         "- Personal de specialitate – managerii de caz - Programul D‐Smart,"),
        # 000:1750-1752 `consilierepentru` (the responsible cell)
        ("p22-2.3.4-i1", "responsible", "Complexul de servicii pentru intervenție specializată în "
         "domeniul protecției familiei și a drepturilor copilului ‐ Compartimentul de consiliere "
         "pentru părinți și copii"),
        # 001 — `instituționa l`, `neramburs abile` (the funding cell, broken at a line end)
        ("s25-vulnerabile-2.2.3-i1", "funding",
         "Buget instituțional Bugete locale Alte finanțări nerambursabile"),
        # 000:1165 — Cap. III: the label is the row's first cell, the count and budget are next
        ("p22-cap3-b1-i1", "indicator_text", "Personal de specialitate"),
        ("p22-cap3-b2-i1", "indicator_text", "Curs lucrător social"),
    ],
)  # fmt: skip
def test_fixed_cells(indicators, indicator_id, field, expected):
    by_id = {r["indicator_id"]: r for r in indicators}
    assert by_id[indicator_id][field] == expected


def _cells_2025(lines: list[str], numbers: list[int]) -> dict[str, str]:
    """responsible / partners / funding cells of a row (its tab-separated lines, cell by cell;
    a 6-cell line lacks the objective cell, an 8-cell line splits the funding cell)."""
    out = dict.fromkeys(CELL_FIELDS, "")
    for n in numbers:
        cells = lines[n - 1].split("\t")
        if len(cells) == 6:
            cells = ["", *cells]
        if len(cells) < 7:
            continue
        last = " ".join(cells[6:])
        for field, cell in zip(CELL_FIELDS, [cells[4], cells[5], last], strict=True):
            out[field] += " " + re.sub(r"<[^>]+>", " ", cell)
    return out


def test_strategy_cells_come_from_the_row(indicators, objectives):
    """Each field's text is in the last cells of the measure's row (and its page-break lines)."""
    lines = _lines(STRATEGY_DOC)
    nodes = [o for o in objectives if o["plan_id"] == "strategy_2025_2034"]
    starts = sorted({int(o["source_line"]) for o in nodes if o["level"] != "general"})
    line_of = {o["node_id"]: int(o["source_line"]) for o in nodes}
    rows = [r for r in indicators if r["plan_id"] == "strategy_2025_2034"]
    assert rows
    for r in rows:
        first = line_of[r["activity_node_id"]]
        last = next((s for s in starts if s > first), len(lines) + 1)
        cells = _cells_2025(lines, list(range(first, last)))
        for field in CELL_FIELDS:
            if r[field]:
                assert _squash(r[field]) in _squash(cells[field]), (r["indicator_id"], field)
