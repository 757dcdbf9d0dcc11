"""Aggregates computed by the database agree with pandas on values_frame (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from store import api
from store.aggregates import COUNT_COLUMNS, LATEST_COLUMNS, latest_values, value_counts_by_period

Q1, Q2, Q3 = date(2022, 3, 31), date(2022, 6, 30), date(2022, 12, 31)
BACAU, ONESTI = 20297, 20563
ROWS = [
    ("t-count", Q1, None, 100), ("t-count", Q2, None, 410), ("t-count", Q3, None, 700),
    ("t-count", Q1, BACAU, 3), ("t-count", Q3, BACAU, 9), ("t-count", Q2, ONESTI, 4),
    ("t-pct", Q1, None, 40), ("t-pct", Q2, None, 55),
    ("s-count", Q3, None, 2),
]  # fmt: skip


@pytest.fixture
def stored(engine, catalog):
    rows = [
        {"indicator_id": i, "period_end": p, "uat_siruta": u, "value": v} for i, p, u, v in ROWS
    ]
    api.save_values(rows, "ana", "form", catalog=catalog, engine=engine)
    return engine


def _pandas_latest(frame: pd.DataFrame, period_end: date | None, by: str) -> pd.DataFrame:
    """The same answer computed the slow way: load everything, then filter and pick in pandas."""
    level = frame["uat_siruta"].isna() if by == "county" else frame["uat_siruta"].notna()
    keep = frame[level & (frame["period_end"] <= (period_end or date.max))]
    keep = keep.sort_values("period_end").groupby(["indicator_id", "uat_siruta"], dropna=False)
    out = keep.tail(1).sort_values(["indicator_id", "uat_siruta"])
    return out[LATEST_COLUMNS].reset_index(drop=True)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"by": "county"}, [("s-count", None, Q3, 2.0), ("t-count", None, Q3, 700.0),
                            ("t-pct", None, Q2, 55.0)]),
        ({"by": "county", "period_end": Q2}, [("t-count", None, Q2, 410.0),
                                              ("t-pct", None, Q2, 55.0)]),
        ({"by": "county", "period_end": Q1}, [("t-count", None, Q1, 100.0),
                                              ("t-pct", None, Q1, 40.0)]),
        ({"by": "uat"}, [("t-count", BACAU, Q3, 9.0), ("t-count", ONESTI, Q2, 4.0)]),
        ({"by": "uat", "period_end": Q2}, [("t-count", BACAU, Q1, 3.0),
                                           ("t-count", ONESTI, Q2, 4.0)]),
        ({"indicator_ids": ["t-pct"]}, [("t-pct", None, Q2, 55.0)]),
        ({"plan_id": "strategy_2025_2034"}, [("s-count", None, Q3, 2.0)]),
        ({"id_prefix": "t-p"}, [("t-pct", None, Q2, 55.0)]),
        ({"id_prefix": "t_"}, []),  # "_" is a character here, not a LIKE wildcard
        ({"id_prefix": "%"}, []),
        ({"indicator_ids": []}, []),
        ({"indicator_ids": ["t-pct"], "plan_id": "strategy_2025_2034"}, []),
        ({"period_end": date(2021, 12, 31)}, []),
    ],
)  # fmt: skip
def test_latest_values(stored, catalog, kwargs, expected):
    frame = latest_values(engine=stored, catalog=catalog, **kwargs)
    assert list(frame.columns) == LATEST_COLUMNS
    got = [
        (r.indicator_id, None if pd.isna(r.uat_siruta) else int(r.uat_siruta), r.period_end,
         r.value)
        for r in frame.itertuples()
    ]  # fmt: skip
    assert got == expected
    assert set(frame["source"]) <= {"form"}


@pytest.mark.parametrize("by", ["county", "uat"])
@pytest.mark.parametrize("period_end", [None, Q1, Q2, Q3])
def test_latest_values_agree_with_pandas_on_values_frame(stored, by, period_end):
    slow = _pandas_latest(api.values_frame(engine=stored), period_end, by)
    fast = latest_values(period_end=period_end, by=by, engine=stored)
    pd.testing.assert_frame_equal(fast, slow, check_dtype=True)


def test_value_counts_by_period(stored):
    frame = value_counts_by_period(engine=stored)
    assert list(frame.columns) == COUNT_COLUMNS
    assert frame.to_dict("list") == {
        "period_end": [Q1, Q2, Q3],
        "values": [3, 3, 3],
        "indicators": [2, 2, 2],
        "uats": [1, 1, 1],
    }
    county = value_counts_by_period(by="county", engine=stored)
    assert county["values"].tolist() == [2, 2, 2]
    assert county["uats"].tolist() == [0, 0, 0]
    uat = value_counts_by_period(["t-count"], by="uat", engine=stored)
    assert uat["values"].tolist() == [1, 1, 1]


def test_value_counts_agree_with_pandas(stored):
    frame = api.values_frame(engine=stored)
    slow = frame.groupby("period_end").agg(values=("value", "size"))
    fast = value_counts_by_period(engine=stored).set_index("period_end")
    assert fast["values"].to_dict() == slow["values"].to_dict()


def test_empty_store_and_empty_selection_give_typed_empty_frames(engine):
    assert latest_values(engine=engine).empty
    assert list(latest_values([], engine=engine).columns) == LATEST_COLUMNS
    assert list(value_counts_by_period([], engine=engine).columns) == COUNT_COLUMNS


def test_unknown_level_is_refused(engine):
    with pytest.raises(ValueError, match="by must be"):
        latest_values(by="region", engine=engine)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, 9),
        ({"indicator_ids": ["t-pct"]}, [("t-pct", Q1, None, 40.0), ("t-pct", Q2, None, 55.0)]),
        ({"by": "uat"}, [("t-count", Q1, BACAU, 3.0), ("t-count", Q2, ONESTI, 4.0),
                         ("t-count", Q3, BACAU, 9.0)]),
        ({"by": "county", "indicator_ids": ["t-count", "s-count"]},
         [("s-count", Q3, None, 2.0), ("t-count", Q1, None, 100.0), ("t-count", Q2, None, 410.0),
          ("t-count", Q3, None, 700.0)]),
        ({"plan_id": "strategy_2025_2034"}, [("s-count", Q3, None, 2.0)]),
        ({"indicator_ids": []}, []),
    ],
)  # fmt: skip
def test_values_frame_reads_only_the_selection(stored, catalog, kwargs, expected):
    """values_frame selects in the database; its rows equal the same filter applied in pandas."""
    frame = api.values_frame(engine=stored, catalog=catalog, **kwargs)
    assert list(frame.columns) == api.VALUE_COLUMNS
    got = [
        (r.indicator_id, r.period_end, None if pd.isna(r.uat_siruta) else int(r.uat_siruta),
         r.value)
        for r in frame.itertuples()
    ]  # fmt: skip
    if isinstance(expected, int):
        assert len(got) == expected == len(ROWS)
    else:
        assert got == expected
    everything = api.values_frame(engine=stored)
    mask = everything.index.isin(everything.index)
    if "indicator_ids" in kwargs:
        mask &= everything["indicator_id"].isin(kwargs["indicator_ids"])
    if kwargs.get("by") == "uat":
        mask &= everything["uat_siruta"].notna()
    if kwargs.get("by") == "county":
        mask &= everything["uat_siruta"].isna()
    if "plan_id" in kwargs:
        mask &= everything["indicator_id"].str.startswith("s-")
    pd.testing.assert_frame_equal(
        frame, everything[mask].reset_index(drop=True), check_dtype=not frame.empty
    )


def test_data_version_moves_with_every_committed_write_and_only_then(engine, catalog):
    before = api.data_version(engine=engine)
    assert api.data_version(engine=engine) == before  # reading changes nothing
    row = {"indicator_id": "t-count", "period_end": Q1, "value": 5}
    api.save_values([row], "ana", "form", catalog=catalog, engine=engine)
    after_insert = api.data_version(engine=engine)
    assert after_insert[0] == before[0] + 1 and after_insert[1] > before[1]
    api.save_values([row], "ana", "form", catalog=catalog, engine=engine)  # unchanged: no write
    assert api.data_version(engine=engine) == after_insert
    api.save_values([{**row, "value": 6}], "ana", "form", catalog=catalog, engine=engine)
    assert api.data_version(engine=engine)[0] == after_insert[0] + 1
