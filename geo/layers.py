"""The county base map (UAT outlines, no web tiles) and point layers for pydeck."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from caching import cached
from domain.paths import ROOT

UAT_GEOJSON = ROOT / "data" / "geo" / "bacau_uat.geojson"
ATTRIBUTION = "Limite UAT: ANCPI (via geo-spatial.org) · Populație: INS, RPL 2021"
# The narrowest frames a county map is drawn in (px): /harta's map column at 820 px with the
# sidebar collapsed, and a half-width card (/dezinstitutionalizare) at 1366 px.
FULL_FRAME = (540, 560)
HALF_FRAME = (290, 560)
FRAME_MARGIN = 0.92  # the county fills at most this share of the frame's width and height
TILE_PX = 512  # deck.gl's world is 512 × 2^zoom px wide


def _mercator_y(lat: float) -> float:
    """Web-Mercator y of a latitude (radians of the projected plane)."""
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_view(bounds: tuple[float, float, float, float], frame: tuple[int, int]) -> pdk.ViewState:
    """The view that shows `bounds` (west, south, east, north) whole and centred in a frame of
    `frame` (width, height) px: the zoom is the largest at which both spans fit the frame."""
    west, south, east, north = bounds
    width, height = frame
    world_x = (east - west) / 360  # shares of the world's width
    world_y = (_mercator_y(north) - _mercator_y(south)) / (2 * math.pi)
    zoom = min(
        math.log2(FRAME_MARGIN * width / (TILE_PX * world_x)),
        math.log2(FRAME_MARGIN * height / (TILE_PX * world_y)),
    )
    centre_y = (_mercator_y(north) + _mercator_y(south)) / 2
    centre_lat = math.degrees(2 * math.atan(math.exp(centre_y)) - math.pi / 2)
    return pdk.ViewState(
        latitude=round(centre_lat, 4), longitude=round((west + east) / 2, 4),
        zoom=round(zoom, 2),
    )  # fmt: skip


def geojson_bounds(geojson: dict) -> tuple[float, float, float, float]:
    """(west, south, east, north) of every coordinate in a FeatureCollection."""
    xs: list[float] = []
    ys: list[float] = []

    def walk(coords: list) -> None:
        if coords and isinstance(coords[0], int | float):
            xs.append(coords[0])
            ys.append(coords[1])
        else:
            for inner in coords:
                walk(inner)

    for feature in geojson["features"]:
        walk(feature["geometry"]["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def county_view(frame: tuple[int, int] = FULL_FRAME) -> pdk.ViewState:
    """The county whole and centred in a frame of `frame` px."""
    return fit_view(geojson_bounds(uat_geojson()), frame)


UAT_LAYER_ID = "uats"  # the choropleth layer's id: a click on the map selects a UAT through it


def selected_siruta(selection: object) -> int | None:
    """The SIRUTA code of the UAT clicked on the choropleth (a pydeck selection state), if any."""
    try:
        objects = selection["selection"]["objects"].get(UAT_LAYER_ID) or []  # type: ignore[index]
        return int(objects[0]["properties"]["siruta"])
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None


@cached
def uat_geojson(path: str | None = None) -> dict:
    """The 93 UAT polygons as a GeoJSON dict."""
    return json.loads(Path(path or UAT_GEOJSON).read_text(encoding="utf-8"))


def outline_layer() -> pdk.Layer:
    """UAT outlines as the offline base map."""
    return pdk.Layer(
        "GeoJsonLayer",
        uat_geojson(),
        id="outlines",
        stroked=True,
        filled=True,
        get_fill_color=[240, 240, 235],
        get_line_color=[120, 120, 120],
        line_width_min_pixels=1,
        pickable=False,
    )


def points_layer(points: pd.DataFrame) -> pdk.Layer:
    """Circles at lon/lat sized by `radius_m` (metres), coloured by `colour` ([r, g, b])."""
    return pdk.Layer(
        "ScatterplotLayer",
        points,
        id="points",
        get_position=["lon", "lat"],
        get_radius="radius_m",
        get_fill_color="colour",
        get_line_color=[0, 0, 0],
        stroked=True,
        line_width_min_pixels=1,
        pickable=True,
        opacity=0.8,
    )


POINT_COLUMNS = ["lon", "lat", "radius_m", "colour", "tip"]
Colour = tuple[int, int, int]


def service_points(
    services: pd.DataFrame, uats: pd.DataFrame, colour_of: Callable[[str], Colour]
) -> pd.DataFrame:
    """The located services as map points (POINT_COLUMNS): at their UAT's centre, spread on a
    small grid where a UAT has several (4 a row), sized by √places (≥ 6 places; no capacity
    draws as 6), coloured by component, tip "name · places". Unlocated services are left out
    (the page lists them)."""
    located = services[services["uat_siruta"].notna()].merge(
        uats[["siruta", "lon", "lat"]], left_on="uat_siruta", right_on="siruta"
    )
    offsets = located.groupby("uat_siruta").cumcount()
    points = located.assign(
        lon=located["lon"] + 0.012 * (offsets % 4),
        lat=located["lat"] + 0.008 * (offsets // 4),
        radius_m=(located["capacity"].fillna(6).clip(lower=6) ** 0.5) * 350,
        colour=located["component"].map(colour_of),
        tip=located["name"] + " · " + located["capacity"].astype("string").fillna("–"),
    )
    return points[POINT_COLUMNS].reset_index(drop=True)


def centre_points(
    centres: pd.DataFrame, uats: pd.DataFrame, colour: Colour, tip: Callable[[str, str], str]
) -> pd.DataFrame:
    """Community centres as map points (POINT_COLUMNS) at their UAT's centre, just below the
    services (no address is printed; no places, so one size); `tip(project code, UAT name)`."""
    cc = centres.merge(
        uats[["siruta", "lon", "lat", "name"]], left_on="uat_siruta", right_on="siruta"
    )
    points = cc.assign(
        lat=cc["lat"] - 0.01,
        radius_m=900.0,
        colour=[colour] * len(cc),
        tip=[tip(p, n) for p, n in zip(cc["project_code"], cc["name"], strict=True)],
    )
    return points[POINT_COLUMNS].reset_index(drop=True)


def points_deck(
    points: pd.DataFrame, *, tooltip_html: str, frame: tuple[int, int] = FULL_FRAME
) -> pdk.Deck:
    """UAT outlines with service points on top, the county whole in a frame of `frame` px."""
    return pdk.Deck(
        layers=[outline_layer(), points_layer(points)],
        initial_view_state=county_view(frame),
        **NO_TILES,
        tooltip={"html": tooltip_html, "style": {"fontSize": "13px"}},
    )


# No web tiles (the app works offline): a base-map style with no source, only a white
# background. Without a style of its own Streamlit would fetch CARTO's basemap tiles.
BLANK_STYLE = {
    "version": 8,
    "sources": {},
    "layers": [{"id": "fond", "type": "background", "paint": {"background-color": "#ffffff"}}],
}
# Streamlit's map takes the style as a URL: a data: URL is read in the browser, not fetched.
BLANK_STYLE_URL = "data:application/json;charset=utf-8," + quote(
    json.dumps(BLANK_STYLE, separators=(",", ":"))
)
NO_TILES = dict(map_provider="carto", map_style=BLANK_STYLE_URL)


# Streamlit escapes the values put into an "html" tooltip, so markup inside a `tip` would show
# as raw `<b>…</b>`: tips are plain text, one line per "\n", drawn as a text tooltip. A page that
# wants markup writes it in the template (`points_deck(tooltip_html=...)`), never in the data.
TEXT_TOOLTIP = {"text": "{tip}", "style": {"fontSize": "13px", "whiteSpace": "pre-line"}}


# Sequential, colour-blind-safe (cividis, light = low, dark = high); index 0: zero / no value.
CIVIDIS = ["#E8E8E8", "#FEE838", "#C8B866", "#948E77", "#666970", "#35456C", "#00224E"]


def classify(values: pd.Series, *, classes: int = 5) -> tuple[pd.Series, list[float]]:
    """Class per value: 0 for zero/missing, 1…k by quantiles of the positive values.

    Returns (class index per row, the k+1 upper-inclusive bin edges of the positive values).
    """
    numbers = pd.to_numeric(values, errors="coerce")
    positive = numbers[numbers > 0]
    if positive.empty:
        return pd.Series(0, index=values.index), []
    edges = sorted(set(positive.quantile([i / classes for i in range(classes + 1)])))
    if len(edges) == 1:
        edges = [edges[0], edges[0]]
    cls = pd.cut(positive, bins=edges, labels=False, include_lowest=True).fillna(len(edges) - 2) + 1
    out = pd.Series(0, index=values.index, dtype="int64")
    out.loc[cls.index] = cls.astype("int64")
    return out, [float(e) for e in edges]


def choropleth_deck(
    geojson: dict,
    values: dict[int, float],
    classes: dict[int, int],
    tooltip: dict[int, str],
    points: pd.DataFrame | None = None,
) -> pdk.Deck:
    """UAT polygons filled by class (no web tiles), optional service points on top."""
    features = []
    for feature in geojson["features"]:
        siruta = int(feature["properties"]["siruta"])
        colour = CIVIDIS[min(classes.get(siruta, 0), len(CIVIDIS) - 1)].lstrip("#")
        props = dict(
            feature["properties"],
            fill=[int(colour[i : i + 2], 16) for i in (0, 2, 4)] + [200],
            value=values.get(siruta),
            tip=tooltip.get(siruta, ""),
        )
        features.append({**feature, "properties": props})
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            {"type": "FeatureCollection", "features": features},
            id=UAT_LAYER_ID,
            stroked=True,
            filled=True,
            get_fill_color="properties.fill",
            get_line_color=[80, 80, 80],
            line_width_min_pixels=1,
            pickable=True,
        )
    ]
    if points is not None and not points.empty:
        layers.append(points_layer(points))
    return pdk.Deck(
        layers=layers,
        initial_view_state=county_view(),
        **NO_TILES,
        tooltip=TEXT_TOOLTIP,
    )


@dataclass(frozen=True)
class PreparedDeck:
    """A pydeck Deck serialised once and compactly, for `st.pydeck_chart`.

    pydeck indents its JSON by two spaces and Streamlit sends that text on every run: for the 93
    UATs 0.56 MB instead of 0.11 MB, and serialising it was the largest part of a map page's run
    (bench/results.md). st.pydeck_chart only calls `to_json()` and reads `_tooltip` (and
    `layers`, `width`, `mapbox_key` when present), so this stand-in draws the same map.
    """

    json: str
    _tooltip: dict | None = None

    def to_json(self) -> str:
        """The deck's JSON, as pydeck would write it but without indentation."""
        return self.json


def prepared(deck: pdk.Deck) -> PreparedDeck:
    """`deck` serialised once, without indentation (same content as `deck.to_json()`)."""
    for layer in deck.layers:  # DataFrames as records, as Streamlit does for pandas 3
        if isinstance(getattr(layer, "data", None), pd.DataFrame):
            layer.data = layer.data.to_dict(orient="records")
    text = json.dumps(deck, sort_keys=True, default=default_serialize, separators=(",", ":"))
    tooltip = getattr(deck, "_tooltip", None)
    return PreparedDeck(text, tooltip if isinstance(tooltip, dict) else None)


@cached
def county_choropleth(
    values: dict[int, float],
    classes: dict[int, int],
    tooltip: dict[int, str],
    points: pd.DataFrame | None = None,
) -> PreparedDeck:
    """The county's UAT choropleth, prepared once per distinct colouring (cached in the app)."""
    return prepared(choropleth_deck(uat_geojson(), values, classes, tooltip, points))


@cached
def county_points(
    points: pd.DataFrame, tooltip_html: str, frame: tuple[int, int] = FULL_FRAME
) -> PreparedDeck:
    """UAT outlines with points on top, prepared once per distinct set of points."""
    return prepared(points_deck(points, tooltip_html=tooltip_html, frame=frame))
