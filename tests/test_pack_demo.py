"""Demonstration values are always marked: every slide of the deck, every page of the report,
the manifest, and every slide of presentation mode (DESIGN.md, honesty rules)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go
import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

from display.i18n import t
from pack.build import build_files, file_names, make_pack
from pack.model import PackSpec, PackView
from tests.app_pages import APP, drawn
from tests.test_pack import need

MARK_RO = t("pack.demo_mark", "ro")


def _spec(*, demo: bool, lang: str = "ro", charts: int = 2) -> PackSpec:
    """A small pack: two KPI tiles, `charts` charts with a long appendix (several pages)."""
    table = pd.DataFrame({"Componentă": [f"Rând {i}" for i in range(25)], "Valoare": range(25)})
    views = tuple(
        PackView(f"c{i}", f"Graficul {i}", "Sursa: test", go.Figure(go.Bar(x=[1], y=[2])), table,
                 f"Titlul {i}.")
        for i in range(charts)
    )  # fmt: skip
    return PackSpec(
        pack_id="20261122-143000-abcd", created_at=datetime(2026, 11, 22, 14, 30), lang=lang,
        page_title="Obiective", page_path="obiective", filters=(("Componentă", "Toate"),),
        query={}, as_of="Date la 01.01.2026", kpis=(("A", "1"), ("B", "2")), views=views,
        demo=demo,
    )  # fmt: skip


def _slide_texts(pptx: bytes, tmp_path) -> list[str]:
    path = tmp_path / "deck.pptx"
    path.write_bytes(pptx)
    return [
        "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        for slide in Presentation(str(path)).slides
    ]


def _pdf_pages(pdf: bytes, tmp_path) -> list[str]:
    need("pdftotext", subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0)
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    pages = text.stdout.decode("utf-8").split("\f")
    return [" ".join(p.split()) for p in pages if p.strip()]


@pytest.mark.parametrize("lang", ["ro", "en"])
def test_every_slide_and_page_of_a_demo_pack_is_marked(tmp_path, lang):
    spec = _spec(demo=True, lang=lang)
    mark = t("pack.demo_mark", lang)
    files = build_files(spec, images=[None] * len(spec.charts))
    pptx_name, pdf_name = file_names(spec.pack_id)
    slides = _slide_texts(files[pptx_name], tmp_path)
    assert len(slides) >= 6
    assert all(mark in text for text in slides), [s[:60] for s in slides if mark not in s]
    pages = _pdf_pages(files[pdf_name], tmp_path)
    assert len(pages) >= 5
    assert all(" ".join(mark.split()) in page for page in pages)


def test_a_pack_without_demo_values_has_no_mark(tmp_path):
    spec = _spec(demo=False)
    files = build_files(spec, images=[None] * len(spec.charts))
    pptx_name, pdf_name = file_names(spec.pack_id)
    assert not any(MARK_RO in s for s in _slide_texts(files[pptx_name], tmp_path))
    assert not any("DEMONSTRATIVE" in p for p in _pdf_pages(files[pdf_name], tmp_path))


def test_the_manifest_records_demo_values(tmp_path):
    demo = make_pack(_spec(demo=True), images=[None, None], base=tmp_path)
    plain = make_pack(replace(_spec(demo=False), pack_id="20261122-143001-abcd"),
                      images=[None, None], base=tmp_path)  # fmt: skip
    assert demo.demo is True and plain.demo is False
    raw = json.loads((tmp_path / demo.pack_id / "manifest.json").read_text(encoding="utf-8"))
    assert raw["demo"] is True


@pytest.fixture
def demo_store(monkeypatch):
    """The app believes the store holds demonstration values."""
    import readers.reported

    monkeypatch.setattr(readers.reported, "demo_values_exist", lambda: True)


@pytest.mark.parametrize("slide", ["1", "2"])
def test_every_presentation_slide_is_marked(demo_store, slide):
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.query_params["prezentare"] = "1"
    at.query_params["slide"] = slide
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    slide_block = at.main.children[0]
    assert [w.value for w in slide_block.warning] == [MARK_RO]
    assert drawn(at).demo is True


def test_the_page_keeps_its_long_banner(demo_store):
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.run()
    assert any("DEMONSTRATIVE" in w.value for w in at.warning)
    assert drawn(at).demo is True


def test_a_wide_table_continues_instead_of_squeezing():
    from pack.text import column_groups, pick

    header = [f"c{i}" for i in range(19)]  # the deinstitutionalisation ledger is this wide
    groups = column_groups(header)
    assert groups[0] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert all(g[0] == 0 and len(g) <= 8 for g in groups)
    assert sorted({c for g in groups for c in g}) == list(range(19))
    assert pick([header], [0, 9]) == [["c0", "c9"]]
    assert column_groups(header[:5]) == [[0, 1, 2, 3, 4]]
