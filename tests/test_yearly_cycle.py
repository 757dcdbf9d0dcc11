"""The yearly cycle end to end: the 2023 plan, derived from the 2022 workbook as a clerk would,
comes in through `python -m store import-plan` (no code change) and appears in every plan and
year selector and on every page."""

from __future__ import annotations

import subprocess
import sys

import pytest

from store.db import make_engine
from tests.app_pages import app_pages
from tests.plan_support import NEW_SERVICE_2023, derive_2023
from tests.store.conftest import ROOT
from tests.templates import SqliteTemplates, seeded
from tests.test_pages_apptest import run_page
from views.pages import PAGES

REGISTRY_PAGES = [p.script for p in PAGES if "an" in p.params]  # the pages of a registry year


@pytest.fixture(scope="module")
def with_2023(tmp_path_factory: pytest.TempPathFactory, sqlite_templates: SqliteTemplates):
    folder = tmp_path_factory.mktemp("cycle")
    url = f"sqlite:///{folder / 'cycle.db'}"
    engine = make_engine(url)
    sqlite_templates.copy("seeded", seeded, url)  # = api.init(engine=engine), done once
    env = {"DATABASE_URL": url, "PATH": "/usr/bin:/bin"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "store", *args], cwd=ROOT, env=env, capture_output=True,
            text=True, check=False,
        )  # fmt: skip

    exported = cli("export-plan", "plan_2022", str(folder / "plan_2022.xlsx"))
    assert exported.returncode == 0, exported.stderr
    workbook = folder / "plan_2023.xlsx"
    workbook.write_bytes(derive_2023((folder / "plan_2022.xlsx").read_bytes()))
    checked = cli("import-plan", str(workbook), "--dry-run")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "servicii: 1 adăugate, 2 modificate, 1 eliminate" in checked.stdout
    assert "indicatori: 0 adăugate, 2 modificate, 0 eliminate" in checked.stdout
    stored = cli("import-plan", str(workbook), "--user", "monitor")
    assert stored.returncode == 0, stored.stdout + stored.stderr
    assert "Planul plan_2023 salvat de monitor ca versiunea 1" in stored.stdout
    again = cli("import-plan", str(workbook))
    assert "este identic cu versiunea 1; nu s-a scris nimic" in again.stdout
    engine.dispose()
    return url


@pytest.fixture
def store_2023(with_2023, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", with_2023)
    return with_2023


@pytest.mark.parametrize("script", REGISTRY_PAGES)
def test_registry_pages_offer_2023_first(store_2023, script):
    at = run_page(script)
    assert not at.exception, [e.value for e in at.exception]
    year = at.selectbox(key="flt_year")
    assert year.options == ["2023", "2022"] and year.value == 2023


def test_services_of_2023_list_the_new_service_and_not_the_closed_one(store_2023):
    at = run_page("app_pages/services.py", {"an": "2023"})
    assert not at.exception, [e.value for e in at.exception]
    shown = " ".join(str(d.value.to_dict()) for d in at.dataframe)
    assert NEW_SERVICE_2023 in shown
    assert "Mărăști" not in shown  # s04, closed in 2023
    at = run_page("app_pages/services.py", {"an": "2022"})
    assert at.selectbox(key="flt_year").value == 2022
    assert NEW_SERVICE_2023 not in " ".join(str(d.value.to_dict()) for d in at.dataframe)


def test_objectives_of_plan_2023(store_2023):
    at = run_page("app_pages/objectives.py", {"plan": "plan_2023"})
    assert not at.exception, [e.value for e in at.exception]
    plan = at.selectbox(key="obj_plan")
    assert plan.value == "plan_2023"
    assert "Planul anual de acțiune 2023" in plan.options
    tiles = {m.label: m.value for m in at.metric}
    assert tiles["Indicatori"] == "282"


def test_uat_profile_shows_its_services_history(store_2023):
    at = run_page("app_pages/county_map.py", {"uat": "20297"})  # municipiul Bacău
    assert not at.exception, [e.value for e in at.exception]
    assert any(s.value.startswith("Istoricul serviciilor din") for s in at.subheader)
    table = next(d.value for d in at.dataframe if "Anul registrului" in d.value.columns)
    assert sorted(table["Anul registrului"].unique()) == ["2022", "2023"]  # as the grid shows them
    assert any(" servicii: " in m.value and "în 2023" in m.value for m in at.markdown)


def test_uat_history_headline_counts_in_words_and_names_two_years(store_2023):
    """„1 servicii: 24 locuri în 2023, 24 în 2023” no more: singular, and two different years."""
    from views import uat_profile
    from views.model import Query

    page = uat_profile.build(Query.of(None, "ro", {"uat": "22166"}))  # s43 only
    assert page.section("uat-history").headline.startswith("1 serviciu: ")
    assert " locuri în 2022, " in page.section("uat-history").headline
    assert "în 2023;" in page.section("uat-history").headline
    several = uat_profile.build(Query.of(None, "ro", {"uat": "20297"})).section("uat-history")
    assert " servicii: " in several.headline and "1 servicii" not in several.headline


def test_every_page_runs_with_a_third_plan(store_2023):
    for script, *_ in app_pages():
        at = run_page(script)
        assert not at.exception, (script, [e.value for e in at.exception])


def test_the_preview_table_reads_as_a_user_reads_it():
    """Removed rows have no field; numbers in Romanian format; codes without separators."""
    import pandas as pd

    from display.i18n import translator
    from store.plan_versions import CHANGE_COLUMNS
    from ui.plans_admin import change_table

    rows = pd.DataFrame(
        [
            ("s44", "CRRN Răcăciuni", "changed", "capacity", 300, 1240),
            ("s44", "CRRN Răcăciuni", "changed", "uat_siruta", None, 24427),
            ("s10", "Casa 2", "removed", None, None, None),
            ("s57", "Centrul de zi Orizont", "added", None, None, None),
        ],
        columns=CHANGE_COLUMNS,
    )
    table = change_table(rows, "services", translator("ro"), "ro")
    assert list(table.columns) == ["Cod", "Denumire", "Schimbare", "Câmp", "Înainte", "După"]
    assert table.values.tolist() == [
        ["s44", "CRRN Răcăciuni", "modificat", "Capacitate (locuri)", "300", "1.240"],
        ["s44", "CRRN Răcăciuni", "modificat", "UAT (cod SIRUTA)", "", "24427"],
        ["s10", "Casa 2", "eliminat (închis)", "", "", ""],
        ["s57", "Centrul de zi Orizont", "adăugat", "", "", ""],
    ]


def _late_at(engine, plan_id: str, today):
    """The late list of one stored plan at `today`, nothing reported (metrics.lateness)."""
    import pandas as pd

    from metrics import attainment as am
    from metrics import lateness as ml
    from metrics.owners import NO_UNIT
    from store import plan_versions as plans

    tables = plans.plan_tables(plan_id, engine=engine)
    values = pd.DataFrame(columns=["indicator_id", "period_end", "uat_siruta", "value"])
    ids = tables.table("indicators")["indicator_id"]
    owners = pd.DataFrame({"indicator_id": ids, "unit_id": NO_UNIT, "unit_name": "–"})
    return ml.late_list(
        tables.table("indicators"), tables.table("milestones"), values,
        tables.table("objectives"), owners, today=today,
        bounds=am.plan_bounds(plans.list_plans(engine=engine)),
    )  # fmt: skip


def test_next_plan_from_the_command_line_is_due_next_year(tmp_path, sqlite_templates):
    """`next-plan` from plan_2022: the dry run is clean, the stored plan has no deadline in
    2022, nothing of it is late in March 2023 (the 2022 workbook renamed by hand: every target
    late at once) and the restructuring deadline moves to 31.12.2023."""
    from datetime import date

    import openpyxl

    from metrics import deinstitution as dm
    from store import plan_versions as plans

    url = f"sqlite:///{tmp_path / 'next.db'}"
    engine = make_engine(url)
    sqlite_templates.copy("seeded", seeded, url)  # = api.init(engine=engine), done once
    env = {"DATABASE_URL": url, "PATH": "/usr/bin:/bin"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "store", *args], cwd=ROOT, env=env, capture_output=True,
            text=True, check=False,
        )  # fmt: skip

    out = tmp_path / "plan_2023.xlsx"
    drafted = cli("next-plan", "plan_2022", "plan_2023", "--year", "2023", str(out))
    assert drafted.returncode == 0, drafted.stdout + drafted.stderr
    assert "296 termene mutate (foaia termene_mutate)" in drafted.stdout
    moved = openpyxl.load_workbook(out)["termene_mutate"]
    assert moved.max_row == 1 + 296
    olds = {c.value.year for c in moved["E"][1:] if c.value is not None}
    news = {c.value.year for c in moved["F"][1:] if c.value is not None}
    assert (olds, news) == ({2022}, {2023})
    checked = cli("import-plan", str(out), "--dry-run")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Atenție" not in checked.stdout
    assert "față de plan_2022: nicio modificare" in checked.stdout
    stored = cli("import-plan", str(out), "--user", "admin")
    assert stored.returncode == 0, stored.stdout + stored.stderr
    indicators = plans.plan_tables("plan_2023", engine=engine).table("indicators")
    assert not indicators["deadline"].str.startswith("2022").any()
    assert _late_at(engine, "plan_2023", date(2023, 3, 1)).empty
    # the same plan with the dates left in 2022: every one of its targets late in March 2023
    assert len(_late_at(engine, "plan_2022", date(2023, 3, 1))) > 250
    objectives = plans.plan_tables("plan_2023", engine=engine).table("objectives")
    starts = {"plan_2022": (2022, "annual"), "plan_2023": (2023, "annual")}
    assert dm.deadline_in_force(indicators, objectives, starts, 2023) == (
        "plan_2023", date(2023, 12, 31),
    )  # fmt: skip
    engine.dispose()


@pytest.fixture(scope="module")
def with_demo_2023(tmp_path_factory: pytest.TempPathFactory, sqlite_templates: SqliteTemplates):
    """The curated plans and the demonstration registry of 2023 (`make demo`)."""
    from store.demo import generate_demo_registry

    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    engine = make_engine(url)
    sqlite_templates.copy("seeded", seeded, url)  # = api.init(engine=engine), done once
    assert generate_demo_registry(engine=engine) == "demo_2023"
    engine.dispose()
    return url


@pytest.mark.parametrize("script", REGISTRY_PAGES)
def test_pages_open_on_the_latest_real_registry_not_the_demo(with_demo_2023, monkeypatch, script):
    monkeypatch.setenv("DATABASE_URL", with_demo_2023)
    at = run_page(script)
    assert not at.exception, [e.value for e in at.exception]
    year = at.selectbox(key="flt_year")
    assert year.options == ["2023", "2022"] and year.value == 2022
    assert all("demonstrative" not in m.label for m in at.metric)


def test_demo_figures_say_so_on_every_tile_and_slide(with_demo_2023, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", with_demo_2023)
    at = run_page("app_pages/overview.py", {"an": "2023"})
    assert not at.exception, [e.value for e in at.exception]
    labels = [m.label for m in at.metric]
    assert labels and all(label.endswith("(valori demonstrative)") for label in labels), labels
    from views import overview
    from views.model import Query

    model = overview.build(Query.of(None, "ro", {"an": "2023"}))
    assert model.demo and all(k.demo for k in model.kpis)
    assert all(s.title.endswith("(valori demonstrative)") for s in model.shown)
    real = overview.build(Query.of(None, "ro", {"an": "2022"}))
    assert not any(k.demo for k in real.kpis)
    assert not any("demonstrative" in s.title for s in real.sections)
