"""All 3,186 UATs of Romania (42 counties, 2021 population) for scale work.

The national file is coarser than the Bacău one and three of its polygons self-intersect in the
source; they are repaired on load (data/geo/README.md).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from caching import cached
from domain.errors import CuratedDataError
from domain.paths import ROOT
from geo.uats import validate_uats

NATIONAL_DIR = ROOT / "data" / "geo" / "national"
NATIONAL_GEOJSON = NATIONAL_DIR / "romania_uat.geojson"
NATIONAL_POPULATION = NATIONAL_DIR / "romania_uat_population_2021.csv"
EXPECTED_NATIONAL_UATS = 3186
EXPECTED_COUNTIES = 42
EXPECTED_POPULATION_2021 = 19_053_815


@cached
def load_national_uats(path: str | None = None, population: str | None = None) -> gpd.GeoDataFrame:
    """3,186 UATs: siruta (int), name, type, county_code, county_name, population (2021)."""
    geo_path = Path(path) if path else NATIONAL_GEOJSON
    pop_path = Path(population) if population else NATIONAL_POPULATION
    try:
        frame = gpd.read_file(geo_path)
    except Exception as exc:  # pyogrio raises its own error types for unreadable files
        raise CuratedDataError(geo_path.name, [f"{geo_path.name}: cannot be read ({exc})"]) from exc
    frame = frame.rename(columns={"cc": "county_code", "cn": "county_name"})
    frame["siruta"] = frame["siruta"].astype("int64")
    frame["geometry"] = shapely.make_valid(
        frame.geometry.values, method="structure", keep_collapsed=False
    )
    counts = _population(pop_path)
    frame["population"] = frame["siruta"].map(counts).astype("Int64")
    frame = validate_uats(frame, geo_path.name)
    frame["population"] = frame["population"].astype("int64")
    return frame


def _population(path: Path) -> pd.Series:
    """Population 2021 by UAT SIRUTA (county-total rows, keyed by a mnemonic, left out)."""
    table = pd.read_csv(path, dtype={"cod_siruta": str, "pop": "int64"})
    uats = table[table["cod_siruta"].str.fullmatch(r"\d+")]
    return pd.Series(uats["pop"].to_numpy(), index=uats["cod_siruta"].astype("int64"))
