"""Reported values: save, read, audit, history; concurrent saves lose no audit entry."""

from __future__ import annotations

import threading
from datetime import date

import pandas as pd
import pytest

from store import api
from store.errors import ProblemsError
from tests.store.conftest import state

H1, H2 = date(2022, 6, 30), date(2022, 12, 31)


def save(engine, catalog, rows, user="ana", source="form"):
    return api.save_values(rows, user, source, catalog=catalog, engine=engine)


def test_saved_values_are_read_back_with_who_and_how(engine, catalog):
    result = save(
        engine,
        catalog,
        [
            {"indicator_id": "t-count", "period_end": H1, "value": 410, "comment": "jumătate"},
            {"indicator_id": "t-count", "period_end": H1, "uat_siruta": 20563, "value": 12},
        ],
    )
    assert (result.inserted, result.updated, result.unchanged) == (2, 0, 0)
    frame = api.values_frame(engine=engine)
    assert list(frame.columns) == api.VALUE_COLUMNS
    county = frame[frame["uat_siruta"].isna()].iloc[0]
    assert (county["value"], county["comment"], county["source"]) == (410.0, "jumătate", "form")
    assert county["entered_by"] == "ana"
    assert county["period_end"] == H1
    assert str(frame["entered_at"].dt.tz) == "UTC"
    assert frame["uat_siruta"].dropna().tolist() == [20563]


def test_update_and_delete_are_audited_old_to_new(engine, catalog):
    save(engine, catalog, [{"indicator_id": "t-pct", "period_end": H1, "value": 40}])
    again = save(engine, catalog, [{"indicator_id": "t-pct", "period_end": H1, "value": 40}])
    assert again.unchanged == 1
    save(engine, catalog, [{"indicator_id": "t-pct", "period_end": H1, "value": 55}], user="ion")
    save(engine, catalog, [{"indicator_id": "t-pct", "period_end": H1, "value": None}])
    history = api.history("t-pct", engine=engine)
    assert history["action"].tolist() == ["insert", "update", "delete"]
    assert history["old_value"].tolist()[1:] == [40.0, 55.0]
    assert history["new_value"].tolist()[:2] == [40.0, 55.0]
    assert history["user"].tolist() == ["ana", "ion", "ana"]
    assert api.values_frame(engine=engine).empty


def test_history_does_not_mix_indicators_with_a_common_prefix(engine, catalog):
    save(engine, catalog, [{"indicator_id": "t-count", "period_end": H1, "value": 1}])
    assert api.history("t-coun", engine=engine).empty
    assert len(api.history("t-count", engine=engine)) == 1


def test_a_form_value_replaces_a_demo_value_even_when_equal(engine, catalog):
    save(engine, catalog, [{"indicator_id": "t-max", "period_end": H1, "value": 3}], source="demo")
    result = save(engine, catalog, [{"indicator_id": "t-max", "period_end": H1, "value": 3}])
    assert result.updated == 1
    assert api.values_frame(engine=engine)["source"].tolist() == ["form"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"indicator_id": "nope", "period_end": H1, "value": 1}, "indicator necunoscut"),
        ({"indicator_id": "t-pct", "period_end": H1, "value": 101}, "depășește 100"),
        ({"indicator_id": "t-bool", "period_end": H1, "value": 0.5}, "nu este 1 (realizat)"),
        ({"indicator_id": "t-count", "period_end": H1, "value": -1}, "Valoare: valoare nevalidă: "
         "valoare negativă"),
        ({"indicator_id": "t-count", "period_end": H1, "value": float("inf")}, "număr finit"),
        ({"indicator_id": "t-count", "period_end": "30.06.2022", "value": 1},
         "Sfârșitul perioadei: valoare nevalidă: nu este o dată"),
        ({"indicator_id": "t-count", "period_end": H1, "value": 1, "uat_siruta": 0},
         "UAT (cod SIRUTA): valoare nevalidă: trebuie să fie un cod SIRUTA"),
        ({"indicator_id": "t-count", "period_end": H1, "value": 1, "extra": 1}, "extra"),
    ],
)  # fmt: skip
def test_invalid_rows_are_refused_and_nothing_is_written(engine, catalog, row, message):
    good = {"indicator_id": "t-bool", "period_end": H1, "value": 1}
    before = state(engine)
    with pytest.raises(ProblemsError) as caught:
        save(engine, catalog, [good, row])
    assert any(message in p for p in caught.value.problems), caught.value.problems
    assert all(p.startswith("rândul 2, coloana ") for p in caught.value.problems)
    assert state(engine) == before


def test_duplicate_keys_in_one_batch_are_refused(engine, catalog):
    row = {"indicator_id": "t-count", "period_end": H1, "value": 1}
    with pytest.raises(ProblemsError, match="apare de mai multe ori"):
        save(engine, catalog, [row, row])


def test_unknown_source_is_a_programming_error(engine, catalog):
    with pytest.raises(ValueError, match="source"):
        save(engine, catalog, [], source="guess")


def test_reporting_periods_are_the_semester_ends_and_stored_ones(engine, catalog):
    from domain.plans import PlanMeta, PlanTables
    from store.plan_versions import save_plan

    assert api.reporting_periods("plan_2022", engine=engine) == []  # no such plan stored
    for meta in (
        PlanMeta("plan_2022", "Plan 2022", "annual", 2022, 2022),
        PlanMeta("strategy_2025_2034", "Strategie", "strategy", 2025, 2034),
    ):
        save_plan(PlanTables(meta, {}), user="test", engine=engine)
    assert api.reporting_periods("plan_2022", engine=engine) == [H1, H2]
    save(
        engine, catalog, [{"indicator_id": "t-count", "period_end": date(2022, 3, 31), "value": 1}]
    )
    assert api.reporting_periods("plan_2022", engine=engine) == [date(2022, 3, 31), H1, H2]
    assert len(api.reporting_periods("strategy_2025_2034", engine=engine)) == 20


def test_preview_tells_new_changed_unchanged(engine, catalog):
    save(engine, catalog, [{"indicator_id": "t-count", "period_end": H1, "value": 10}])
    save(engine, catalog, [{"indicator_id": "t-pct", "period_end": H1, "value": 10}])
    rows = [
        api.ValueIn(indicator_id="t-count", period_end=H1, value=10),
        api.ValueIn(indicator_id="t-pct", period_end=H1, value=20),
        api.ValueIn(indicator_id="t-max", period_end=H1, value=5),
    ]
    preview = api.preview_values(rows, engine=engine)
    assert preview["status"].tolist() == ["unchanged", "changed", "new"]
    assert preview.loc[1, "old_value"] == 10.0


@pytest.mark.parametrize("existing", [False, True], ids=["new-key", "existing-key"])
def test_concurrent_saves_of_one_value_both_leave_their_audit_entry(engine, catalog, existing):
    key = {"indicator_id": "t-count", "period_end": H1}
    if existing:
        save(engine, catalog, [{**key, "value": 1}], user="start")
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(user: str, value: float) -> None:
        try:
            start.wait(timeout=10)
            save(engine, catalog, [{**key, "value": value}], user=user)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [
        threading.Thread(target=worker, args=("ana", 100.0)),
        threading.Thread(target=worker, args=("ion", 200.0)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    history = api.history("t-count", engine=engine)
    ours = history[history["user"].isin(["ana", "ion"])].reset_index(drop=True)
    assert sorted(ours["user"]) == ["ana", "ion"]
    first, second = ours.iloc[0], ours.iloc[1]
    # The second save saw the first one's value: the audit chain has no gap.
    assert second["old_value"] == first["new_value"]
    assert first["old_value"] == (1.0 if existing else None) or pd.isna(first["old_value"])
    final = api.values_frame(engine=engine)
    assert final["value"].tolist() == [second["new_value"]]
    assert final["entered_by"].tolist() == [second["user"]]


def test_a_page_run_reads_the_data_version_once_and_sees_its_own_writes(engine, catalog):
    """app.py starts each run with begin_run: the data version is read once per run; a save
    made in the run (on /raportare) is seen at once, a save made elsewhere (another session,
    the CLI) on the next run."""
    from store import audit

    before = audit.data_version(engine=engine)
    audit.begin_run()
    try:
        assert audit.data_version(engine=engine) == before
        save(engine, catalog, [{"indicator_id": "t-count", "period_end": H1, "value": 5}])
        mine = audit.data_version(engine=engine)
        assert mine != before  # this run's own commit
        elsewhere = threading.Thread(
            target=save, args=(engine, catalog, [
                {"indicator_id": "t-count", "period_end": H2, "value": 6}
            ]),
        )  # fmt: skip
        elsewhere.start()
        elsewhere.join()
        assert audit.data_version(engine=engine) == mine  # still this run's reading
        audit.begin_run()  # the next run
        assert audit.data_version(engine=engine) != mine
    finally:
        audit._RUN.versions = None  # outside a page run every call reads the database


def test_a_problem_names_the_row_where_the_person_sees_it(engine, catalog):
    """The grid sends only its changed rows; the third row's 150 is reported on row 3, in
    Romanian, the number as 150 (was: `row 1, column value: 150.0 depășește 100`)."""
    rows = [{"indicator_id": "t-pct", "period_end": H1, "value": 150}]
    with pytest.raises(ProblemsError) as caught:
        api.save_values(rows, "ana", catalog=catalog, engine=engine, row_numbers=[3])
    assert caught.value.problems == [
        "rândul 3, coloana Valoare: 150 depășește 100 pentru un indicator procentual"
    ]
