"""Rules of the architecture that a test can keep: pure metrics, provenance for every data file."""

import ast
import re
import tomllib
from pathlib import Path

import pytest

from domain import components as domain_components
from loaders.plan_files import load_plans

ROOT = Path(__file__).resolve().parents[1]


def _contracts() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]


def test_every_package_stands_on_a_floor():
    """`lint-imports` (make lint) checks the floors; a package it does not know escapes them,
    so every package of the repository is named in the layers contract."""
    config = _contracts()
    packages = {p.parent.name for p in ROOT.glob("*/*.py")} - {"tests"}  # app_pages: scripts
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    on_floors = {name.strip() for layer in layers for name in layer.split("#")[0].split("|")}
    assert packages == set(config["root_packages"]) == on_floors


def test_only_ui_and_pages_may_draw_with_streamlit():
    config = _contracts()
    forbidden = next(c for c in config["contracts"] if c["type"] == "forbidden")
    allowed = {"ui", "app_pages", "bench", "caching"}  # bench: its national map app
    assert set(forbidden["source_modules"]) == set(config["root_packages"]) - allowed
    assert forbidden["forbidden_modules"] == ["streamlit"]


REQUIRED_META = {"title", "description", "source", "produced_by", "date", "licence", "columns"}


@pytest.mark.parametrize(
    "path", sorted((ROOT / "data" / "curated").glob("*.csv")), ids=lambda p: p.name
)
def test_every_curated_file_has_provenance(path):
    meta_path = path.with_suffix(".meta.toml")
    assert meta_path.exists(), f"{path.name} has no {meta_path.name}"
    meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    assert set(meta) >= REQUIRED_META, f"{meta_path.name} lacks {REQUIRED_META - set(meta)}"
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert set(header) <= set(meta["columns"]), f"{meta_path.name}: undocumented columns"


def test_geo_and_sources_have_provenance():
    for folder in ("geo", "sources", "nomenclator"):
        assert (ROOT / "data" / folder / "README.md").exists(), folder


def test_sources_are_unchanged_copies():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("no ../shared/seeds beside this clone to compare with")
    for src in shared.glob("*.txt"):
        assert (ROOT / "data" / "sources" / src.name).read_bytes() == src.read_bytes(), src.name


# Declared once (domain/): plan ids and component values live in data and in the domain
# registry. Curation scripts (they write the curated plans), bench fixtures and tests may name
# them; no other module may.
DECLARED_ELSEWHERE = ("domain", "curation", "bench", "tests")
PLAN_IDS = tuple(load_plans()["plan_id"])  # the curated plans


def _code_files() -> list[Path]:
    folders = [d for d in ROOT.iterdir() if d.is_dir() and d.name[0] not in "._"]
    files = sorted(ROOT.glob("*.py")) + [p for d in folders for p in sorted(d.rglob("*.py"))]
    return [
        p
        for p in files
        if not any(p.relative_to(ROOT).as_posix().startswith(d) for d in DECLARED_ELSEWHERE)
        and p.relative_to(ROOT).parts[0] != "var"
    ]


def _string_constants(path: Path) -> list[tuple[int, str]]:
    """Every string constant but docstrings (an example in documentation is not a list)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_plan_id_is_written_in_code():
    found = [
        f"{p.relative_to(ROOT)}:{line}: {value!r}"
        for p in _code_files()
        for line, value in _string_constants(p)
        if any(plan in value for plan in PLAN_IDS)
    ]
    assert found == [], "plans are data (data/curated/plans.csv, the store):\n" + "\n".join(found)


def test_no_component_value_is_written_in_code():
    found = [
        f"{p.relative_to(ROOT)}:{line}: {value!r}"
        for p in _code_files()
        for line, value in _string_constants(p)
        if value in domain_components.FILTER_COMPONENTS  # read now ("other": an ordinary word)
    ]
    assert found == [], "components are declared in domain/components.py:\n" + "\n".join(found)


def test_no_css_on_streamlit_internals_and_no_patch_of_its_private_parts():
    """Styling goes through our own keyed containers (`.st-key-…`, documented) and the theme;
    nothing targets Streamlit's test ids or patches its private modules."""
    offenders = []
    for path in [ROOT / "app.py", *ROOT.glob("ui/*.py"), *ROOT.glob("app_pages/*.py")]:
        text = path.read_text(encoding="utf-8")
        if "data-testid" in text or "streamlit.runtime.pages_manager" in text:
            offenders.append(path.name)
        if re.search(r"from streamlit\.\w+(\.\w+)* import _", text):
            offenders.append(path.name)
    assert offenders == []


def test_page_scripts_stay_thin():
    """A page is a header, its selectors and the model drawn: no page script over ~100 lines."""
    sizes = {
        p.name: len(p.read_text(encoding="utf-8").splitlines())
        for p in (ROOT / "app_pages").glob("*.py")
    }
    assert max(sizes.values()) <= 120, sizes
