"""Plans in the store (issue "The yearly cycle"): seeding, export → import, a 2023 plan that
comes in as data, the store's rules, upgrades of older databases, places set by the directorate.
Each test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from alembic import command
from sqlalchemy import Engine, text

from curation.common import CURATED
from store import api
from store import plan_versions as plans
from store.catalog_export import export_catalog
from store.db import alembic_config
from store.demo import generate_demo_registry, has_demo, remove_demo
from store.models import ValueIn
from store.next_plan import (
    MOVED_HEADERS,
    MOVED_SHEET,
    NextPlanError,
    draft_next_plan,
    next_plan_workbook_bytes,
)
from store.workbook import plan_workbook_bytes, read_plan_workbook
from tests.plan_support import (
    CAPACITY_2023,
    CLOSED_2023,
    NEW_SERVICE_2023,
    TARGETS_2023,
    columns,
    derive_2023,
    edit_workbook,
    find_row,
    set_meta,
)
from tests.store.conftest import add_writers
from tests.templates import SqliteTemplates
from tests.templates import seeded as seed_curated_plans

CURATED_PLANS = ("plan_2022", "strategy_2025_2034")


@pytest.fixture
def seeded(bare_engine: Engine, db_url: str, sqlite_templates: SqliteTemplates) -> Engine:
    """A database with the schema and the two curated plans (SQLite: a copy of the template
    seeded once per process, with the same check)."""
    if not sqlite_templates.copy("seeded", seed_curated_plans, db_url):
        seed_curated_plans(bare_engine)
    return bare_engine


def _counts(engine: Engine) -> dict[str, int]:
    return api.row_counts(engine)


def _curated_rows(name: str, plan_id: str | None) -> list[dict[str, str]]:
    with (CURATED / name).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if plan_id is None or "plan_id" not in rows[0]:
        return rows
    return [r for r in rows if r["plan_id"] == plan_id]


def test_seeding_twice_changes_nothing(seeded: Engine) -> None:
    before = _counts(seeded)
    again = api.init(engine=seeded)
    assert again.seeded_plans == {"plan_2022": "neschimbat", "strategy_2025_2034": "neschimbat"}
    assert _counts(seeded) == before
    assert before["plan"] == 2 and before["plan_version"] == 2
    # 60 + 21 + 14 + 13 registry rows; every objective, indicator and milestone of both plans
    curated = sum(len(_curated_rows(f"{t}.csv", None)) for t in (
        "services", "budget_groups", "projects", "planned_services", "objectives", "indicators",
        "milestones"))  # fmt: skip
    assert before["catalog_row"] == curated


@pytest.mark.parametrize("plan_id", CURATED_PLANS)
def test_export_catalog_reproduces_the_curated_rows(
    seeded: Engine, plan_id: str, tmp_path: Path
) -> None:
    written = export_catalog(tmp_path, plan_id=plan_id, engine=seeded)
    assert {p.name for p in written} >= {"services.csv", "indicators.csv", "milestones.csv"}
    for name in ("objectives.csv", "indicators.csv"):
        exported = _csv_rows((tmp_path / name).read_text(encoding="utf-8"))
        curated = _csv_rows((CURATED / name).read_text(encoding="utf-8"))
        ours = [row for row in curated[1:] if plan_id in row]
        assert exported == [curated[0], *[[_inert(v) for v in row] for row in ours]]
    registry = ("services.csv", "budget_groups.csv", "projects.csv", "planned_services.csv")
    for name in registry:
        exported = _csv_rows((tmp_path / name).read_text(encoding="utf-8"))
        if plan_id == "plan_2022":
            curated = _csv_rows((CURATED / name).read_text(encoding="utf-8"))
            assert exported == [curated[0], *[[_inert(v) for v in r] for r in curated[1:]]]
        else:
            assert len(exported) == 1  # the strategy has no registry


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _inert(cell: str) -> str:
    """A curated cell as export-catalog writes it: formula-like text behind an apostrophe."""
    return "'" + cell if cell.startswith(("=", "+", "-", "@")) else cell


def test_export_catalog_neutralises_formula_cells(seeded: Engine, tmp_path: Path) -> None:
    """A title `=HYPERLINK(…)` and a unit `=1+1` are written as text a spreadsheet will not run
    (the curated bullets `- Personal…` too)."""
    plan = plans.plan_tables("plan_2022", engine=seeded)
    indicators = plan.table("indicators").copy()
    indicators.loc[0, "target_unit"] = "=1+1"
    indicators.loc[1, "indicator_text"] = '=HYPERLINK("http://x.example","clic")'
    tables = dict(plan.tables) | {"indicators": indicators}
    plans.save_plan(plans.PlanTables(plan.meta, tables), user="monitor", engine=seeded)
    export_catalog(tmp_path, plan_id="plan_2022", engine=seeded)
    cells = [c for row in _csv_rows((tmp_path / "indicators.csv").read_text("utf-8")) for c in row]
    assert "'=1+1" in cells and '\'=HYPERLINK("http://x.example","clic")' in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]


@pytest.mark.parametrize("plan_id", CURATED_PLANS)
def test_export_then_import_is_a_no_op(seeded: Engine, plan_id: str) -> None:
    before = _counts(seeded)
    stored = plans.plan_tables(plan_id, engine=seeded)
    back = read_plan_workbook(plan_workbook_bytes(stored))
    for table, frame in stored.tables.items():
        pd.testing.assert_frame_equal(back.table(table), frame, check_dtype=False, obj=table)
    summary = plans.save_plan(back, user="monitor", engine=seeded)
    assert summary.stored is False and summary.version == 1
    assert _counts(seeded) == before


def test_a_2023_plan_comes_in_as_data(seeded: Engine) -> None:
    workbook = derive_2023(plan_workbook_bytes(plans.plan_tables("plan_2022", engine=seeded)))
    plan = read_plan_workbook(workbook)
    check = plans.check_plan(plan, engine=seeded)
    assert check.previous_version is None and check.compared_with == "plan_2022"
    counts = {t: c.counts() for t, c in check.changes.items()}
    assert counts["services"] == {"added": 1, "changed": 2, "removed": 1}
    assert counts["indicators"] == {"added": 0, "changed": 2, "removed": 0}
    assert counts["objectives"] == {"added": 0, "changed": 0, "removed": 0}
    summary = plans.save_plan(plan, user="monitor", engine=seeded)
    assert summary.stored and summary.version == 1

    assert plans.registry_years(engine=seeded) == [2022, 2023]
    assert plans.annual_plan_of(2023, engine=seeded) == "plan_2023"
    stored = plans.plan_tables("plan_2023", engine=seeded)
    services = stored.table("services").set_index("service_id")
    assert len(services) == 60  # 60 − 1 closed + 1 opened
    assert CLOSED_2023 not in services.index
    for service_id, capacity in CAPACITY_2023.items():
        assert services.at[service_id, "capacity"] == capacity
    new = services[services["name"] == NEW_SERVICE_2023]
    assert new.index.tolist() == ["s57"]  # the next free id after s56
    assert set(services["snapshot_year"]) == {2023}
    indicators = stored.table("indicators").set_index("indicator_id")
    assert (stored.table("indicators")["plan_id"] == "plan_2023").all()
    for indicator_id, target in TARGETS_2023.items():
        own = indicator_id.replace("p22-", "p23-", 1)
        assert indicators.at[own, "target_value"] == target
    assert not indicators.index.str.startswith("p22-").any()
    # a part names its total by the total's new id (p22-3.1.4-i2 is part of p22-3.1.4-i1)
    assert indicators.at["p23-3.1.4-i2", "part_of"] == "p23-3.1.4-i1"
    assert not indicators["part_of"].dropna().str.startswith("p22-").any()
    # the 2023 plan's own workbook reads back as it is stored
    again = read_plan_workbook(plan_workbook_bytes(stored))
    assert plans.check_plan(again, engine=seeded).unchanged
    # the 2022 plan is untouched, and importing the same workbook again changes nothing
    assert len(plans.plan_tables("plan_2022", engine=seeded).table("services")) == 60
    before = _counts(seeded)
    assert plans.save_plan(read_plan_workbook(workbook), user="x", engine=seeded).stored is False
    assert _counts(seeded) == before
    audit = api.audit_frame(engine=seeded)
    entry = audit[audit["key"] == "plan_2023|v1"].iloc[0]
    assert entry["user"] == "monitor" and entry["table_name"] == "plan"


def test_a_new_version_keeps_reported_values(seeded: Engine) -> None:
    add_writers(seeded, "monitor")
    plan = plans.plan_tables("plan_2022", engine=seeded)
    indicator_id = str(plan.table("indicators")["indicator_id"].iloc[0])
    api.save_values(
        [ValueIn(indicator_id=indicator_id, period_end=date(2022, 6, 30), value=1)],
        user="monitor", source="form", engine=seeded,
    )  # fmt: skip
    dropped = plans.PlanTables(plan.meta, dict(plan.tables))
    dropped.tables["indicators"] = plan.table("indicators").iloc[1:].reset_index(drop=True)
    dropped.tables["milestones"] = plan.table("milestones")
    before = _counts(seeded)
    with pytest.raises(plans.PlanProblemsError) as caught:
        plans.save_plan(dropped, user="monitor", engine=seeded)
    assert caught.value.problems == [
        f"foaia indicatori: indicatorul „{indicator_id}” lipsește, dar are 1 valori raportate; "
        "păstrați-l în plan (valorile nu se pierd)"
    ]
    assert _counts(seeded) == before
    # a changed target is a new version; the value stays with the indicator
    changed = plans.PlanTables(plan.meta, dict(plan.tables))
    frame = plan.table("indicators").copy()
    row = frame.index[frame["indicator_id"] == "p22-1.1.1-i1"][0]  # "4 întâlniri de lucru"
    frame.loc[row, "target_value"] = 7.0
    changed.tables["indicators"] = frame
    summary = plans.save_plan(changed, user="monitor", engine=seeded)
    assert summary.version == 2
    assert summary.check.changes["indicators"].changed == [
        ("p22-1.1.1-i1", "target_value", 4.0, 7.0)
    ]
    now = plans.plan_tables("plan_2022", engine=seeded).table("indicators")
    before = plans.plan_tables("plan_2022", version=1, engine=seeded).table("indicators")
    assert now.loc[row, "target_value"] == 7.0
    assert before.loc[row, "target_value"] == 4.0
    assert len(api.values_frame(engine=seeded)) == 1


def test_the_store_refuses_what_breaks_its_rules(seeded: Engine) -> None:
    strategy = plans.plan_tables("strategy_2025_2034", engine=seeded)
    as_2022 = plans.with_meta(strategy, plan_id="plan_2022")  # an annual plan's id
    unknown = plans.plan_tables("plan_2022", engine=seeded)
    unknown = plans.with_meta(unknown, plan_id="plan_2024", year_start=2024, year_end=2024)
    services = unknown.table("services").copy()
    services.loc[0, "service_id"] = "s99"
    unknown.tables["services"] = services
    same_year = plans.with_meta(
        plans.plan_tables("plan_2022", engine=seeded), plan_id="plan_2022_bis"
    )
    before = _counts(seeded)
    cases = [
        (as_2022, "foaia plan, rândul 5, coloana value: planul „plan_2022” există deja, de tipul "
                  "„annual”; un plan nu își schimbă tipul"),
        (unknown, "foaia servicii, rândul 3, coloana service_id: serviciul „s99” nu există în "
                  "registrele anterioare; lăsați id-ul gol pentru un serviciu nou"),
        (same_year, "foaia plan, rândul 6, coloana value: anul 2022 are deja un plan anual "
                    "(„plan_2022”)"),
    ]  # fmt: skip
    for plan, message in cases:
        with pytest.raises(plans.PlanProblemsError) as caught:
            plans.save_plan(plan, user="monitor", engine=seeded)
        assert message in caught.value.problems
    assert _counts(seeded) == before


def test_a_database_made_before_plans_upgrades_and_keeps_its_values(bare_engine: Engine) -> None:
    command.upgrade(alembic_config(bare_engine), "0001")
    with bare_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO reported_value (indicator_id, period_end, uat_siruta, value, comment,"
                " source, entered_by, entered_at) VALUES ('p22-1.1.1-i1', '2022-06-30', 0, 3,"
                " '', 'form', 'monitor', '2022-07-01 10:00:00+00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO service_snapshot (service_id, year, capacity, beneficiaries, source,"
                " entered_by, entered_at) VALUES ('s44', 2023, 250, 200, 'form', 'monitor',"
                " '2023-03-01 10:00:00+00')"
            )
        )
    report = api.init(engine=bare_engine)
    assert report.revision == plans_head()
    assert report.folded == ["plan_2023"]
    values = api.values_frame(engine=bare_engine)
    assert values[["indicator_id", "value"]].values.tolist() == [["p22-1.1.1-i1", 3.0]]
    registry = plans.plan_tables("plan_2023", engine=bare_engine).table("services")
    s44 = registry.set_index("service_id").loc["s44"]
    assert (s44["capacity"], s44["beneficiaries"]) == (250, 200)
    s01 = registry.set_index("service_id").loc["s01"]
    assert "neconfirmați pentru 2023" in s01["notes"]
    assert api.init(engine=bare_engine).folded == []  # once


def plans_head() -> str:
    """The newest migration revision."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from store.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return str(ScriptDirectory.from_config(config).get_current_head())


def test_the_directorate_places_a_service(seeded: Engine) -> None:
    services = plans.plan_tables("plan_2022", engine=seeded).table("services")
    unplaced = services[services["uat_siruta"].isna()]
    service_id = str(unplaced["service_id"].iloc[0])
    summary = plans.set_place(
        "plan_2022", service_id, 20297, address="Str. Exemplu 1", user="director", engine=seeded
    )
    assert summary.version == 2
    row = (
        plans.plan_tables("plan_2022", engine=seeded)
        .table("services")
        .set_index("service_id")
        .loc[service_id]
    )
    assert row["uat_siruta"] == 20297
    assert row["location_confidence"] == "directorate"
    assert "Loc stabilit de direcție (director, " in row["notes"]
    assert "Str. Exemplu 1" in row["notes"]
    changes = summary.check.changes["services"]
    assert {c[1] for c in changes.changed} == {"uat_siruta", "location_confidence", "notes"}


def test_demo_registry_is_marked_and_removable(seeded: Engine) -> None:
    assert not has_demo(engine=seeded)
    plan_id = generate_demo_registry(engine=seeded)
    assert plan_id == "demo_2023"
    assert generate_demo_registry(engine=seeded) is None  # once
    assert has_demo(engine=seeded)
    listed = plans.list_plans(engine=seeded).set_index("plan_id")
    assert bool(listed.at["demo_2023", "demo"]) is True
    demo = plans.plan_tables("demo_2023", engine=seeded).table("services").set_index("service_id")
    # Răcăciuni moves a fifth of the way from 300 to its target of 50: 300 − 50 = 250
    assert demo.at["s44", "capacity"] == 250
    assert demo["notes"].str.startswith("Valoare demonstrativă").all()
    assert plans.registry_years(engine=seeded) == [2022, 2023]
    remove_demo(engine=seeded)
    assert not has_demo(engine=seeded)
    assert plans.registry_years(engine=seeded) == [2022]


def test_next_plan_moves_dates_renames_ids_and_carries_the_registry(seeded: Engine) -> None:
    draft = draft_next_plan("plan_2022", "plan_2023", 2023, engine=seeded)
    meta = draft.plan.meta
    assert (meta.plan_id, meta.year_start, meta.year_end) == ("plan_2023", 2023, 2023)
    assert meta.title == "Planul anual de acțiune DGASPC Bacău 2023"
    indicators = draft.plan.table("indicators").set_index("indicator_id")
    assert len(indicators) == 282 and indicators.index.str.startswith("p23-").all()
    assert not indicators["deadline"].str.startswith("2022").any()
    assert indicators.at["p23-1.1.4-i1", "deadline"] == "2023-12-31"
    milestones = draft.plan.table("milestones")
    assert sorted(milestones.loc[milestones["indicator_id"] == "p23-1.1.4-i1", "due_date"]) == [
        "2023-06-30", "2023-12-31",
    ]  # fmt: skip
    assert (draft.plan.table("objectives")["plan_id"] == "plan_2023").all()
    services = draft.plan.table("services")
    before = plans.plan_tables("plan_2022", engine=seeded).table("services")
    assert services["service_id"].tolist() == before["service_id"].tolist()
    assert (services["snapshot_year"] == 2023).all()
    # every moved date listed once: 282 deadlines and 14 milestones
    assert len(draft.moved) == 282 + 14
    row = draft.moved[
        (draft.moved["indicator_id"] == "p23-1.1.4-i1") & (draft.moved["sheet"] == "etape")
    ]
    assert sorted(zip(row["old"], row["new"], strict=True)) == [
        ("2022-06-30", "2023-06-30"), ("2022-12-31", "2023-12-31"),
    ]  # fmt: skip
    # the workbook reads back as a clean plan: nothing to warn about, nothing changed but the year
    data = next_plan_workbook_bytes(draft)
    sheet = openpyxl.load_workbook(io.BytesIO(data))[MOVED_SHEET]
    assert [c.value for c in sheet[1]] == [h for _, h in MOVED_HEADERS]
    assert sheet.max_row == 1 + 296
    assert sheet["F2"].number_format == "DD.MM.YYYY" and sheet["F2"].value.year == 2023
    check = plans.check_plan(read_plan_workbook(data), engine=seeded)
    assert check.warnings == [] and check.renamed_ids == {}
    assert check.compared_with == "plan_2022"
    assert all(not any(c.counts().values()) for c in check.changes.values())


def test_next_plan_refuses_a_used_id_or_an_earlier_year(seeded: Engine) -> None:
    with pytest.raises(NextPlanError, match="există deja"):
        draft_next_plan("plan_2022", "strategy_2025_2034", 2023, engine=seeded)
    with pytest.raises(NextPlanError, match="nu este după primul an"):
        draft_next_plan("plan_2022", "plan_2021", 2021, engine=seeded)
    with pytest.raises(NextPlanError, match="nu este valid"):
        draft_next_plan("plan_2022", "Plan 2023", 2023, engine=seeded)
    with pytest.raises(KeyError):
        draft_next_plan("plan_1999", "plan_2023", 2023, engine=seeded)


def test_last_years_workbook_is_stored_with_warnings_not_refused(seeded: Engine) -> None:
    """The 2022 workbook made into 2023 by hand: deadlines left in 2022, last year's ids, the
    registry year 2022 and a service loaded again without its id are each said, once."""
    twin = plans.plan_tables("plan_2022", engine=seeded).table("services")
    twin = twin.set_index("service_id")

    def again(workbook: openpyxl.Workbook) -> None:
        ws = workbook["servicii"]
        row = find_row(ws, "service_id", "s05")
        ws.cell(row, columns(ws)["service_id"]).value = None

    data = edit_workbook(
        derive_2023(plan_workbook_bytes(plans.plan_tables("plan_2022", engine=seeded))), again
    )
    check = plans.check_plan(read_plan_workbook(data), engine=seeded)
    said = "\n".join(check.warnings)
    assert len(check.warnings) == 5, said
    assert "foaia indicatori, coloana deadline: 282 termene sunt înaintea anului 2023" in said
    assert "foaia etape, coloana due_date: 14 termene sunt înaintea anului 2023" in said
    assert "490 id-uri de obiective și indicatori sunt ale planului „Planul anual de " in said
    # the 60 services of 2022 less the closed one; the new one says 2023. Ids end at s56:
    # s05 without its id is the next, s57
    assert "snapshot_year: 59 rânduri au anul 2022" in said and "se salvează 2023" in said
    name = twin.at["s05", "name"]
    assert f"„{name}” primește id-ul nou s57, dar are numele serviciului s05" in said
    assert "istoricul lui s05 nu trece la s57" in said
    # last year's ids are this plan's own: no 282 added + 282 removed
    assert check.changes["indicators"].counts() == {"added": 0, "changed": 2, "removed": 0}
    assert check.changes["objectives"].counts() == {"added": 0, "changed": 0, "removed": 0}


def test_a_real_plan_replaces_the_demo_registry_of_its_year(seeded: Engine) -> None:
    assert generate_demo_registry(engine=seeded) == "demo_2023"
    data = next_plan_workbook_bytes(draft_next_plan("plan_2022", "plan_2023", 2023, engine=seeded))
    check = plans.check_plan(read_plan_workbook(data), engine=seeded)
    assert check.replaces_demo == "demo_2023"
    plans.save_plan(read_plan_workbook(data), user="admin", engine=seeded)
    listed = plans.list_plans(engine=seeded)
    assert "demo_2023" not in set(listed["plan_id"]) and "plan_2023" in set(listed["plan_id"])
    assert plans.registry_years(engine=seeded) == [2022, 2023]
    assert plans.annual_plan_of(2023, engine=seeded) == "plan_2023"
    audit = api.audit_frame(engine=seeded)
    removed = audit[(audit["key"] == "demo_2023") & (audit["action"] == "delete")]
    assert len(removed) == 1 and "plan_2023" in str(removed["old"].iloc[0])
    stored = audit[audit["key"] == "plan_2023|v1"]
    assert "demo_2023" in str(stored["new"].iloc[0])


def test_a_copied_workbook_keeps_its_plan_ids_apart(seeded: Engine) -> None:
    """The strategy's workbook loaded as a new strategy: every id gets the new plan's prefix."""
    data = plan_workbook_bytes(plans.plan_tables("strategy_2025_2034", engine=seeded))
    copy = edit_workbook(
        data, lambda wb: set_meta(wb, plan_id="strategy_2035_2044", year_start=2035,
                                  year_end=2044, title="Strategia 2035–2044")
    )  # fmt: skip
    check = plans.check_plan(read_plan_workbook(copy), engine=seeded)
    ids = check.plan.table("indicators")["indicator_id"]
    assert ids.str.startswith("strategy_2035_2044-").all()
    assert len(check.renamed_ids) == 583 + 332


def test_a_plan_loaded_in_the_app_re_checks_its_administrator(seeded: Engine) -> None:
    # issue 26: an administrator lowered to editor (or disabled) since login cannot load a plan
    api.create_user("adi", "parola-admin", "admin", rounds=4, engine=seeded)
    api.create_user("eva", "parola-admin", "admin", rounds=4, engine=seeded)
    api.update_user("eva", by="adi", role="editor", engine=seeded)
    plan = read_plan_workbook(
        derive_2023(plan_workbook_bytes(plans.plan_tables("plan_2022", engine=seeded)))
    )
    with pytest.raises(api.WriteRefusedError, match="„eva” are acum rolul editor"):
        plans.save_plan(plan, user="eva", acting=True, engine=seeded)
    assert plans.registry_years(engine=seeded) == [2022]  # nothing written
    refused = api.audit_frame(table_name="refused", engine=seeded)
    assert refused["user"].tolist() == ["eva"]
    summary = plans.save_plan(plan, user="adi", acting=True, engine=seeded)
    assert summary.stored and plans.registry_years(engine=seeded) == [2022, 2023]
