"""Hypothesis: malformed uploads of every kind are refused and never write anything."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import excel, sheets
from tests.store.conftest import make_catalog, state
from tests.store.excel_support import fill

H1 = date(2022, 6, 30)
IDS = ["t-count", "t-pct", "t-bool", "t-max", "t-text"]
ROW = {indicator_id: number for number, indicator_id in enumerate(IDS, start=2)}
TEMPLATE = excel.template_bytes("plan_2022", H1, catalog=make_catalog())
# no control, surrogate or unassigned code points (U+FFFE/U+FFFF are unassigned): an .xlsx cannot
# hold them, so the test could not even write its own workbook
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cn")), min_size=1, max_size=30
).filter(lambda s: s.strip() != "")
NOT_A_NUMBER = TEXT.filter(lambda s: sheets.parse_number_text(s)[1] is not None)
SHEET_TITLE = st.text(alphabet="abcdefghijklmnopqrstuvwxyzăîșț 0123456789", min_size=1, max_size=31)


def _cell(column: str, indicator_id: str, value: object):
    def edit(ws):
        ws[f"{column}{ROW[indicator_id]}"] = value

    return edit


def _header(index: int, name: str):
    def edit(ws):
        ws.cell(row=1, column=index + 1, value=name)

    return edit


def _title(title: str):
    def edit(ws):
        ws.title = title

    return edit


def _duplicate(indicator_id: str):
    """The indicator's row copied below with a value: refused even when the first copy is empty
    (an indicator appears at most once per upload)."""

    def edit(ws):
        target = ws.max_row + 1
        for column in "ABCDEFGH":
            ws[f"{column}{target}"] = ws[f"{column}{ROW[indicator_id]}"].value
        ws[f"G{target}"] = 1

    return edit


ids = st.sampled_from(IDS)
breakage = st.one_of(
    st.builds(_cell, st.just("G"), ids, NOT_A_NUMBER),  # `37,5` or `75%` are numbers
    st.builds(
        _cell, st.just("G"), ids, st.floats(max_value=-1e-9, allow_nan=False, allow_infinity=False)
    ),
    st.builds(_cell, st.just("G"), st.just("t-pct"), st.floats(min_value=100.001, max_value=1e12)),
    st.builds(_cell, st.just("G"), ids, st.booleans()),
    st.builds(_cell, st.just("A"), st.just("t-count"), TEXT.filter(lambda s: s.strip() not in IDS)),
    st.builds(
        _cell,
        st.just("F"),
        st.just("t-count"),
        st.dates(date(1990, 1, 1), date(2100, 12, 31)).filter(lambda d: d != H1),
    ),
    st.builds(_cell, st.just("F"), st.just("t-count"), TEXT),
    st.builds(_cell, st.just("H"), st.just("t-text"), TEXT),  # a comment without a value
    st.builds(_duplicate, ids),
    st.builds(
        _header,
        st.integers(0, len(excel.REPORT_COLUMNS) - 1),
        TEXT.filter(lambda s: s.strip() not in excel.REPORT_COLUMNS),
    ),
    st.builds(_title, SHEET_TITLE.filter(lambda s: s != excel.REPORT_SHEET)),
)
valid_values = st.dictionaries(
    st.sampled_from(IDS[:4]), st.floats(min_value=0, max_value=100), min_size=0, max_size=4
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    values=valid_values,
    breaks=st.lists(breakage, min_size=1, max_size=3),
    truncate=st.one_of(st.none(), st.floats(min_value=0.0, max_value=0.99)),
)
def test_malformed_uploads_never_write(engine, catalog, values, breaks, truncate):
    before = state(engine)

    def edit(ws):
        ws["G2"] = 5  # two valued rows (t-count, t-bool), so row checks always run
        ws["G4"] = 1  # and a period changed in one of them is a mixed period
        for change in breaks:
            change(ws)

    upload = fill(TEMPLATE, values, edit=edit)
    if truncate is not None:
        upload = upload[: int(len(upload) * truncate)]
    result = excel.import_report(upload, user="hypothesis", catalog=catalog, engine=engine)
    assert result.problems, "a malformed upload was accepted"
    assert result.saved is None
    assert state(engine) == before


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_refused_without_an_exception(data):
    rows, problems = excel.validate_report(data, catalog=make_catalog())
    assert rows == [] and len(problems) == 1 and problems[0].startswith("fișierul: ")
