"""A minimal Streamlit script for `python -m bench.national`: the UAT choropleth of one indicator.

Not a page of the dashboard: it draws what /harta would draw at national scale, reading values
with store.aggregates (SQL) and geometry raw or simplified. Configured by environment:
DATABASE_URL (a bench schema), BENCH_MAP_SCALE (`national` | `county`), BENCH_MAP_GEOMETRY
(`raw` | `simplified`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pydeck as pdk
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.national import national_id, uat_level_ids
from caching import cached
from geo.layers import PreparedDeck, choropleth_deck, classify, prepared
from geo.national import load_national_uats
from geo.simplify import simplify_for_drawing, to_geojson
from store.aggregates import latest_values
from store.db import get_engine
from ui import timing

started = timing.start()
NATIONAL_VIEW = pdk.ViewState(latitude=45.95, longitude=24.95, zoom=5.6)
COUNTY_VIEW = pdk.ViewState(latitude=46.45, longitude=26.85, zoom=8.1)


@cached
def geometry(scale: str, kind: str) -> dict:
    """The UAT GeoJSON to draw (cached: geometry never changes between reruns)."""
    frame = load_national_uats()
    if scale == "county":
        frame = frame[frame["county_code"] == "BC"]
    if kind == "simplified":
        frame = simplify_for_drawing(frame)
    return to_geojson(frame[["siruta", "name", "county_code", "geometry"]])


@cached
def uat_indicators() -> list[str]:
    """Catalogue ids of the indicators reported per UAT (read once from the bench schema)."""
    return uat_level_ids(get_engine())


@cached
def deck(scale: str, kind: str, by_uat: dict, class_of: dict, tips: dict) -> PreparedDeck:
    """The deck for one colouring, serialised once and compactly (as /harta does)."""
    built = choropleth_deck(geometry(scale, kind), by_uat, class_of, tips)
    built.initial_view_state = NATIONAL_VIEW if scale == "national" else COUNTY_VIEW
    return prepared(built)


scale = os.environ.get("BENCH_MAP_SCALE", "national")
kind = os.environ.get("BENCH_MAP_GEOMETRY", "simplified")
geojson = geometry(scale, kind)
counties = sorted({f["properties"]["county_code"] for f in geojson["features"]})
base = st.selectbox("Indicator", uat_indicators())
values = latest_values([national_id(cc, base) for cc in counties], by="uat")
by_uat = dict(zip(values["uat_siruta"].astype(int), values["value"], strict=True))
classes, _ = classify(values["value"])
class_of = dict(zip(values["uat_siruta"].astype(int), classes, strict=True))
tips = {s: f"{v:,.0f}" for s, v in by_uat.items()}
st.pydeck_chart(deck(scale, kind, by_uat, class_of, tips), height=600)
st.caption(f"{base}: {len(geojson['features'])} UATs, {len(values)} values (synthetic, demo)")
timing.record("national_map", started)
