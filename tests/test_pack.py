"""The council pack: built from the Overview's own views, read back, and compared with the screen.

python-pptx opens the deck; `pdftotext` (poppler-utils) reads the report; the numbers in both
must be the ones the Overview shows. Charts are rendered by kaleido in Debian's Chromium.
"""

from __future__ import annotations

import ast
import hashlib
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

from display.as_of import data_as_of
from display.filters import Filters
from display.i18n import translator
from pack.archive import (
    PackNotFoundError,
    list_packs,
    load_manifest,
    read_pack_file,
)
from pack.build import build_files, file_names, make_pack
from pack.model import pack_spec
from pack.render import chromium_path
from tests.app_pages import APP, drawn

PNG = b"\x89PNG\r\n\x1a\n"


def need(tool: str, found: bool) -> None:
    """Skip locally without a system tool; in CI a missing tool is a failure."""
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI")
        pytest.skip(f"{tool} not installed")


def pdf_text(path: Path) -> str:
    """The PDF's text with whitespace collapsed (lines wrap anywhere)."""
    need("pdftotext", shutil.which("pdftotext") is not None)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def deck_texts(path: Path) -> list[str]:
    """Every text of the deck: text boxes and table cells, slide by slide."""
    texts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                for row in shape.table.rows:
                    texts.append(" | ".join(cell.text for cell in row.cells))
    return texts


@pytest.fixture(scope="module")
def overview() -> AppTest:
    """The Overview as a user sees it (all components, Romanian)."""
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture(scope="module")
def screen(overview):
    """What the Overview shows: KPI tiles (label → value) and the charts' headline sentences."""
    tiles = {m.label: m.value for m in overview.metric}
    headlines = [
        m.value.strip("*")
        for m in overview.markdown
        if m.value.startswith("**") and m.value.endswith(".**")
    ]
    return tiles, headlines


@pytest.fixture(scope="module")
def built(overview, tmp_path_factory):
    """A pack made from the views the Overview collected, archived in a temporary folder."""
    need("chromium", os.access(chromium_path(), os.X_OK))
    base = tmp_path_factory.mktemp("packs")
    spec = pack_spec(
        drawn(overview), Filters(), translator("ro"), page_path="",
        as_of=data_as_of("ro"),
    )  # fmt: skip
    manifest = make_pack(spec, base=base)
    pptx_name, pdf_name = file_names(spec.pack_id)
    folder = base / spec.pack_id
    return spec, manifest, base, folder / pptx_name, folder / pdf_name


def test_the_screen_shows_the_hand_checked_numbers(screen):
    tiles, headlines = screen
    assert tiles["Buget județean (mii lei)"] == "99.815,10"
    assert tiles["Unități de serviciu"] == "60"
    assert len(headlines) == 3


def test_the_deck_opens_and_carries_the_screen_numbers(built, screen):
    spec, _, _, pptx_path, _ = built
    tiles, headlines = screen
    texts = deck_texts(pptx_path)
    for label, value in tiles.items():
        assert f"{label} | {value}" in texts, (label, value)
    joined = "\n".join(texts)
    for headline in headlines:
        assert headline in joined
    assert "Pachet pentru consiliu" in texts[0]
    assert f"Pachet {spec.pack_id}" in joined
    assert "Filtre: Componentă: Toate componentele" in joined
    assert spec.as_of.startswith("Date la ") and spec.as_of in joined
    assert "Sursa: Planul anual de acțiune DGASPC Bacău 2022" in joined


def test_the_deck_has_a_rendered_image_per_chart(built):
    _, _, _, pptx_path, _ = built
    deck = Presentation(str(pptx_path))
    images = [s.image.blob for slide in deck.slides for s in slide.shapes if s.shape_type == 13]
    assert len(images) == 3
    assert all(blob.startswith(PNG) and len(blob) > 20_000 for blob in images)
    titles = [slide.shapes[0].text_frame.text for slide in deck.slides]
    assert titles[1] == "Cifre cheie"
    assert titles[-1] == "Surse"
    assert sum(t.startswith("Anexă — datele graficului") for t in titles) >= 3


def test_the_pdf_text_has_the_screen_numbers(built, screen, overview):
    spec, _, _, _, pdf_path = built
    tiles, headlines = screen
    text = pdf_text(pdf_path)
    for label, value in tiles.items():
        assert f"{label} {value}" in text, (label, value)
    for headline in headlines:
        assert headline in text
    assert f"Pachet {spec.pack_id}" in text and spec.as_of in text
    # The appendix carries the budget table the screen shows, in the same number format.
    budget_table = next(d.value for d in overview.dataframe if "Buget (mii lei)" in d.value.columns)
    for component, budget in budget_table.itertuples(index=False):
        assert f"{component} {budget}" in text  # the grid's text, as the appendix prints it


def test_the_archive_gives_back_identical_bytes(built):
    spec, manifest, base, pptx_path, pdf_path = built
    listed = list_packs(base=base)
    assert [m.pack_id for m in listed] == [spec.pack_id]
    assert load_manifest(spec.pack_id, base=base) == manifest
    assert manifest.filters == {"Componentă": "Toate componentele"}
    assert manifest.views == [v.title for v in spec.charts]
    for path in (pptx_path, pdf_path):
        again = read_pack_file(spec.pack_id, path.name, base=base)
        assert again == path.read_bytes()
        entry = next(f for f in manifest.files if f.name == path.name)
        assert hashlib.sha256(again).hexdigest() == entry.sha256
        assert entry.size_bytes == len(again)


def test_a_changed_archived_file_is_refused(tmp_path):
    spec = _english_spec()
    manifest = make_pack(spec, images=[None] * len(spec.charts), base=tmp_path)
    name = manifest.files[1].name
    (tmp_path / spec.pack_id / name).write_bytes(b"%PDF-1.4 edited")
    with pytest.raises(PackNotFoundError, match="no longer matches"):
        read_pack_file(spec.pack_id, name, base=tmp_path)


@pytest.mark.parametrize("pack_id", ["../../etc", "20261122-143005-zzzz", ""])
def test_only_pack_ids_open_the_archive(tmp_path, pack_id):
    with pytest.raises(PackNotFoundError):
        read_pack_file(pack_id, "manifest.json", base=tmp_path)


def _english_spec():
    """An English pack spec from the Overview's views, built without Streamlit running it."""
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.query_params["lang"] = "en"
    at.run()
    return pack_spec(
        drawn(at), Filters(lang="en"), translator("en"), page_path="",
        as_of=data_as_of("en"), now=datetime(2026, 11, 22, 14, 30),
    )  # fmt: skip


def test_an_english_pack_formats_numbers_in_english(tmp_path):
    spec = _english_spec()
    files = build_files(spec, images=[None] * len(spec.charts))
    pptx_name, pdf_name = file_names(spec.pack_id)
    assert spec.pack_id.startswith("20261122-143000-")
    (tmp_path / pdf_name).write_bytes(files[pdf_name])
    text = pdf_text(tmp_path / pdf_name)
    assert "Council pack" in text and "Key figures" in text
    assert "County budget (thousand lei) 99,815.10" in text
    assert "Data as of " in text and "Filters: Component: All components" in text
    (tmp_path / pptx_name).write_bytes(files[pptx_name])
    assert "Appendix — chart data: Services over capacity" in "\n".join(
        deck_texts(tmp_path / pptx_name)
    )


def test_one_click_in_the_sidebar_builds_and_offers_the_pack(tmp_path, monkeypatch):
    need("chromium", os.access(chromium_path(), os.X_OK))
    monkeypatch.setenv("DASHBOARD_PACKS_DIR", str(tmp_path))
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.multiselect[0].set_value(["budget-by-component"])
    at.sidebar.button(key="pack-make").click().run()
    assert not at.exception, [e.value for e in at.exception]
    (manifest,) = list_packs(base=tmp_path)
    assert manifest.views == ["Bugetul județean pe componente (mii lei)"]
    assert any(manifest.pack_id in s.value for s in at.sidebar.success)
    labels = [b.label for b in at.sidebar.get("download_button")]
    assert labels.count("Descarcă PPTX") == 2 and labels.count("Descarcă PDF") == 2  # new + archive


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parents[1] / "pack").glob("*.py")), ids=lambda p: p.name
)
def test_pack_does_not_import_streamlit(path):
    """The builders run in the CLI and in tests without an app: no Streamlit below pack/."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ] + [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [name for name in imported if name.split(".")[0] == "streamlit"]
