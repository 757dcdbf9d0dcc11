"""Map tooltips show formatted text, never raw tags: Streamlit escapes every value it puts into
an "html" tooltip, so markup may only live in the template, and the data stays plain text."""

from __future__ import annotations

import json
import re

import pytest

from geo.layers import TEXT_TOOLTIP

PLACEHOLDER = re.compile(r"{(.*?)}")


def _deck(script: str, query: dict[str, str] | None = None) -> tuple[dict, dict]:
    """The (spec, tooltip) of the page's first pydeck chart, as sent to the browser."""
    from tests.test_pages_apptest import run_page

    at = run_page(script, query or {})
    assert not at.exception
    proto = at.get("deck_gl_json_chart")[0].proto
    return json.loads(proto.json), json.loads(proto.tooltip)


def _objects(spec: dict) -> list[dict]:
    """Every hoverable object of the deck: GeoJSON feature properties and point records."""
    out: list[dict] = []
    for layer in spec["layers"]:
        if not layer.get("pickable"):
            continue
        data = layer["data"]
        if isinstance(data, dict):
            out += [{**f, **f["properties"]} for f in data["features"]]
        else:
            out += data
    return out


@pytest.mark.parametrize(
    "query", [{}, {"metrica": "nearest_km"}, {"componenta": "copii"}, {"lang": "en"}]
)
def test_county_map_tooltip_is_plain_text_with_a_line_per_field(query):
    spec, tooltip = _deck("app_pages/county_map.py", query)
    assert tooltip == TEXT_TOOLTIP
    objects = _objects(spec)
    assert objects and all(isinstance(o["tip"], str) and o["tip"] for o in objects)
    assert not [o["tip"] for o in objects if re.search(r"<[a-z/]", o["tip"])]
    uats = [o for o in objects if "siruta" in o]
    assert len(uats) == 93 and all(o["tip"].startswith(o["name"] + "\n") for o in uats)
    if not query or query.get("lang"):  # the community centres are drawn, their tip plain too
        assert any(o["tip"].count("\n") == 1 and "PN3002" in o["tip"] for o in objects)


def test_deinstitutionalisation_tooltip_keeps_markup_in_the_template():
    spec, tooltip = _deck("app_pages/deinstitutionalisation.py")
    assert set(tooltip) == {"html", "style"} and "<b>" in tooltip["html"]
    objects = _objects(spec)
    assert objects
    for name in PLACEHOLDER.findall(tooltip["html"]):  # every placeholder is filled ...
        values = [str(o[name]) for o in objects]  # ... by a value without markup
        assert not [v for v in values if re.search(r"<[a-z/]", v)], name
