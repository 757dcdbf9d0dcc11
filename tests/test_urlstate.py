"""Selections live in the URL: a copied link reproduces the view; junk in it is ignored."""

from __future__ import annotations

from datetime import date

from tests.test_pages_apptest import run_page


def said(at) -> list[str]:
    """The page's warnings as a person reads them (the markdown escapes of display.inert undone)."""
    import re

    return [re.sub(r"\\(.)", r"\1", w.value) for w in at.warning]


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


def test_junk_selections_fall_back_to_defaults_and_are_said():
    at = run_page("app_pages/objectives.py", {"plan": "<b>x</b>", "perioada": "31.12.2022"})
    assert not at.exception
    assert at.selectbox(key="obj_plan").value == "plan_2022"
    # the address is left as typed until the person picks; the page says what it shows instead
    assert at.query_params["plan"] == "<b>x</b>"
    assert at.query_params["perioada"] == "31.12.2022"
    warnings = said(at)
    assert any("„<b>x</b>” din adresă nu există" in w for w in warnings), warnings
    assert any("perioada=31.12.2022" in w for w in warnings), warnings


def test_a_pick_writes_the_address_again():
    at = run_page("app_pages/objectives.py", {"plan": "nu-exista"})
    at.selectbox(key="obj_plan").set_value("strategy_2025_2034").run()
    assert not at.exception
    assert at.query_params["plan"] == "strategy_2025_2034"
    assert not any("nu-exista" in w for w in said(at))


def test_a_year_without_a_registry_is_said_not_silently_replaced():
    # /servicii?an=1999 showed 2023 without a word and rewrote the address
    at = run_page("app_pages/services.py", {"an": "1999"})
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["an"] == "1999"
    assert any("Anul „1999” din adresă nu are registru" in w for w in said(at))


def test_a_uat_that_names_nothing_is_said():
    # /harta?uat=abc showed Agăș without a word
    at = run_page("app_pages/county_map.py", {"uat": "abc"})
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["uat"] == "abc"
    assert any("„uat=abc” din link" in w for w in said(at))


def test_a_plain_map_writes_no_uat_until_one_is_picked():
    # a plain /harta wrote uat=21007 into the address
    at = run_page("app_pages/county_map.py")
    assert not at.exception
    assert "uat" not in at.query_params
    at.selectbox(key="map_uat").set_value(20876).run()
    assert at.query_params["uat"] == "20876"


def test_a_linked_uat_stays_in_the_address():
    at = run_page("app_pages/county_map.py", {"uat": "20876"})
    assert at.selectbox(key="map_uat").value == 20876
    assert at.query_params["uat"] == "20876"


def test_services_filters_from_the_link():
    at = run_page("app_pages/services.py", {"complex": "b01,zz", "uat": "20297,abc"})
    assert not at.exception
    assert at.multiselect(key="svc_complexes").value == ["b01"]
    assert at.multiselect(key="svc_uats").value == [20297]
    assert at.query_params["complex"] == "b01,zz"  # as typed until the person picks
    assert any("zz" in w for w in said(at))


def test_map_metric_from_the_link():
    at = run_page("app_pages/county_map.py", {"metrica": "nearest_km"})
    assert not at.exception
    assert at.selectbox(key="map_metric").value == "nearest_km"
