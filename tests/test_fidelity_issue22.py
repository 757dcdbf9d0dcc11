"""Issue 22 ("Fidelity III"): each curated reading pinned against the source cell it comes from
— rates, intervals, periodicities, units, cells and names as printed."""

from __future__ import annotations

import re

import pytest

from curation.common import CURATED, PLAN_2022_DOC, SOURCES, STRATEGY_DOC, read_csv
from curation.targets import normalize


@pytest.fixture(scope="module")
def by_id() -> dict[str, dict[str, str]]:
    return {r["indicator_id"]: r for r in read_csv(CURATED / "indicators.csv")}


def _source(doc: str, first: int, last: int) -> str:
    lines = (SOURCES / doc).read_text(encoding="utf-8").splitlines()
    return normalize(" ".join(lines[first - 1 : last]))


def _doc(indicator_id: str) -> str:
    return PLAN_2022_DOC if indicator_id.startswith("p22-") else STRATEGY_DOC


def _printed(row: dict[str, str], phrase: str, span: int = 3) -> bool:
    line = int(row["source_line"])
    return phrase in _source(_doc(row["indicator_id"]), line, line + span)


@pytest.mark.parametrize(
    ("indicator_id", "printed", "value", "unit", "per", "direction"),
    [
        ("s25-copii-4.1.1-i1", "1 manager/25 cazuri", "25", "cazuri", "manager", "max"),
        ("s25-copii-4.3.4-i1", "1 manager/25 cazuri", "25", "cazuri", "manager", "max"),
        ("s25-copii-3.2.4-i2", "normativului 1/800 elevi", "800", "elevi", "consilier", "max"),
        ("p22-5.4.1-i2", "la nivelul fiecărui centru", "1", "activitate", "centru", "min"),
        ("p22-4.4.1-i2", "pentru fiecare copil", "4", "rapoarte", "copil", "exact"),
        ("s25-dizabilitati-7.1.3-i4", "participanti/întâlnire/10 specialiști", "10",
         "specialiști", "întâlnire", "exact"),
    ],
)  # fmt: skip
def test_rates_are_rates(by_id, indicator_id, printed, value, unit, per, direction):
    row = by_id[indicator_id]
    assert _printed(row, printed)
    got = (row["target_value"], row["target_unit"], row["target_per"], row["direction"])
    assert got == (value, unit, per, direction)
    assert row["target_kind"] == "count"


@pytest.mark.parametrize(
    ("indicator_id", "printed", "periodicity"),
    [
        ("s25-sistem-2.3.2-i3", "Actualizare: la 5 ani", "once"),
        ("s25-copii-4.3.4-i4", "Revizuire: la 3 luni", "quarterly"),
    ],
)
def test_intervals_are_a_cadence_not_a_count(by_id, indicator_id, printed, periodicity):
    row = by_id[indicator_id]
    assert _printed(row, printed)
    assert (row["target_kind"], row["target_value"], row["target_unit"]) == ("boolean", "", "")
    assert row["periodicity"] == periodicity
    assert "ritmul" in row["notes"]


@pytest.mark.parametrize(
    ("indicator_id", "printed", "first", "last", "periodicity"),
    [
        # the bullet itself
        ("p22-4.4.1-i2", "4 rapoarte de evaluare trimestrială pentru fiecare copil", 0, 2,
         "annual"),
        ("p22-5.1.1-i3", "revizuite la 6 luni", 0, 2, "semester"),
        ("p22-9.13.1-i2", "12 fișe lunare de monitorizare", 0, 2, "annual"),
        # the deadline cell of the activity's row (lines after the bullet)
        ("p22-11.2.1-i1", "Săptămânal/ lunar", 0, 15, "weekly"),
        ("p22-1.1.7-i1", "Lunar", 0, 12, "once"),
        ("p22-9.13.1-i3", "Lunar/ Trimestrial", -8, 12, "annual"),
        ("p22-9.14.1-i2", "Lunar", 0, 10, "once"),
    ],
)  # fmt: skip
def test_periodicities_decided_from_the_text(by_id, indicator_id, printed, first, last,
                                             periodicity):  # fmt: skip
    row = by_id[indicator_id]
    line = int(row["source_line"])
    assert printed in _source(PLAN_2022_DOC, line + first, line + last)
    assert row["periodicity"] == periodicity
    assert "corectat periodicitatea" in row["notes"]


@pytest.mark.parametrize(
    ("indicator_id", "printed", "unit"),
    [
        ("s25-sistem-2.3.8-i7", "Proiecte comune: minim 4/an", "proiecte"),
        ("s25-sistem-2.3.8-i2", "Întâlniri regulate: minim 4/an", "întâlniri"),
        ("s25-copii-4.4.1-i3", "Nr. programe abilități implementate: minim 4/tânăr/an",
         "programe"),
        ("s25-copii-4.7.4-i4", "Participare angajatori: minim 20/bursă", "angajatori"),
        ("s25-copii-4.9.7-i5", "Participanți: minim 25/eveniment", "participanți"),
        ("s25-copii-5.1.1-i3", "Participanți: minim 10/întâlnire", "participanți"),
        ("s25-sistem-1.1.1-i2", "Participanți: minim 50/întâlnire", "participanți"),
        ("s25-dizabilitati-2.2.2-i1", "Nr. acțiuni de informare/consiliere - minim 2/an",
         "acțiuni"),
        ("s25-dizabilitati-5.1.4-i2", "Creșterea nr. de beneficiari cu 15/an", "beneficiari"),
        ("s25-varstnici-1.2.4-i1", "Nr. voluntari implicați în activități sociale - 10/an",
         "voluntari"),
        ("s25-violenta-2.3.2-i2", "aprox. 500/an", "victime"),
    ],
)  # fmt: skip
def test_units_from_the_indicators_label(by_id, indicator_id, printed, unit):
    row = by_id[indicator_id]
    assert _printed(row, printed, 0)
    assert row["target_unit"] == unit


def test_objective_4_9_title_is_whole():
    # 000:2781-2783 print the title's beginning, 2792-2793 its end among the resources' lines
    title = next(o for o in read_csv(CURATED / "objectives.csv") if o["node_id"] == "p22-4.9")
    assert (
        _source(PLAN_2022_DOC, 2792, 2793).strip() == "copilului adoptat în familie și comunitate."
    )
    assert title["title"].endswith(
        "o mai bună integrare a copilului adoptat în familie și comunitate."
    )


def test_cap3_labels_hold_no_neighbouring_cell(by_id):
    # 000:1165 `Personal de specialitate   1140   170.270.lei`: label, persons, budget
    row = by_id["p22-cap3-b1-i1"]
    assert _source(PLAN_2022_DOC, 1165, 1165).split() == ["Personal", "de", "specialitate",
                                                           "1140", "170.270.lei"]  # fmt: skip
    assert (row["indicator_text"], row["target_value"]) == ("Personal de specialitate", "1140")
    assert row["funding"] == "Buget estimat: 170.270.lei"
    assert "1.140 persoane" in row["notes"]
    for iid in ("p22-cap3-b2-i1", "p22-cap3-c-i1", "p22-cap3-c-i2"):
        assert not re.search(r"\d", by_id[iid]["indicator_text"]), iid


def test_the_6_3_1_note_says_the_cell_became_three_indicators(by_id):
    for k in (1, 2, 3):
        note = by_id[f"p22-6.3.1-i{k}"]["notes"]
        assert "trei indicatori" in note and "primul paragraf" not in note


@pytest.mark.parametrize(
    ("service_id", "first", "last", "name"),
    [
        ("s10", 160, 161, "Casa 1 – Complex Bistrița – Complex de Servicii Sociale "
         "Pro Familia Bacău"),
        ("s11", 172, 173, "Casa 2 – Complex Bistrița – Complex de Servicii Sociale "
         "Pro Familia Bacău"),
        ("s13", 199, 201, "Modulul pentru copilul cu dizabilități – Complex Pinochio din cadrul "
         "Centrului Rezidențial „Pro-Familia”"),
        ("s15", 210, 212, "Apartament Narcisa – Complex Margareta din cadrul Centrului "
         "rezidențial „Pro-Famialia”"),
        ("s16", 216, 218, "Apartament Pictor Aman – Complex Margareta – Centrul rezidențial "
         "Pro-Famialia Bacău"),
    ],
)  # fmt: skip
def test_service_names_as_printed(service_id, first, last, name):
    row = next(r for r in read_csv(CURATED / "services.csv") if r["service_id"] == service_id)
    assert row["name"] == name
    printed = re.findall(r"[^\W\d_]+", _source(PLAN_2022_DOC, first, last))
    words = re.findall(r"[^\W\d_]+", name)
    assert " ".join(words) in " ".join(printed), service_id  # every word, in order, as printed
    if "Famialia" in name:
        assert "greșeală de tipar" in row["notes"]
