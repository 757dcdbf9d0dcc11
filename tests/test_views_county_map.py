"""The County map builder (views.county_map) and the UAT profile (views.uat_profile) on the
seeded store (the 2022 registry: 60 units, 22 without a UAT; Bacău, SIRUTA 20297, has 17 units
with 190 places), and the profile's one-page PDF — no Streamlit."""

from __future__ import annotations

import json
import re

import plotly.graph_objects as go
import pytest

from geo.layers import CIVIDIS, TEXT_TOOLTIP
from pack.profile import one_page_pdf
from readers.reported import data_key
from views import county_map, uat_profile
from views.model import Query

SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")
RAW = {"None", "nan", "NaN", "<NA>", "NaT", "row_no", "source_line", "name"}


def query(lang: str = "ro", component: str | None = None, **params: str) -> Query:
    """A query as the page makes it, keyed on the test store's data version."""
    return Query.of(component, lang, params, version=data_key())


def pages(pdf: bytes) -> int:
    """Page objects of a PDF (`/Type /Page`, not `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_the_map_is_a_map_section_with_deck_figure_and_legend():
    model = county_map.build(query(an="2022"))
    the_map = model.section("county-map")
    assert the_map.kind == "map" and the_map.shown and the_map in model.shown
    assert isinstance(the_map.figure, go.Figure) and the_map.deck is not None
    # under the map and in the pack: the 10 UATs with places (the 83 at 0 are counted in the
    # headline); the downloads keep all 93
    assert len(the_map.table) == 10 and len(the_map.downloadable) == 93
    assert the_map.table.iloc[-1]["Valoare"] > 0
    assert the_map.legend[0] == (CIVIDIS[0], "0 / fără valoare")
    classes = [c for c, _ in the_map.legend if c in CIVIDIS]
    assert classes == CIVIDIS[: len(classes)] and len(classes) == 6
    legend_names = [t.name for t in the_map.figure.data if t.name in dict(the_map.legend).values()]
    assert legend_names == [label for _, label in the_map.legend][: len(legend_names)]
    assert the_map.legend_title == "Locuri la 1.000 de locuitori"
    assert the_map.headline.startswith("Răcăciuni are cea mai mare valoare")
    assert model.filters == (("Indicator pe hartă", "Locuri la 1.000 de locuitori"),)
    assert "83 din 93 de UAT-uri au 0" in the_map.headline
    ranking = model.section("map-ranking")
    assert ranking.kind == "table" and len(ranking.table) == 93
    assert ranking.table.iloc[0]["UAT"] == "Răcăciuni"
    unknown = model.section("map-unknown")
    assert len(unknown.table) == 22 and not unknown.slide


def test_the_deck_tooltip_is_plain_text():
    deck = county_map.build(query(an="2022")).section("county-map").deck
    spec = json.loads(deck.to_json())
    assert deck._tooltip == TEXT_TOOLTIP
    uats = spec["layers"][0]["data"]["features"]
    assert len(uats) == 93
    tips = [f["properties"]["tip"] for f in uats]
    tips += [p["tip"] for layer in spec["layers"][1:] for p in layer["data"]]
    assert not [t for t in tips if re.search(r"<[a-z/]", t)]
    assert "Bacău\nLocuri la 1.000 de locuitori: " in "|".join(tips)


def test_metric_and_distance_component_from_the_link():
    model = county_map.build(query(an="2022", metrica="nearest_km", componenta_distanta="elderly"))
    assert "Persoane vârstnice" in model.section("county-map").headline
    assert model.filters[1] == ("Distanța până la un serviciu pentru", "Persoane vârstnice")
    fallback = county_map.build(query(an="2022", metrica="<b>x</b>"))
    assert fallback.section("county-map").legend_title == "Locuri la 1.000 de locuitori"


def test_the_uat_profile_of_bacau():
    model = uat_profile.build(query(an="2022", uat="20297"))
    assert model.title == "Profilul UAT: Bacău"
    assert model.kpi_pairs[:3] == [
        ("Populație (RPL 2021)", "136.102"), ("Servicii DGASPC", "17"),
        ("Locuri", "190"),
    ]  # fmt: skip
    assert len(model.section("uat-services").table) == 17
    assert len(model.section("uat-distances").table) == 4
    assert model.section("uat-planned").headline == "Nimic înregistrat pentru acest UAT."


@pytest.mark.parametrize("lang", ["ro", "en"])
@pytest.mark.parametrize("uat", ["20297", "20876", "24427"])
def test_every_profile_table_reads_as_a_user_reads_it(lang, uat):
    model = uat_profile.build(query(lang, an="2022", uat=uat))
    assert model.sections
    for section in model.sections:
        headers = [str(c) for c in section.table.columns]
        assert not [h for h in headers if SNAKE.match(h) or h in RAW], (section.key, headers)
        cells = {str(v) for v in section.table.to_numpy().ravel()}
        assert not cells & RAW, (section.key, cells & RAW)


def test_a_bad_uat_gives_a_notice_and_no_profile():
    model = uat_profile.build(query(uat="99999"))
    assert model.sections == () and len(model.notices) == 1 and "99999" in model.notices[0]
    assert uat_profile.build(query()).notices == ()


@pytest.mark.parametrize("demo", [False, True])
def test_the_printable_profile_is_one_page(demo):
    q = Query.of(None, "ro", {"an": "2022", "uat": "20297"}, version=data_key(), demo=demo)
    model = uat_profile.build(q)
    assert model.demo is demo
    pdf = one_page_pdf(model, "ro", subtitle="Registrul serviciilor: 2022")
    assert pdf.startswith(b"%PDF") and pages(pdf) == 1


def test_reported_values_print_romanian_dates():
    import pandas as pd

    from views.county_map import published

    frame = pd.DataFrame({"period_end": ["2022-12-31"], "value": [40.0]})
    assert published(frame, "ro").iloc[0].tolist() == ["31.12.2022", "40"]


def test_every_circle_on_the_map_has_its_legend_entry():
    """The blue, orange… circles (services by component) and the vermillion ones (community
    centres) each have a legend line, on the screen's legend and the static figure's."""
    the_map = county_map.build(query(an="2022")).section("county-map")
    legend = dict((label, colour) for colour, label in the_map.legend)
    assert legend["Servicii: Persoane cu dizabilități"] == "#E69F00"
    assert legend["Centre comunitare integrate"] == "#D55E00"
    services = [label for label in legend if label.startswith("Servicii: ")]
    assert len(services) >= 3
    spec = json.loads(the_map.deck.to_json())
    drawn = {"#{:02X}{:02X}{:02X}".format(*p["colour"]) for p in spec["layers"][1]["data"]}
    assert drawn <= set(legend.values()), drawn - set(legend.values())
    named = {t.name for t in the_map.figure.data if t.mode == "markers"}
    assert {*services, "Centre comunitare integrate"} <= named


def test_the_county_is_whole_in_its_map_frame():
    """The view centres the county's bounds and zooms so both spans fit the frame (the old
    fixed view, 26,85° E at zoom 8,1, cut the west of the county off)."""
    import math

    from geo.layers import FULL_FRAME, HALF_FRAME, county_view, geojson_bounds, uat_geojson

    west, south, east, north = geojson_bounds(uat_geojson())
    for frame in (FULL_FRAME, HALF_FRAME):
        view = county_view(frame)
        px_per_degree = 512 * 2**view.zoom / 360
        # the west and east edges are inside the frame, with a margin
        assert (view.longitude - west) * px_per_degree < frame[0] / 2
        assert (east - view.longitude) * px_per_degree < frame[0] / 2
        assert abs((west + east) / 2 - view.longitude) < 0.01
        assert south < view.latitude < north
    # the half-width card zooms out by about log2(540 / 290) — the width decides
    assert math.isclose(
        county_view(FULL_FRAME).zoom - county_view(HALF_FRAME).zoom,
        math.log2(540 / 290),
        abs_tol=0.02,
    )
