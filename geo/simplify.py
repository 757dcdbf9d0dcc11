"""Simplify UAT polygons for drawing: fewer vertices and bytes, every UAT kept.

Projects to Stereo 70 (EPSG:3844) so the tolerance is in metres, then returns to EPSG:4326 for
drawing (STYLE rule 4).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from geo.uats import METRIC_CRS

DEFAULT_TOLERANCE_M = 250.0
# What simplify_for_drawing promises at the default tolerance on the national file: every UAT
# keeps its area within this share of the original (small urban UATs move most), and the
# national total within the second one.
MAX_UAT_AREA_CHANGE = 0.10
MAX_TOTAL_AREA_CHANGE = 0.005


@dataclass(frozen=True)
class SimplifyReport:
    """What a simplification did: UATs and vertices before/after, area change, GeoJSON bytes."""

    tolerance_m: float
    uats_in: int
    uats_out: int
    vertices_in: int
    vertices_out: int
    max_uat_area_change: float
    total_area_change: float
    geojson_bytes_in: int
    geojson_bytes_out: int


def vertex_count(frame: gpd.GeoDataFrame) -> int:
    """Coordinates in all geometries of `frame` (rings closed, so first = last counted twice)."""
    return int(shapely.get_num_coordinates(frame.geometry.values).sum())


def simplify_for_drawing(
    frame: gpd.GeoDataFrame, *, tolerance_m: float = DEFAULT_TOLERANCE_M
) -> gpd.GeoDataFrame:
    """`frame` with each polygon simplified in EPSG:3844 (topology kept per polygon), EPSG:4326.

    Douglas–Peucker with `preserve_topology=True`: no polygon collapses or self-intersects.
    Neighbours are simplified independently, so a shared edge can split into two lines at most
    `tolerance_m` apart: invisible at the zooms the map uses (a pixel is ≥ 400 m at zoom 8).
    """
    projected = frame.to_crs(METRIC_CRS)
    simplified = projected.geometry.simplify(tolerance_m, preserve_topology=True)
    out = frame.copy()
    out["geometry"] = gpd.GeoSeries(simplified, crs=METRIC_CRS).to_crs(frame.crs).values
    return out


def to_geojson(frame: gpd.GeoDataFrame, *, decimals: int = 5) -> dict[str, Any]:
    """A GeoJSON FeatureCollection with coordinates rounded to `decimals` (5 ≈ 1 m)."""
    rounded = frame.copy()
    rounded["geometry"] = shapely.set_precision(frame.geometry.values, 10.0**-decimals)
    return json.loads(rounded.to_json(drop_id=True))


def geojson_size(frame: gpd.GeoDataFrame, *, decimals: int = 5) -> int:
    """Bytes of `to_geojson(frame)` serialised compactly (what the browser receives, roughly)."""
    text = json.dumps(to_geojson(frame, decimals=decimals), separators=(",", ":"))
    return len(text.encode("utf-8"))


def simplify_report(
    before: gpd.GeoDataFrame, after: gpd.GeoDataFrame, *, tolerance_m: float
) -> SimplifyReport:
    """Compare a frame with its simplification (areas measured in EPSG:3844)."""
    area_in = before.to_crs(METRIC_CRS).area.to_numpy()
    area_out = after.to_crs(METRIC_CRS).area.to_numpy()
    return SimplifyReport(
        tolerance_m=tolerance_m,
        uats_in=len(before),
        uats_out=int((~after.geometry.is_empty).sum()),
        vertices_in=vertex_count(before),
        vertices_out=vertex_count(after),
        max_uat_area_change=float(np.max(np.abs(area_out / area_in - 1))),
        total_area_change=float(abs(area_out.sum() / area_in.sum() - 1)),
        geojson_bytes_in=geojson_size(before),
        geojson_bytes_out=geojson_size(after),
    )
