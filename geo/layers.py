"""The county base map (UAT outlines, no web tiles) and point layers for pydeck."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pydeck as pdk

from loaders.cache import cached
from loaders.curate.common import ROOT

UAT_GEOJSON = ROOT / "data" / "geo" / "bacau_uat.geojson"
ATTRIBUTION = "Limite UAT: ANCPI (via geo-spatial.org) · Populație: INS, RPL 2021"
VIEW = pdk.ViewState(latitude=46.45, longitude=26.85, zoom=7.6)


@cached
def uat_geojson(path: str | None = None) -> dict:
    """The 93 UAT polygons as a GeoJSON dict."""
    return json.loads(Path(path or UAT_GEOJSON).read_text(encoding="utf-8"))


def outline_layer() -> pdk.Layer:
    """UAT outlines as the offline base map."""
    return pdk.Layer(
        "GeoJsonLayer", uat_geojson(), stroked=True, filled=True, get_fill_color=[240, 240, 235],
        get_line_color=[120, 120, 120], line_width_min_pixels=1, pickable=False,
    )  # fmt: skip


def points_deck(points: pd.DataFrame, *, tooltip_html: str) -> pdk.Deck:
    """Outlines plus circles at lon/lat sized by `radius_m`, coloured by `colour` ([r, g, b])."""
    scatter = pdk.Layer(
        "ScatterplotLayer", points, get_position=["lon", "lat"], get_radius="radius_m",
        get_fill_color="colour", get_line_color=[0, 0, 0], stroked=True,
        line_width_min_pixels=1, pickable=True, opacity=0.8,
    )  # fmt: skip
    return pdk.Deck(
        layers=[outline_layer(), scatter], initial_view_state=VIEW, map_style=None,
        tooltip={"html": tooltip_html, "style": {"fontSize": "13px"}},
    )  # fmt: skip
