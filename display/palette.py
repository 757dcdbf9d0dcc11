"""Colour-blind-safe colours (Okabe–Ito), one per component and status."""

from __future__ import annotations

from domain import components

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def component_colour(value: str) -> str:
    """The colour of the component `value` (declared in domain.components, read when drawn);
    grey for a value without one."""
    return components.COLOURS.get(value, components.OTHER_COLOUR)


def component_colours() -> dict[str, str]:
    """Component value → colour, in the registry's order (plus `mixed`)."""
    return dict(components.COLOURS)


OCCUPANCY_COLOURS = {
    "over": "#D55E00",
    "full": "#0072B2",
    "ok": "#56B4E9",
    "under": "#E69F00",
    "no_capacity": "#BBBBBB",
    "not_places": "#BBBBBB",
}


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """`#0072B2` → (0, 114, 178), for pydeck (written as a JSON list). A tuple, not a list, so a
    frame of colours can be hashed by the map caches."""
    colour = colour.lstrip("#")
    red, green, blue = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


CENTRE_COLOUR = "#D55E00"  # Okabe-Ito vermillion: community centres, apart from components
