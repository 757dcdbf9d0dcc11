"""Selections live in the URL: a copied link reproduces the view; junk in it is ignored."""

from __future__ import annotations

from datetime import date

from tests.test_pages_apptest import run_page


def test_objectives_plan_and_periods_from_the_link():
    at = run_page(
        "app_pages/objectives.py",
        {"plan": "strategy_2025_2034", "perioada": "2026-12-31", "comparat": "2025-12-31"},
    )
    assert not at.exception
    assert at.selectbox(key="obj_plan").value == "strategy_2025_2034"
    assert at.selectbox(key="obj_period_strategy_2025_2034").value == date(2026, 12, 31)
    assert at.selectbox(key="obj_cmp_strategy_2025_2034").value == date(2025, 12, 31)
    assert at.query_params["plan"] == "strategy_2025_2034"


def test_objectives_trajectory_indicator_from_the_link():
    traj = "s25-copii-2.1.1-i2"  # 93 comunități by 2029, reached once
    at = run_page("app_pages/objectives.py", {"plan": "strategy_2025_2034", "traiectorie": traj})
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="obj_traj_strategy_2025_2034").value == traj
    assert at.query_params["traiectorie"] == traj
    # nothing reported in the test store: the headline says so, the year without separators
    assert any("ținta este 93 până în 2029" in m.value for m in at.markdown)


def test_junk_selections_fall_back_to_defaults():
    at = run_page("app_pages/objectives.py", {"plan": "<b>x</b>", "perioada": "31.12.2022"})
    assert not at.exception
    assert at.selectbox(key="obj_plan").value == "plan_2022"
    assert "plan" not in at.query_params


def test_services_filters_from_the_link():
    at = run_page("app_pages/services.py", {"complex": "b01,zz", "uat": "20297,abc"})
    assert not at.exception
    assert at.multiselect(key="svc_complexes").value == ["b01"]
    assert at.multiselect(key="svc_uats").value == [20297]
    assert at.query_params["complex"] == "b01"


def test_map_metric_from_the_link():
    at = run_page("app_pages/county_map.py", {"metrica": "nearest_km"})
    assert not at.exception
    assert at.selectbox(key="map_metric").value == "nearest_km"
