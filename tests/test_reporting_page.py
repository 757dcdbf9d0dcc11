"""/raportare in AppTest: login required, roles, the grid saves with an audit entry, the demo
banner shows on every page while demonstration values exist. Each test has its own SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from store import api
from store import plan_versions as plans
from store.db import make_engine
from tests.app_pages import drawn
from tests.templates import seeded
from tests.test_pages_apptest import run_page

PAGE = "app_pages/reporting.py"


@pytest.fixture()
def store_url(tmp_path, monkeypatch, sqlite_templates):
    url = f"sqlite:///{tmp_path / 'rep.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    engine = make_engine(url)
    sqlite_templates.copy("seeded", seeded, url)  # = api.init(engine=engine), done once
    api.create_user("ana", "parola-de-test", "editor", rounds=4, engine=engine)
    api.create_user("vio", "parola-de-test", "viewer", rounds=4, engine=engine)
    api.create_user("adi", "parola-de-test", "admin", rounds=4, engine=engine)
    return url, engine


def login(at, name: str, password: str = "parola-de-test"):
    at.text_input(key="rep_name").input(name)
    at.text_input(key="rep_password").input(password)
    next(b for b in at.button if b.label in ("Autentificare", "Log in")).click()
    at.run()
    return at


def test_login_is_required_and_a_wrong_password_is_refused(store_url):
    at = run_page(PAGE)
    assert not at.exception
    assert not at.tabs  # nothing but the login form
    login(at, "ana", "gresit")
    assert any("greșită" in e.value for e in at.error)
    assert not at.tabs


def test_editor_sees_the_grid_and_the_save_button(store_url):
    at = login(run_page(PAGE), "ana")
    assert not at.exception, [e.value for e in at.exception]
    assert [t.label for t in at.tabs][:2] == ["Introducere valori", "Încărcare Excel"]
    assert any(b.label == "Salvează" for b in at.button)
    assert any("Conectat ca ana (editor)" in c.value for c in at.caption)


def test_viewer_cannot_save(store_url):
    at = login(run_page(PAGE), "vio")
    assert not at.exception
    assert not any(b.label == "Salvează" for b in at.button)
    assert any("nu poate modifica" in c.value for c in at.caption)


def test_saved_values_show_in_history_and_compliance(store_url):
    _url, engine = store_url
    api.save_values(
        [{"indicator_id": "p22-5.1.3-i1", "period_end": date(2022, 6, 30), "value": 40}],
        "ana",
        "form",
        engine=engine,
    )
    at = login(run_page(PAGE), "ana")
    assert not at.exception
    at.selectbox(key="rep_period_plan_2022").select(date(2022, 6, 30)).run()
    assert not at.exception
    assert any("1 din 282 indicatori au valoare pentru 30.06.2022" in m.value for m in at.markdown)
    history = api.history("p22-5.1.3-i1", engine=engine)
    assert history[["user", "new_value"]].values.tolist() == [["ana", 40.0]]


def test_demo_values_are_bannered_on_every_page_and_removable(store_url):
    _url, engine = store_url
    at = login(run_page(PAGE), "adi")
    assert not any("DEMONSTRATIVE" in w.value for w in at.warning)
    next(b for b in at.button if b.label == "Generează valori demonstrative").click()
    at.run()
    assert api.has_demo(engine=engine)
    for script in ("app_pages/overview.py", "app_pages/objectives.py"):
        page = run_page(script)
        assert not page.exception
        assert any("DEMONSTRATIVE" in w.value for w in page.warning), script
    at = login(run_page(PAGE), "adi")
    next(b for b in at.button if b.label == "Șterge valorile demonstrative").click()
    at.run()
    assert not api.has_demo(engine=engine)


def test_objectives_scorecard_with_demo_values(store_url):
    """With the demonstration values of the 2022 plan, /obiective measures: coverage above 0,
    achieved and missed counts (at 31.12.2022 every deadline of the plan has come, so a value
    below target is missed, never "on pace"), the furthest-behind sentences, the demo warnings."""
    _url, engine = store_url
    api.generate_demo("plan_2022", engine=engine)
    at = run_page("app_pages/objectives.py")
    assert not at.exception, [e.value for e in at.exception]
    tiles = {m.label: m.value for m in at.metric}
    assert tiles["Indicatori"] == "282"
    assert tiles["Acoperire (cu date)"] not in ("0 %", "—")
    achieved, missed = int(tiles["Realizați"]), int(tiles["Nerealizați la termen"])
    behind = int(tiles["Sub ritm sau în afara traiectoriei"])
    assert achieved > 0 and missed > 0 and achieved + missed + behind <= 282
    assert any("DEMONSTRATIVE" in w.value for w in at.warning)
    behind = drawn(at).section("obj-behind")  # the five furthest behind, one sentence each
    assert len([behind.headline, *behind.notes]) == 5


def test_deinstitutionalisation_reads_a_later_registry_year(store_url):
    """A 2023 registry in which CRRN Răcăciuni (s44) has 150 places and 110 residents moves the
    page to 2023: residents above target 62-50 + 110-50 + 0 + 83-50 + 62-50 = 117."""
    _url, engine = store_url
    plan = plans.plan_tables("plan_2022", engine=engine)
    services = plan.table("services").copy()
    services.loc[services["service_id"] == "s44", ["capacity", "beneficiaries"]] = [150, 110]
    later = plans.with_meta(plan, plan_id="plan_2023", year_start=2023, year_end=2023,
                            title="Planul anual 2023")  # fmt: skip
    later.tables["services"] = services
    plans.save_plan(later, user="ana", engine=engine)
    at = run_page("app_pages/deinstitutionalisation.py")
    assert not at.exception, [e.value for e in at.exception]
    text = " ".join(m.value for m in at.markdown)
    assert "117 rezidenți sunt peste capacitatea țintă (situația 2023)" in text
    at = run_page("app_pages/deinstitutionalisation.py", {"an": "2022"})
    text = " ".join(m.value for m in at.markdown)
    assert "(situația 2022)" in text and "117 rezidenți" not in text


def test_map_shows_uat_values_with_small_numbers_suppressed(store_url):
    """Values of p22-4.4.3-i2 (children reintegrated) for three UATs: 3 and 7 are hidden, 40
    shown, in the table that the downloads use; the UAT profile shows "<5" too."""
    _url, engine = store_url
    rows = [
        {"indicator_id": "p22-4.4.3-i2", "period_end": date(2022, 12, 31), "uat_siruta": s,
         "value": v}
        for s, v in [(20297, 40), (20876, 3), (24427, 7)]
    ]  # fmt: skip
    api.save_values(rows, "ana", "form", engine=engine)
    at = run_page("app_pages/county_map.py", {"uat": "20876"})
    assert not at.exception, [e.value for e in at.exception]
    table = next(d.value for d in at.dataframe if {"UAT", "Indicator"} <= set(d.value.columns))
    assert dict(zip(table["UAT"], table["Valoare"], strict=True)) == {
        "Bacău": "40", "Moinești": "<5", "Plopana": "<5"
    }  # fmt: skip
    assert any("2 celule ascunse" in c.value for c in at.caption)
    # every grid of reported values (the map's and the profile's); other grids print counts
    # such as 3 service units as text
    reported = [d.value for d in at.dataframe if "Indicator" in d.value.columns]
    shown = " ".join(str(frame[[c for c in frame.columns if "Valoare" in str(c)]].to_dict())
                     for frame in reported)  # fmt: skip
    assert len(reported) >= 2 and "<5" in shown
    assert "'3'" not in shown and "'7'" not in shown and "3.0" not in shown


def test_every_page_ends_with_the_as_of_and_last_report_stamp(store_url):
    _url, engine = store_url
    api.save_values(
        [{"indicator_id": "p22-5.1.3-i1", "period_end": date(2022, 6, 30), "value": 40}],
        "ana",
        "form",
        engine=engine,
    )
    for script in ("app_pages/overview.py", "app_pages/data_sources.py"):
        at = run_page(script)
        assert not at.exception
        stamps = [c.value for c in at.main.caption if c.value.startswith("Date la ")]
        assert stamps and "Ultima valoare raportată: " in stamps[-1], script


def test_a_value_saved_elsewhere_shows_on_the_next_run(store_url):
    """Pages cache their store reads on the store's data version (readers.reported): a value saved
    by another session or the CLI (here: the API) is on the very next run, with no waiting."""
    _url, engine = store_url
    at = run_page("app_pages/deinstitutionalisation.py")
    assert any(c.value.startswith("Nicio valoare raportată încă") for c in at.caption)
    api.save_values(
        [{"indicator_id": "p22-5.1.3-i1", "period_end": date(2022, 6, 30), "value": 47}],
        "ana",
        "form",
        engine=engine,
    )
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not any(c.value.startswith("Nicio valoare raportată încă") for c in at.caption)
    table = next(d.value for d in at.dataframe if "Raportat" in d.value.columns)
    row = table[table["Indicator"].str.startswith("90 beneficiari din CRRN Răcăciuni")]
    assert row["Raportat"].tolist() == ["47"]  # as the table shows it


def _apply(at):
    next(b for b in at.button if b.label == "Aplică modificarea").click()
    at.run()
    return at


def test_changing_only_a_password_keeps_that_users_role_and_state(store_url):
    """Picking maria.viewer shows HER role and state; a new password alone changes nothing else
    (before: the form kept the first user's role, and maria.viewer became an administrator)."""
    _url, engine = store_url
    api.create_user("maria.viewer", "parola-veche", "viewer", rounds=4, engine=engine)
    at = login(run_page(PAGE), "adi")
    at.selectbox(key="rep_edit_name").select("maria.viewer").run()
    assert not at.exception, [e.value for e in at.exception]
    role = next(s for s in at.selectbox if s.label == "Rol" and s.key != "rep_new_role")
    disabled = next(c for c in at.checkbox if c.label.startswith("Dezactivat"))
    assert (role.value, disabled.value) == ("viewer", False)
    password = next(t for t in at.text_input if t.label.startswith("Parolă nouă"))
    password.input("parola-noua-maria")
    _apply(at)
    assert not at.exception, [e.value for e in at.exception]
    users = api.users_frame(engine=engine).set_index("username")
    assert users.at["maria.viewer", "role"] == "viewer"
    assert not users.at["maria.viewer", "disabled"]
    assert api.authenticate("maria.viewer", "parola-noua-maria", engine=engine) is not None
    assert any("Utilizator modificat: maria.viewer." in s.value for s in at.success)
    audit = api.audit_frame(table_name="app_user", key_prefix="maria.viewer", engine=engine)
    assert audit["new"].iloc[0] == '{"password": "reset"}'


def test_a_new_user_is_listed_at_once_and_a_disabled_editor_is_logged_out(store_url):
    _url, engine = store_url
    at = login(run_page(PAGE), "adi")
    at.text_input(key="rep_new_name").input("ioana")
    at.text_input(key="rep_new_password").input("parola-ioana-1")
    next(b for b in at.button if b.label == "Creează utilizatorul").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Utilizator creat: ioana." in s.value for s in at.success)
    assert "ioana" in at.selectbox(key="rep_edit_name").options
    shown = [df.value for df in at.dataframe]
    assert any("ioana" in frame.iloc[:, 0].tolist() for frame in shown)
    # ana is logged in elsewhere; the admin disables her; her next run ends her session
    editor = login(run_page(PAGE), "ana")
    api.update_user("ana", by="adi", disabled=True, engine=engine)
    editor.run()
    assert any("sesiunea s-a încheiat" in w.value for w in editor.warning)
    assert not editor.tabs


def test_locked_names_are_listed_and_unlocked(store_url):
    _url, engine = store_url
    for _ in range(5):
        api.login("vio", "gresit", engine=engine)
    at = login(run_page(PAGE), "adi")
    assert any("„vio”: blocat până la" in m.value and "min)" in m.value for m in at.markdown)
    next(b for b in at.button if b.label == "Deblochează").click()
    at.run()
    assert any("Deblocat: vio." in s.value for s in at.success)
    assert api.locked_names(engine=engine) == []
    assert api.login("vio", "parola-de-test", engine=engine).user is not None
