"""/raportare for the units (issue #24) in AppTest: a reporter sees only its unit's indicators
and submits; the office reads „Cine a raportat” by unit, approves or sends back with a comment;
an administrator closes and reopens a period, and a closed period refuses the grid. Each test
has its own SQLite file.

By hand: CIAPV Răchitoasa (u-ciapv-rachitoasa) answers for 6 indicators of the 2022 plan
(indicator_units.csv: p22-7.1.1-i1, p22-7.1.1-i2, p22-7.1.3-i1, p22-7.1.4-i1, p22-7.2.2-i1,
p22-7.2.2-i2, role responsible)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from display.fmt import DASH
from store import api, excel
from store.db import make_engine
from tests.test_pages_apptest import run_page
from tests.test_reporting_page import login
from ui.unit_review import check_files, templates_zip

PAGE = "app_pages/reporting.py"
UNIT = "u-ciapv-rachitoasa"
PERIOD = date(2022, 6, 30)
MINE = ["p22-7.1.1-i1", "p22-7.1.1-i2", "p22-7.1.3-i1", "p22-7.1.4-i1", "p22-7.2.2-i1",
        "p22-7.2.2-i2"]  # fmt: skip


@pytest.fixture()
def store_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'units.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    engine = make_engine(url)
    api.init(engine=engine)
    api.create_user("ana", "parola-de-test", "editor", rounds=4, engine=engine)
    api.create_user("adi", "parola-de-test", "admin", rounds=4, engine=engine)
    api.create_user("rad", "parola-de-test", "reporter", units=[UNIT], rounds=4, engine=engine)
    return url, engine


def _at_period(at):
    at.selectbox(key="rep_period_plan_2022").select(PERIOD).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _button(at, label):
    next(b for b in at.button if b.label == label).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _save(engine, ids, user="ana"):
    rows = [{"indicator_id": i, "period_end": PERIOD, "value": 3} for i in ids]
    api.save_values(rows, user, "form", engine=engine)


def test_a_reporter_sees_only_its_units_indicators(store_url):
    _url, engine = store_url
    _save(engine, MINE[:2])
    at = _at_period(login(run_page(PAGE), "rad"))
    assert [t.label for t in at.tabs] == [
        "Unitatea mea", "Introducere valori", "Încărcare Excel", "Istoric și audit"
    ]  # fmt: skip
    text = " ".join(m.value for m in at.markdown)
    assert ("CIAPV Răchitoasa: 2 din 6 indicatori raportați pentru 30.06.2022; 4 în întârziere"
            in text)  # fmt: skip
    assert "Raportarea pentru 30.06.2022: **netrimisă**" in text
    # attainment at a glance: its six indicators by scorecard status, nothing else counted
    glance = next(m.value for m in at.markdown if m.value.startswith("Față de ținte, la 30.06"))
    counts = re.findall(r"(\d+) ([^,.]+)", glance.split(": ", 1)[1])
    assert sum(int(n) for n, _ in counts) == 6, glance
    due = at.dataframe[0].value
    assert sorted(due["Cod indicator"]) == MINE
    # the grid too: six rows, the same ids
    assert any(c.value.startswith("6 indicatori pentru perioada") for c in at.caption)
    # the history's picker lists only its indicators
    assert sorted(o.split(" — ")[0] for o in at.selectbox(key="rep_history_pick").options) == MINE


def test_a_reporter_submits_and_is_then_frozen(store_url):
    _url, engine = store_url
    at = _at_period(login(run_page(PAGE), "rad"))
    _button(at, "Trimite raportarea")
    assert api.submission_state("plan_2022", PERIOD, UNIT, engine=engine) == ("submitted", "")
    assert any("a fost trimisă" in s.value for s in at.success)
    assert any("**trimisă**" in m.value for m in at.markdown)
    assert next(b for b in at.button if b.label == "Trimite raportarea").disabled
    with pytest.raises(api.SubmittedError, match="CIAPV Răchitoasa"):
        _save(engine, MINE[:1], user="rad")


def test_the_office_reads_who_reported_and_approves(store_url):
    _url, engine = store_url
    _save(engine, MINE[:2])
    api.submit_unit("plan_2022", PERIOD, UNIT, user="rad", engine=engine)
    at = _at_period(login(run_page(PAGE), "ana"))
    text = " ".join(m.value for m in at.markdown)
    who = next(d.value for d in at.dataframe if "Zile de întârziere" in d.value.columns)
    row = who[who["Unitate"] == "CIAPV Răchitoasa"].iloc[0]
    assert (row["Indicatori de raportat"], row["Raportați"], row["Lipsă"]) == ("6", "2", "4")
    assert (row["Stare"], row["Revizuire"]) == ("trimisă", "trimisă")
    # due 30.07.2022, submitted today (UTC): days late counted until the submission
    late = (date.today() - date(2022, 7, 30)).days
    assert row["Zile de întârziere"] == f"{late:,}".replace(",", ".")
    n_units = len(who)
    assert f"{n_units} unități răspund de indicatori pentru 30.06.2022: 1 trimise" in text
    assert n_units > 1 and (who["Stare"] == "nimic").sum() == n_units - 1
    _button(at, "Aprobă")
    assert api.submission_state("plan_2022", PERIOD, UNIT, engine=engine) == ("approved", "")
    assert any("a fost aprobată" in s.value for s in at.success)
    # the state read beside the picked unit says what the office just did
    assert any(c.value == "Starea raportării: aprobată." for c in at.caption)
    # approved values are marked: in the grid's „Aprobat” column and under the history
    grid = next(d.value for d in at.dataframe if "indicator_id" in d.value.columns)
    marked = grid.loc[grid["approved"] == "aprobat", "indicator_id"]
    assert sorted(marked) == MINE  # every indicator CIAPV answers for (whoever else does)
    at.selectbox(key="rep_history_pick").select("p22-7.1.1-i1").run()
    assert any("Aprobat de birou pentru: 30.06.2022." in c.value for c in at.caption)


def test_the_office_sends_back_with_a_required_comment(store_url):
    _url, engine = store_url
    api.submit_unit("plan_2022", PERIOD, UNIT, user="rad", engine=engine)
    at = _at_period(login(run_page(PAGE), "ana"))
    _button(at, "Retrimite spre corectare")
    assert any("comentariu" in e.value.lower() for e in at.error)
    assert api.submission_state("plan_2022", PERIOD, UNIT, engine=engine)[0] == "submitted"
    at.text_area(key="unit_return_comment").input("Lipsesc valorile pentru 7.1.3.").run()
    _button(at, "Retrimite spre corectare")
    state = api.submission_state("plan_2022", PERIOD, UNIT, engine=engine)
    assert state == ("returned", "Lipsesc valorile pentru 7.1.3.")
    reporter = _at_period(login(run_page(PAGE), "rad"))
    assert any("Lipsesc valorile pentru 7.1.3." in w.value for w in reporter.warning)
    assert any("**returnată cu comentariu**" in m.value for m in reporter.markdown)


def test_the_admin_closes_and_reopens_a_period(store_url):
    _url, engine = store_url
    at = _at_period(login(run_page(PAGE), "adi"))
    _button(at, "Închide perioada 30.06.2022")
    assert api.is_closed("plan_2022", PERIOD, engine=engine)
    assert any("Perioada 30.06.2022 este închisă (de adi)" in w.value for w in at.warning)
    with pytest.raises(api.ClosedPeriodError, match="30.06.2022"):
        _save(engine, MINE[:1])
    reporter = _at_period(login(run_page(PAGE), "rad"))
    assert any("este închisă" in w.value for w in reporter.warning)
    assert next(b for b in reporter.button if b.label == "Trimite raportarea").disabled
    _button(at, "Redeschide perioada 30.06.2022")  # no reason: refused
    assert any("motiv" in e.value.lower() for e in at.error)
    assert api.is_closed("plan_2022", PERIOD, engine=engine)
    at.text_input(key="unit_reopen_reason").input("corectură cerută de director").run()
    _button(at, "Redeschide perioada 30.06.2022")
    assert not api.is_closed("plan_2022", PERIOD, engine=engine)


def test_the_admin_creates_a_reporter_with_its_unit(store_url):
    _url, engine = store_url
    at = login(run_page(PAGE), "adi")
    at.text_input(key="rep_new_name").input("vasile")
    at.selectbox(key="rep_new_role").select("reporter")
    at.text_input(key="rep_new_password").input("parola-de-test")
    at.multiselect(key="rep_new_units").select(UNIT)
    assert api.current_user("vasile", engine=engine) is None
    _button(at, "Creează utilizatorul")
    assert api.user_units("vasile", engine=engine) == [UNIT]
    users = next(d.value for d in at.dataframe if "Unități" in d.value.columns)
    units = dict(zip(users["Utilizator"], users["Unități"], strict=True))
    assert units["vasile"] == "CIAPV Răchitoasa" and units["ana"] == DASH


def _filled(unit_id: str, value_of) -> bytes:
    """The unit's template for PERIOD with every value column filled by `value_of(row)`."""
    data = excel.template_bytes("plan_2022", PERIOD, unit_id=unit_id, unit_name=unit_id)
    workbook = load_workbook(io.BytesIO(data))
    for row in workbook["raportare"].iter_rows(min_row=2):
        if row[0].value:
            row[6].value = value_of(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_several_files_are_checked_each_and_the_bad_one_is_kept_out(store_url):
    """Three returned files: CIAPV Răchitoasa's (6 values: each target, 1 where there is none),
    CSS Alexandra's (its one indicator) and a wrong copy of CIAPV's (40 everywhere: row 5,
    p22-7.1.4-i1, is done / not done, so 40 is its one problem). Nothing is written by the
    check."""
    _url, engine = store_url
    files = [
        ("ciapv.xlsx", _filled(UNIT, lambda r: r[2].value or 1)),
        ("css-alexandra.xlsx", _filled("u-css-alexandra", lambda r: r[2].value or 1)),
        ("ciapv-gresit.xlsx", _filled(UNIT, lambda r: 40)),
    ]
    checked = check_files(files, user="ana", plan_id="plan_2022", period_end=PERIOD)
    assert [c.name for c in checked] == ["ciapv.xlsx", "css-alexandra.xlsx", "ciapv-gresit.xlsx"]
    assert [c.problems for c in checked[:2]] == [[], []]
    assert [c.preview["status"].tolist() for c in checked[:2]] == [["new"] * 6, ["new"]]
    assert checked[2].problems == [
        "ciapv-gresit.xlsx, rândul 5, coloana G (value): 40 nu este 1 (realizat) sau 0 (nerealizat)"
    ]
    assert api.values_frame(engine=engine).empty


def test_every_units_template_in_one_zip(store_url):
    """The office's archive: one file per unit answering for the plan's indicators, CIAPV
    Răchitoasa's named ciapv.xlsx (its abbreviation) with its six indicators."""
    archive = zipfile.ZipFile(io.BytesIO(templates_zip("plan_2022", PERIOD)))
    names = archive.namelist()
    assert "ciapv.xlsx" in names and len(names) == len(set(names)) > 1
    sheet = load_workbook(io.BytesIO(archive.read("ciapv.xlsx")))["raportare"]
    assert sorted(r[0].value for r in sheet.iter_rows(min_row=2) if r[0].value) == MINE
