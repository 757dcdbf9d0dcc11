"""The 2022 annual action plan (000, Cap. II–IV) as curated rows: coverage, trace, ids, values.

Coverage numbers were counted in data/sources/000_4cfc5bf8d61bed48.txt by eye, per general
objective, with a line listing of every `N.M` / `N.M.K` code at a line start as the checklist
(specific objectives and activities, codes printed twice counted twice) and the dash-led lines
of each table as the checklist of bullets, minus the dashes that open a responsible unit or a
resource (`- Personal de specialitate`, `‐Secretariatul …`, `‐Serviciul …`) or an empty bullet
(line 1473), plus the indicator cells whose glyphs were lost (3.6.1, 6.3.1, 7.1.1, 7.2.2,
10.1.1–10.3.2) and the bullets printed after another cell (lines 2048, 4100).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from curation.common import CURATED, PLAN_2022_DOC, SOURCES, read_csv
from curation.plan_2022 import CORRECTIONS, parse
from curation.strategy_2025_2034 import CORRECTION_COLUMNS
from curation.targets import DIRECTIONS, PERIODICITIES, TARGET_KINDS, normalize

PLAN = "plan_2022"

# (general objective, component, specific objectives, activities, indicator bullets)
COVERAGE = [
    ("p22-og1", "other", 3, 13, 29),  # lines 1197-1536
    ("p22-og2", "children", 4, 12, 23),  # lines 1539-1888
    ("p22-og3", "children", 2, 7, 14),  # lines 1892-2128 (3.1 then 3.6)
    ("p22-og4", "children", 10, 30, 52),  # lines 2131-2840 (4.3.2 has no indicator)
    ("p22-og5", "disability", 5, 14, 23),  # lines 2844-3254 (5.2.2 printed twice)
    ("p22-og6", "disability", 4, 10, 19),  # lines 3257-3555 (no 6.4.2)
    ("p22-og7", "elderly", 2, 5, 7),  # lines 3562-3647 (no 7.1.2, 7.2.1)
    ("p22-og8", "domestic_violence", 3, 7, 13),  # lines 3651-3789 (no 8.3)
    ("p22-og9", "other", 15, 31, 70),  # lines 3794-4451 (9.18, 2.4.1 under 9.15, no 9.12)
    ("p22-og10", "other", 3, 4, 9),  # lines 4454-4554
    ("p22-og11", "other", 2, 4, 6),  # lines 4557-4648
]


@pytest.fixture(scope="module")
def objectives() -> list[dict[str, str]]:
    return [r for r in read_csv(CURATED / "objectives.csv") if r["plan_id"] == PLAN]


@pytest.fixture(scope="module")
def indicators() -> list[dict[str, str]]:
    return [r for r in read_csv(CURATED / "indicators.csv") if r["plan_id"] == PLAN]


@pytest.fixture(scope="module")
def by_id(indicators) -> dict[str, dict[str, str]]:
    return {r["indicator_id"]: r for r in indicators}


@pytest.fixture(scope="module")
def milestones(indicators) -> list[dict[str, str]]:
    ids = {r["indicator_id"] for r in indicators}
    return [r for r in read_csv(CURATED / "milestones.csv") if r["indicator_id"] in ids]


@pytest.fixture(scope="module")
def source_lines() -> list[str]:
    return (SOURCES / PLAN_2022_DOC).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("og_id", "component", "n_specific", "n_activities", "n_bullets"), COVERAGE
)
def test_coverage_per_general_objective(
    objectives, indicators, og_id, component, n_specific, n_activities, n_bullets
):
    specific = [r for r in objectives if r["parent_id"] == og_id]
    specific_ids = {r["node_id"] for r in specific}
    activities = [r for r in objectives if r["parent_id"] in specific_ids]
    activity_ids = {r["node_id"] for r in activities}
    bullets = [r for r in indicators if r["activity_node_id"] in activity_ids]
    assert (len(specific), len(activities), len(bullets)) == (n_specific, n_activities, n_bullets)
    assert {r["component"] for r in [*specific, *activities, *bullets]} == {component}


def test_chapters_two_and_three(objectives, by_id):
    cap2 = [i for i in by_id if i.startswith("p22-cap2-")]
    cap3 = [i for i in by_id if i.startswith("p22-cap3-")]
    assert (len(cap2), len(cap3)) == (13, 4)  # lines 1096-1147; 1165, 1169, 1174, 1175
    assert by_id["p22-cap3-b1-i1"]["target_value"] == "1140"
    assert by_id["p22-cap3-b1-i1"]["funding"] == "Buget estimat: 170.270.lei"
    assert by_id["p22-cap3-c-i1"]["target_value"] == "1500"
    assert by_id["p22-cap2-1-i3"]["periodicity"] == "monthly"
    assert by_id["p22-cap2-2-i2"]["deadline"] == "2022-04-30"  # `aprilie 2022`
    levels = {r["node_id"]: r["level"] for r in objectives}
    assert levels["p22-cap2"] == "general" and levels["p22-cap3-c"] == "activity"


def test_totals(objectives, indicators, milestones):
    assert len(objectives) == 11 + 53 + 137 + 2 + 5
    assert len(indicators) == sum(c[4] for c in COVERAGE) + 13 + 4 == 282
    assert len(milestones) == 14


def test_csv_is_what_the_parser_produces(objectives, indicators, milestones):
    objs, inds, mils = parse()
    assert [r["node_id"] for r in objs] == [r["node_id"] for r in objectives]
    assert [r["indicator_id"] for r in inds] == [r["indicator_id"] for r in indicators]
    assert [r["indicator_text"] for r in inds] == [r["indicator_text"] for r in indicators]
    assert len(mils) == len(milestones)


def test_numbering_slips_are_data(objectives, by_id):
    nodes = {r["node_id"]: r for r in objectives}
    # 9.18 is read as 9.1.8, under 9.1
    assert nodes["p22-9.1.8"]["parent_id"] == "p22-9.1"
    assert nodes["p22-9.1.8"]["source_line"] == "3922"
    # 2.4.1 printed under 9.15 stays there, distinct from OG 2's 2.4.1
    assert nodes["p22-2.4.1-b"]["parent_id"] == "p22-9.15"
    assert nodes["p22-2.4.1"]["parent_id"] == "p22-2.4"
    assert nodes["p22-2.4.1-b"]["component"] == "other"
    # 5.2.2 printed twice: two activities
    assert nodes["p22-5.2.2"]["source_line"] == "3011"
    assert nodes["p22-5.2.2-b"]["source_line"] == "3030"
    assert by_id["p22-5.2.2-b-i1"]["direction"] == "min"  # `Peste 100`
    assert "9.12" in by_id["p22-9.13.1-i1"]["notes"]
    # an activity without indicators stays, as a node
    assert "p22-4.3.2" in nodes
    assert not [i for i in by_id if i.startswith("p22-4.3.2-")]


def test_ids_unique_and_linked(objectives, indicators, milestones):
    node_ids = [r["node_id"] for r in objectives]
    assert len(node_ids) == len(set(node_ids))
    ind_ids = [r["indicator_id"] for r in indicators]
    assert len(ind_ids) == len(set(ind_ids))
    levels = {r["node_id"]: r["level"] for r in objectives}
    for r in objectives:
        assert r["node_id"].startswith("p22-")
        if r["level"] == "general":
            assert r["parent_id"] == ""
        else:
            assert levels[r["parent_id"]] in {"general", "specific"}, r["node_id"]
    for r in indicators:
        assert levels[r["activity_node_id"]] == "activity", r["indicator_id"]
        assert r["indicator_id"].startswith(r["activity_node_id"] + "-i")
    assert {r["indicator_id"] for r in milestones} <= set(ind_ids)


def _squash(text: str) -> str:
    return re.sub(r"[\s‐\-–]", "", normalize(text)).lower()


def test_every_indicator_stands_at_its_source_line(indicators, source_lines):
    """The verbatim text starts on source_line and continues within the activity's row."""
    for r in indicators:
        start = int(r["source_line"])
        window = _squash(" ".join(source_lines[start - 1 : start + 40]))
        text = _squash(r["indicator_text"])
        head = _squash(source_lines[start - 1])
        assert text[:12] in head or head[-12:] in text, (r["indicator_id"], start)
        assert text in window, r["indicator_id"]
        if r["target_value"] and "citit ca" not in r["notes"]:
            value = float(r["target_value"])
            shown = f"{value:g}"
            where = r["indicator_text"]
            if r["indicator_id"].startswith("p22-cap3-"):  # the count is the row's next cell
                where = source_lines[start - 1]
            assert shown in normalize(where).replace(".", ""), r["indicator_id"]


def test_objective_titles_stand_at_their_lines(objectives, source_lines):
    for r in objectives:
        line = _squash(source_lines[int(r["source_line"]) - 1])
        assert _squash(r["title"])[:15] in _squash(
            " ".join(source_lines[int(r["source_line"]) - 1 : int(r["source_line"]) + 3])
        ), r["node_id"]
        assert line, r["node_id"]


def test_enums_and_values(indicators):
    for r in indicators:
        assert r["target_kind"] in TARGET_KINDS, r["indicator_id"]
        assert r["direction"] in DIRECTIONS, r["indicator_id"]
        assert r["periodicity"] in PERIODICITIES, r["indicator_id"]
        deadline = date.fromisoformat(r["deadline"])
        assert date(2022, 1, 1) <= deadline <= date(2022, 12, 31), r["indicator_id"]
        if r["target_value"]:
            assert float(r["target_value"]) >= 0
        if r["target_kind"] == "percent":
            assert float(r["target_value"]) <= 100, r["indicator_id"]
    kinds = Counter(r["target_kind"] for r in indicators)
    assert kinds["count"] > 150 and kinds["text"] > 0 and kinds["boolean"] > 13


@pytest.mark.parametrize(
    ("indicator_id", "value", "unit", "kind", "direction", "periodicity"),
    [
        ("p22-1.1.1-i2", 93, "reprezentați", "count", "exact", "once"),  # line 1217
        ("p22-1.1.6-i1", 20, "întruniri", "count", "min", "annual"),  # line 1353
        ("p22-1.2.3-i1", 50, "%", "percent", "min", "once"),  # line 1436
        ("p22-1.3.1-i6", 1, "vizită", "count", "min", "quarterly"),  # line 1473
        ("p22-2.1.2-i1", 800, "sesizări", "count", "approx", "annual"),  # line 1576
        ("p22-2.1.1-i1", None, "", "boolean", "exact", "once"),  # `‐119 este funcțional`
        ("p22-4.4.1-i1", 1300, "copii", "count", "approx", "quarterly"),  # line 2315
        ("p22-5.1.3-i1", 90, "beneficiari", "count", "exact", "once"),  # line 2918
        ("p22-6.1.1-i1", 19000, "persoane", "count", "approx", "monthly"),  # `Lunar` cell
        ("p22-7.2.2-i2", 10, "persoane", "count", "min", "once"),  # undashed, line 3637
        ("p22-9.7.1-i1", 160000, "documente", "count", "exact", "once"),  # line 4116
        ("p22-10.1.1-i2", 90, "%", "percent", "exact", "once"),  # `Bugete utilizate … 90%`
        ("p22-11.2.2-i2", 100, "%", "percent", "exact", "weekly"),  # `Săptămânal/ lunar`
        ("p22-11.1.1-i2", 1, "postare", "count", "min", "weekly"),  # `postare/săptămână`, 4576
        ("p22-9.6.1-i9", 400, "adeverințe", "count", "exact", "once"),  # line 4102
    ],
)
def test_targets_read_by_hand(by_id, indicator_id, value, unit, kind, direction, periodicity):
    r = by_id[indicator_id]
    assert (float(r["target_value"]) if r["target_value"] else None) == value
    assert r["target_unit"] == unit
    assert (r["target_kind"], r["direction"], r["periodicity"]) == (kind, direction, periodicity)


def test_split_targets_become_cumulative_milestones(milestones):
    got = {(m["indicator_id"], m["due_date"]): float(m["target_value"]) for m in milestones}
    # 30.06.2022 - 950 cazuri; 31.12.2022 - 850 cazuri, beside 1800 evaluations (lines 1949-1954)
    assert got[("p22-3.1.1-i3", "2022-06-30")] == 950
    assert got[("p22-3.1.1-i3", "2022-12-31")] == 1800
    # Minim 100 PIS (50 PIS-30.06.2022; 50=31.12.2022), line 1301
    assert got[("p22-1.1.4-i1", "2022-06-30")] == 50
    assert got[("p22-1.1.4-i1", "2022-12-31")] == 100
    # Aprox. 150 copii, deadline cell 30.06.2022 (50%) / 31.12.2022 (50%)
    assert got[("p22-2.3.4-i1", "2022-06-30")] == 75


def test_responsible_and_deadline_cells(by_id):
    r = by_id["p22-7.1.5-i1"]  # `‐1 serviciu social relicențiat  Serviciul  Management  de`
    assert r["indicator_text"] == "1 serviciu social relicențiat"
    assert r["responsible"].startswith("Serviciul Management de caz pentru persoane adulte")
    assert r["deadline"] == "2022-06-30"
    assert by_id["p22-9.5.1-i1"]["deadline"] == "2022-03-31"  # `Trimestrul I 2022`
    assert by_id["p22-6.1.3-i1"]["deadline"] == "2022-12-31"  # `Semestrul II 2022`
    assert by_id["p22-8.4.1-i3"]["responsible"].startswith("‐Secretariatul")
    assert len([i for i in by_id if i.startswith("p22-8.4.1-")]) == 3


def test_corrections_file_is_complete_and_used():
    rows = read_csv(CORRECTIONS)
    assert rows and list(rows[0]) == CORRECTION_COLUMNS
    for r in rows:
        assert r["reason"].strip(), r
        assert r["source_line"].isdigit(), r
    parse()  # raises when a correction matches nothing or a parsed value changed
