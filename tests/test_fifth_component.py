"""A fifth component declared in a temporary domain registry (domain.components) reaches every
page: every builder of PAGES builds with and without it as the filter, its label shows where
components are listed, and a page whose data hold none of it says so instead of failing.
Everything reads the registry when it runs, so setting it here is enough (no copy taken at
import escapes)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from display.filters import Filters, filter_labels, filters_from_query
from display.i18n import translator
from domain import components
from domain.components import Component
from pack.cli import PackCommandError
from pack.cli import build as build_pack
from readers import catalogue
from views import county_map
from views.model import PageModel, Query
from views.pages import PAGES

FIFTH = Component("homeless", "Persoane fără adăpost", "Homeless persons", "#D55E00", "adapost")
TODAY = date(2026, 11, 30)
BUILDERS = [p for p in PAGES if p.builder is not None]


@pytest.fixture
def fifth(monkeypatch: pytest.MonkeyPatch) -> Component:
    """The registry with FIFTH declared before `other` (every name the module derives)."""
    declared = (*components.COMPONENTS[:-1], FIFTH, components.COMPONENTS[-1])
    for name, value in components.derived(declared).items():
        monkeypatch.setattr(components, name, value)
    return FIFTH


def _texts(model: object) -> str:
    """Every text a page model shows a reader, figures' category labels and legends included."""
    if not isinstance(model, PageModel):  # /date: its own model (views/data_sources.py)
        return repr(model)
    parts = [model.title, model.caption, *model.notices, *(f"{a}: {b}" for a, b in model.filters)]
    parts += [f"{k.label} {k.value}" for k in model.kpis]
    for s in model.sections:
        parts += [s.title, s.headline or "", *s.notes, *(label for _, label in s.legend)]
        if s.figure is not None:
            for trace in s.figure.data:
                parts.append(str(trace.name or ""))
                for axis in ("y", "labels"):  # bar categories, pie labels
                    values = getattr(trace, axis, None)
                    parts += [] if values is None else [str(v) for v in values]
    return "\n".join(parts)


def test_the_derived_names_are_the_modules_own():
    for name, value in components.derived(components.COMPONENTS).items():
        assert getattr(components, name) == value, name


def test_the_fifth_is_a_filter_choice_and_a_url_value(fifth):
    assert components.FILTER_COMPONENTS[-1] == "homeless"
    chosen, ignored = filters_from_query({"componenta": "adapost"})
    assert chosen == Filters(component="homeless") and ignored == []
    assert chosen.to_query() == {"componenta": "adapost"}
    assert filter_labels(chosen, translator("ro"))[0] == ("Componentă", "Persoane fără adăpost")
    assert translator("en")("component.homeless") == "Homeless persons"


# Filtered by the fifth, every page says that its data hold no service and no indicator of it,
# naming it (the deinstitutionalisation page is about one declared component and says the filter
# does not apply); /date is not filtered by component.
SAID = {
    "": "Registrul anului 2022 nu are niciun serviciu al componentei „Persoane fără adăpost”",
    "servicii": "Registrul anului 2022 nu are niciun serviciu al componentei „Persoane fără",
    "harta": "Registrul anului 2022 nu are niciun serviciu al componentei „Persoane fără adăpost”",
    "obiective": "Planul ales nu are niciun indicator al componentei „Persoane fără adăpost”.",
    "intarzieri": "Niciun plan stocat nu are indicatori ai componentei „Persoane fără adăpost”.",
    "dezinstitutionalizare": "filtrul de componentă nu se aplică aici",
}
PARAMS = {"harta": (("metrica", "nearest_km"),)}  # the distance map: of the filter's component


@pytest.mark.parametrize("page", BUILDERS, ids=lambda p: p.path or "root")
@pytest.mark.parametrize("component", [None, "homeless"])
def test_every_page_model_builds_with_and_without_the_fifth(fifth, page, component):
    q = Query(
        component=component, params=PARAMS.get(page.path, ()), today=TODAY,
        version=("fifth", 1),  # a new data version: no model built before the fifth is reused
    )  # fmt: skip
    model = page.build()(q)
    if component is None or not page.packable:
        assert "Persoane fără adăpost" not in _texts(model)  # no data of it: not listed
        return
    assert any(SAID[page.path] in n for n in model.notices), model.notices
    if page.path == "harta":  # the distance map is of the fifth: named, and why it is empty
        assert ("Distanța până la un serviciu pentru", "Persoane fără adăpost") in model.filters
        assert model.section("county-map").headline.startswith(
            "Registrul nu are niciun serviciu al componentei „Persoane fără adăpost”"
        )


def test_every_packable_page_is_covered_above():
    assert set(SAID) == {p.path for p in PAGES if p.packable}


def test_the_pack_command_takes_the_fifths_slug(fifth, tmp_path):
    with pytest.raises(PackCommandError, match="adapost"):  # listed among the known ones
        build_pack("/", tmp_path, componenta="nimic")


def test_services_of_the_fifth_are_drawn_and_labelled(fifth, monkeypatch):
    """The registry's elderly services, read as the fifth's: the Overview's charts by component
    and the map's legend list it by its label, the filter narrows to them."""
    real = catalogue.registry

    def relabelled(year: int | None = None) -> catalogue.Registry:
        reg = real(year)
        services = reg.services.copy()
        services["component"] = services["component"].replace({"elderly": "homeless"})
        return dataclasses.replace(reg, services=services)

    monkeypatch.setattr(catalogue, "registry", relabelled)
    elderly = real().services
    n_elderly = int((elderly["component"] == "elderly").sum())
    assert n_elderly > 0
    everything = _texts(
        PAGES[0].build()(Query(today=TODAY, version=("fifth", 3)))  # the Overview
    )
    assert "Persoane fără adăpost" in everything and "Persoane vârstnice" not in everything
    only = PAGES[0].build()(Query(component="homeless", today=TODAY, version=("fifth", 3)))
    assert dict(only.kpi_pairs)["Unități de serviciu"] == str(n_elderly)
    assert only.notices == ()
    shown = _texts(county_map.build(Query(today=TODAY, version=("fifth", 3))))
    assert "Persoane fără adăpost" in shown
