"""The 93 UATs of Bacău County as a validated GeoDataFrame (EPSG:4326)."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

from caching import cached
from domain.errors import CuratedDataError
from geo.layers import UAT_GEOJSON

EXPECTED_UATS = 93
METRIC_CRS = "EPSG:3844"  # Stereo 70: only inside functions that measure


def validate_uats(frame: gpd.GeoDataFrame, file: str) -> gpd.GeoDataFrame:
    """Check SIRUTA uniqueness, geometry validity, CRS and population; raise CuratedDataError."""
    problems = []
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        problems.append(f"{file}: CRS is {frame.crs}, expected EPSG:4326")
    for column in ("siruta", "name", "population"):
        if column not in frame.columns:
            problems.append(f"{file}, column {column}: column missing")
    if problems:
        raise CuratedDataError(file, problems)
    if frame["siruta"].duplicated().any():
        dups = sorted(frame.loc[frame["siruta"].duplicated(), "siruta"].astype(str))
        problems.append(f"{file}, column siruta: duplicate codes {', '.join(dups)}")
    bad = frame.index[~frame.geometry.is_valid | frame.geometry.is_empty]
    problems += [f"{file}, row {i + 1}, column geometry: invalid or empty" for i in bad]
    missing = frame.index[frame["population"].isna()]
    problems += [f"{file}, row {i + 1}, column population: missing" for i in missing]
    if problems:
        raise CuratedDataError(file, problems)
    return frame


@cached
def load_uat_shapes(path: str | None = None) -> gpd.GeoDataFrame:
    """UAT polygons with siruta (int), name, type, population (int)."""
    path_ = Path(path) if path else UAT_GEOJSON
    try:
        frame = gpd.read_file(path_)
    except Exception as exc:  # pyogrio raises its own error types for unreadable files
        raise CuratedDataError(path_.name, [f"{path_.name}: cannot be read ({exc})"]) from exc
    frame = validate_uats(frame, path_.name)
    frame["siruta"] = frame["siruta"].astype("int64")
    return frame
