"""The documentation covers what is declared in code (datasette's tests/test_docs.py checks every
setting and plugin hook the same way): every URL parameter with the pages that read it and every
page path in README.md, every `python -m store` / `python -m pack` sub-command in README.md or
store/README.md. A name added in code and not in the docs fails here, and so does a stale one."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from domain.url_params import URL_PARAMS
from pack.__main__ import parser as pack_parser
from store.__main__ import parser as store_parser
from views.pages import PAGES, pages_reading

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
STORE_README = (ROOT / "store" / "README.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `([a-z_]+)=` \| ([^|]+) \|", re.M)
EVERY_PAGE = "every page"


def _section(text: str, title: str) -> str:
    """The text of the `## title` section of a markdown document (empty when it has none)."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


def _documented_params() -> dict[str, str]:
    """Parameter → the pages cell of its row in README's „Adrese și parametri”."""
    return {m[1]: m[2].strip() for m in ROW.finditer(_section(README, "Adrese și parametri"))}


def _subcommands(root: argparse.ArgumentParser) -> list[str]:
    # argparse lists its sub-commands only on its (private) sub-parsers action
    actions = [a for a in root._actions if isinstance(a, argparse._SubParsersAction)]
    return [name for action in actions for name in action.choices]


def test_the_section_is_found():
    assert len(_documented_params()) >= 10


@pytest.mark.parametrize("param", [p.name for p in URL_PARAMS])
def test_every_url_parameter_is_documented_with_the_pages_that_read_it(param):
    documented = _documented_params()
    assert param in documented, f"README.md „Adrese și parametri” has no row for `{param}=`"
    pages = pages_reading(param)
    if len(pages) == len(PAGES):
        assert documented[param] == EVERY_PAGE, (param, documented[param])
    else:
        cells = re.findall(r"`(/[a-z]*)`", documented[param])
        assert cells == [f"/{p}" for p in pages], (param, documented[param])


def test_no_row_documents_an_undeclared_parameter():
    stale = set(_documented_params()) - {p.name for p in URL_PARAMS}
    assert stale == set(), f"documented but not declared in domain/url_params.py: {stale}"


def test_every_page_path_is_in_the_pages_table():
    rows = re.findall(r"^\| `(/[a-z]*)` \|", _section(README, "Pages"), re.M)
    assert rows == [f"/{p.path}" for p in PAGES]


@pytest.mark.parametrize(
    ("module", "command"),
    [("store", c) for c in _subcommands(store_parser())]
    + [("pack", c) for c in _subcommands(pack_parser())],
)
def test_every_command_is_documented(module, command):
    written = f"python -m {module} {command}"
    assert re.search(rf"{re.escape(written)}\b(?!-)", README + STORE_README), written


def test_the_check_catches_a_missing_command():
    # the rule above reads `export-template` as not documented by `export-templates` or the
    # other way round: a prefix is not a mention
    assert not re.search(r"python -m store export-plan\b(?!-)", "python -m store export-plans")
    assert re.search(r"python -m store demo\b(?!-)", "`python -m store demo --remove`")
