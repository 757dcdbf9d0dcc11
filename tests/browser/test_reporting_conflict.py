"""Two people edit one value (optimistic locking), in Chromium: the editor loads the grid, types
46; meanwhile someone else saves 50; on Save the editor is told the value is now 50, by whom,
and keeps 46 knowingly."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from store import api
from store.db import make_engine
from tests.browser.conftest import EDITOR, ROOT, _require_chromium, serve_app
from tests.browser.support import problems, settle
from tests.browser.test_reporting_flow import INDICATOR, _edit_value_cell

pytestmark = pytest.mark.browser


def test_a_value_changed_meanwhile_is_shown_and_kept_only_knowingly(browser, tmp_path):
    _require_chromium()
    with serve_app(tmp_path) as url:
        db = f"sqlite:///{tmp_path / 'browser.db'}"
        subprocess.run(
            [sys.executable, "-m", "store", "create-user", "ana", "--role", "editor",
             "--password-stdin"],
            cwd=ROOT, env={**os.environ, "DATABASE_URL": db}, check=True, input="parola-ana-1",
            text=True, capture_output=True,
        )  # fmt: skip
        engine = make_engine(db)
        row = {"indicator_id": INDICATOR, "period_end": date(2022, 12, 31), "value": 45}
        api.save_values([row], "ana", engine=engine)
        page = browser.new_page(viewport={"width": 1440, "height": 1200})
        try:
            page.goto(url + "/raportare", wait_until="domcontentloaded")
            settle(page)
            page.get_by_role("textbox", name="Utilizator").fill(EDITOR[0])
            page.get_by_label("Parolă", exact=True).fill(EDITOR[1])
            page.get_by_role("button", name="Autentificare").click()
            page.get_by_text(f"Conectat ca {EDITOR[0]} (editor)").wait_for(timeout=30_000)
            settle(page)
            page.get_by_label("Caută indicator").fill("din CRRN Răcăciuni și CRRPH Comănești")
            page.keyboard.press("Enter")
            page.get_by_text("1 indicator pentru perioada").wait_for(timeout=30_000)
            settle(page)
            _edit_value_cell(page, "46")
            api.save_values([{**row, "value": 50}], "ana", engine=engine)  # meanwhile
            page.get_by_role("button", name="Salvează").click()
            settle(page)
            warning = page.get_by_text("Între timp, altcineva a modificat 1 valoare")
            warning.wait_for(timeout=30_000)
            body = page.inner_text("body")
            assert f"{INDICATOR}: ați văzut 45, acum este 50 (salvat de ana la " in body
            assert "valoarea dumneavoastră: 46" in body
            assert api.values_frame(engine=engine)["value"].tolist() == [50.0]
            page.get_by_role("button", name="Păstrează valorile mele").click()
            page.get_by_text("Salvat: 0 noi, 1 modificate").wait_for(timeout=30_000)
            frame = api.values_frame(engine=engine)
            assert frame[["value", "entered_by"]].values.tolist() == [[46.0, EDITOR[0]]]
            assert problems(page) == []
        finally:
            page.close()
            engine.dispose()
