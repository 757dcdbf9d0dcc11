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
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.national import national_id
from geo.layers import choropleth_deck, classify
from geo.national import load_national_uats
from geo.simplify import simplify_for_drawing, to_geojson
from store.aggregates import latest_values
from store.db import get_engine

NATIONAL_VIEW = pdk.ViewState(latitude=45.95, longitude=24.95, zoom=5.6)
COUNTY_VIEW = pdk.ViewState(latitude=46.45, longitude=26.85, zoom=8.1)


@st.cache_data(show_spinner=False)
def geometry(scale: str, kind: str) -> dict:
    """The UAT GeoJSON to draw (cached: geometry never changes between reruns)."""
    frame = load_national_uats()
    if scale == "county":
        frame = frame[frame["county_code"] == "BC"]
    if kind == "simplified":
        frame = simplify_for_drawing(frame)
    return to_geojson(frame[["siruta", "name", "county_code", "geometry"]])


@st.cache_data(show_spinner=False)
def uat_indicators() -> list[str]:
    """Catalogue ids of the indicators reported per UAT (read once from the bench schema)."""
    query = text(
        "SELECT DISTINCT indicator_id FROM reported_value "
        "WHERE uat_siruta <> 0 AND indicator_id LIKE 'bc-%' ORDER BY indicator_id"
    )
    with get_engine().connect() as connection:
        return [row[0][len("bc-") :] for row in connection.execute(query)]


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
deck = choropleth_deck(geojson, by_uat, class_of, tips)
deck.initial_view_state = NATIONAL_VIEW if scale == "national" else COUNTY_VIEW
st.pydeck_chart(deck, height=600)
st.caption(f"{base}: {len(geojson['features'])} UATs, {len(values)} values (synthetic, demo)")
