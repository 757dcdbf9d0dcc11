"""The rule that keeps unsaved grid edits from vanishing; Romanian counts."""

from __future__ import annotations

from datetime import date

import pytest

from ui.unsaved import blocks_change, count_ro

LAST = {"plan": "plan_2022", "period": date(2022, 12, 31), "search": "", "pending": 1}


@pytest.mark.parametrize(
    ("last", "wanted", "blocked"),
    [
        (LAST, {**LAST, "search": "copii"}, True),
        (LAST, {**LAST, "plan": "strategy_2025_2034"}, True),
        (LAST, {**LAST, "period": date(2022, 6, 30)}, True),
        (LAST, dict(LAST), False),  # the same grid: nothing to block
        ({**LAST, "pending": 0}, {**LAST, "search": "copii"}, False),  # saved: free to move
        (None, LAST, False),
    ],
)
def test_a_change_waits_while_edits_are_unsaved(last, wanted, blocked):
    assert blocks_change(last, wanted) is blocked


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 indicatori"), (1, "1 indicator"), (2, "2 indicatori"), (19, "19 indicatori"),
     (20, "20 de indicatori"), (101, "101 indicatori"), (281, "281 de indicatori")],
)  # fmt: skip
def test_romanian_counts(n, text):
    assert count_ro(n, "indicator", "indicatori") == text
