"""Offline and accessible: no request to another host (page icon, map tiles), theme colours
with AA contrast, an accessible name on every chart."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest

from geo.layers import POINT_COLUMNS, points_deck, prepared
from tests.app_pages import APP

ROOT = Path(__file__).resolve().parents[1]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_maps_ask_for_no_base_map_tiles():
    deck = prepared(points_deck(pd.DataFrame(columns=POINT_COLUMNS), tooltip_html="{tip}"))
    spec = json.loads(deck.to_json())
    style = spec["mapStyle"]  # Streamlit takes a URL: a data: URL with no source in it
    assert style.startswith("data:application/json")
    assert json.loads(unquote(style.split(",", 1)[1]))["sources"] == {}
    assert not re.search(r"https?://", deck.to_json())


def test_the_page_icon_is_a_local_file():
    source = APP.read_text(encoding="utf-8")
    assert "page_icon=str(ICON)" in source and ":material/" not in source.split("PAGES")[0]
    assert (ROOT / "ui" / "icon.png").read_bytes().startswith(b"\x89PNG")


def test_theme_colours_meet_aa_contrast():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    assert contrast(theme["primaryColor"], "#ffffff") >= 4.5  # white text on primary buttons
    # the selected language: primary text on a 10 % primary tint
    tint = "#" + "".join(
        f"{round(255 - 0.1 * (255 - int(theme['primaryColor'][i : i + 2], 16))):02x}"
        for i in (1, 3, 5)
    )
    assert contrast(theme["primaryColor"], tint) >= 4.5
    # captions are the text colour at 60 % on white
    faded = "#" + "".join(
        f"{round(255 - 0.6 * (255 - int(theme['textColor'][i : i + 2], 16))):02x}"
        for i in (1, 3, 5)
    )
    assert contrast(faded, "#ffffff") >= 4.5


@pytest.mark.parametrize("path", ["ui/presentation.py", "ui/render.py"])
def test_every_chart_and_map_has_an_accessible_name(path):
    source = (ROOT / path).read_text(encoding="utf-8")
    calls = re.findall(r"st\.(?:plotly_chart|pydeck_chart)\((.*?)\n\s*\)", source, re.S)
    assert calls and all("alt=" in call for call in calls), path
