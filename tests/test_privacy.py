"""Small numbers at UAT level are shown as "<5", and totals cannot reveal them."""

import pandas as pd

from metrics.privacy import SUPPRESSED, suppress, suppression_mask


def test_one_small_cell_takes_the_next_smallest_with_it():
    values = pd.Series([12, 3, 7, 40])
    assert suppression_mask(values).tolist() == [False, True, True, False]


def test_two_small_cells_need_no_secondary_suppression():
    assert suppression_mask(pd.Series([2, 4, 9, 20])).tolist() == [True, True, False, False]


def test_zero_and_five_are_shown():
    assert suppression_mask(pd.Series([0, 5, 6])).tolist() == [False, False, False]


def test_suppress_by_group_and_total_cannot_reveal():
    frame = pd.DataFrame(
        {
            "indicator_id": ["a"] * 3 + ["b"] * 2,
            "uat_siruta": [20297, 20563, 20876, 20297, 20563],
            "value": [1, 10, 30, 8, 9],
        }
    )
    out = suppress(frame, group=["indicator_id"])
    assert out["value"].tolist() == [SUPPRESSED, SUPPRESSED, 30, 8, 9]
    # Total of a = 41 is published; with two cells hidden, 41 - 30 = 11 cannot be split.
    hidden = out[(out["indicator_id"] == "a") & out["suppressed"]]
    assert len(hidden) == 2
