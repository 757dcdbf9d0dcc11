"""The administrator's first hour on /raportare, in Chromium at 1366×768: log in; create two
users (listed at once); change ONLY a viewer's password (role and state read back unchanged on
screen); disable a user; see a name locked after 5 bad logins, with the time left, and unlock it;
read the audit tab filtered by kind. Assertions are what the person reads."""

from __future__ import annotations

import re

import pytest

from tests.browser.support import problems, settle
from tests.journeys.conftest import ADMIN

pytestmark = pytest.mark.browser

VIEWER = ("maria.viewer", "parola-maria-veche")
CLERK = ("ion.editor", "parola-ion-editor")


def _login(page, url: str, name: str, password: str) -> None:
    page.goto(url + "/raportare", wait_until="domcontentloaded")
    settle(page)
    _type_login(page, name, password)


def _type_login(page, name: str, password: str) -> None:
    form = page.get_by_test_id("stForm").filter(
        has=page.get_by_role("button", name="Autentificare")
    )
    form.get_by_label("Utilizator").fill(name)
    form.get_by_label("Parolă", exact=True).fill(password)
    form.get_by_role("button", name="Autentificare").click()
    settle(page)


def _admin_tab(page) -> None:
    page.get_by_role("tab", name="Administrare").click()
    settle(page)


def _forms(page):
    new = page.get_by_test_id("stForm").filter(has_text="Utilizator nou")
    change = page.get_by_test_id("stForm").filter(has_text="Aplică modificarea")
    return new, change


def _pick(page, key: str, option: str) -> None:
    """Choose `option` in the selectbox of widget key `key` (its label may repeat elsewhere)."""
    box = page.locator(f'[class*="st-key-{key}"]').get_by_role("combobox")
    box.click()
    box.press("ArrowDown")  # opens the list
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def _shown(page, key: str) -> str:
    """The option a selectbox shows now."""
    return page.locator(f'[class*="st-key-{key}"]').get_by_role("combobox").input_value()


def _create(page, name: str, password: str, role: str) -> None:
    new, _ = _forms(page)
    new.get_by_role("textbox", name="Utilizator").fill(name)
    _pick(page, "rep_new_role", role)
    new.get_by_label("Parolă", exact=True).fill(password)
    new.get_by_role("button", name="Creează utilizatorul").click()
    settle(page)
    page.get_by_text(f"Utilizator creat: {name}.").wait_for(timeout=30_000)


def _options(page, key: str) -> list[str]:
    """The options a selectbox offers (the list opened, read, closed)."""
    box = page.locator(f'[class*="st-key-{key}"]').get_by_role("combobox")
    box.click()
    box.press("ArrowDown")
    options = page.get_by_role("option")
    options.first.wait_for(timeout=10_000)
    texts = [options.nth(i).inner_text() for i in range(options.count())]
    box.press("Escape")
    return texts


def _pick_person(page, name: str) -> None:
    _pick(page, "rep_edit_name", name)


def test_administrator_first_hour(journey_url, page, browser):
    _login(page, journey_url, *ADMIN)
    page.get_by_text(f"Conectat ca {ADMIN[0]} (administrator)").wait_for(timeout=30_000)
    _admin_tab(page)

    # two new users, each in the list at once
    _create(page, VIEWER[0], VIEWER[1], "vizualizare")
    _admin_tab(page)
    assert VIEWER[0] in _options(page, "rep_edit_name")  # listed at once
    _create(page, CLERK[0], CLERK[1], "editor")
    _admin_tab(page)
    assert CLERK[0] in _options(page, "rep_edit_name")
    _pick_person(page, VIEWER[0])
    _, change = _forms(page)
    assert _shown(page, "rep_edit_role_") == "vizualizare"  # HER role, not the first user's

    # only a new password for maria.viewer: she stays a viewer, enabled
    assert not change.get_by_role("checkbox").is_checked()
    change.get_by_label("Parolă nouă").fill("parola-maria-noua")
    change.get_by_role("button", name="Aplică modificarea").click()
    settle(page)
    page.get_by_text(f"Utilizator modificat: {VIEWER[0]}.").wait_for(timeout=30_000)
    _admin_tab(page)
    _pick_person(page, VIEWER[0])
    _, change = _forms(page)
    assert _shown(page, "rep_edit_role_") == "vizualizare"
    assert not change.get_by_role("checkbox").is_checked()

    # disable ion.editor
    _pick_person(page, CLERK[0])
    _, change = _forms(page)
    assert _shown(page, "rep_edit_role_") == "editor"
    change.get_by_text("Dezactivat (nu se mai poate autentifica)").click()
    change.get_by_role("button", name="Aplică modificarea").click()
    settle(page)
    page.get_by_text(f"Utilizator modificat: {CLERK[0]}.").wait_for(timeout=30_000)

    # maria.viewer logs in with the new password (a viewer); ion.editor cannot log in
    other = browser.new_context(viewport={"width": 1366, "height": 768}, locale="ro-RO")
    try:
        visitor = other.new_page()
        _login(visitor, journey_url, VIEWER[0], "parola-maria-noua")
        visitor.get_by_text(f"Conectat ca {VIEWER[0]} (vizualizare)").wait_for(timeout=30_000)
        visitor.get_by_role("button", name="Ieșire").click()
        settle(visitor)
        _type_login(visitor, CLERK[0], CLERK[1])
        assert visitor.get_by_text("Utilizator sau parolă greșită.").is_visible()
        # five wrong passwords for monitor lock that name
        for _ in range(4):
            _type_login(visitor, "monitor", "gresit")
        _type_login(visitor, "monitor", "gresit")
        visitor.get_by_text("Prea multe încercări greșite").wait_for(timeout=30_000)
        assert problems(visitor) == []
    finally:
        other.close()

    # the administrator sees the lock with the time left, and unlocks it
    _admin_tab(page)
    _pick_person(page, VIEWER[0])  # any action reruns the page: the lock is listed
    panel = page.get_by_role("tabpanel", name="Administrare")
    line = panel.get_by_text(re.compile(r"„monitor”: blocat până la .* \(încă 1[45] min\)"))
    line.wait_for(timeout=30_000)
    panel.get_by_role("button", name="Deblochează").click()
    settle(page)
    page.get_by_text("Deblocat: monitor.").wait_for(timeout=30_000)
    _admin_tab(page)
    assert page.get_by_text("Niciun nume blocat acum.").is_visible()
    assert _options(page, "rep_edit_name") == [ADMIN[0], CLERK[0], VIEWER[0], "monitor"]

    # the audit, filtered by kind: the user changes, field by field
    page.get_by_role("tab", name="Istoric și audit").click()
    settle(page)
    history = page.get_by_role("tabpanel", name="Istoric și audit")
    _pick(page, "rep_audit_kind", "utilizator")
    text = history.inner_text()
    assert f"{ADMIN[0]} · {CLERK[0]}: dezactivat: nu → dezactivat: da" in text, text
    assert f"{ADMIN[0]} · {VIEWER[0]}: – → parola: resetată" in text, text
    assert "rol: vizualizare → rol: administrator" not in text
    _pick(page, "rep_audit_kind", "autentificare")
    text = history.inner_text()
    assert "autentificare: deblocat de administrator" in text
    assert "autentificare: eșuată" in text
    assert problems(page) == []
