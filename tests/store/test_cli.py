"""`python -m store …` as other tools call it: exit codes, output, DATABASE_URL honoured."""

from __future__ import annotations

import csv
import getpass
import io
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from store import api, excel
from store.__main__ import main
from store.db import make_engine, reset_engines
from tests.store.conftest import ROOT, add_writers
from tests.templates import SqliteTemplates, seeded

PROBLEM_LINE = re.compile(r"^(fișierul|rândul \d+, coloana [A-Z?]+ \([a-z_]+\)): \S.*$")


@dataclass(frozen=True)
class Result:
    """What a command returned and printed."""

    returncode: int
    stdout: str
    stderr: str


def subprocess_run(db_url: str, *args: str, stdin: str | None = None) -> Result:
    """The command in its own process, exactly as other tools call it."""
    env = {**os.environ, "DATABASE_URL": db_url}
    done = subprocess.run(
        [sys.executable, "-m", "store", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli(monkeypatch, capsys):
    """The command in this process (fast): main(argv) with DATABASE_URL set and output captured."""

    def run(db_url: str, *args: str, stdin: str | None = None) -> Result:
        monkeypatch.setenv("DATABASE_URL", db_url)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        finally:
            reset_engines()
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def fill_first_rows(path: Path, cells: dict[str, object]) -> list[str]:
    """Type into cells such as G2 / H2; the ids of rows 2–4."""
    workbook = load_workbook(path)
    ws = workbook["raportare"]
    for ref, value in cells.items():
        ws[ref] = value
    workbook.save(path)
    return [ws[f"A{r}"].value for r in (2, 3, 4)]


def exported(run, db_url: str, tmp_path: Path) -> list[dict[str, str]]:
    target = tmp_path / "valori.csv"
    result = run(db_url, "export-values", str(target), "--plain")
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))


@pytest.fixture
def initialised_by_cli(cli, db_url: str) -> str:
    result = cli(db_url, "init")
    assert result.returncode == 0, result.stderr
    assert "revizia 0004" in result.stdout
    assert "Plan plan_2022: nou." in result.stdout
    return db_url


@pytest.fixture
def initialised(db_url: str, sqlite_templates: SqliteTemplates, request) -> str:
    """The store as `init` leaves it (`init` is api.init() and its report): on SQLite a copy of
    the seeded template; elsewhere, and for the tests of `init` itself, `init` run here."""
    if sqlite_templates.copy("seeded", seeded, db_url):
        return db_url
    return request.getfixturevalue("initialised_by_cli")


@pytest.fixture
def writable(initialised: str) -> str:
    """The initialised database with the editors the imports name: `ana` and the login name
    (import-report's default --user)."""
    engine = make_engine(initialised)
    add_writers(engine, "ana", getpass.getuser())
    engine.dispose()
    return initialised


def test_init_is_idempotent(cli, initialised_by_cli):
    again = cli(initialised_by_cli, "init")
    assert again.returncode == 0, again.stderr
    assert "Plan plan_2022: neschimbat." in again.stdout
    assert "plan: 2, plan_version: 2," in again.stdout


def test_template_filled_and_imported_then_exported(cli, writable, tmp_path):
    template = tmp_path / "raport.xlsx"
    made = cli(
        writable, "export-template", str(template), "--plan", "plan_2022",
        "--period", "2022-06-30",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    ids = fill_first_rows(template, {"G2": "=1+1", "H2": '=HYPERLINK("x")'})
    refused = cli(writable, "import-report", str(template), "--user", "ana")
    assert refused.returncode == 2
    assert refused.stdout.splitlines() == [
        "rândul 2, coloana G (value): formulă „=1+1”: introduceți valoarea, nu o formulă"
    ]
    assert "o problemă; nu s-a scris nimic" in refused.stderr
    fill_first_rows(template, {"G2": 1, "H2": "+ verificat", "G3": 1, "H3": "-2 față de plan"})
    dry = cli(writable, "import-report", str(template), "--dry-run", "--user", "ana")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "2 noi" in dry.stdout and "--dry-run" in dry.stdout
    assert exported(cli, writable, tmp_path) == []
    done = cli(writable, "import-report", str(template), "--user", "ana")
    assert done.returncode == 0, done.stdout + done.stderr
    rows = exported(cli, writable, tmp_path)
    assert list(rows[0]) == api.VALUE_COLUMNS
    assert [(r["indicator_id"], r["value"], r["entered_by"], r["source"]) for r in rows] == [
        (ids[0], "1.0", "ana", "upload"),
        (ids[1], "1.0", "ana", "upload"),
    ]
    # Spreadsheet formulas are neutralised in the export (cells starting = + - @).
    assert [r["comment"] for r in rows] == ["'+ verificat", "'-2 față de plan"]


def test_import_with_problems_exits_2_and_writes_nothing(cli, writable, tmp_path):
    template = tmp_path / "raport.xlsx"
    cli(writable, "export-template", str(template), "--plan", "plan_2022", "--period",
        "2022-12-31")  # fmt: skip
    fill_first_rows(template, {"A2": "nu-exista", "G2": 1, "G3": -5, "G4": "zece"})
    before = exported(cli, writable, tmp_path)
    result = cli(writable, "import-report", str(template))
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and all(PROBLEM_LINE.match(line) for line in lines), lines
    assert exported(cli, writable, tmp_path) == before
    missing = cli(writable, "import-report", str(tmp_path / "lipsa.xlsx"))
    assert missing.returncode == 2 and missing.stdout.startswith("fișierul: ")


def test_create_user_and_log_in(cli, initialised):
    made = cli(initialised, "create-user", "ana", "--role", "editor", "--password-stdin",
               stdin="parola-lunga\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    again = cli(initialised, "create-user", "ana", "--role", "admin", "--password-stdin",
                stdin="alta-parola\n")  # fmt: skip
    assert again.returncode == 1 and "există deja" in again.stderr
    short = cli(initialised, "create-user", "ion", "--role", "viewer", "--password-stdin",
                stdin="scurt\n")  # fmt: skip
    assert short.returncode == 2
    engine = make_engine(initialised)
    try:
        assert api.authenticate("ana", "parola-lunga", engine=engine).role == "editor"
        assert api.authenticate("ana", "alta-parola", engine=engine) is None
        assert api.authenticate("ion", "scurt", engine=engine) is None
    finally:
        engine.dispose()


def test_demo_and_its_removal(cli, initialised, tmp_path):
    made = cli(initialised, "demo")
    assert made.returncode == 0, made.stderr
    assert "source=demo" in made.stdout
    rows = exported(cli, initialised, tmp_path)
    assert rows and {r["source"] for r in rows} == {"demo"}
    # the first annual plan's two semesters, and the strategy's 2025 and first half of 2026
    assert {r["period_end"] for r in rows} == {
        "2022-06-30", "2022-12-31", "2025-06-30", "2025-12-31", "2026-06-30",
    }  # fmt: skip
    assert "pentru strategie" in made.stdout
    removed = cli(initialised, "demo", "--remove")
    assert removed.returncode == 0, removed.stderr
    assert f"{len(rows)} valori demonstrative șterse" in removed.stdout
    assert exported(cli, initialised, tmp_path) == []


def test_unusable_database_exits_1(cli, tmp_path):
    result = cli("postgresql+psycopg://postgres@127.0.0.1:1/x?connect_timeout=2", "export-values",
                 str(tmp_path / "v.csv"))  # fmt: skip
    assert result.returncode == 1
    assert "Baza de date nu poate fi folosită" in result.stderr
    assert not (tmp_path / "v.csv").exists()


def test_wrong_arguments_exit_2(cli, tmp_path):
    result = cli(f"sqlite:///{tmp_path / 'x.db'}", "export-template", str(tmp_path / "t.xlsx"))
    assert result.returncode == 2 and "--plan" in result.stderr


def test_in_its_own_process_exit_codes_are_0_and_2(db_url, tmp_path):
    """Once per database, the real process: init, then an import that is refused."""
    init = subprocess_run(db_url, "init")
    assert init.returncode == 0, init.stderr
    engine = make_engine(db_url)
    add_writers(engine, getpass.getuser())
    engine.dispose()
    template = tmp_path / "raport.xlsx"
    excel.export_template(template, "plan_2022", date(2022, 6, 30))
    fill_first_rows(template, {"G2": -1})
    refused = subprocess_run(db_url, "import-report", str(template))
    assert refused.returncode == 2
    assert refused.stdout.startswith("rândul 2, coloana G (value): valoare negativă")


def test_in_its_own_process_an_unusable_database_exits_1(tmp_path):
    url = "postgresql+psycopg://postgres@127.0.0.1:1/x?connect_timeout=2"
    result = subprocess_run(url, "export-values", str(tmp_path / "v.csv"))
    assert result.returncode == 1
    assert "Baza de date nu poate fi folosită" in result.stderr


def test_init_tells_how_to_create_the_first_admin(cli, initialised_by_cli):
    again = cli(initialised_by_cli, "init")
    assert "python -m store create-user NUME --role admin" in again.stdout


def test_create_user_works_on_a_fresh_database(cli, db_url):
    """The README's first step on a fresh clone: create-user before any `init`."""
    made = cli(db_url, "create-user", "adi", "--role", "admin", "--password-stdin",
               stdin="parola-admin\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    again = cli(db_url, "init")
    assert "python -m store create-user" not in again.stdout


def test_export_values_defaults_to_the_romanian_spreadsheet_format(cli, writable, tmp_path):
    engine = make_engine(writable)
    api.save_values(
        [{"indicator_id": "p22-5.1.3-i1", "period_end": "2022-06-30", "value": 12.5}],
        "ana",
        engine=engine,
    )
    engine.dispose()
    target = tmp_path / "valori.csv"
    assert cli(writable, "export-values", str(target)).returncode == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, row = raw.decode("utf-8-sig").splitlines()
    assert header.startswith("Cod indicator;Sfârșitul perioadei;UAT (cod SIRUTA);Valoare;")
    assert row.startswith("p22-5.1.3-i1;2022-06-30;județ;12,5;;formular;ana;")


def test_import_plan_refuses_a_bad_workbook_and_writes_nothing(cli, initialised, tmp_path):
    """A renamed column and a text in a number column: exit 2, one Romanian line per problem
    naming sheet, row and column, nothing written; the good workbook then imports."""
    from tests.plan_support import derive_2023, edit_workbook, set_cell

    exported = tmp_path / "plan_2022.xlsx"
    assert cli(initialised, "export-plan", "plan_2022", str(exported)).returncode == 0
    good = derive_2023(exported.read_bytes())

    def spoil(workbook) -> None:
        workbook["servicii"].cell(1, 9).value = "capacitate"  # renamed column (I: capacity)
        set_cell(workbook["indicatori"], "indicator_id", "p22-1.1.1-i1", "target_value", "patru")

    bad = tmp_path / "rau.xlsx"
    bad.write_bytes(edit_workbook(good, spoil))
    before = cli(initialised, "init").stdout
    refused = cli(initialised, "import-plan", str(bad))
    assert refused.returncode == 2
    lines = refused.stdout.splitlines()
    assert any(line.startswith("foaia servicii, rândul 1") and "capacity" in line for line in lines)
    assert any(
        line.startswith("foaia indicatori, rândul ") and "nu este un număr: 'patru'" in line
        for line in lines
    )
    assert "nu s-a scris nimic" in refused.stderr
    assert cli(initialised, "init").stdout == before  # the same rows in every table
    (tmp_path / "bun.xlsx").write_bytes(good)
    assert cli(initialised, "import-plan", str(tmp_path / "bun.xlsx")).returncode == 0


def _with_xml_nul(data: bytes, part: str) -> bytes:
    """The workbook with `&#0;` (a character XML cannot hold) in the first text of `part`."""
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == part:
                body = body.replace(b"<t>", b"<t>&#0;", 1)
            target.writestr(info, body)
    return out.getvalue()


def test_a_workbook_whose_xml_cannot_be_parsed_is_refused_with_exit_2(cli, writable, tmp_path):
    exported = tmp_path / "plan.xlsx"
    assert cli(writable, "export-plan", "plan_2022", str(exported)).returncode == 0
    bad_plan = tmp_path / "plan-rau.xlsx"
    bad_plan.write_bytes(_with_xml_nul(exported.read_bytes(), "xl/worksheets/sheet2.xml"))
    refused = cli(writable, "import-plan", str(bad_plan), "--dry-run")
    assert refused.returncode == 2
    assert refused.stdout.startswith("fișierul: registrul nu poate fi citit: conținutul său XML")
    template = tmp_path / "raport.xlsx"
    excel.export_template(template, "plan_2022", date(2022, 6, 30))
    bad_report = tmp_path / "raport-rau.xlsx"
    bad_report.write_bytes(_with_xml_nul(template.read_bytes(), "xl/worksheets/sheet1.xml"))
    refused = cli(writable, "import-report", str(bad_report), "--user", "ana")
    assert refused.returncode == 2
    assert "conținutul său XML este deteriorat" in refused.stdout
    assert "Traceback" not in refused.stdout + refused.stderr


def test_a_plan_cell_longer_than_its_column_allows_is_refused_where_it_is(
    cli, initialised, tmp_path
):
    """A 3,000-character service name (the name column holds 300): refused at its cell."""
    from tests.plan_support import derive_2023, edit_workbook, set_cell

    exported = tmp_path / "plan_2022.xlsx"
    assert cli(initialised, "export-plan", "plan_2022", str(exported)).returncode == 0

    def lengthen(workbook) -> None:
        set_cell(workbook["servicii"], "service_id", "s01", "name", "Casa " * 600)

    bad = tmp_path / "lung.xlsx"
    bad.write_bytes(edit_workbook(derive_2023(exported.read_bytes()), lengthen))
    refused = cli(initialised, "import-plan", str(bad), "--dry-run")
    assert refused.returncode == 2
    problem = (
        "foaia servicii, rândul 3, coloana E (name): text prea lung (2999 caractere, maximum 300)"
    )
    assert problem in refused.stdout.splitlines()


def test_import_report_names_an_enabled_user_who_may_write(cli, writable, tmp_path):
    engine = make_engine(writable)
    api.create_user("vio", "parola-de-test", "viewer", rounds=4, engine=engine)
    api.create_user("dan", "parola-de-test", "editor", rounds=4, engine=engine)
    api.create_user("adi", "parola-de-test", "admin", rounds=4, engine=engine)
    api.update_user("dan", by="adi", disabled=True, engine=engine)
    engine.dispose()
    template = tmp_path / "raport.xlsx"
    excel.export_template(template, "plan_2022", date(2022, 6, 30))
    fill_first_rows(template, {"G2": 1})
    for user, says in [
        ("nimeni", "utilizatorul „nimeni” nu există"),
        ("vio", "utilizatorul „vio” are acum rolul vizualizare"),
        ("dan", "utilizatorul „dan” este dezactivat"),
    ]:
        refused = cli(writable, "import-report", str(template), "--user", user)
        assert refused.returncode == 2
        assert refused.stderr.startswith(f"Importul a fost refuzat: {says}"), refused.stderr
    assert exported(cli, writable, tmp_path) == []
    assert cli(writable, "import-report", str(template), "--user", "ana").returncode == 0
