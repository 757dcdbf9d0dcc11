"""„Cine a raportat” (issue #24): per unit, indicators due, values reported, state and days late,
counted by hand — first on frames written here, then from the store (both engines)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from metrics.who_reported import WHO_COLUMNS, report_deadline, who_reported
from store import api
from store.submissions import submit_unit, who_reported_inputs
from tests.store.conftest import make_catalog
from tests.store.test_periods import add_plan
from tests.store.test_reporters import CIAPV, FAST, JURIDIC, LINKS, SMC

H1 = date(2022, 6, 30)
UNITS = pd.DataFrame(
    [(SMC, "Serviciul Management de caz pentru copii"), (CIAPV, "CIAPV Răchitoasa"),
     (JURIDIC, "Serviciul Juridic și Contencios"), ("u-fara", "Unitate fără indicatori")],
    columns=["unit_id", "name"],
)  # fmt: skip
# five indicators of plan_2022: i1 {A}, i2 {A, B}, i3 {B}, i4 {B}, i5 {C}; i9 is another plan's
OWNERS = pd.DataFrame(
    [("i1", SMC), ("i2", SMC), ("i2", CIAPV), ("i3", CIAPV), ("i4", CIAPV), ("i5", JURIDIC),
     ("i9", SMC)],
    columns=["indicator_id", "unit_id"],
)  # fmt: skip
INDICATORS = pd.DataFrame({"indicator_id": ["i1", "i2", "i3", "i4", "i5"]})


def _values(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["indicator_id", "period_end", "uat_siruta", "value"])
    frame["uat_siruta"] = frame["uat_siruta"].astype("Int64")
    return frame


def test_the_deadline_is_thirty_days_after_the_period_end():
    assert report_deadline(H1) == date(2022, 7, 30)
    assert report_deadline(date(2022, 12, 31)) == date(2023, 1, 30)


def test_counts_states_and_days_late_by_hand():
    values = _values([
        ("i1", H1, None, 3.0),  # A
        ("i2", H1, None, 1.0),  # A and B
        ("i3", H1, 22245, 4.0),  # a UAT value is not the county's report
        ("i4", date(2021, 12, 31), None, 2.0),  # another period
        ("i9", H1, None, 9.0),  # not a due indicator
    ])  # fmt: skip
    submissions = pd.DataFrame(
        [(CIAPV, "submitted", datetime(2022, 8, 4, 10, 0, tzinfo=UTC))],
        columns=["unit_id", "state", "submitted_at"],
    )
    table = who_reported(INDICATORS, OWNERS, UNITS, values, submissions, H1, date(2022, 8, 9))
    assert list(table.columns) == WHO_COLUMNS
    rows = [tuple(r) for r in table[["unit_id", "due", "reported", "missing", "state", "review",
                                     "days_late"]].itertuples(index=False)]  # fmt: skip
    assert rows == [
        # due 30.07: not sent by 09.08 → 10 days; the most missing first among equals
        (JURIDIC, 1, 0, 1, "nothing", "nothing", 10),
        (SMC, 2, 2, 0, "complete", "nothing", 10),
        (CIAPV, 3, 1, 2, "submitted", "submitted", 5),  # sent 04.08 → 5 days
    ]
    assert set(table["deadline"]) == {date(2022, 7, 30)}
    # before the deadline nobody is late; an approved report sent on time is not late
    early = who_reported(INDICATORS, OWNERS, UNITS, values, submissions, H1, date(2022, 7, 30))
    assert early.set_index("unit_id")["days_late"].to_dict() == {JURIDIC: 0, SMC: 0, CIAPV: 5}
    approved = submissions.assign(state="approved", submitted_at=datetime(2022, 7, 20, tzinfo=UTC))
    on_time = who_reported(INDICATORS, OWNERS, UNITS, values, approved, H1, date(2022, 9, 1))
    assert on_time.set_index("unit_id").loc[CIAPV, ["state", "review", "days_late"]].tolist() == [
        "submitted", "approved", 0,
    ]  # fmt: skip
    # sent back: not submitted any more, late until today; partly reported
    returned = submissions.assign(state="returned")
    back = who_reported(INDICATORS, OWNERS, UNITS, values, returned, H1, date(2022, 8, 9))
    assert back.set_index("unit_id").loc[CIAPV, ["state", "review", "days_late"]].tolist() == [
        "partly", "returned", 10,
    ]  # fmt: skip


def test_nothing_due_gives_an_empty_table():
    empty = who_reported(INDICATORS.iloc[0:0], OWNERS, UNITS, _values([]), pd.DataFrame(
        columns=["unit_id", "state", "submitted_at"]), H1, date(2022, 8, 9))  # fmt: skip
    assert empty.empty and list(empty.columns) == WHO_COLUMNS


def test_from_the_store(engine):
    """plan_2022 of the fixed catalogue: t-count {SMC}, t-pct {CIAPV}, t-bool {Juridic},
    t-max {SMC, CIAPV} (by its text), t-text {Juridic} (by its text)."""
    add_plan(engine)
    api.create_user("rita", "parola-de-test", "reporter", units=[CIAPV], rounds=FAST,
                    engine=engine)  # fmt: skip
    linked = dataclasses.replace(make_catalog(), indicator_units=LINKS)
    api.save_values(
        [{"indicator_id": "t-count", "period_end": H1, "value": 5},
         {"indicator_id": "t-max", "period_end": H1, "value": 250},
         {"indicator_id": "t-pct", "period_end": H1, "uat_siruta": 22245, "value": 40}],
        "ana", catalog=linked, engine=engine,
    )  # fmt: skip
    submit_unit("plan_2022", H1, CIAPV, user="rita", engine=engine)
    inputs = who_reported_inputs("plan_2022", H1, catalog=linked, engine=engine)
    table = who_reported(**inputs, period_end=H1, today=date(2022, 7, 1)).set_index("unit_id")
    assert table[["due", "reported", "missing", "state", "review"]].to_dict("index") == {
        SMC: {"due": 2, "reported": 2, "missing": 0, "state": "complete", "review": "nothing"},
        CIAPV: {"due": 2, "reported": 1, "missing": 1, "state": "submitted",
                "review": "submitted"},
        JURIDIC: {"due": 2, "reported": 0, "missing": 2, "state": "nothing",
                  "review": "nothing"},
    }  # fmt: skip
    assert table.loc[SMC, "unit_name"] == "Serviciul Management de caz pentru copii"
    # 1 July 2022, before the deadline: only the report sent now (years later) is late
    sent_on = inputs["submissions"]["submitted_at"].iloc[0].date()
    assert table["days_late"].to_dict() == {
        CIAPV: (sent_on - date(2022, 7, 30)).days, SMC: 0, JURIDIC: 0,
    }  # fmt: skip


@pytest.mark.parametrize("today, late", [(date(2022, 7, 30), 0), (date(2022, 7, 31), 1)])
def test_late_from_the_day_after_the_deadline(today, late):
    table = who_reported(INDICATORS, OWNERS, UNITS, _values([]), pd.DataFrame(
        columns=["unit_id", "state", "submitted_at"]), H1, today)  # fmt: skip
    assert set(table["days_late"]) == {late}
