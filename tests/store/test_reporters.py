"""Reporters scoped to units (issue #24): a reporter writes only the indicators its units answer
for — through the store API and the command line alike — nothing of a refused batch is
written, and the refusal is audited. Both engines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from store import api, excel
from store.audit import load_state
from store.db import alembic_config, make_engine
from store.errors import OtherUnitError, ReporterUnitsError
from store.input_rules import Catalog
from store.reporters import reporter_units_frame, user_units
from tests.store.conftest import make_catalog
from tests.store.test_cli import (  # noqa: F401  (fixtures)
    cli,
    exported,
    initialised,
    initialised_by_cli,
)

H1 = date(2022, 6, 30)
SMC, CIAPV, JURIDIC = "u-smc-copii", "u-ciapv-rachitoasa", "u-juridic"
# t-count, t-pct and t-bool are linked by hand; the others by their `responsible` text
# (metrics.owners.links_by_text): "SPC" → smc and ciapv, "Juridic" → juridic.
LINKS = pd.DataFrame(
    [("t-count", SMC, "responsible"), ("t-pct", CIAPV, "responsible"),
     ("t-bool", JURIDIC, "responsible"), ("t-bool", SMC, "partner")],
    columns=["indicator_id", "unit_id", "role"],
)  # fmt: skip
FAST = 4


@pytest.fixture
def linked() -> Catalog:
    """The fixed catalogue with its indicators linked to three units of units.csv."""
    return dataclasses.replace(make_catalog(), indicator_units=LINKS)


def _refused(engine) -> list[dict]:
    audit = api.audit_frame(table_name="refused", engine=engine)
    return [
        {"user": u, **(load_state(n) or {})}
        for u, n in zip(audit["user"], audit["new"], strict=True)
    ]


def _values(engine) -> list[tuple]:
    frame = api.values_frame(engine=engine)
    return list(zip(frame["indicator_id"], frame["value"], frame["entered_by"], strict=True))


def test_owners_come_from_the_links_and_the_responsible_text(linked):
    owners = {i: set(linked.units_of(i)) for i in linked.indicators.index}
    assert owners == {
        "t-count": {SMC},
        "t-pct": {CIAPV},
        "t-bool": {JURIDIC},  # the partner link gives no right to write
        "t-max": {SMC, CIAPV},  # "SPC", as t-count and t-pct
        "t-text": {JURIDIC},  # "Juridic", as t-bool
        "s-count": {SMC, CIAPV},
    }


def test_a_reporter_needs_known_units_and_only_a_reporter_has_any(users_engine):
    e = users_engine
    with pytest.raises(ReporterUnitsError, match="cel puțin o unitate"):
        api.create_user("rita", "parola-de-test", "reporter", rounds=FAST, engine=e)
    with pytest.raises(ReporterUnitsError, match="unitatea „u-nu-exista” nu există"):
        api.create_user(
            "rita", "parola-de-test", "reporter", units=[CIAPV, "u-nu-exista"], engine=e
        )
    with pytest.raises(ReporterUnitsError, match="rolul editor nu are unități"):
        api.create_user("ed", "parola-de-test", "editor", units=[CIAPV], rounds=FAST, engine=e)
    assert api.users_frame(engine=e).empty
    made = api.create_user(
        "rita", "parola-de-test", "reporter", units=[CIAPV, SMC, CIAPV], rounds=FAST, engine=e
    )
    assert made.role == "reporter"
    assert user_units("rita", engine=e) == [CIAPV, SMC]
    audit = api.audit_frame(table_name="app_user", engine=e)
    assert load_state(audit["new"].iloc[0]) == {"role": "reporter", "units": [CIAPV, SMC]}


def test_units_change_with_the_role_audited(users_engine):
    e = users_engine
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=e)
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST, engine=e)
    api.update_user("rita", by="adi", units=[SMC], engine=e)
    assert user_units("rita", engine=e) == [SMC]
    with pytest.raises(ReporterUnitsError, match="cel puțin o unitate"):
        api.update_user("rita", by="adi", units=[], engine=e)
    api.create_user("ed", "parola-de-test", "editor", rounds=FAST, engine=e)
    with pytest.raises(ReporterUnitsError, match="cel puțin o unitate"):
        api.update_user("ed", by="adi", role="reporter", engine=e)
    api.update_user("rita", by="adi", role="editor", engine=e)  # leaves its units
    assert user_units("rita", engine=e) == []
    assert reporter_units_frame(engine=e).empty
    audit = api.audit_frame(table_name="app_user", key_prefix="rita", engine=e)
    changes = [
        (load_state(o), load_state(n)) for o, n in zip(audit["old"], audit["new"], strict=True)
    ]
    assert changes == [
        ({"role": "reporter", "units": [SMC]}, {"role": "editor", "units": []}),
        ({"units": [CIAPV]}, {"units": [SMC]}),
        (None, {"role": "reporter", "units": [CIAPV]}),
    ]


def test_a_reporter_writes_its_units_indicators_only_nothing_else_of_the_batch(engine, linked):
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST,
                    engine=engine)  # fmt: skip
    mine = [{"indicator_id": "t-pct", "period_end": H1, "value": 40},
            {"indicator_id": "t-max", "period_end": H1, "value": 280}]  # fmt: skip
    theirs = {"indicator_id": "t-count", "period_end": H1, "value": 900}
    with pytest.raises(OtherUnitError) as refused:
        api.save_values([*mine, theirs], "rita", catalog=linked, engine=engine)
    assert str(refused.value) == (
        "utilizatorul „rita” (raportor pentru CIAPV Răchitoasa) nu poate scrie indicatorul "
        "„t-count”: răspunde pentru el Serviciul Management de caz pentru copii; nu s-a scris "
        "nimic"
    )
    assert _values(engine) == []  # the two allowed rows are not written either
    assert _refused(engine) == [
        {"user": "rita", "attempt": "save_values", "reason": "other_unit",
         "indicator_id": "t-count", "period_end": "2022-06-30", "units": [CIAPV],
         "owners": [SMC]},
    ]  # fmt: skip
    saved = api.save_values(mine, "rita", catalog=linked, engine=engine)
    assert saved.inserted == 2
    assert _values(engine) == [("t-max", 280.0, "rita"), ("t-pct", 40.0, "rita")]
    # an editor (the office) writes any unit's indicator
    api.save_values([theirs], "ana", catalog=linked, engine=engine)
    assert ("t-count", 900.0, "ana") in _values(engine)


def test_an_indicator_without_a_unit_is_refused_to_every_reporter(engine):
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST,
                    engine=engine)  # fmt: skip
    bare = dataclasses.replace(make_catalog(), indicator_units=LINKS.iloc[0:0])
    with pytest.raises(OtherUnitError, match="răspunde pentru el nicio unitate din catalog"):
        api.save_values([{"indicator_id": "t-pct", "period_end": H1, "value": 1}], "rita",
                        catalog=bare, engine=engine)  # fmt: skip
    assert _values(engine) == []


def test_the_migration_keeps_users_and_allows_reporters(bare_engine):
    """0003 → 0004 on a database with users: the role check is replaced, nobody lost."""
    from alembic import command

    command.upgrade(alembic_config(bare_engine), "0003")
    with bare_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO app_user (username, password_hash, role, created_at, disabled) "
                 "VALUES ('adi', 'x', 'admin', '2026-12-01 10:00:00+00', false)")
        )  # fmt: skip
    api.init(engine=bare_engine, seed=False)
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST,
                    engine=bare_engine)  # fmt: skip
    users = api.users_frame(engine=bare_engine)
    assert list(zip(users["username"], users["role"], strict=True)) == [
        ("adi", "admin"), ("rita", "reporter"),
    ]  # fmt: skip
    with (
        pytest.raises(Exception, match="ck_app_user_role|CHECK constraint"),
        bare_engine.begin() as connection,
    ):
        connection.execute(
                text("INSERT INTO app_user (username, password_hash, role, created_at, "
                     "disabled) VALUES ('x', 'x', 'boss', '2026-12-01 10:00:00+00', false)")
            )  # fmt: skip


# --- the command line, on the curated plans -------------------------------------------------

OWN = "p22-7.1.1-i1"  # CIAPV Răchitoasa answers for it (indicator_units.csv)


def _template_rows(path) -> dict[str, int]:
    ws = load_workbook(path)["raportare"]
    return {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}


def _fill(path, cells: dict[str, object]) -> None:
    workbook = load_workbook(path)
    for ref, value in cells.items():
        workbook["raportare"][ref] = value
    workbook.save(path)


def test_create_user_reporter_on_the_command_line(cli, initialised):  # noqa: F811
    made = cli(initialised, "create-user", "rita", "--role", "reporter", "--unit", CIAPV,
               "--password-stdin", stdin="parola-de-test\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        "Utilizator creat: rita (reporter).",
        "Unitățile raportorului rita: CIAPV Răchitoasa.",
    ]
    for args, says in [
        (
            ["--role", "reporter"],
            "un raportor trebuie legat de cel puțin o unitate (--unit UNIT_ID)",
        ),
        (
            ["--role", "reporter", "--unit", "u-x"],
            "unitatea „u-x” nu există în catalogul unităților (units.csv)",
        ),
        (
            ["--role", "viewer", "--unit", CIAPV],
            "doar un raportor se leagă de unități; rolul viewer nu are unități",
        ),
    ]:
        refused = cli(initialised, "create-user", "ion", *args, "--password-stdin",
                      stdin="parola-de-test\n")  # fmt: skip
        assert refused.returncode == 2
        assert refused.stderr.strip() == f"Date nevalide: {says}"
    engine = make_engine(initialised)
    assert list(api.users_frame(engine=engine)["username"]) == ["rita"]
    engine.dispose()


def test_import_report_refuses_another_units_indicator(cli, initialised, tmp_path):  # noqa: F811
    engine = make_engine(initialised)
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST,
                    engine=engine)  # fmt: skip
    template = tmp_path / "raport.xlsx"
    excel.export_template(template, "plan_2022", H1)
    rows = _template_rows(template)
    other = "p22-1.1.1-i1"  # the monitoring office's and the coordinators'
    _fill(template, {f"G{rows[OWN]}": 3, f"G{rows[other]}": 1})
    says = (
        "utilizatorul „rita” (raportor pentru CIAPV Răchitoasa) nu poate scrie indicatorul "
        f"„{other}”: răspunde pentru el "
    )
    checked = cli(initialised, "import-report", str(template), "--user", "rita", "--dry-run")
    assert checked.returncode == 2
    assert checked.stdout.startswith(f"fișierul: {says}"), checked.stdout
    refused = cli(initialised, "import-report", str(template), "--user", "rita")
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"Importul a fost refuzat: {says}"), refused.stderr
    assert exported(cli, initialised, tmp_path) == []
    assert len(_refused(engine)) == 1  # the real attempt, not the dry run
    _fill(template, {f"G{rows[other]}": None})
    done = cli(initialised, "import-report", str(template), "--user", "rita")
    assert done.returncode == 0, done.stdout + done.stderr
    assert [(r["indicator_id"], r["value"], r["entered_by"]) for r in
            exported(cli, initialised, tmp_path)] == [(OWN, "3.0", "rita")]  # fmt: skip
    engine.dispose()
