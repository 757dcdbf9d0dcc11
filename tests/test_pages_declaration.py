"""The page declarations (views/pages.py): what the import-time check refuses, by name, and what
the rest of the app reads from them."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from views import pages
from views.pages import PAGES, Page, PageDeclarationError, check

OVERVIEW, SERVICES = PAGES[0], PAGES[1]
FORM = Page("app_pages/reporting.py", "raportare", "nav.reporting", ":material/edit_note:",
            ("componenta", "lang", "plan"))  # fmt: skip


def test_the_declared_pages_hold():
    check(PAGES)  # raises when they do not
    assert [p.path for p in PAGES] == [
        "", "servicii", "harta", "dezinstitutionalizare", "obiective", "intarzieri", "raportare",
        "date",
    ]  # fmt: skip
    assert pages.PACKABLE == ("", "servicii", "harta", "dezinstitutionalizare", "obiective",
                              "intarzieri")  # fmt: skip
    assert pages.pages_reading("an") == ("", "servicii", "harta", "dezinstitutionalizare")
    assert pages.pages_reading("indicator") == ("date",)


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ((OVERVIEW, dataclasses.replace(SERVICES, path="")), "path '' is declared twice"),
        ((OVERVIEW, dataclasses.replace(SERVICES, script=OVERVIEW.script)),
         "script 'app_pages/overview.py' is declared twice"),
        ((OVERVIEW, dataclasses.replace(SERVICES, params=(*SERVICES.params, "anul"))),
         r"page /servicii \(app_pages/services.py\): unknown URL parameter\(s\) anul"),
        ((OVERVIEW, dataclasses.replace(SERVICES, params=(*SERVICES.params, "tip"))),
         "page /servicii .*: a URL parameter is listed twice"),
        ((OVERVIEW, dataclasses.replace(SERVICES, builder=None)),
         "page /servicii .*: packable but has no builder"),
        ((OVERVIEW, dataclasses.replace(FORM, packable=True, builder="views.overview")),
         "page /raportare .*: reads \\?prezentare= and \\?slide= exactly when packable"),
        ((SERVICES, OVERVIEW), "the first page is / \\(the default\\), not /servicii"),
    ],
    ids=["path-twice", "script-twice", "unknown-param", "param-twice", "pack-no-builder",
         "pack-no-slides", "first-not-root"],
)  # fmt: skip
def test_a_wrong_declaration_is_refused_by_name(declared, message):
    with pytest.raises(PageDeclarationError, match=message):
        check(declared)


def test_builders_are_the_modules_of_their_paths():
    for page in PAGES:
        if page.builder is not None:
            module = importlib.import_module(page.builder)
            assert page.path == module.PATH, page.builder


def test_a_form_has_no_builder_for_slides_or_packs():
    assert pages.builder_of("raportare") is None
    assert pages.builder_of("date") is None  # a builder, but of its own model, not slides
    assert pages.builder_of("nowhere") is None
    assert pages.builder_of("harta") is not None
