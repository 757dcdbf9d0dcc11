"""TRACE test of projects.csv and planned_services.csv against Cap. I.B of the 2022 plan.

Every budget and every places/units number of every row must stand, in Romanian format, between
the row's source_line and the next row's; counts and sums are pinned by hand from the document.
"""

from __future__ import annotations

import csv
import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from curation.common import PLANNED_SERVICES_COLUMNS, PROJECTS_COLUMNS, write_csv
from curation.projects_2022 import planned_rows, project_rows

ROOT = Path(__file__).resolve().parents[1]
DOC = "000_4cfc5bf8d61bed48.txt"
SOURCE = (ROOT / "data" / "sources" / DOC).read_text(encoding="utf-8").splitlines()
PROJECTS_END = 663  # last line of the projects table (line 665 starts the services table)
PLANNED_END = 1026  # last line of the services table (line 1027 starts section C)


def _read(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / "curated" / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


PROJECTS = _read("projects.csv")
PLANNED = _read("planned_services.csv")
META = {
    name: tomllib.loads((ROOT / "data" / "curated" / f"{name}.meta.toml").read_text("utf-8"))
    for name in ("projects", "planned_services")
}


def _norm(text: str) -> str:
    """The PDF hyphen U+2010 as '-', whitespace collapsed."""
    return re.sub(r"\s+", " ", text.replace("\u2010", "-")).strip()


def _join(lines: list[str]) -> str:
    """Lines joined by a space, except after a line-final hyphen (a hyphenated name goes on)."""
    text = ""
    for line in lines:
        part = _norm(line)
        if part:
            text += part if text.endswith("-") or not text else f" {part}"
    return text


def _windows(rows: list[dict[str, str]], end: int) -> dict[int, str]:
    """Source text from each row's line up to the line before the next row's (1-based)."""
    starts = [int(r["source_line"]) for r in rows]
    assert starts == sorted(starts), "rows are in document order"
    stops = [*(s - 1 for s in starts[1:]), end]
    return {s: _join(SOURCE[s - 1 : e]) for s, e in zip(starts, stops, strict=True)}


P_WINDOW = _windows(PROJECTS, PROJECTS_END)
S_WINDOW = _windows(PLANNED, PLANNED_END)


def _ro(value: str) -> set[str]:
    """Romanian renderings of a machine number: 12345678.9 → 12.345.678,90 (and 12.345.678)."""
    amount = Decimal(value).quantize(Decimal("0.01"))
    units, cents = f"{amount:.2f}".split(".")
    grouped = f"{int(units):,}".replace(",", ".")
    return {f"{grouped},{cents}"} | ({grouped} if cents == "00" else set())


def _words(text: str) -> list[str]:
    return [w.strip('.,:;()„”"') for w in _norm(text).split(" ") if w.strip('.,:;()„”"')]


def test_ro_format():
    assert _ro("5434329.9") == {"5.434.329,90"}
    assert _ro("25680576") == {"25.680.576,00", "25.680.576"}


@pytest.mark.parametrize("row", PROJECTS, ids=lambda r: r["project_id"])
def test_project_traces_to_its_lines(row):
    line = int(row["source_line"])
    text = P_WINDOW[line]
    assert _norm(SOURCE[line - 1]).startswith(_words(row["title"])[0])
    for column in ("total_budget_lei", "dgaspc_budget_lei"):
        if row[column]:
            assert _ro(row[column]) & {t.strip(",") for t in text.split(" ")}, (column, text)
    if row["smis_code"]:
        assert re.search(rf"SMIS 2014\+ ?:? ?{row['smis_code']}\b", text), row["smis_code"]
    checked = [row["title"], row["objective"], row["partner"]]
    if row["leader"] != "DGASPC Bacău":  # implied leader (flagged) is not printed
        checked.append(row["leader"])
    for word in _words(" ".join(checked)):
        assert word in text, word


@pytest.mark.parametrize("row", PLANNED, ids=lambda r: r["planned_id"])
def test_planned_service_traces_to_its_lines(row):
    line = int(row["source_line"])
    text = S_WINDOW[line]
    assert _norm(SOURCE[line - 1]).startswith(_words(row["name"])[0])
    for word in _words(row["name"]):
        assert word in text, word
    assert re.search(re.escape(row["code"]) + r"(?![IVX])", text.replace(" ", "")), row["code"]
    # exactly one places figure is printed in the row, and it is ours
    assert re.findall(r"(\d+) locuri", text) == [row["places_per_unit"]]
    if row["code"] == "8790CR-D-VII":
        assert re.findall(r"LP\*(\d+)", text) == [row["units"]]


# Units of the centres and of the state-funded houses, from the justification cells.
@pytest.mark.parametrize(
    ("planned_ids", "line", "printed", "units_each"),
    [
        (["ps01", "ps02", "ps03", "ps04"], 712, "4 servicii sociale înființate", 1),  # merged
        (["ps05"], 812, "1 Serviciu social înființat și operaționalizat prin PIN", 1),
        (["ps06"], 833, "1 Serviciu social înființat și operaționalizat prin PIN", 1),
        (["ps11"], 960, "2 Servicii sociale înființate", 2),  # Plopana LP*2
        (["ps12"], 999, "3 Servicii sociale înființate", 3),  # Sărata LP*3
        (["ps13"], 1019, "1 serviciu social funcțional", 1),
    ],
)
def test_units_match_the_justification_cells(planned_ids, line, printed, units_each):
    assert printed in _join(SOURCE[line - 1 : line + 1])
    by_id = {r["planned_id"]: r for r in PLANNED}
    assert [int(by_id[i]["units"]) for i in planned_ids] == [units_each] * len(planned_ids)


def test_counts_and_sums_by_hand():
    assert len(PROJECTS) == 14  # lines 481–647: 14 title cells
    assert len(PLANNED) == 13  # 6 day centres, 6 sets of protected houses, 1 counselling centre
    total = sum(Decimal(r["total_budget_lei"]) for r in PROJECTS)
    # 4.924.944,24 + 5.434.329,90 + 6.233.807,74 + 5.590.759,96 (POR, lines 490–519)
    #   = 22.183.841,84; + 2.660.346,26 + 1.486.038,72 (PIN, 526, 536) = 26.330.226,82;
    # + 2.657.162.612,32 (TEAM-UP, 551) + 51.080.375,72 (VENUS, 567) = 2.734.573.214,86;
    # + 7.751.870,82 + 7.636.922,96 + 7.888.419,08 + 7.894.215,53 (593–626)
    #   = 2.765.744.643,25; + 25.680.576 (638) + 11.692.470,65 (654) = 2.803.117.689,90 lei
    assert total == Decimal("2803117689.90")
    dgaspc = sum(Decimal(r["dgaspc_budget_lei"]) for r in PROJECTS if r["dgaspc_budget_lei"])
    # 74.588.059,77 (553) + 1.137.174,76 (579) + 783.936 (641) + 7.637.428,19 (657)
    assert dgaspc == Decimal("84146598.72")
    houses = [r for r in PLANNED if r["code"] == "8790CR-D-VII"]
    # LP*4 Tamași, LP*4 Răcăciuni, LP*3 Moinești, LP*4 Tg. Ocna, LP*2 Plopana, LP*3 Sărata
    assert [int(r["units"]) for r in houses] == [4, 4, 3, 4, 2, 3]
    assert sum(int(r["units"]) * int(r["places_per_unit"]) for r in houses) == 20 * 6
    centres = [r for r in PLANNED if r["code"] == "8899CZ-D-I"]
    assert sum(int(r["places_per_unit"]) for r in centres) == 6 * 30
    assert sum(int(r["units"]) * int(r["places_per_unit"]) for r in PLANNED) == 120 + 180 + 6


def test_files_are_what_the_script_writes(tmp_path):
    for name, columns, rows in (
        ("projects.csv", PROJECTS_COLUMNS, project_rows()),
        ("planned_services.csv", PLANNED_SERVICES_COLUMNS, planned_rows()),
    ):
        write_csv(tmp_path / name, columns, rows)
        curated = ROOT / "data" / "curated" / name
        assert (tmp_path / name).read_bytes() == curated.read_bytes(), name
        assert curated.read_text("utf-8").splitlines()[0].split(",") == columns


def test_keys_references_and_codes():
    pids = [r["project_id"] for r in PROJECTS]
    assert pids == [f"p{i:02d}" for i in range(1, 15)]
    sids = [r["planned_id"] for r in PLANNED]
    assert sids == [f"ps{i:02d}" for i in range(1, 14)]
    assert {r["project_id"] for r in PLANNED if r["project_id"]} <= set(pids)
    with (ROOT / "data" / "geo" / "bacau_uat.csv").open(encoding="utf-8", newline="") as fh:
        sirutas = {r["siruta"] for r in csv.DictReader(fh)}
    for row in PROJECTS + PLANNED:
        assert row["source_doc"] == DOC
        assert not row["uat_siruta"] or row["uat_siruta"] in sirutas, row
    for row in PLANNED:
        assert re.fullmatch(r"\d{4}[A-Z]{2}-[A-Z]{1,2}-[IVX]+", row["code"]), row["code"]
        assert row["target_group"] in {"D", "VD"}


# institution_row_no: the registry row (Cap. I.A) names the place the project text names.
@pytest.mark.parametrize(
    ("project_id", "row_no", "keyword"),
    [
        ("p01", 46, "Comănești"),
        ("p02", 44, "Răcăciuni"),
        ("p03", 44, "Răcăciuni"),
        ("p04", 46, "Comănești"),
        ("p06", 47, "Ungureni"),
        ("p08", 35, "VENUS"),
        ("p09", 46, "Comănești"),  # through p04, named in p09's objective (flagged)
        ("p10", 44, "Răcăciuni"),
        ("p11", 46, "Comănești"),
        ("p12", 44, "Răcăciuni"),
    ],
)
def test_institution_links(project_id, row_no, keyword):
    by_id = {r["project_id"]: r for r in PROJECTS}
    assert by_id[project_id]["institution_row_no"] == str(row_no)
    start = next(i for i, t in enumerate(SOURCE[:470]) if t.strip().startswith(f"{row_no}. "))
    assert keyword in " ".join(SOURCE[start : start + 3])
    own = by_id[project_id]["title"] + by_id[project_id]["objective"]
    assert keyword in (own if project_id != "p09" else own + by_id["p04"]["objective"])


def test_only_the_listed_projects_are_linked():
    linked = {r["project_id"] for r in PROJECTS if r["institution_row_no"]}
    assert linked == {"p01", "p02", "p03", "p04", "p06", "p08", "p09", "p10", "p11", "p12"}


def test_sidecars_document_programme_and_flags():
    programme = META["projects"]["funding_programme"]
    assert list(programme) == [r["project_id"] for r in PROJECTS]
    assert set(programme.values()) <= {"POR", "POCU", "PIN", "SEE", "other"}
    assert [k for k, v in programme.items() if v == "POR"] == ["p01", "p02", "p03", "p04"]
    assert set(META["projects"]["funding_programme_basis"]) == set(programme)
    for name, columns in (
        ("projects", PROJECTS_COLUMNS),
        ("planned_services", PLANNED_SERVICES_COLUMNS),
    ):
        assert META[name]["flags"], name
        assert set(META[name]["columns"]) == set(columns), name
