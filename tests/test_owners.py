"""Owners by canonical unit, rate labels and parts in roll-ups (issue 15)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from loaders.tables import load_indicator_units, load_indicators, load_units
from metrics import attainment as am
from metrics import owners as mo
from metrics import reporting as mr

UNITS = pd.DataFrame(
    {"unit_id": ["u-a", "u-b"], "name": ["Biroul A", "Serviciul B"], "kind": "dgaspc"}
)
LINKS = pd.DataFrame(
    {
        "indicator_id": ["i1", "i1", "i2", "i2"],
        "unit_id": ["u-a", "u-b", "u-b", "u-a"],
        "role": ["responsible", "responsible", "responsible", "partner"],
    }
)


def test_a_cell_of_two_units_belongs_to_each_and_none_goes_to_placeholder():
    owned = mo.indicator_owners(pd.Series(["i1", "i2", "i3"]), LINKS, UNITS)
    assert set(map(tuple, owned[["indicator_id", "unit_id"]].to_numpy())) == {
        ("i1", "u-a"), ("i1", "u-b"), ("i2", "u-b"), ("i3", mo.NO_UNIT),
    }  # fmt: skip
    options = mo.owner_options(owned)
    assert list(options["unit_name"]) == ["Biroul A", "Serviciul B", mo.NO_UNIT]
    assert list(options["indicators"]) == [1, 2, 1]
    card = pd.DataFrame({"indicator_id": ["i1", "i2", "i3"]})
    assert list(mo.indicators_of(card, owned, "u-b")["indicator_id"]) == ["i1", "i2"]


def test_compliance_groups_by_canonical_unit():
    indicators = pd.DataFrame(
        {"indicator_id": ["i1", "i2"], "responsible": ["A B", "B"], "indicator_text": ["x", "y"]}
    )
    values = pd.DataFrame(
        {"indicator_id": ["i1"], "value": [3.0], "uat_siruta": [None],
         "period_end": ["2022-06-30"]}
    )  # fmt: skip
    owned = mo.indicator_owners(indicators["indicator_id"], LINKS, UNITS)
    table = mr.compliance(indicators, values, date(2022, 6, 30), date(2022, 9, 1), owners=owned)
    got = table.set_index("responsible")[["due", "reported", "late"]].to_dict("index")
    assert got == {
        "Biroul A": {"due": 1, "reported": 1, "late": 0},
        "Serviciul B": {"due": 2, "reported": 1, "late": 1},
    }


def test_owner_filter_lists_canonical_units_of_the_plans():
    """Before issue 15 the filter listed 67 + 71 distinct cell texts; now the units named."""
    owned = mo.indicator_owners(load_indicators()["indicator_id"], load_indicator_units(),
                                load_units())  # fmt: skip
    options = mo.owner_options(owned)
    assert len(options) < 67 + 71
    assert "Biroul Strategii, Proiecte și Monitorizare" in set(options["unit_name"])
    assert options["unit_name"].is_unique


def test_rate_unit_labels_the_denominator():
    assert am.rate_unit("excursie", "copil") == "excursie per copil"
    assert am.rate_unit(None, "tânăr") == "per tânăr"
    assert am.rate_unit("copii", None) == "copii"
    assert am.rate_unit(float("nan"), "") is None


def test_roll_up_counts_a_total_or_its_parts_never_both():
    card = pd.DataFrame(
        {
            "indicator_id": ["t", "p1", "p2", "x"],
            "part_of": [None, "t", "t", None],
            "g": "og",
            "status": ["achieved", "achieved", "off_track", "no_data"],
            "attainment_display_pct": [100.0, 100.0, 10.0, float("nan")],
        }
    )
    out = am.roll_up(card, ["g"]).iloc[0]
    assert (out["indicators"], out["achieved"], out["off_track"]) == (2, 1, 0)
    alone = am.roll_up(card[card["indicator_id"] != "t"], ["g"]).iloc[0]
    assert alone["indicators"] == 3  # without their total, the parts count


def test_weekly_window():
    # Wednesday 2022-06-29: the week runs Monday 27 to Sunday 3 July
    elapsed = am.time_elapsed(
        plan_id="plan_2022", periodicity="weekly", deadline=date(2022, 12, 31),
        period_end=date(2022, 6, 29), bounds={"plan_2022": (date(2022, 1, 1), date(2022, 12, 31))},
    )  # fmt: skip
    assert elapsed == 3 / 7


def test_a_later_plan_finds_its_units_by_the_same_text():
    """An indicator of a plan loaded later (p23-…) has no row in indicator_units; it gets the
    units of a curated indicator whose responsible cell reads the same, and none otherwise."""
    indicators = pd.DataFrame(
        {
            "indicator_id": ["p22-a", "p23-a", "p23-b"],
            "responsible": ["SPC, Biroul X", "SPC, Biroul X", "Un birou nou"],
            "partners": ["ONG", "ONG", None],
        }
    )
    links = pd.DataFrame(
        {
            "indicator_id": ["p22-a", "p22-a", "p22-a"],
            "unit_id": ["spc", "bx", "ong"],
            "role": ["responsible", "responsible", "partner"],
        }
    )
    out = mo.links_by_text(indicators, links)
    later = out[out["indicator_id"] == "p23-a"].sort_values(["role", "unit_id"])
    assert later[["unit_id", "role"]].values.tolist() == [
        ["ong", "partner"], ["bx", "responsible"], ["spc", "responsible"],
    ]  # fmt: skip
    assert "p23-b" not in set(out["indicator_id"])
