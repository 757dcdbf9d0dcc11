"""The trajectory card's headline and table (display.trajectory) from a hand-made trajectory."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from display import trajectory as tv
from display.i18n import translator

TRAJ = pd.DataFrame(
    {
        "date": [date(2025, 1, 1), date(2026, 6, 30), date(2029, 12, 31)],
        "expected": [0.0, 8.958904, 30.0],
        "actual": [float("nan"), 12.0, float("nan")],
        "current_year": [False, True, False],
    }
)


@pytest.mark.parametrize(
    ("lang", "actual", "text"),
    [
        ("ro", 12.0, "12 din 30 la 30.06.2026, pe sau peste traiectorie (9)."),
        ("ro", 8.0, "8 din 30 la 30.06.2026, sub traiectorie (9)."),
        ("en", 8.0, "8 of 30 at 30/06/2026, below the path (9)."),
    ],
)
def test_headline_states_where_the_latest_value_stands(lang, actual, text):
    traj = TRAJ.assign(actual=[float("nan"), actual, float("nan")])
    got = tv.headline(
        traj, target=30.0, deadline=date(2029, 12, 31), tr=translator(lang), lang=lang
    )
    assert got == text  # 8,96 on the line, to one decimal: 9,0 shows as 9


def test_headline_expected_to_one_decimal_and_nothing_reported():
    tr = translator("ro")
    traj = TRAJ.assign(expected=[0.0, 8.94, 30.0], actual=[float("nan"), 7.5, float("nan")])
    got = tv.headline(traj, target=30.0, deadline=date(2029, 12, 31), tr=tr, lang="ro")
    assert got == "7,50 din 30 la 30.06.2026, sub traiectorie (8,9)."
    none = TRAJ.assign(actual=float("nan"))
    assert tv.headline(none, target=30.0, deadline=date(2029, 12, 31), tr=tr, lang="ro") == (
        "Nicio valoare raportată încă: ținta este 30 până în 2029."
    )


def test_figure_and_table_draw_the_same_rows():
    tr = translator("ro")
    fig = tv.figure(TRAJ, today=date(2026, 9, 30), tr=tr, lang="ro")
    assert [len(t.x) for t in fig.data] == [3, 1]  # the line, and the one value reported
    assert tv.table(TRAJ, tr).columns.tolist() == [
        "Data", "Pe traiectorie", "Valoare raportată", "Anul curent"
    ]  # fmt: skip
