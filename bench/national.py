"""`python -m bench.national`: the dashboard's data at national scale (42 counties), on PostgreSQL.

Builds, from a fixed seed, a synthetic but realistic national dataset in its own schemas and
nowhere else:
- the 3,186 UATs of the national layer (data/geo/national/, 2021 population);
- a registry of ~2,500 service units whose mix of component and type follows
  data/curated/services.csv, placed in UATs with probability proportional to population;
- ten years of quarterly reported values (2016-03-31 … 2025-12-31) for 700 numeric indicators of
  the curated catalogue in each of the 42 counties (county level), plus two of them reported
  per UAT in every UAT of the country (as the county map shows them);
every value with `source = demo` and the demo comment. Schema `bench_national` holds the whole
country; `bench_county` holds Bacău's share of the same rows (the county-scale comparison).

National indicator ids are county-prefixed (`bc-p22-cap2-1-i1`): each county adopts its own plan,
so one server needs ids that are unique across counties; the table keeps the store's schema
(created by the store's own migrations), with county-level rows at `uat_siruta = 0` as today.

Subcommands: `build` (build and keep), `drop` (drop both schemas); without one, `run` builds,
measures, writes the "National scale" section of bench/results.md and drops the schemas.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.national import load_national_uats  # noqa: E402
from store.db import make_engine, migrate  # noqa: E402
from store.demo import DEMO_COMMENT, DEMO_USER  # noqa: E402
from store.models import COUNTY_SIRUTA  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
NATIONAL_SCHEMA = "bench_national"
COUNTY_SCHEMA = "bench_county"
COUNTY_CODE = "BC"  # Bacău: the county the dashboard serves today
SEED = 20260
N_INDICATORS = 700
N_UAT_INDICATORS = 2
N_SERVICE_UNITS = 2500
FIRST_QUARTER_END = "2016-03-31"
N_QUARTERS = 40
NUMERIC_KINDS = ("count", "percent", "boolean", "increase_pct")
VALUE_COLUMNS = [
    "indicator_id", "period_end", "uat_siruta", "value", "comment", "source", "entered_by",
    "entered_at",
]  # fmt: skip
SERVICE_COLUMNS = [
    "service_id", "county_code", "uat_siruta", "component", "service_type", "target_group",
    "capacity", "beneficiaries", "source",
]  # fmt: skip


def bench_url() -> str:
    """BENCH_DATABASE_URL, else DATABASE_URL when it is PostgreSQL, else the local test server."""
    for name in ("BENCH_DATABASE_URL", "DATABASE_URL"):
        url = os.environ.get(name, "").strip()
        if url.startswith("postgres"):
            return url.replace("postgresql://", "postgresql+psycopg://", 1)
    return DEFAULT_URL


def schema_url(url: str, schema: str) -> str:
    """`url` with the PostgreSQL search_path set to `schema` (libpq `options`)."""
    parsed = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return parsed.render_as_string(hide_password=False)


@contextmanager
def schema_engine(url: str, schema: str) -> Iterator[Engine]:
    """A store engine (the app's make_engine) whose search_path is `schema`."""
    engine = make_engine(schema_url(url, schema))
    try:
        yield engine
    finally:
        engine.dispose()


# --- generation (pure, seeded) -----------------------------------------------------------------


@dataclass(frozen=True)
class NationalData:
    """Everything the national bench loads: UATs, service units, reported values."""

    uats: pd.DataFrame  # siruta, name, county_code, county_name, population
    services: pd.DataFrame  # SERVICE_COLUMNS
    values: pd.DataFrame  # VALUE_COLUMNS
    indicators: pd.DataFrame  # indicator_id (base), target_kind, uat_level (bool)


def quarter_ends() -> list[pd.Timestamp]:
    """The 40 quarter ends of the ten years 2016–2025."""
    return list(pd.date_range(FIRST_QUARTER_END, periods=N_QUARTERS, freq="QE"))


def choose_indicators(rng: np.random.Generator) -> pd.DataFrame:
    """700 numeric indicators of the curated catalogue; two count ones also reported per UAT."""
    catalogue = pd.read_csv(ROOT / "data" / "curated" / "indicators.csv", dtype=str)
    numeric = catalogue[catalogue["target_kind"].isin(NUMERIC_KINDS)]
    picked = numeric.iloc[np.sort(rng.choice(len(numeric), N_INDICATORS, replace=False))]
    frame = picked[["indicator_id", "target_kind"]].reset_index(drop=True)
    counts = frame.index[frame["target_kind"] == "count"]
    uat_level = rng.choice(counts, N_UAT_INDICATORS, replace=False)
    frame["uat_level"] = frame.index.isin(uat_level)
    return frame


def service_registry(uats: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """~2,500 units: type mix and capacities drawn from services.csv, UATs ∝ population."""
    county = pd.read_csv(ROOT / "data" / "curated" / "services.csv")
    county = county.dropna(subset=["capacity"])
    rows = county.iloc[rng.integers(0, len(county), N_SERVICE_UNITS)].reset_index(drop=True)
    weights = uats["population"].to_numpy(dtype="float64")
    places = uats.iloc[rng.choice(len(uats), N_SERVICE_UNITS, p=weights / weights.sum())]
    capacity = rows["capacity"].astype("int64").to_numpy()
    occupancy = rng.uniform(0.55, 1.1, N_SERVICE_UNITS)
    return pd.DataFrame(
        {
            "service_id": [f"n{i:04d}" for i in range(1, N_SERVICE_UNITS + 1)],
            "county_code": places["county_code"].to_numpy(),
            "uat_siruta": places["siruta"].to_numpy(),
            "component": rows["component"],
            "service_type": rows["service_type"],
            "target_group": rows["target_group"],
            "capacity": capacity,
            "beneficiaries": np.round(capacity * occupancy).astype("int64"),
            "source": "demo",
        },
        columns=SERVICE_COLUMNS,
    )


def county_series(
    kinds: np.ndarray, scale: np.ndarray, rng: np.random.Generator, quarters: int
) -> np.ndarray:
    """Values (counties × indicators × quarters) that move like monitoring series of each kind."""
    n_counties, n_ind = len(scale), len(kinds)
    shape = (n_counties, n_ind, quarters)
    steps = rng.normal(0.01, 0.06, shape).cumsum(axis=2)
    base = rng.lognormal(3.0, 1.2, (1, n_ind, 1)) * scale[:, None, None]
    count = np.round(base * np.exp(steps))
    percent = np.round(100 / (1 + np.exp(-(rng.normal(0.5, 1.0, shape[:2])[..., None] + steps))), 1)
    switch = rng.integers(0, quarters + 8, shape[:2])[..., None]
    boolean = (np.arange(quarters)[None, None, :] >= switch).astype("float64")
    increase = np.round(np.clip(rng.normal(5.0, 5.0, shape), 0, None), 1)
    out = np.empty(shape)
    for kind, series in (("count", count), ("percent", percent), ("boolean", boolean)):
        out[:, kinds == kind, :] = series[:, kinds == kind, :]
    out[:, kinds == "increase_pct", :] = increase[:, kinds == "increase_pct", :]
    return out


def build_data(seed: int = SEED) -> NationalData:
    """The whole national dataset, the same for the same seed."""
    rng = np.random.default_rng(seed)
    shapes = load_national_uats()
    uats = pd.DataFrame(shapes.drop(columns="geometry")).sort_values("siruta", ignore_index=True)
    indicators = choose_indicators(rng)
    services = service_registry(uats, rng)
    periods = quarter_ends()
    counties = uats.groupby("county_code", sort=True)["population"].sum()
    kinds = indicators["target_kind"].to_numpy()
    scale = (counties / counties.loc[COUNTY_CODE]).to_numpy()
    series = county_series(kinds, scale, rng, len(periods))
    # per-UAT values of the UAT-level indicators: Poisson counts ∝ population (many below 5)
    rate = rng.uniform(0.0005, 0.003, N_UAT_INDICATORS)
    trend = np.exp(rng.normal(0.0, 0.03, (N_UAT_INDICATORS, len(periods))).cumsum(axis=1))
    lam = uats["population"].to_numpy()[None, :, None] * rate[:, None, None] * trend[:, None, :]
    per_uat = rng.poisson(lam).astype("float64")  # (uat indicators, uats, quarters)
    codes = uats["county_code"].to_numpy()
    uat_level = np.flatnonzero(indicators["uat_level"].to_numpy())
    for k, col in enumerate(uat_level):  # the county row of a UAT-level indicator is its UAT sum
        for c, code in enumerate(counties.index):
            series[c, col, :] = per_uat[k, codes == code, :].sum(axis=0)
    county_rows = _county_frame(series, counties.index, indicators["indicator_id"], periods)
    uat_rows = _uat_frame(per_uat, uats, indicators["indicator_id"].iloc[uat_level], periods)
    values = pd.concat([county_rows, uat_rows], ignore_index=True)
    values["comment"] = DEMO_COMMENT
    values["source"] = "demo"
    values["entered_by"] = DEMO_USER
    values["entered_at"] = pd.to_datetime(values["period_end"]) + timedelta(days=30, hours=9)
    values["entered_at"] = values["entered_at"].dt.tz_localize(UTC)
    return NationalData(uats, services, values[VALUE_COLUMNS], indicators)


def national_id(county_code: str, indicator_id: str) -> str:
    """The county-prefixed id of a catalogue indicator (`bc-p22-cap2-1-i1`)."""
    return f"{county_code.lower()}-{indicator_id}"


def _county_frame(
    series: np.ndarray, counties: pd.Index, ids: pd.Series, periods: list[pd.Timestamp]
) -> pd.DataFrame:
    c, i, q = np.indices(series.shape).reshape(3, -1)
    prefixed = np.array([[national_id(cc, b) for b in ids] for cc in counties])
    return pd.DataFrame(
        {
            "indicator_id": prefixed[c, i],
            "period_end": np.array([p.date() for p in periods])[q],
            "uat_siruta": COUNTY_SIRUTA,
            "value": series.reshape(-1),
        }
    )


def _uat_frame(
    per_uat: np.ndarray, uats: pd.DataFrame, ids: pd.Series, periods: list[pd.Timestamp]
) -> pd.DataFrame:
    k, u, q = np.indices(per_uat.shape).reshape(3, -1)
    codes = uats["county_code"].to_numpy()
    bases = ids.to_numpy()
    prefixed = np.array([[national_id(cc, b) for cc in codes] for b in bases])
    return pd.DataFrame(
        {
            "indicator_id": prefixed[k, u],
            "period_end": np.array([p.date() for p in periods])[q],
            "uat_siruta": uats["siruta"].to_numpy()[u],
            "value": per_uat.reshape(-1),
        }
    )


# --- loading -----------------------------------------------------------------------------------


def drop_schemas(url: str) -> None:
    """Drop both bench schemas (and everything in them)."""
    admin = create_engine(url)
    with admin.begin() as connection:
        for schema in (NATIONAL_SCHEMA, COUNTY_SCHEMA):
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    admin.dispose()


def load_schema(url: str, schema: str, data: NationalData) -> float:
    """Create `schema` afresh with the store's migrations and COPY the data in; seconds taken."""
    t0 = time.perf_counter()
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    admin.dispose()
    with schema_engine(url, schema) as engine:
        migrate(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE TABLE service_unit (service_id varchar(20) PRIMARY KEY, "
                "county_code varchar(2) NOT NULL, uat_siruta integer NOT NULL, "
                "component varchar(20) NOT NULL, service_type varchar(40) NOT NULL, "
                "target_group varchar(10), capacity integer NOT NULL, "
                "beneficiaries integer NOT NULL, source varchar(10) NOT NULL "
                "CHECK (source = 'demo'))"
            )
            _copy(connection, "service_unit", data.services, SERVICE_COLUMNS)
            _copy(connection, "reported_value", data.values, VALUE_COLUMNS)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE reported_value")
            connection.exec_driver_sql("ANALYZE service_unit")
    return time.perf_counter() - t0


def _copy(connection: Connection, table: str, frame: pd.DataFrame, columns: list[str]) -> None:
    """COPY `frame` into `table` in CSV chunks of 200,000 rows (psycopg 3)."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT csv)") as copy:
        for start in range(0, len(frame), 200_000):
            buffer = io.StringIO()
            frame.iloc[start : start + 200_000].to_csv(buffer, header=False, index=False)
            copy.write(buffer.getvalue())


def county_share(data: NationalData, county_code: str = COUNTY_CODE) -> NationalData:
    """The rows of one county: its UATs, service units and values (ids `bc-…`)."""
    prefix = county_code.lower() + "-"
    uats = data.uats[data.uats["county_code"] == county_code]
    services = data.services[data.services["county_code"] == county_code]
    values = data.values[data.values["indicator_id"].str.startswith(prefix)]
    return NationalData(uats, services, values, data.indicators)


def build(url: str, *, seed: int = SEED) -> NationalData:
    """Generate and load both schemas; print what was loaded (counts, ranges, a sample)."""
    t0 = time.perf_counter()
    data = build_data(seed)
    generated = time.perf_counter() - t0
    print(f"generated in {generated:.1f} s: {len(data.values):,} values, "
          f"{len(data.services):,} service units, {len(data.uats):,} UATs")  # fmt: skip
    national_s = load_schema(url, NATIONAL_SCHEMA, data)
    county = county_share(data)
    county_s = load_schema(url, COUNTY_SCHEMA, county)
    print(f"loaded {NATIONAL_SCHEMA} in {national_s:.1f} s, {COUNTY_SCHEMA} in {county_s:.1f} s")
    describe(url)
    return data


def describe(url: str) -> None:
    """Row counts, ranges and a sample of what the schemas hold (the data, not just 'done')."""
    for schema in (NATIONAL_SCHEMA, COUNTY_SCHEMA):
        with schema_engine(url, schema) as engine, engine.connect() as connection:
            stats = connection.execute(
                text(
                    "SELECT count(*), count(DISTINCT indicator_id), min(period_end), "
                    "max(period_end), count(DISTINCT period_end), "
                    "count(*) FILTER (WHERE uat_siruta <> 0), min(value), max(value), "
                    "count(*) FILTER (WHERE source <> 'demo') FROM reported_value"
                )
            ).one()
            units = connection.execute(
                text(
                    "SELECT count(*), count(DISTINCT county_code), sum(capacity) FROM service_unit"
                )
            ).one()
            sample = connection.execute(
                text(
                    "SELECT indicator_id, period_end, uat_siruta, value FROM reported_value "
                    "ORDER BY indicator_id, period_end DESC, uat_siruta LIMIT 3"
                )
            ).all()
        print(f"{schema}: {stats[0]:,} values ({stats[5]:,} per UAT), {stats[1]:,} indicator ids, "
              f"{stats[4]} quarters {stats[2]} … {stats[3]}, value {stats[6]:g} … {stats[7]:g}, "
              f"non-demo rows {stats[8]}; {units[0]:,} service units in {units[1]} counties, "
              f"{units[2]:,} places; sample {[tuple(r) for r in sample]}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="run", choices=["run", "build", "drop"])
    parser.add_argument("--url", default=bench_url(), help="PostgreSQL URL (no search_path)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.command == "drop":
        drop_schemas(args.url)
        print(f"dropped {NATIONAL_SCHEMA}, {COUNTY_SCHEMA}")
        return 0
    build(args.url, seed=args.seed)
    if args.command == "build":
        return 0
    drop_schemas(args.url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
