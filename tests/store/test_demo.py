"""Demonstration values: on request only, plausible, deterministic, never over real values."""

from __future__ import annotations

from datetime import date

from store import api
from store.demo import demo_rows
from tests.store.conftest import make_catalog

H1, H2 = date(2022, 6, 30), date(2022, 12, 31)


def test_no_demo_values_by_default(engine):
    assert not api.has_demo(engine=engine)


def test_generate_fills_the_plans_numeric_indicators(engine, catalog):
    count = api.generate_demo("plan_2022", catalog=catalog, engine=engine)
    frame = api.values_frame(engine=engine)
    assert count == len(frame) == 8  # count, percent, boolean, max × two semesters; text has none
    assert set(frame["indicator_id"]) == {"t-count", "t-pct", "t-bool", "t-max"}
    assert set(frame["period_end"]) == {H1, H2}
    assert set(frame["source"]) == {"demo"}
    assert api.has_demo(engine=engine)
    percent = frame.loc[frame["indicator_id"] == "t-pct", "value"]
    assert percent.between(0, 100).all()
    assert set(frame.loc[frame["indicator_id"] == "t-bool", "value"]) <= {0.0, 1.0}
    assert (frame["value"] >= 0).all()


def test_values_are_near_the_target_in_force():
    rows = demo_rows("plan_2022", seed=2022, period_ends=[H1, H2], catalog=make_catalog())
    by_key = {(r.indicator_id, r.period_end): r.value for r in rows}
    # t-count has milestones 950 (June) and 850 (December): each half is judged on its own.
    assert 0.85 * 950 <= by_key[("t-count", H1)] <= 1.15 * 950
    assert 0.85 * 850 <= by_key[("t-count", H2)] <= 1.15 * 850
    # t-pct is cumulative over the year: roughly half way in June, not lower in December.
    assert by_key[("t-pct", H1)] <= by_key[("t-pct", H2)]


def test_generation_is_deterministic():
    catalog = make_catalog()
    first = demo_rows("plan_2022", seed=7, period_ends=[H1, H2], catalog=catalog)
    again = demo_rows("plan_2022", seed=7, period_ends=[H1, H2], catalog=catalog)
    other = demo_rows("plan_2022", seed=8, period_ends=[H1, H2], catalog=catalog)
    assert first == again
    assert first != other


def test_demo_never_overwrites_a_reported_value_and_removal_keeps_it(engine, catalog):
    api.save_values(
        [{"indicator_id": "t-count", "period_end": H1, "value": 777}],
        "ana",
        "form",
        catalog=catalog,
        engine=engine,
    )
    assert api.generate_demo("plan_2022", catalog=catalog, engine=engine) == 7
    assert api.generate_demo("plan_2022", catalog=catalog, engine=engine) == 0
    removed = api.remove_demo(engine=engine)
    assert removed == 7
    frame = api.values_frame(engine=engine)
    assert frame[["indicator_id", "value", "source"]].values.tolist() == [
        ["t-count", 777.0, "form"]
    ]
    assert not api.has_demo(engine=engine)
    deletions = api.audit_frame(table_name="reported_value", engine=engine)
    assert (deletions["action"] == "delete").sum() == 7


def test_a_plan_without_numeric_targets_gets_nothing(engine, catalog):
    assert api.generate_demo("no_such_plan", catalog=catalog, engine=engine) == 0
    assert not api.has_demo(engine=engine)


def test_strategy_demo_runs_by_the_share_of_time_elapsed():
    """s-count: at least 2 campaigns a year (annual, to 2029). By 30.06.2025 half the year has
    passed (181/365): 2 × 0,496 × 0,6…1,15 rounds to 1; the 2026 total starts again from 0."""
    periods = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 6, 30)]
    rows = demo_rows(
        "strategy_2025_2034", seed=2022, period_ends=periods, catalog=make_catalog(),
        share_by_time=True,
    )  # fmt: skip
    by_period = {r.period_end: r.value for r in rows if r.indicator_id == "s-count"}
    assert set(by_period) == set(periods)
    assert by_period[date(2025, 6, 30)] == 1.0
    assert 1.0 <= by_period[date(2025, 12, 31)] <= 2.0
    assert by_period[date(2026, 6, 30)] == 1.0
