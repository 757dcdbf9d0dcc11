"""The notes and flags a user reads are Romanian: no common English word in any of them."""

from __future__ import annotations

import re

import pytest

from curation.common import CURATED, read_csv

# whole words only, so Romanian words that contain them ("pline", "discipline") never match
ENGLISH = re.compile(
    r"\b(the|of|and|is|not|by|into|see|read|row|rows|line|lines|printed|inferred|financed|"
    r"stated|kept|numbering|deadline|bullet|once|weekly|quarterly|count|boolean)\b",
    re.IGNORECASE,
)
USER_TEXT = [
    ("indicators.csv", "indicator_id", "notes"),
    ("services.csv", "service_id", "notes"),
    ("community_centres.csv", "centre_id", "notes"),
    ("budget_groups.csv", "budget_group", "label"),
]


@pytest.mark.parametrize(("name", "key", "column"), USER_TEXT, ids=lambda v: str(v))
def test_user_visible_notes_have_no_english_words(name, key, column):
    rows = read_csv(CURATED / name)
    english = [(r[key], m.group(0)) for r in rows if (m := ENGLISH.search(r[column]))]
    assert not english, english
    assert any(r[column] for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "row at the foot of page; its budget is the merged cell printed on the next page",
        "numbering: no activity 7.1.2 is printed; kept as printed",
        "corectat periodicitatea „quarterly” → „once”",
    ],
)
def test_the_check_catches_english(text):
    assert ENGLISH.search(text)


def test_the_check_leaves_romanian_alone():
    romanian = (
        "case pline; discipline în cadrul liniei de asistență; ofertă, ținta este; "
        "citit ca 100% din grup"
    )
    assert not ENGLISH.search(romanian)
