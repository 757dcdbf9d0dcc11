"""Each unit's own template (issue #24): export-template --unit holds only the indicators the
unit answers for; export-templates writes one file per unit, named by its abbreviation or
name in ASCII. Both engines for the command line."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
from openpyxl import load_workbook

from store.unit_templates import export_unit_templates, file_stem, unit_file_names
from tests.store.conftest import make_catalog
from tests.store.test_cli import cli, initialised, initialised_by_cli  # noqa: F401  (fixtures)
from tests.store.test_reporters import CIAPV, LINKS

H1 = date(2022, 6, 30)
CIAPV_2022 = [  # indicator_units.csv, role responsible, unit u-ciapv-rachitoasa, plan 2022
    "p22-7.1.1-i1", "p22-7.1.1-i2", "p22-7.1.3-i1", "p22-7.1.4-i1", "p22-7.2.2-i1",
    "p22-7.2.2-i2",
]  # fmt: skip


def _ids(path) -> list[str]:
    ws = load_workbook(path)["raportare"]
    return [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]


def _notes(path) -> list[str]:
    ws = load_workbook(path)["instructiuni"]
    return [ws.cell(r, 1).value for r in range(1, 3)]


def test_file_names_are_ascii_and_unique():
    assert file_stem("Serviciul Juridic și Contencios") == "serviciul-juridic-si-contencios"
    assert file_stem("Biroul „Telefonul Copilului” (urgență)") == (
        "biroul-telefonul-copilului-urgenta"
    )
    assert file_stem("SPAS / DAS") == "spas-das"
    long = file_stem("Complexul de servicii pentru intervenție specializată în domeniul "
                     "protecției familiei")  # fmt: skip
    assert long == "complexul-de-servicii-pentru-interventie-specializata-in"  # cut at a word
    units = pd.DataFrame(
        [("u-a", "Centrul Ana", "CA"), ("u-b", "Centrul Bogdan", "CB"),
         ("u-c", "Centrul Costel", "CB"), ("u-d", "Casa", None), ("u-e", "Casa", "")],
        columns=["unit_id", "name", "abbreviation"],
    )  # fmt: skip
    assert unit_file_names(units) == {
        "u-a": "ca.xlsx",
        "u-b": "centrul-bogdan.xlsx",  # CB is shared: the names
        "u-c": "centrul-costel.xlsx",
        "u-d": "casa-u-d.xlsx",  # the same name twice: the unit id added
        "u-e": "casa-u-e.xlsx",
    }


def test_one_file_per_unit_with_only_its_indicators(tmp_path):
    linked = dataclasses.replace(make_catalog(), indicator_units=LINKS)
    written = export_unit_templates(tmp_path / "sabloane", "plan_2022", H1, catalog=linked)
    files = {w.path.name: (w.unit_id, w.rows) for w in written}
    assert files == {
        "ciapv.xlsx": (CIAPV, 2),
        "serviciul-juridic-si-contencios.xlsx": ("u-juridic", 2),
        "serviciul-management-de-caz-pentru-copii.xlsx": ("u-smc-copii", 2),
    }
    folder = tmp_path / "sabloane"
    assert sorted(p.name for p in folder.iterdir()) == sorted(files)
    assert _ids(folder / "ciapv.xlsx") == ["t-pct", "t-max"]
    assert _ids(folder / "serviciul-juridic-si-contencios.xlsx") == ["t-bool", "t-text"]
    assert _ids(folder / "serviciul-management-de-caz-pentru-copii.xlsx") == ["t-count", "t-max"]
    assert _notes(folder / "ciapv.xlsx") == ["Plan: plan_2022", "Unitate: CIAPV Răchitoasa"]


def test_the_commands_on_the_curated_plan(cli, initialised, tmp_path):  # noqa: F811
    one = tmp_path / "ciapv.xlsx"
    made = cli(initialised, "export-template", str(one), "--plan", "plan_2022", "--period",
               "2022-06-30", "--unit", CIAPV)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "6 indicatori ai unității CIAPV Răchitoasa" in made.stdout
    assert _ids(one) == CIAPV_2022
    unknown = cli(initialised, "export-template", str(tmp_path / "x.xlsx"), "--plan",
                  "plan_2022", "--period", "2022-06-30", "--unit", "u-nu-exista")  # fmt: skip
    assert unknown.returncode == 2
    assert "Unitatea „u-nu-exista” nu există" in unknown.stderr
    nothing = cli(initialised, "export-template", str(tmp_path / "x.xlsx"), "--plan",
                  "plan_2022", "--period", "2022-06-30", "--unit", "u-ajofm")  # fmt: skip
    assert nothing.returncode == 2
    assert "nu răspunde de niciun indicator al planului plan_2022" in nothing.stderr
    assert not (tmp_path / "x.xlsx").exists()
    every = cli(initialised, "export-templates", str(tmp_path / "toate"), "--plan", "plan_2022",
                "--period", "2022-06-30")  # fmt: skip
    assert every.returncode == 0, every.stderr
    files = sorted((tmp_path / "toate").iterdir())
    # 38 units answer for plan_2022's indicators in indicator_units.csv (role responsible)
    assert len(files) == 38
    assert "38 șabloane scrise" in every.stdout
    assert all(p.name.isascii() and p.suffix == ".xlsx" for p in files)
    assert _ids(tmp_path / "toate" / "ciapv.xlsx") == CIAPV_2022
    bad = cli(initialised, "export-templates", str(tmp_path / "nu"), "--plan", "plan_1999",
              "--period", "1999-06-30")  # fmt: skip
    assert bad.returncode == 2 and not (tmp_path / "nu").exists()
