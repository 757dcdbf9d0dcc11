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

Indicator ids of the other 41 counties are county-prefixed (`cj-p22-cap2-1-i1`): each county adopts
its own plan, so one server needs ids that are unique across counties. Bacău's rows keep the
catalogue's own ids, so the dashboard's pages run unchanged against the national table and are
timed there beside the county schema (`measure_pages`). The table keeps the store's schema
(created by the store's own `init`), with county-level rows at `uat_siruta = 0` as today.

Subcommands: `build` (build and keep), `drop` (drop both schemas); without one, `run` builds,
measures, writes the "National scale" section of bench/results.md and drops the schemas.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import psutil
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from domain.enums import NUMERIC_KINDS as ENUM_NUMERIC_KINDS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.layers import choropleth_deck, classify  # noqa: E402
from geo.national import load_national_uats  # noqa: E402
from geo.simplify import (  # noqa: E402
    DEFAULT_TOLERANCE_M,
    SimplifyReport,
    simplify_for_drawing,
    simplify_report,
    to_geojson,
    vertex_count,
)
from store.aggregates import latest_values, value_counts_by_period  # noqa: E402
from store.api import init  # noqa: E402
from store.db import make_engine  # noqa: E402
from store.demo import DEMO_COMMENT, DEMO_USER  # noqa: E402
from store.models import COUNTY_SIRUTA  # noqa: E402
from store.values import VALUE_COLUMNS, values_frame  # noqa: E402
from tests.browser.support import ARGS, CHROMIUM  # noqa: E402
from ui import timing  # noqa: E402

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
NUMERIC_KINDS = (*ENUM_NUMERIC_KINDS, "boolean")
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
    """A catalogue indicator's id in `county_code`: prefixed (`cj-p22-cap2-1-i1`), except in the
    dashboard's own county, Bacău, whose rows keep the catalogue's ids."""
    return indicator_id if county_code == COUNTY_CODE else f"{county_code.lower()}-{indicator_id}"


# Ids of the other counties: their code (one letter for Bucharest, `b-`, else two) and a dash;
# catalogue ids start with a letter and two digits (`p22-`, `s25-`).
OTHER_COUNTY_ID = r"^[a-z]{1,2}-"
OTHER_COUNTY_SQL = "(indicator_id LIKE '_-%' OR indicator_id LIKE '__-%')"  # the same in SQL


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
        init(engine=engine)  # as `make run` does: migrations, the registry's 2022 snapshot
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
    """The rows of one county: its UATs, service units and values."""
    uats = data.uats[data.uats["county_code"] == county_code]
    services = data.services[data.services["county_code"] == county_code]
    ids = data.values["indicator_id"]
    mine = (
        ~ids.str.match(OTHER_COUNTY_ID)
        if county_code == COUNTY_CODE
        else ids.str.startswith(county_code.lower() + "-")
    )
    values = data.values[mine]
    return NationalData(uats, services, values, data.indicators)


def build(url: str, *, seed: int = SEED) -> dict[str, float]:
    """Generate and load both schemas; print what was loaded; seconds per step."""
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
    return {"generate": generated, "load_national": national_s, "load_county": county_s,
            "values": len(data.values), "county_values": len(county.values)}  # fmt: skip


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


# --- measuring ---------------------------------------------------------------------------------

QUERY_PERIOD = date(2025, 12, 31)
DECK_REPEATS = 3


def _timed(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """(median seconds over `repeats` calls after one warm-up call, the last result)."""
    result = fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def _once(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(seconds, growth of this process's RSS in MB, result) of one cold call."""
    gc.collect()
    before = psutil.Process().memory_info().rss
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    return seconds, (psutil.Process().memory_info().rss - before) / 2**20, result


def uat_level_ids(engine: Engine) -> list[str]:
    """Catalogue ids of the indicators reported per UAT (from Bacău's rows)."""
    return _home_ids(engine, "uat_siruta <> 0")


def home_ids(engine: Engine) -> list[str]:
    """Catalogue ids of every indicator with values in Bacău (the dashboard's county)."""
    return _home_ids(engine, "uat_siruta = 0")


def _home_ids(engine: Engine, level: str) -> list[str]:
    query = text(
        f"SELECT DISTINCT indicator_id FROM reported_value WHERE {level} "
        f"AND NOT {OTHER_COUNTY_SQL} ORDER BY indicator_id"
    )
    with engine.connect() as connection:
        return [row[0] for row in connection.execute(query)]


def _query_cases(
    engine: Engine, counties: list[str], uat_base: str
) -> list[tuple[str, Callable[[], pd.DataFrame]]]:
    """The reads a national view makes, each as (label, call)."""
    county_ids = [national_id(cc, "p22-1.1.1-i1") for cc in counties]
    uat_ids = [national_id(cc, uat_base) for cc in counties]
    latest = partial(latest_values, period_end=QUERY_PERIOD, engine=engine)
    return [
        ("latest_values: one county's 700 indicators",
         partial(latest, home_ids(engine), by="county")),
        ("latest_values: one indicator in every county",
         partial(latest, county_ids, by="county")),
        ("latest_values: one indicator per UAT (the choropleth)",
         partial(latest, uat_ids, by="uat")),
        ("latest_values: every indicator in every county", partial(latest, by="county")),
        ("value_counts_by_period: every value", partial(value_counts_by_period, engine=engine)),
    ]  # fmt: skip


def measure_queries(url: str, *, repeats: int) -> list[dict[str, Any]]:
    """SQL aggregates vs loading every row, in the county and the national schema."""
    codes = sorted(load_national_uats()["county_code"].unique())
    rows: list[dict[str, Any]] = []
    for scale, schema, counties in (
        ("county", COUNTY_SCHEMA, [COUNTY_CODE]),
        ("national", NATIONAL_SCHEMA, codes),
    ):
        with schema_engine(url, schema) as engine:
            cases = _query_cases(engine, counties, uat_level_ids(engine)[0])
            for label, fn in cases:
                seconds, frame = _timed(fn, repeats)
                rows.append({"scale": scale, "what": label, "seconds": seconds,
                             "rows": len(frame), "rss_mb": None})  # fmt: skip
            seconds, rss_mb, frame = _once(partial(values_frame, engine=engine))
            rows.append({"scale": scale, "what": "values_frame(): every row, cold",
                         "seconds": seconds, "rows": len(frame), "rss_mb": rss_mb})  # fmt: skip
            del frame
            gc.collect()
        print(f"queries measured at {scale} scale")
    return rows


def measure_decks(url: str) -> tuple[list[dict[str, Any]], list[SimplifyReport]]:
    """Choropleth deck build (+ JSON) with raw vs simplified geometry, county vs national."""
    national = load_national_uats()
    bacau = national[national["county_code"] == COUNTY_CODE]
    reports = []
    layers = {}
    for scale, frame in (("county", bacau), ("national", national)):
        simple = simplify_for_drawing(frame)
        reports.append(simplify_report(frame, simple, tolerance_m=DEFAULT_TOLERANCE_M))
        layers[(scale, "raw")] = frame
        layers[(scale, "simplified")] = simple
    with schema_engine(url, NATIONAL_SCHEMA) as engine:
        base = uat_level_ids(engine)[0]
        codes = sorted(national["county_code"].unique())
        values = latest_values([national_id(cc, base) for cc in codes], QUERY_PERIOD, by="uat",
                               engine=engine)  # fmt: skip
    by_uat = dict(zip(values["uat_siruta"].astype(int), values["value"], strict=True))
    classes, _ = classify(values["value"])
    class_of = dict(zip(values["uat_siruta"].astype(int), classes, strict=True))
    tips = {siruta: f"{value:,.0f}" for siruta, value in by_uat.items()}
    rows = []
    for (scale, kind), frame in layers.items():
        geojson = to_geojson(frame[["siruta", "name", "county_code", "geometry"]])

        def build_json(g: dict[str, Any] = geojson) -> str:
            return choropleth_deck(g, by_uat, class_of, tips).to_json()

        seconds, deck_json = _timed(build_json, DECK_REPEATS)
        rows.append({"scale": scale, "geometry": kind, "uats": len(frame),
                     "vertices": vertex_count(frame), "seconds": seconds,
                     "json_bytes": len(deck_json.encode("utf-8")),
                     "compact_bytes": _compact_size(deck_json)})  # fmt: skip
    print("decks measured")
    return rows, reports


def _compact_size(text_: str) -> int:
    """Bytes of the same JSON written without indentation or spaces."""
    return len(json.dumps(json.loads(text_), separators=(",", ":")).encode("utf-8"))


def measure_browser(url: str, *, repeats: int) -> list[dict[str, Any]]:
    """Headless Chromium: the minimal choropleth script, cold, warm and after a filter change."""
    from playwright.sync_api import sync_playwright

    from bench.__main__ import PLOTLY_APP, Server, time_to_render

    tmp = Path(tempfile.mkdtemp(prefix="bench-national-"))
    (tmp / "plotly_floor.py").write_text(PLOTLY_APP)
    script = ROOT / "bench" / "national_map_app.py"
    runs = [
        ("stack floor (one small plotly chart)", tmp / "plotly_floor.py", {}),
        ("county choropleth (93 UATs, raw)", script,
         {"schema": COUNTY_SCHEMA, "BENCH_MAP_SCALE": "county", "BENCH_MAP_GEOMETRY": "raw"}),
        ("national choropleth (3,186 UATs, raw)", script,
         {"schema": NATIONAL_SCHEMA, "BENCH_MAP_SCALE": "national", "BENCH_MAP_GEOMETRY": "raw"}),
        ("national choropleth (3,186 UATs, simplified)", script,
         {"schema": NATIONAL_SCHEMA, "BENCH_MAP_SCALE": "national",
          "BENCH_MAP_GEOMETRY": "simplified"}),
    ]  # fmt: skip
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for label, path, settings in runs:
            log = tmp / f"timing-{len(rows)}.log"
            env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
                       **{timing.ENV: str(log)})  # fmt: skip
            if "schema" in settings:
                env["DATABASE_URL"] = schema_url(url, settings["schema"])
                env.update({k: v for k, v in settings.items() if k != "schema"})
            server = Server(path, ROOT, env)
            try:
                cold = time_to_render(browser, server.url + "/")
                warm = statistics.median(
                    time_to_render(browser, server.url + "/") for _ in range(repeats)
                )
                rerun, server_ms = (
                    _select_rerun_ms(browser, server.url + "/", log)
                    if "schema" in settings
                    else (None, None)
                )
                rss = server.rss_mb()
            finally:
                server.stop()
            rows.append({"what": label, "cold": cold, "warm": warm, "rerun_ms": rerun,
                         "server_ms": server_ms, "rss_mb": rss})  # fmt: skip
            print(f"browser: {label} measured")
        browser.close()
    return rows


def _select_rerun_ms(
    browser: Any, url: str, log: Path, repeats: int = 4
) -> tuple[float, list[float]]:
    """Median ms from choosing the other indicator until the map for it is drawn again, and the
    server's script-run time of each of those reruns (the timing log).

    The script writes the chosen id in its caption, so the wait cannot end on the previous run's
    page (a plain ready check right after the click can, when the rerun has not started yet).
    """
    from bench.__main__ import _wait_ready

    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(url, wait_until="domcontentloaded")
    _wait_ready(page)
    box = page.locator('[data-testid="stSelectbox"]').first
    caption = page.locator('[data-testid="stCaptionContainer"]').first
    times, server = [], []
    for _ in range(repeats):
        before = len(timing.read(log))
        current = caption.inner_text().split(":")[0]
        box.click()
        choice = page.get_by_role("option").filter(has_not_text=current).first
        wanted = choice.inner_text().strip()
        t0 = time.perf_counter()
        choice.click()
        deadline = t0 + 60
        while time.perf_counter() < deadline:
            if caption.inner_text().startswith(wanted + ":"):
                break
            time.sleep(0.01)
        _wait_ready(page)
        times.append((time.perf_counter() - t0) * 1000)
        runs = [ms for _, ms in timing.read(log)[before:]]
        server.append(runs[-1] if runs else float("nan"))
    page.close()
    return statistics.median(times), server


def measure_pages(url: str) -> list[dict[str, Any]]:
    """The dashboard itself (app.py, every page) on the county and on the national schema:
    warm render, and the server's script-run time after a filter change (`bench.reruns`)."""
    from playwright.sync_api import sync_playwright

    from bench.__main__ import Server, reruns, time_to_render
    from tests.app_pages import app_pages

    tmp = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for scale, schema in (("county", COUNTY_SCHEMA), ("national", NATIONAL_SCHEMA)):
            log = tmp / f"timing-{scale}.log"
            env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
                       DATABASE_URL=schema_url(url, schema), **{timing.ENV: str(log)})  # fmt: skip
            server = Server(ROOT / "app.py", ROOT, env)
            try:
                for _script, path, _, _ in app_pages():
                    page_url = f"{server.url}/{path}"
                    time_to_render(browser, page_url)  # cold
                    warm = statistics.median(time_to_render(browser, page_url) for _ in range(2))
                    rerun = reruns(browser, page_url, log, path)
                    rows.append({"scale": scale, "page": "/" + path, "warm": warm,
                                 "rerun": rerun})  # fmt: skip
                rss = server.rss_mb()
            finally:
                server.stop()
            for row in rows:
                row.setdefault("rss_mb", rss)
            print(f"pages measured at {scale} scale")
        browser.close()
    return rows


# --- report ------------------------------------------------------------------------------------

SECTION = "## National scale"
TARGET_NATIONAL_RERUN_MS = 1000


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def national_section(
    built: dict[str, float],
    queries: list[dict[str, Any]],
    decks: list[dict[str, Any]],
    reports: list[SimplifyReport],
    browser: list[dict[str, Any]] | None,
    pages: list[dict[str, Any]] | None = None,
) -> str:
    """The Markdown section: data built, queries, geometry, decks, browser, pages, targets."""
    by_key = {(r["scale"], r["what"]): r for r in queries}
    whats = list(dict.fromkeys(r["what"] for r in queries))
    lines = [
        SECTION,
        "",
        f"Run {datetime.now():%Y-%m-%d %H:%M} on {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, PostgreSQL "
        f"({_server_version()}); reproduce with `python -m bench.national` "
        f"(seed {SEED}; builds schemas `{NATIONAL_SCHEMA}` and `{COUNTY_SCHEMA}`, measures, "
        "rewrites this section, drops both schemas). All values are synthetic (`source = demo`).",
        "",
        f"Data: {int(built['values']):,} reported values nationally (700 indicators × 42 "
        f"counties × 40 quarters 2016–2025 at county level, plus 2 indicators × 3,186 UATs × 40 "
        f"quarters), {N_SERVICE_UNITS:,} synthetic service units; the county schema holds "
        f"Bacău's {int(built['county_values']):,} of them. Generated in {built['generate']:.1f} s, "
        f"loaded by COPY with the store's own schema and indexes in "
        f"{built['load_national']:.1f} s (national) and {built['load_county']:.1f} s (county).",
        "",
        "### Reads: SQL aggregation vs loading every row",
        "",
        "Warm median of the timed repeats; `values_frame()` timed once, cold, with the growth "
        "of the process's memory.",
        "",
        "| read | county (s) | rows | national (s) | rows |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for what in whats:
        c, n = by_key[("county", what)], by_key[("national", what)]
        lines.append(
            f"| {what} | {c['seconds']:.3f} | {c['rows']:,} | {n['seconds']:.3f} | {n['rows']:,} |"
        )
    load_c = by_key[("county", "values_frame(): every row, cold")]
    load_n = by_key[("national", "values_frame(): every row, cold")]
    lines += [
        "",
        f"`values_frame()` grew the process by {load_c['rss_mb']:.0f} MB at county scale and "
        f"{load_n['rss_mb']:.0f} MB at national scale.",
        "",
        f"### Geometry simplified for drawing (`geo.simplify`, tolerance "
        f"{DEFAULT_TOLERANCE_M:.0f} m in EPSG:3844, topology kept per polygon)",
        "",
        "| layer | UATs in → out | vertices in → out | max UAT area change | total area change "
        "| GeoJSON in → out (5 decimals) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, rep in zip(("Bacău (national file)", "Romania"), reports, strict=True):
        lines.append(
            f"| {name} | {rep.uats_in:,} → {rep.uats_out:,} | {rep.vertices_in:,} → "
            f"{rep.vertices_out:,} | {rep.max_uat_area_change:.1%} | "
            f"{rep.total_area_change:.3%} | {rep.geojson_bytes_in / 1e6:.2f} → "
            f"{rep.geojson_bytes_out / 1e6:.2f} MB |"
        )
    lines += [
        "",
        "### Choropleth deck (pydeck): build + `to_json()`",
        "",
        "| scale | geometry | UATs | vertices | build + JSON (s) | deck JSON (MB) "
        "| same JSON without indentation (MB) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in decks:
        lines.append(
            f"| {r['scale']} | {r['geometry']} | {r['uats']:,} | {r['vertices']:,} | "
            f"{r['seconds']:.2f} | {r['json_bytes'] / 1e6:.2f} | {r['compact_bytes'] / 1e6:.2f} |"
        )
    lines += [
        "",
        "pydeck serialises the deck with `indent=2` (`pydeck.bindings.json_tools.serialize`); "
        "the dashboard and the script below send it without indentation "
        "(`geo.layers.prepared`), once per colouring (cached).",
        "",
        "### Headless Chromium: minimal choropleth script (`bench/national_map_app.py`)",
        "",
    ]
    if browser is None:
        lines.append("Not measured in this run (`--skip-browser`).")
    else:
        lines += [
            "Time to render as in the county table above (script finished and the deck.gl "
            "canvas drawn). Rerun = choose the other indicator: on the server, the script's run "
            "(SQL read, classes, the cached deck; `DASHBOARD_TIMING_LOG`), each of 4 reruns; in "
            "the browser, click → its caption shown and the map drawn again, median of 4.",
            "",
            "| script | cold (s) | warm (s) | server rerun (ms) | browser rerun (ms) "
            "| server RSS (MB) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in browser:
            server = "" if r["server_ms"] is None else _list_ms(r["server_ms"])
            rerun = "" if r["rerun_ms"] is None else f"{r['rerun_ms']:,.0f}"
            lines.append(
                f"| {r['what']} | {r['cold']:.2f} | {r['warm']:.2f} | {server} | {rerun} | "
                f"{r['rss_mb']:.0f} |"
            )
    lines += ["", "### The dashboard's own pages: county schema vs national schema", ""]
    if pages is None:
        lines.append("Not measured in this run (`--skip-browser`).")
    else:
        lines += [
            "`app.py` served by `streamlit run app.py` with DATABASE_URL on each schema (Bacău's "
            "rows keep the catalogue's ids in both; nationally they sit among the other "
            "counties' 1.4 million). Warm render in seconds; server rerun = the script's run "
            "after choosing another component, the first two selections (nothing cached for "
            "them) / their repeats, in ms.",
            "",
            "| page | warm county (s) | warm national (s) | server rerun county (ms) "
            "| server rerun national (ms) | browser rerun national (ms) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        by_page = {(r["scale"], r["page"]): r for r in pages}
        for page in dict.fromkeys(r["page"] for r in pages):
            c, n = by_page[("county", page)], by_page[("national", page)]
            lines.append(
                f"| `{page}` | {c['warm']:.2f} | {n['warm']:.2f} | "
                f"{_list_ms(c['rerun'].new_ms)} / {_list_ms(c['rerun'].repeat_ms)} | "
                f"{_list_ms(n['rerun'].new_ms)} / {_list_ms(n['rerun'].repeat_ms)} | "
                f"{statistics.median(n['rerun'].browser_ms):,.0f} |"
            )
        lines += [
            "",
            f"Server RSS after every page: {pages[0]['rss_mb']:.0f} MB (county), "
            f"{pages[-1]['rss_mb']:.0f} MB (national).",
        ]
    lines += ["", "### Targets at national scale", ""]
    lines += _verdicts(by_key, decks, browser, pages)
    return "\n".join(lines) + "\n"


def _list_ms(values: list[float]) -> str:
    return " ".join(f"{v:,.0f}" for v in values)


def _verdicts(
    by_key: dict[tuple[str, str], dict[str, Any]],
    decks: list[dict[str, Any]],
    browser: list[dict[str, Any]] | None,
    pages: list[dict[str, Any]] | None,
) -> list[str]:
    load_n = by_key[("national", "values_frame(): every row, cold")]["seconds"]
    choropleth = by_key[("national", "latest_values: one indicator per UAT (the choropleth)")]
    deck = next(r for r in decks if (r["scale"], r["geometry"]) == ("national", "simplified"))
    out = []
    if browser is not None:
        simplified = next(r for r in browser if "simplified" in r["what"])
        server = statistics.median(simplified["server_ms"])
        ok = server <= TARGET_NATIONAL_RERUN_MS
        out.append(
            f"- Filter-change rerun ≤ {TARGET_NATIONAL_RERUN_MS} ms on the server, national "
            f"choropleth of 3,186 UATs (SQL read + simplified geometry): median "
            f"{server:,.0f} ms — **{'met' if ok else 'missed'}**. The SQL read takes "
            f"{choropleth['seconds'] * 1000:,.0f} ms; the deck ({deck['seconds']:.2f} s to "
            "build and serialise) is built once per colouring. In the browser the same rerun "
            f"takes {simplified['rerun_ms']:,.0f} ms: deck.gl parses "
            f"{deck['compact_bytes'] / 1e6:.2f} MB of JSON and triangulates 3,186 polygons "
            "again although only the colours changed — not a server cost, but what a user "
            "waits for; keeping the geometry out of the per-rerun payload (a static GeoJSON "
            "layer, colours joined by SIRUTA) is the next step there."
        )
    if pages is not None:
        national = [r for r in pages if r["scale"] == "national"]
        worst = max(national, key=lambda r: r["rerun"].server_median)
        ok = worst["rerun"].server_median <= TARGET_NATIONAL_RERUN_MS
        out.append(
            f"- The same target for the dashboard's own pages on the national database: "
            f"slowest median server rerun {worst['rerun'].server_median:,.0f} ms "
            f"(`{worst['page']}`) — **{'met' if ok else 'missed'}**. The pages read only the "
            "rows they draw, in SQL (`values_frame(ids, by=…)`, `store.aggregates`); reading "
            f"every row as before would take {load_n:.1f} s nationally."
        )
    return out


def _server_version() -> str:
    engine = create_engine(bench_url())
    try:
        with engine.connect() as connection:
            return str(connection.exec_driver_sql("SHOW server_version").scalar()).split()[0]
    finally:
        engine.dispose()


def write_section(out: Path, section: str) -> None:
    """Replace (or append) the national section of results.md, leaving the rest as it is."""
    text_ = out.read_text(encoding="utf-8") if out.exists() else "# Benchmark results\n"
    head = text_.split("\n" + SECTION, 1)[0].rstrip("\n")
    out.write_text(head + "\n\n" + section, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="run", choices=["run", "build", "drop"])
    parser.add_argument("--url", default=bench_url(), help="PostgreSQL URL (no search_path)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--repeats", type=int, default=5, help="warm repeats per query")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the schemas after `run`")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    args = parser.parse_args(argv)
    if args.command == "drop":
        drop_schemas(args.url)
        print(f"dropped {NATIONAL_SCHEMA}, {COUNTY_SCHEMA}")
        return 0
    built = build(args.url, seed=args.seed)
    if args.command == "build":
        return 0
    try:
        queries = measure_queries(args.url, repeats=args.repeats)
        decks, reports = measure_decks(args.url)
        browser = None if args.skip_browser else measure_browser(args.url, repeats=3)
        pages = None if args.skip_browser else measure_pages(args.url)
    finally:
        if not args.keep:
            drop_schemas(args.url)
    section = national_section(built, queries, decks, reports, browser, pages)
    write_section(Path(args.out), section)
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
