"""The units' tables (display.unit_tables) and the user form's units (ui.user_admin), by hand."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from display.i18n import translator
from display.unit_tables import (
    approved_ids,
    closed_table,
    last_values,
    owned_ids,
    users_with_units,
    who_counts,
    who_table,
)
from ui.user_admin import changed_fields

tr = translator("ro")
OWNERS = pd.DataFrame(
    {"indicator_id": ["a", "b", "b", "c"], "unit_id": ["u1", "u1", "u2", "u3"]}
)  # b answers to two units


def test_owned_ids_are_the_units_indicators():
    assert owned_ids(OWNERS, ["u1"]) == {"a", "b"}
    assert owned_ids(OWNERS, ["u2", "u3"]) == {"b", "c"}
    assert owned_ids(OWNERS, ["u9"]) == set()


@pytest.mark.parametrize(
    ("states", "approved"),
    [
        ({}, set()),
        ({"u1": "submitted"}, set()),
        ({"u2": "approved"}, {"b"}),  # b: one of its units approved
        ({"u1": "approved", "u3": "returned"}, {"a", "b"}),
    ],
)
def test_approved_ids_follow_the_units_approved_reports(states, approved):
    submissions = pd.DataFrame({"unit_id": list(states), "state": list(states.values())})
    assert approved_ids(OWNERS, submissions) == approved


def test_last_values_take_the_latest_county_value_up_to_the_period():
    values = pd.DataFrame(
        {
            "indicator_id": ["a", "a", "a", "b", "c"],
            "period_end": [
                date(2022, 6, 30),
                date(2022, 12, 31),
                date(2023, 6, 30),
                date(2022, 6, 30),
                date(2022, 6, 30),
            ],
            "uat_siruta": [pd.NA, pd.NA, pd.NA, 20297, pd.NA],
            "value": [1.0, 2.0, 3.0, 9.0, 5.0],
        }
    )
    out = last_values(values, date(2022, 12, 31))
    # a: 2 (the 2023 value is after the period); b: only a UAT value, absent; c: 5
    assert out.sort_values("indicator_id").values.tolist() == [
        ["a", 2.0, date(2022, 12, 31)],
        ["c", 5.0, date(2022, 6, 30)],
    ]


def test_who_table_and_counts_say_states_in_words():
    who = pd.DataFrame(
        {
            "unit_id": ["u1", "u2", "u3"],
            "unit_name": ["Unu", "Doi", "Trei"],
            "due": [2, 1, 1200],
            "reported": [2, 0, 3],
            "missing": [0, 1, 1197],
            "state": ["submitted", "nothing", "partly"],
            "review": ["approved", "nothing", "returned"],
            "deadline": [date(2022, 7, 30)] * 3,
            "days_late": [0, 5, 1407],
        }
    )
    assert who_counts(who) == {"n": 3, "submitted": 1, "complete": 0, "partly": 1, "nothing": 1}
    shown = who_table(who, tr, "ro")
    assert shown.columns.tolist() == [
        "Unitate", "Indicatori de raportat", "Raportați", "Lipsă", "Stare", "Revizuire",
        "Termen", "Zile de întârziere",
    ]  # fmt: skip
    assert shown.iloc[2].tolist() == [
        "Trei", "1.200", "3", "1.197", "parțial", "returnată cu comentariu", "30.07.2022", "1.407"
    ]  # fmt: skip
    download = who_table(who, tr, "ro", for_download=True)
    assert download["Zile de întârziere"].tolist() == [0, 5, 1407]  # numbers stay numbers


def test_users_show_each_reporters_units_by_name():
    users = pd.DataFrame({"username": ["ana", "rad"], "role": ["editor", "reporter"]})
    links = pd.DataFrame({"username": ["rad", "rad"], "unit_id": ["u2", "u1"]})
    out = users_with_units(users, links, {"u1": "CIAPV Răchitoasa", "u2": "CIAPV Bacău"})
    assert out["units"].tolist() == ["", "CIAPV Bacău; CIAPV Răchitoasa"]


def test_closed_table_in_words():
    frame = pd.DataFrame(
        {
            "plan_id": ["plan_2022"],
            "period_end": [date(2022, 12, 31)],
            "closed_by": ["adi"],
            "closed_at": [pd.Timestamp("2023-02-01 10:00", tz="UTC")],
        }
    )
    assert closed_table(frame, tr, "ro").values.tolist() == [
        ["31.12.2022", "adi", "01.02.2023 12:00"]  # Bucharest time, UTC+2 in winter
    ]


@pytest.mark.parametrize(
    ("current", "role", "units", "sent"),
    [
        ({"role": "reporter", "units": ["u1"]}, "reporter", ["u1"], {}),
        ({"role": "reporter", "units": ["u1"]}, "reporter", ["u2", "u1"], {"units": ["u1", "u2"]}),
        # leaving reporter with the units untouched: the store drops them
        ({"role": "reporter", "units": ["u1"]}, "editor", ["u1"], {"role": "editor"}),
        # becoming a reporter: the units are sent even when none was picked (the store refuses)
        ({"role": "viewer", "units": []}, "reporter", [], {"role": "reporter", "units": []}),
    ],
)
def test_changed_fields_send_the_units_only_when_they_change(current, role, units, sent):
    stored = {**current, "disabled": False}
    assert changed_fields(stored, role, False, "", units) == sent
