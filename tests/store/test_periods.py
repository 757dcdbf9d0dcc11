"""Closed periods (issue #24): closing needs an administrator in the app; a closed period
refuses every write — grid, upload, command line — with a named message, nothing written, the
attempt audited; reopening needs a reason, which the audit keeps. Both engines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlmodel import Session

from store import api, excel
from store.audit import load_state
from store.errors import ClosedPeriodError, PeriodStateError, WriteRefusedError
from store.models import Plan, utc_now
from store.periods import close_period, closed_periods, is_closed, reopen_period
from tests.store.conftest import make_catalog
from tests.store.test_cli import (  # noqa: F401  (fixtures)
    cli,
    exported,
    initialised,
    initialised_by_cli,
    writable,
)
from tests.store.test_reporters import CIAPV, FAST, LINKS

TITLE = "„Planul anual de acțiune DGASPC Bacău 2022”"  # messages name the plan by its title

H1, H2 = date(2022, 6, 30), date(2022, 12, 31)
CLOSED_H1 = (
    "perioada 30.06.2022 a planului „plan_2022” este închisă (de adi); nu se mai scrie nimic în "
    "ea până când un administrator o redeschide; nu s-a scris nimic"
)


def add_plan(engine, plan_id: str = "plan_2022", year: int = 2022) -> None:
    """A plan row (the fixed catalogue's plans are not seeded in the store)."""
    with Session(engine) as session, session.begin():
        years = {"year_start": year, "year_end": year}
        session.add(Plan(plan_id=plan_id, title=plan_id, kind="annual", county="BC",
                         created_by="test", created_at=utc_now(), **years))  # fmt: skip


@pytest.fixture
def office(engine):
    """The fixed catalogue's plan stored, an administrator `adi` and a reporter `rita`."""
    add_plan(engine)
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST,
                    engine=engine)  # fmt: skip
    return engine


def _period_audit(engine) -> list[tuple]:
    audit = api.audit_frame(table_name="period_closure", engine=engine)
    return [
        (u, k, a, load_state(o), load_state(n))
        for u, k, a, o, n in zip(audit["user"], audit["key"], audit["action"], audit["old"],
                                 audit["new"], strict=True)
    ]  # fmt: skip


def test_closing_needs_an_administrator_in_the_app(office):
    with pytest.raises(WriteRefusedError, match="„ana” are acum rolul editor"):
        close_period("plan_2022", H1, user="ana", engine=office)
    assert not is_closed("plan_2022", H1, engine=office)
    refused = api.audit_frame(table_name="refused", engine=office)
    assert [load_state(n) for n in refused["new"]] == [
        {"attempt": "close_period", "reason": "role"}
    ]
    close_period("plan_2022", H1, user="adi", engine=office)
    assert is_closed("plan_2022", H1, engine=office)
    assert not is_closed("plan_2022", H2, engine=office)
    frame = closed_periods(engine=office)
    assert list(zip(frame["plan_id"], frame["period_end"], frame["closed_by"], strict=True)) == [
        ("plan_2022", H1, "adi")
    ]
    with pytest.raises(PeriodStateError, match="este deja închisă"):
        close_period("plan_2022", H1, user="adi", engine=office)
    with pytest.raises(PeriodStateError, match="planul „plan_2099” nu există"):
        close_period("plan_2099", H1, user="adi", engine=office)


def test_a_closed_period_refuses_the_grid_and_the_upload_for_everyone(office, tmp_path):
    linked = dataclasses.replace(make_catalog(), indicator_units=LINKS)
    api.save_values([{"indicator_id": "t-count", "period_end": H1, "value": 5}], "ana",
                    catalog=linked, engine=office)  # fmt: skip
    close_period("plan_2022", H1, user="adi", engine=office)
    before = api.values_frame(engine=office).drop(columns="entered_at")
    for user, indicator in [("ana", "t-count"), ("adi", "t-bool"), ("rita", "t-pct")]:
        with pytest.raises(ClosedPeriodError) as refused:
            api.save_values([{"indicator_id": indicator, "period_end": H1, "value": 1}], user,
                            source="form", catalog=linked, engine=office)  # fmt: skip
        assert str(refused.value) == CLOSED_H1
    with pytest.raises(ClosedPeriodError, match="este închisă"):  # deleting is writing too
        api.save_values([{"indicator_id": "t-count", "period_end": H1, "value": None}], "ana",
                        catalog=linked, engine=office)  # fmt: skip
    template = tmp_path / "raport.xlsx"
    excel.export_template(template, "plan_2022", H1, catalog=linked)
    workbook = load_workbook(template)
    workbook["raportare"]["G2"] = 7
    workbook.save(template)
    checked = excel.import_report(template, user="ana", dry_run=True, catalog=linked,
                                  engine=office)  # fmt: skip
    assert checked.problems == [f"fișierul: {CLOSED_H1}"]  # the preview says it
    with pytest.raises(ClosedPeriodError, match="a planului „plan_2022” este închisă"):
        excel.import_report(template, user="ana", catalog=linked, engine=office)
    pd_after = api.values_frame(engine=office).drop(columns="entered_at")
    assert pd_after.equals(before)
    refused = api.audit_frame(table_name="refused", engine=office)
    assert [(u, load_state(n)) for u, n in zip(refused["user"], refused["new"], strict=True)] == [
        (u, {"attempt": "save_values", "reason": "closed", "plan_id": "plan_2022",
             "period_end": "2022-06-30"})
        for u in ["ana", "ana", "rita", "adi", "ana"]  # newest first; not the dry run
    ]  # fmt: skip
    # the other period stays open
    api.save_values([{"indicator_id": "t-count", "period_end": H2, "value": 6}], "ana",
                    catalog=linked, engine=office)  # fmt: skip


def test_reopening_needs_a_reason_kept_in_the_audit(office):
    catalog = make_catalog()
    close_period("plan_2022", H1, user="adi", engine=office)
    for blank in ("", "   "):
        with pytest.raises(PeriodStateError, match="cere un motiv"):
            reopen_period("plan_2022", H1, reason=blank, user="adi", engine=office)
    with pytest.raises(WriteRefusedError, match="rolul raportor"):
        reopen_period("plan_2022", H1, reason="corectură", user="rita", engine=office)
    assert is_closed("plan_2022", H1, engine=office)
    reopen_period("plan_2022", H1, reason="  corectură   cerută de SPC ", user="adi",
                  engine=office)  # fmt: skip
    assert not is_closed("plan_2022", H1, engine=office)
    with pytest.raises(PeriodStateError, match="nu este închisă"):
        reopen_period("plan_2022", H1, reason="din nou", user="adi", engine=office)
    api.save_values([{"indicator_id": "t-count", "period_end": H1, "value": 5}], "ana",
                    catalog=catalog, engine=office)  # fmt: skip
    assert _period_audit(office) == [
        ("adi", "plan_2022|2022-06-30", "update", {"state": "closed", "closed_by": "adi"},
         {"state": "open", "reason": "corectură cerută de SPC"}),
        ("adi", "plan_2022|2022-06-30", "insert", None, {"state": "closed"}),
    ]  # fmt: skip


def test_close_and_reopen_on_the_command_line(cli, writable, tmp_path):  # noqa: F811
    template = tmp_path / "raport.xlsx"
    excel.export_template(template, "plan_2022", H1)
    workbook = load_workbook(template)
    workbook["raportare"]["G2"] = 1
    workbook.save(template)
    closed = cli(writable, "close-period", "--plan", "plan_2022", "--period", "2022-06-30")
    assert closed.returncode == 0, closed.stderr
    assert closed.stdout.startswith("Perioada 30.06.2022 a planului plan_2022 a fost închisă")
    again = cli(writable, "close-period", "--plan", "plan_2022", "--period", "2022-06-30")
    assert again.returncode == 2
    assert again.stderr.strip() == (
        f"Refuzat: perioada 30.06.2022 a planului {TITLE} este deja închisă."
    )
    refused = cli(writable, "import-report", str(template), "--user", "ana")
    assert refused.returncode == 2
    assert refused.stderr.startswith(
        f"Importul a fost refuzat: perioada 30.06.2022 a planului {TITLE} este închisă (de "
    ), refused.stderr
    assert exported(cli, writable, tmp_path) == []
    no_reason = cli(writable, "reopen-period", "--plan", "plan_2022", "--period", "2022-06-30",
                    "--reason", " ")  # fmt: skip
    assert no_reason.returncode == 2
    assert "redeschiderea unei perioade cere un motiv" in no_reason.stderr
    missing = cli(writable, "reopen-period", "--plan", "plan_2022", "--period", "2022-06-30")
    assert missing.returncode == 2  # argparse: --reason is required
    reopened = cli(writable, "reopen-period", "--plan", "plan_2022", "--period", "2022-06-30",
                   "--reason", "valori corectate")  # fmt: skip
    assert reopened.returncode == 0, reopened.stderr
    assert reopened.stdout.strip().endswith("valori corectate.")
    done = cli(writable, "import-report", str(template), "--user", "ana")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(exported(cli, writable, tmp_path)) == 1


def test_demonstration_values_into_a_closed_period_are_refused_with_the_message(
    cli,  # noqa: F811
    writable,  # noqa: F811
    tmp_path,
):
    closed = cli(writable, "close-period", "--plan", "plan_2022", "--period", "2022-06-30")
    assert closed.returncode == 0, closed.stderr
    made = cli(writable, "demo", "--plan", "plan_2022")
    assert made.returncode == 2, made.stdout + made.stderr
    assert "Traceback" not in made.stderr
    assert (
        "perioada 30.06.2022 a planului „Planul anual de acțiune DGASPC Bacău 2022” este închisă"
        in made.stderr
    )
    assert exported(cli, writable, tmp_path) == []
