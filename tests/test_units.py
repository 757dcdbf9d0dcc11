"""Canonical units (issue 15): every responsible and partner text of both plans maps to units."""

from __future__ import annotations

import pytest

from curation.common import CURATED, read_csv
from curation.units import indicator_unit_rows, unit_rows, units_of
from loaders.tables import load_indicator_units, load_units


@pytest.fixture(scope="module")
def indicators() -> list[dict[str, str]]:
    return read_csv(CURATED / "indicators.csv")


def test_every_text_maps_to_units(indicators):
    """Each non-empty responsible / partners cell names at least one unit, nothing left over."""
    for r in indicators:
        for column in ("responsible", "partners"):
            if r[column]:
                assert units_of(r[column]), (r["indicator_id"], column)


def test_a_text_that_maps_to_nothing_stops():
    with pytest.raises(ValueError, match="maps to nothing"):
        units_of("DGASPC, Direcția de pompieri")


def test_csv_is_what_the_script_produces(indicators):
    assert read_csv(CURATED / "units.csv") == [
        {k: str(v) for k, v in row.items()} for row in unit_rows()
    ]
    assert read_csv(CURATED / "indicator_units.csv") == [
        {k: str(v) for k, v in row.items()} for row in indicator_unit_rows(indicators)
    ]


def test_loaders_validate_and_every_unit_is_used():
    units = load_units()
    links = load_indicator_units()
    assert set(units["unit_id"]) == set(links["unit_id"])
    assert set(links["role"]) == {"responsible", "partner"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one office, three spellings (000:1230, 1371, …)
        ("Biroul Strategii, Proiecte și Monitorizare", ["u-bspm"]),
        ("Biroul Strategii, proiecte si monitorizare", ["u-bspm"]),
        ("Biroul Strategii, Proiecte și Monitorizare Echipele de coordonatori județeni 4 "
         "coordonatori zonali repartizare", ["u-bspm", "u-coordonatori"]),
        # several units glued in one cell
        ("Direcția economică Corp Control și Managementul Calității Serviciul Juridic și "
         "Contencios", ["u-directia-economica", "u-ccmc", "u-juridic"]),
        ("DGASPC, APL, ONG- uri, AJPIS", ["u-dgaspc", "u-apl", "u-ong", "u-ajpis"]),
        ("CSS Alexandra – Centrul de recuperare pentru copilul cu dizabilități",
         ["u-css-alexandra"]),
        ("DAS /SPAS/ Comparti. asistență socială", ["u-spas"]),
    ],
)  # fmt: skip
def test_units_of(text, expected):
    assert units_of(text) == expected


def test_bare_case_management_is_only_in_children_rows(indicators):
    """`Serviciul Management de caz` without `pentru …` is read as the children's service:
    it is printed only in rows of the children's component."""
    for r in indicators:
        text = r["responsible"].replace("pentru copii", "").replace("pentru persoane adulte", "")
        if "Management de caz" in text and "Management de caz pentru" not in r["responsible"]:
            assert r["component"] == "children", r["indicator_id"]


def test_indicator_links(indicators):
    links = {
        (r["indicator_id"], r["unit_id"], r["role"])
        for r in load_indicator_units().to_dict("records")
    }
    assert ("p22-3.1.4-i3", "u-css-alexandra", "responsible") in links
    assert ("p22-3.1.4-i2", "u-css-ghiocelul", "responsible") in links
    with_text = {r["indicator_id"] for r in indicators if r["responsible"]}
    linked = {i for i, _u, role in links if role == "responsible"}
    assert with_text == linked
