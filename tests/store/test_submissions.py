"""Submission and review per (plan, period, unit) (issue #24): a submitted report is frozen for
the unit's reporters until the office sends it back with a comment the unit reads; the office
approves; nothing moves in a closed period; every step audited. Both engines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from store import api
from store.audit import load_state
from store.errors import (
    ClosedPeriodError,
    OtherUnitError,
    SubmissionError,
    SubmittedError,
    WriteRefusedError,
)
from store.periods import close_period
from store.submissions import (
    approve_unit,
    return_unit,
    submission_state,
    submissions_frame,
    submit_unit,
)
from tests.store.conftest import make_catalog
from tests.store.test_periods import add_plan
from tests.store.test_reporters import CIAPV, FAST, LINKS, SMC

H1 = date(2022, 6, 30)
P = "plan_2022"


@pytest.fixture
def desk(engine):
    """The plan stored; admin `adi`, reporters `rita` (CIAPV Răchitoasa) and `sam` (SMC)."""
    add_plan(engine)
    api.create_user("adi", "parola-admin", "admin", rounds=FAST, engine=engine)
    for name, unit in (("rita", CIAPV), ("sam", SMC)):
        api.create_user(name, "parola-de-test", "reporter", units=[unit], rounds=FAST,
                        engine=engine)  # fmt: skip
    return engine


@pytest.fixture
def linked():
    return dataclasses.replace(make_catalog(), indicator_units=LINKS)


def _write(engine, catalog, user: str, indicator: str, value: float) -> None:
    api.save_values([{"indicator_id": indicator, "period_end": H1, "value": value}], user,
                    catalog=catalog, engine=engine)  # fmt: skip


def _value(engine, indicator: str) -> tuple:
    frame = api.values_frame(engine=engine).set_index("indicator_id")
    return float(frame.at[indicator, "value"]), str(frame.at[indicator, "entered_by"])


def test_a_submitted_report_is_frozen_for_the_unit_until_sent_back(desk, linked):
    e = desk
    _write(e, linked, "rita", "t-pct", 40)
    assert submission_state(P, H1, CIAPV, engine=e) == ("nothing", "")
    submit_unit(P, H1, CIAPV, user="rita", engine=e)
    assert submission_state(P, H1, CIAPV, engine=e) == ("submitted", "")
    with pytest.raises(SubmittedError) as frozen:
        _write(e, linked, "rita", "t-pct", 45)
    assert str(frozen.value) == (
        "unitatea CIAPV Răchitoasa a trimis deja raportul pentru perioada 30.06.2022 a planului "
        "„plan_2022” (indicatorul „t-pct”): valorile ei sunt înghețate până când biroul îl "
        "retrimite spre corectare; nu s-a scris nimic"
    )
    with pytest.raises(SubmittedError):  # shared with SMC, but rita answers for it as CIAPV
        _write(e, linked, "rita", "t-max", 250)
    _write(e, linked, "sam", "t-max", 250)  # SMC has not submitted: its reporter still writes
    _write(e, linked, "ana", "t-pct", 41)  # the office corrects
    assert _value(e, "t-pct") == (41.0, "ana")
    with pytest.raises(SubmissionError, match="este deja trimis"):
        submit_unit(P, H1, CIAPV, user="rita", engine=e)
    with pytest.raises(WriteRefusedError, match="rolul raportor"):
        approve_unit(P, H1, CIAPV, user="rita", engine=e)
    approve_unit(P, H1, CIAPV, user="ana", engine=e)
    assert submission_state(P, H1, CIAPV, engine=e) == ("approved", "")
    with pytest.raises(SubmittedError):
        _write(e, linked, "rita", "t-pct", 45)
    with pytest.raises(SubmissionError, match="cere un comentariu"):
        return_unit(P, H1, CIAPV, user="adi", comment="  ", engine=e)
    return_unit(P, H1, CIAPV, user="adi", comment="Valoarea la t-pct pare prea mică.",
                engine=e)  # fmt: skip
    assert submission_state(P, H1, CIAPV, engine=e) == (
        "returned", "Valoarea la t-pct pare prea mică."
    )  # fmt: skip
    _write(e, linked, "rita", "t-pct", 60)  # returned: the unit writes again
    assert _value(e, "t-pct") == (60.0, "rita")
    submit_unit(P, H1, CIAPV, user="rita", engine=e)
    frame = submissions_frame(P, H1, engine=e)
    assert list(zip(frame["unit_id"], frame["state"], frame["comment"], frame["submitted_by"],
                    frame["reviewed_by"].isna(), strict=True)) == [
        (CIAPV, "submitted", "", "rita", True)
    ]  # fmt: skip
    audit = api.audit_frame(table_name="unit_submission", engine=e)
    steps = [
        (u, k, (load_state(o) or {}).get("state"), load_state(n)["state"], load_state(n)["comment"])
        for u, k, o, n in zip(audit["user"], audit["key"], audit["old"], audit["new"],
                              strict=True)
    ][::-1]  # fmt: skip
    key = f"{P}|2022-06-30|{CIAPV}"
    assert steps == [
        ("rita", key, None, "submitted", ""),
        ("ana", key, "submitted", "approved", ""),
        ("adi", key, "approved", "returned", "Valoarea la t-pct pare prea mică."),
        ("rita", key, "returned", "submitted", ""),
    ]
    refused = api.audit_frame(table_name="refused", engine=e)
    assert [load_state(n)["reason"] for n in refused["new"]][::-1] == [
        "submitted", "submitted", "role", "submitted",
    ]  # fmt: skip


def test_who_may_submit_and_what_can_be_reviewed(desk):
    e = desk
    with pytest.raises(OtherUnitError, match="nu este raportor al ei"):
        submit_unit(P, H1, SMC, user="rita", engine=e)
    not_sent = "nu este trimis .starea: netrimis.; nu are ce aproba"
    with pytest.raises(SubmissionError, match=not_sent):
        approve_unit(P, H1, SMC, user="adi", engine=e)
    with pytest.raises(SubmissionError, match="nu are ce retrimite"):
        return_unit(P, H1, SMC, user="adi", comment="lipsește", engine=e)
    with pytest.raises(api.ReporterUnitsError, match="u-nu-exista"):
        submit_unit(P, H1, "u-nu-exista", user="adi", engine=e)
    api.create_user("vio", "parola-de-test", "viewer", rounds=FAST, engine=e)
    with pytest.raises(WriteRefusedError, match="rolul vizualizare"):
        submit_unit(P, H1, SMC, user="vio", engine=e)
    submit_unit(P, H1, SMC, user="ana", engine=e)  # the office, on the unit's behalf
    assert submission_state(P, H1, SMC, engine=e) == ("submitted", "")
    assert submissions_frame(engine=e)["unit_id"].tolist() == [SMC]


def test_nothing_moves_in_a_closed_period(desk):
    e = desk
    submit_unit(P, H1, SMC, user="sam", engine=e)
    close_period(P, H1, user="adi", engine=e)
    with pytest.raises(ClosedPeriodError, match="este închisă"):
        approve_unit(P, H1, SMC, user="adi", engine=e)
    with pytest.raises(ClosedPeriodError, match="este închisă"):
        submit_unit(P, H1, CIAPV, user="rita", engine=e)
    assert submission_state(P, H1, SMC, engine=e) == ("submitted", "")
    assert submission_state(P, H1, CIAPV, engine=e) == ("nothing", "")
