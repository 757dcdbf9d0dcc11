"""Components of the county's social services: slug, labels, colour, URL slug, strategy names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Component:
    """One component; `url_slug` is its `?componenta=` value (None: not a filter choice)."""

    value: str  # as stored in the data (`component` column)
    label_ro: str
    label_en: str
    colour: str  # Okabe–Ito, colour-blind safe
    url_slug: str | None

    def label(self, lang: str = "ro") -> str:
        """The label in `lang`."""
        return self.label_en if lang == "en" else self.label_ro


COMPONENTS: tuple[Component, ...] = (
    Component("children", "Copii și familie", "Children and family", "#0072B2", "copii"),
    Component("disability", "Persoane cu dizabilități", "Persons with disabilities", "#E69F00",
              "dizabilitati"),
    Component("elderly", "Persoane vârstnice", "Elderly persons", "#009E73", "varstnici"),
    Component("domestic_violence", "Violență domestică", "Domestic violence", "#CC79A7",
              "violenta"),
    Component("other", "Transversal / alte grupuri", "Cross-cutting / other groups", "#7f7f7f",
              None),
)  # fmt: skip

# Colours of the two pseudo-components charts draw (several / none).
MIXED_COLOUR = "#56B4E9"
OTHER_COLOUR = "#7f7f7f"


def derived(components: tuple[Component, ...]) -> dict[str, object]:
    """The names this module derives from a list of components, as below (a test keeps them in
    step): a test that declares another list sets them all. Other modules read them here when
    they run (`components.FILTER_COMPONENTS`), never a copy taken at import."""
    slugs = {c.url_slug: c.value for c in components if c.url_slug}
    return {
        "COMPONENTS": components,
        "COMPONENT_VALUES": tuple(c.value for c in components),
        "BY_VALUE": {c.value: c for c in components},
        "URL_SLUGS": slugs,
        "FILTER_COMPONENTS": tuple(slugs.values()),
        "COLOURS": {c.value: c.colour for c in components} | {"mixed": MIXED_COLOUR},
    }


COMPONENT_VALUES: tuple[str, ...] = tuple(c.value for c in COMPONENTS)
BY_VALUE: dict[str, Component] = {c.value: c for c in COMPONENTS}
# URL slug → component value, for the four filter components (DESIGN.md).
URL_SLUGS: dict[str, str] = {c.url_slug: c.value for c in COMPONENTS if c.url_slug}
FILTER_COMPONENTS: tuple[str, ...] = tuple(URL_SLUGS.values())
COLOURS: dict[str, str] = {c.value: c.colour for c in COMPONENTS} | {"mixed": MIXED_COLOUR}
# Whose services some views are about: institutions under restructuring are for adults with
# disabilities; the PN3002/PN4056 community centres serve children and families.
DEINSTITUTION_COMPONENT = "disability"
COMMUNITY_CENTRES_COMPONENT = "children"

# The county strategy 2025–2034 has six components (its chapter headings, as slugs in its
# indicator ids); each maps to one of the filter components or to `other` (cross-cutting).
STRATEGY_COMPONENT_LABELS: dict[str, str] = {
    "copii": "Protecția copilului și a familiei",
    "dizabilitati": "Persoane cu dizabilități",
    "varstnici": "Persoane vârstnice",
    "violenta": "Violența domestică",
    "vulnerabile": "Alte categorii de grupuri vulnerabile",
    "sistem": "Sistemul județean de servicii sociale",
}
STRATEGY_COMPONENTS: dict[str, str] = {
    "copii": "children",
    "dizabilitati": "disability",
    "varstnici": "elderly",
    "violenta": "domestic_violence",
    "vulnerabile": "other",  # "Alte categorii de grupuri vulnerabile"
    "sistem": "other",  # "Sistemul județean de servicii sociale"
}


def component(value: str) -> Component:
    """The declared component `value` (KeyError names it when undeclared)."""
    return BY_VALUE[value]
