"""The 2025–2034 operational plan (001) as curated rows: coverage, trace, ids, enums, values.

Coverage numbers were counted in data/sources/001_dfd4bbb413e2f194.txt independently of the
parser: specific objectives and numbered measures with an awk pass over the raw table lines
(cells starting with `O.S`/`OS` and with `N.N.N`), plus the unnumbered measures read by eye
(lines 242, 266, 267, 298, 304, 309, 364, 365, 370); indicator bullets as the count of the
markers • ▪ ➤ ● per general objective, plus the items whose marker was lost in the extraction
(e.g. lines 185, 197-200, 203, 216-229, 240-251, 284, 297-298, 304, 360), minus the marker in
the header of line 306; the two sub-headings of line 413 are not indicators.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from curation.common import CURATED, SOURCES, STRATEGY_DOC, read_csv
from curation.strategy_2025_2034 import CORRECTION_COLUMNS, CORRECTIONS, parse
from curation.targets import DIRECTIONS, PERIODICITIES, TARGET_KINDS, normalize

PLAN = "strategy_2025_2034"

# (general objective node, specific objectives, measures, indicator bullets)
COVERAGE = [
    ("s25-copii-og1", 1, 7, 18),  # lines 10-23
    ("s25-copii-og2", 5, 18, 51),  # lines 24-52 (50 markers + the split on line 48)
    ("s25-copii-og3", 7, 20, 52),  # lines 53-85
    ("s25-copii-og4", 9, 42, 149),  # lines 86-151
    ("s25-copii-og5", 4, 8, 29),  # lines 152-165
    ("s25-copii-og6", 2, 2, 13),  # lines 166-171
    ("s25-dizabilitati-og1", 2, 11, 16),  # lines 176-192
    ("s25-dizabilitati-og2", 2, 5, 8),  # lines 193-200
    ("s25-dizabilitati-og3", 1, 7, 12),  # lines 201-213
    ("s25-dizabilitati-og4", 3, 10, 16),  # lines 214-229
    ("s25-dizabilitati-og5", 4, 12, 17),  # lines 231-247
    ("s25-dizabilitati-og6", 1, 2, 4),  # lines 248-253
    ("s25-dizabilitati-og7", 1, 4, 8),  # lines 254-261
    ("s25-dizabilitati-og8", 2, 2, 3),  # lines 263-269
    ("s25-varstnici-og1", 2, 7, 8),  # lines 274-284
    ("s25-varstnici-og2", 4, 12, 21),  # lines 285-304
    ("s25-varstnici-og3", 3, 5, 7),  # lines 305-313
    ("s25-violenta-og1", 2, 6, 8),  # lines 317-328
    ("s25-violenta-og2", 4, 13, 19),  # lines 329-349
    ("s25-vulnerabile-og1", 4, 7, 10),  # lines 353-365
    ("s25-vulnerabile-og2", 2, 4, 7),  # lines 366-373
    ("s25-sistem-og1", 6, 18, 43),  # lines 377-404 (O.S.1.2 printed twice)
    ("s25-sistem-og2", 3, 13, 64),  # lines 405-428
]
COMPONENT_OF = {
    "copii": "children",
    "dizabilitati": "disability",
    "varstnici": "elderly",
    "violenta": "domestic_violence",
    "vulnerabile": "other",
    "sistem": "other",
}


@pytest.fixture(scope="module")
def objectives() -> list[dict[str, str]]:
    return [r for r in read_csv(CURATED / "objectives.csv") if r["plan_id"] == PLAN]


@pytest.fixture(scope="module")
def indicators() -> list[dict[str, str]]:
    return [r for r in read_csv(CURATED / "indicators.csv") if r["plan_id"] == PLAN]


@pytest.fixture(scope="module")
def milestones(indicators) -> list[dict[str, str]]:
    ids = {r["indicator_id"] for r in indicators}
    return [r for r in read_csv(CURATED / "milestones.csv") if r["indicator_id"] in ids]


@pytest.fixture(scope="module")
def source_lines() -> list[str]:
    return (SOURCES / STRATEGY_DOC).read_text(encoding="utf-8").splitlines()


def test_general_objectives_per_component(objectives):
    general = Counter(r["node_id"].split("-")[1] for r in objectives if r["level"] == "general")
    assert general == {
        "copii": 6,
        "dizabilitati": 8,
        "varstnici": 3,
        "violenta": 2,
        "vulnerabile": 2,
        "sistem": 2,
    }


@pytest.mark.parametrize(("og_id", "n_specific", "n_measures", "n_bullets"), COVERAGE)
def test_coverage_per_general_objective(
    objectives, indicators, og_id, n_specific, n_measures, n_bullets
):
    specific = [r for r in objectives if r["parent_id"] == og_id]
    specific_ids = {r["node_id"] for r in specific}
    measures = [r for r in objectives if r["parent_id"] in specific_ids]
    measure_ids = {r["node_id"] for r in measures}
    bullets = [r for r in indicators if r["activity_node_id"] in measure_ids]
    assert (len(specific), len(measures), len(bullets)) == (n_specific, n_measures, n_bullets)
    assert {r["level"] for r in specific} == {"specific"}
    assert {r["level"] for r in measures} == {"activity"}


def test_totals(objectives, indicators, milestones):
    assert len(objectives) == 23 + 74 + 235
    assert len(indicators) == sum(c[3] for c in COVERAGE) == 583
    assert len(milestones) == 1


def test_csv_is_what_the_parser_produces(objectives, indicators, milestones):
    objs, inds, mils = parse()
    assert [r["node_id"] for r in objs] == [r["node_id"] for r in objectives]
    assert [r["indicator_id"] for r in inds] == [r["indicator_id"] for r in indicators]
    assert [r["indicator_text"] for r in inds] == [r["indicator_text"] for r in indicators]
    assert len(mils) == len(milestones)


def test_ids_unique_and_linked(objectives, indicators, milestones):
    node_ids = [r["node_id"] for r in objectives]
    assert len(node_ids) == len(set(node_ids))
    ind_ids = [r["indicator_id"] for r in indicators]
    assert len(ind_ids) == len(set(ind_ids))
    levels = {r["node_id"]: r["level"] for r in objectives}
    for r in objectives:
        assert r["node_id"].startswith("s25-")
        if r["level"] == "general":
            assert r["parent_id"] == ""
        else:
            parent_level = {"specific": "general", "activity": "specific"}[r["level"]]
            assert levels[r["parent_id"]] == parent_level, r["node_id"]
    for r in indicators:
        assert levels[r["activity_node_id"]] == "activity", r["indicator_id"]
        assert r["indicator_id"].startswith(r["activity_node_id"] + "-i")
    assert {r["indicator_id"] for r in milestones} <= set(ind_ids)


def test_numbering_slips_are_kept_as_data(objectives):
    by_id = {r["node_id"]: r for r in objectives}
    # O.S.1.2 printed twice in the county-system component (lines 384 and 386)
    assert by_id["s25-sistem-1.2"]["source_line"] == "384"
    assert by_id["s25-sistem-1.2-b"]["source_line"] == "386"
    assert by_id["s25-sistem-1.2.1-b"]["parent_id"] == "s25-sistem-1.2-b"
    # measure printed 2.4.2 under O.S.1.4 stays there (line 403)
    assert by_id["s25-sistem-2.4.2"]["parent_id"] == "s25-sistem-1.4"
    # measure printed 2.5.1 under O.S.2.4 stays there (line 49)
    assert by_id["s25-copii-2.5.1"]["parent_id"] == "s25-copii-2.4"
    # printed O.S.5.4 inside OG 4 (line 114) read as 4.5, number kept as printed
    assert by_id["s25-copii-4.5"]["number"] == "5.4"
    assert by_id["s25-copii-4.5"]["parent_id"] == "s25-copii-og4"
    assert by_id["s25-copii-4.8.5"]["number"] == "4.85"
    # unnumbered measure (line 242) numbered by order
    assert by_id["s25-dizabilitati-5.2.1"]["source_line"] == "242"


def test_enums_and_components(objectives, indicators):
    for r in objectives:
        assert r["level"] in {"general", "specific", "activity"}
        assert r["component"] == COMPONENT_OF[r["node_id"].split("-")[1]]
        assert r["source_doc"] == STRATEGY_DOC
        assert r["title"].strip(), r["node_id"]
    for r in indicators:
        assert r["target_kind"] in TARGET_KINDS
        assert r["direction"] in DIRECTIONS
        assert r["periodicity"] in PERIODICITIES
        assert r["component"] == COMPONENT_OF[r["activity_node_id"].split("-")[1]]


def test_deadlines_parse(indicators, milestones):
    for r in indicators:
        value = r["deadline"]
        assert re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", value), (r["indicator_id"], value)
        if len(value) == 10:
            date.fromisoformat(value)
        assert 2024 <= int(value[:4]) <= 2034, r["indicator_id"]  # 2024: lines 414-419
    for r in milestones:
        assert re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", r["due_date"])


def test_target_values(indicators, milestones):
    for r in indicators:
        if r["target_value"] == "":
            assert r["target_kind"] in {"boolean", "text"}, r["indicator_id"]
            continue
        value = float(r["target_value"])
        assert value >= 0, r["indicator_id"]
        if r["target_kind"] == "percent":
            assert value <= 100, r["indicator_id"]
    assert all(float(r["target_value"]) >= 0 for r in milestones)


def _clean(text: str) -> str:
    return normalize(re.sub(r"<[^>]+>", " ", text).replace("&quot;", '"'))


def test_trace_text_and_target_on_source_line(indicators, source_lines):
    """Each bullet is on its source_line (or runs on over a page break, as its notes say)."""
    for r in indicators:
        first = _clean(source_lines[int(r["source_line"]) - 1])
        more = re.search(r"textul continuă pe rândul ([\d, ]+)", r["notes"])
        text = r["indicator_text"]
        if more is None:
            assert text in first, (r["indicator_id"], text)
        else:
            extra = [_clean(source_lines[int(n) - 1]) for n in more.group(1).split(",")]
            pool = iter(" ".join([first, *extra]).split())
            assert all(tok in pool for tok in text.split()), (r["indicator_id"], text)
        if r["target_value"] and "citit ca" not in r["notes"]:
            number = f"{float(r['target_value']):g}"
            pattern = rf"(?<!\d)(?<!\d[.,]){re.escape(number)}(?!\d)"
            assert re.search(pattern, text), r["indicator_id"]


def test_corrections_file_is_complete():
    rows = read_csv(CORRECTIONS)
    assert rows, "the corrections file must exist"
    with CORRECTIONS.open(encoding="utf-8") as fh:
        assert fh.readline().strip().split(",") == CORRECTION_COLUMNS
    for r in rows:
        assert r["reason"].strip() and r["source_line"].isdigit(), r


def test_a_correction_that_matches_nothing_stops_the_run(tmp_path):
    bad = tmp_path / "corrections.csv"
    rows = CORRECTIONS.read_text(encoding="utf-8").splitlines()
    extra = "s25-copii-9.9.9,node_id,s25-copii-9.9.9,s25-copii-9.9.9-b,test,999"
    bad.write_text("\n".join([*rows, extra]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="matches 0 nodes"):
        parse(corrections_path=bad)


def test_a_missing_number_correction_stops_the_run(tmp_path):
    bad = tmp_path / "corrections.csv"
    rows = CORRECTIONS.read_text(encoding="utf-8").splitlines()
    kept = [r for r in rows if "5.2-unnumbered1,number" not in r]
    bad.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unnumbered measure without a number correction"):
        parse(corrections_path=bad)


def test_sidecars_cover_both_plans():
    for name in ("objectives", "indicators", "milestones"):
        text = (CURATED / f"{name}.meta.toml").read_text(encoding="utf-8")
        assert "plan_2022" in text and "strategy_2025_2034" in text
        assert "[columns]" in text
