"""The 93 UATs, per-UAT metrics and distances, checked by hand on real rows."""

import json

import pandas as pd
import pytest
from shapely.geometry import Point

from domain.errors import CuratedDataError
from geo.layers import UAT_GEOJSON, classify
from geo.uats import load_uat_shapes
from loaders.tables import (
    load_budget_groups,
    load_planned_services,
    load_projects,
    load_services,
    load_uats,
)
from metrics import uat as mu


@pytest.fixture(scope="module")
def shapes():
    return load_uat_shapes()


def test_uat_layer_is_valid(shapes):
    assert len(shapes) == 93 and shapes["siruta"].is_unique
    assert shapes.crs.to_epsg() == 4326 and shapes.geometry.is_valid.all()
    assert shapes["population"].sum() == 601_387  # RPL 2021 county total (data/geo/README.md)


def test_broken_geojson_is_a_named_error(tmp_path):
    data = json.loads(UAT_GEOJSON.read_text(encoding="utf-8"))
    data["features"][1]["properties"]["siruta"] = data["features"][0]["properties"]["siruta"]
    path = tmp_path / "uat.geojson"
    path.write_text(json.dumps(data))
    with pytest.raises(CuratedDataError, match="column siruta: duplicate codes"):
        load_uat_shapes(str(path))


def test_no_uat_lost_and_services_fall_inside_their_polygon(shapes):
    services, uats = load_services(), load_uats()
    table = mu.uat_table(
        uats, services, load_budget_groups(), load_planned_services(), load_projects()
    )
    assert len(table) == 93 and set(table["siruta"]) == set(shapes["siruta"])
    located = services["uat_siruta"].notna()
    assert table["service_units"].sum() + (~located).sum() == len(services)  # 38 + 22 = 60
    polygons = shapes.set_index("siruta").geometry
    centroid = uats.set_index("siruta")
    for siruta in services.loc[located, "uat_siruta"].astype(int):
        point = Point(centroid.at[siruta, "lon"], centroid.at[siruta, "lat"])
        assert polygons[siruta].contains(point)


def test_per_capita_and_budget_by_hand():
    uats = load_uats()
    table = mu.uat_table(
        uats, load_services(), load_budget_groups(), load_planned_services(), load_projects()
    )
    row = table.set_index("name")
    # Răcăciuni: CRRN 300 places / 7.069 inhabitants × 1.000 = 42,44
    assert row.at["Răcăciuni", "places_per_1000"] == pytest.approx(300 / 7069 * 1000)
    # Târgu Ocna: row 41 (6+12+12+12+50) + row 45 (65) = 157 places / 10.410 = 15,08
    assert row.at["Târgu Ocna", "places"] == 157
    assert row.at["Târgu Ocna", "places_per_1000"] == pytest.approx(157 / 10410 * 1000)
    # Budget located in Târgu Ocna: b10 9.053,90 + b14 4.132,70 = 13.186,60 thousand lei
    assert row.at["Târgu Ocna", "county_budget_thousand_lei"] == pytest.approx(13186.6)
    # Bacău: b03 (Pro Familia + Casa Mea) has apartments without a town → not placed in Bacău.
    assert row.at["Bacău", "county_budget_thousand_lei"] == pytest.approx(1726.1 + 4080.8)


def test_distance_by_hand(shapes):
    services, uats = load_services(), load_uats()
    distances = mu.nearest_service_km(services, uats).set_index(["siruta", "component"])
    # A UAT with an elderly home is 0 km from the elderly service (Răchitoasa, row 49).
    assert distances.loc[(24837, "elderly"), "nearest_km"] == pytest.approx(0.0)
    # Bacău → the nearest elderly service is Răchitoasa: about 36 km between centroids in
    # Stereo 70 (lon/lat 26.915,46.560 → 27.368,46.450).
    assert 30 < distances.loc[(20297, "elderly"), "nearest_km"] < 40
    assert bool(distances.loc[(20297, "elderly"), "desert"]) is True  # > 25 km


def test_classification_covers_every_value():
    values = pd.Series([0, 1, 2, 3, 4, 5, 10, None])
    classes, edges = classify(values)
    assert classes.tolist()[0] == 0 and classes.tolist()[-1] == 0
    assert set(classes[1:7]) <= {1, 2, 3, 4, 5} and classes[6] == max(classes)
    assert edges[0] == 1 and edges[-1] == 10


def test_clicked_uat_is_read_from_the_pydeck_selection():
    from geo.layers import UAT_LAYER_ID, selected_siruta

    state = {"selection": {"indices": {UAT_LAYER_ID: [3]}, "objects": {
        UAT_LAYER_ID: [{"type": "Feature", "properties": {"siruta": "20297", "name": "Bacău"}}]
    }}}  # fmt: skip
    assert selected_siruta(state) == 20297
    assert selected_siruta({"selection": {"indices": {}, "objects": {}}}) is None
    assert selected_siruta(None) is None
    points_only = {"selection": {"objects": {"points": [{"name": "x"}]}}}
    assert selected_siruta(points_only) is None


def test_map_link_reproduces_the_chosen_uat():
    from tests.test_pages_apptest import run_page

    at = run_page("app_pages/county_map.py", {"uat": "20876"})  # Moinești
    assert not at.exception
    assert at.selectbox(key="map_uat").value == 20876
    assert any("Moinești" in s.value for s in at.subheader)
    bad = run_page("app_pages/county_map.py", {"uat": "99999"})
    assert not bad.exception
    assert any("99999" in w.value for w in bad.warning)


def test_community_centres_stand_at_their_lines_and_uats():
    """13 centres (4 PN3002 at lines 1677-1678, 9 PN4056 at lines 1692-1696), each UAT one of
    the 93, each name on its source line, each indicator's bullet naming the count."""
    from curation.common import SOURCES
    from loaders.tables import load_community_centres, load_indicators, load_uats

    centres = load_community_centres()
    lines = (SOURCES / "000_4cfc5bf8d61bed48.txt").read_text(encoding="utf-8").splitlines()
    assert centres.groupby("project_code").size().to_dict() == {"PN3002": 4, "PN4056": 9}
    assert set(centres["uat_siruta"]) <= set(load_uats()["siruta"])
    assert centres["uat_siruta"].is_unique
    for row in centres.itertuples():
        printed = " ".join(lines[row.source_line - 1].replace("\u00a0", " ").split())
        assert row.name_as_printed.split()[0] in printed, row.centre_id
    texts = load_indicators().set_index("indicator_id")["indicator_text"]
    assert texts["p22-2.3.1-i2"].startswith("4 Centre Comunitare Integrate")
    assert texts["p22-2.3.2-i1"].startswith("9 centre comunitare funcționale")
    assert centres.loc[centres["name_as_printed"] == "M.Cașin", "uat_siruta"].item() == 23449


def test_uat_values_below_five_are_suppressed_with_a_second_cell():
    """Three UATs report a count for one indicator and period: 3 (hidden), 7 (hidden too, the
    smallest visible, so the total cannot reveal the 3), 40 (shown); a percent is not hidden."""
    import pandas as pd

    from metrics.uat import reported_by_uat
    from readers.reported import VALUE_COLUMNS

    indicators = pd.DataFrame(
        {
            "indicator_id": ["c", "p"],
            "indicator_text": ["copii reintegrați", "procent"],
            "target_kind": ["count", "percent"],
        }
    )
    uats = pd.DataFrame({"siruta": [1, 2, 3], "name": ["A", "B", "C"]})
    rows = [
        ["c", "2022-12-31", 1, 3.0, "", "form", "x", "t"],
        ["c", "2022-12-31", 2, 7.0, "", "form", "x", "t"],
        ["c", "2022-12-31", 3, 40.0, "", "form", "x", "t"],
        ["c", "2022-12-31", None, 50.0, "", "form", "x", "t"],  # county level: not here
        ["p", "2022-12-31", 1, 2.0, "", "form", "x", "t"],
    ]
    out = reported_by_uat(pd.DataFrame(rows, columns=VALUE_COLUMNS), indicators, uats)
    got = {(r.indicator_id, r.uat_name): r.value for r in out.itertuples()}
    assert got == {("c", "A"): "<5", ("c", "B"): "<5", ("c", "C"): 40.0, ("p", "A"): 2.0}


# --- national layer (3,186 UATs) and its simplification for drawing ---------------------------


@pytest.fixture(scope="module")
def national():
    from geo.national import load_national_uats

    return load_national_uats()


def test_national_layer_is_complete_and_valid(national):
    from geo.national import EXPECTED_COUNTIES, EXPECTED_NATIONAL_UATS, EXPECTED_POPULATION_2021

    assert len(national) == EXPECTED_NATIONAL_UATS and national["siruta"].is_unique
    assert national["county_code"].nunique() == EXPECTED_COUNTIES
    assert national["population"].sum() == EXPECTED_POPULATION_2021  # data/geo/README.md
    assert national.crs.to_epsg() == 4326 and national.geometry.is_valid.all()
    bacau = national[national["county_code"] == "BC"]
    assert len(bacau) == 93 and bacau["population"].sum() == 601_387


def test_simplification_keeps_every_uat_and_its_area(national):
    from geo.simplify import (
        DEFAULT_TOLERANCE_M,
        MAX_TOTAL_AREA_CHANGE,
        MAX_UAT_AREA_CHANGE,
        simplify_for_drawing,
        simplify_report,
    )

    simple = simplify_for_drawing(national)
    report = simplify_report(national, simple, tolerance_m=DEFAULT_TOLERANCE_M)
    assert (report.uats_in, report.uats_out) == (3186, 3186)
    assert simple["siruta"].tolist() == national["siruta"].tolist()
    assert simple.crs.to_epsg() == 4326 and simple.geometry.is_valid.all()
    assert (simple.geom_type.isin(["Polygon", "MultiPolygon"])).all()
    assert report.max_uat_area_change <= MAX_UAT_AREA_CHANGE
    assert report.total_area_change <= MAX_TOTAL_AREA_CHANGE
    assert report.vertices_out <= 0.75 * report.vertices_in
    assert report.geojson_bytes_out < report.geojson_bytes_in


def test_simplified_geojson_rounds_coordinates_and_keeps_properties(shapes):
    from geo.simplify import simplify_for_drawing, to_geojson

    collection = to_geojson(simplify_for_drawing(shapes), decimals=5)
    assert len(collection["features"]) == 93
    first = collection["features"][0]
    assert set(first["properties"]) >= {"siruta", "name", "population"}
    ring = first["geometry"]["coordinates"][0]
    lon, lat = ring[0] if first["geometry"]["type"] == "Polygon" else ring[0][0]
    assert round(lon, 5) == lon and round(lat, 5) == lat


def test_map_points_for_services_and_community_centres():
    """Every located service is one point at its UAT (several spread 4 a row), √places sized;
    the 13 PN3002/PN4056 centres sit just below their UAT's centre; only the drawn columns."""
    from geo.layers import POINT_COLUMNS, centre_points, service_points
    from loaders.tables import load_community_centres

    services, uats = load_services(), load_uats()
    points = service_points(services, uats, lambda c: (1, 2, 3))
    located = services[services["uat_siruta"].notna()]
    assert list(points.columns) == POINT_COLUMNS and len(points) == len(located)
    centre = uats.set_index("siruta")
    first = located.iloc[0]
    assert points.at[0, "lon"] == pytest.approx(centre.at[int(first["uat_siruta"]), "lon"])
    hundred = points["tip"].str.endswith(" · 100")
    assert hundred.any()
    assert points.loc[hundred, "radius_m"].tolist() == [pytest.approx(3500.0)] * hundred.sum()
    assert (points["radius_m"] >= 6**0.5 * 350 - 1e-9).all()
    centres = centre_points(load_community_centres(), uats, (9, 9, 9), lambda p, u: f"{p} {u}")
    assert list(centres.columns) == POINT_COLUMNS and len(centres) == 13
    assert centres["tip"].str.match(r"^PN(3002|4056) ").all()
