"""The helpers behind the speed work (issue 9): cache keys, the timing log, compact decks, and the
national benchmark's county ids."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.elements.deck_gl_json_chart import _prepare_pydeck_for_json

from caching import fingerprint
from geo.layers import TEXT_TOOLTIP, choropleth_deck, points_deck, prepared, uat_geojson
from ui import timing


def test_fingerprint_is_equal_for_equal_frames_and_differs_for_any_change():
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert fingerprint(frame) == fingerprint(frame.copy())
    assert fingerprint(frame) != fingerprint(frame.assign(a=[1, 3]))
    assert fingerprint(frame) != fingerprint(frame.assign(b=["x", "z"]))
    assert fingerprint(frame) != fingerprint(frame.rename(columns={"b": "c"}))
    assert fingerprint(frame["a"]) != fingerprint(frame["a"].rename("z"))


def test_timing_log_is_written_only_when_configured(tmp_path, monkeypatch):
    log = tmp_path / "timing.log"
    monkeypatch.delenv(timing.ENV, raising=False)
    timing.record("harta", timing.start())
    assert not log.exists() and timing.read(log) == []
    monkeypatch.setenv(timing.ENV, str(log))
    timing.record("harta", timing.start())
    timing.record("", timing.start())
    runs = timing.read(log)
    assert [page for page, _ in runs] == ["harta", ""]
    assert all(0 <= ms < 1000 for _, ms in runs)


def _same_json(deck) -> tuple[dict, str]:
    """What st.pydeck_chart sends for `deck`: pydeck's JSON, prepared as Streamlit does."""
    _prepare_pydeck_for_json(deck)
    return json.loads(deck.to_json()), deck.to_json()


def test_prepared_deck_sends_pydecks_content_without_indentation():
    sirutas = [int(f["properties"]["siruta"]) for f in uat_geojson()["features"]]
    points = pd.DataFrame(
        {"lon": [26.9], "lat": [46.5], "radius_m": [300.0], "colour": [(1, 2, 3)], "tip": ["x"]}
    )

    def build():
        return choropleth_deck(
            uat_geojson(), dict.fromkeys(sirutas, 2.0), dict.fromkeys(sirutas, 3),
            dict.fromkeys(sirutas, "t"), points,
        )  # fmt: skip

    expected, indented = _same_json(build())
    ready = prepared(build())
    assert json.loads(ready.to_json()) == expected
    assert len(ready.to_json()) < len(indented) / 3  # 93 UATs: 0.17 MB instead of 0.74 MB
    assert ready._tooltip == TEXT_TOOLTIP
    outlines = prepared(points_deck(points, tooltip_html="<b>{tip}</b>"))
    assert [layer["id"] for layer in json.loads(outlines.to_json())["layers"]] == [
        "outlines", "points"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("county", "expected"),
    [("BC", "p22-5.1.3-i1"), ("CJ", "cj-p22-5.1.3-i1"), ("B", "b-p22-5.1.3-i1")],
)
def test_national_ids_keep_bacaus_catalogue_ids_and_prefix_the_others(county, expected):
    from bench.national import national_id

    assert national_id(county, "p22-5.1.3-i1") == expected


def test_county_share_takes_exactly_the_countys_rows():
    from bench.national import NationalData, county_share

    values = pd.DataFrame(
        {"indicator_id": ["p22-1", "s25-2", "cj-p22-1", "b-s25-2"], "value": [1, 2, 3, 4]}
    )
    uats = pd.DataFrame({"siruta": [1, 2], "county_code": ["BC", "CJ"]})
    services = pd.DataFrame({"service_id": ["a", "b"], "county_code": ["CJ", "BC"]})
    data = NationalData(uats, services, values, pd.DataFrame())
    bacau = county_share(data)
    assert bacau.values["value"].tolist() == [1, 2]
    assert bacau.uats["siruta"].tolist() == [1] and bacau.services["service_id"].tolist() == ["b"]
    assert county_share(data, "CJ").values["value"].tolist() == [3]
    assert county_share(data, "B").values["value"].tolist() == [4]  # Bucharest's one letter
