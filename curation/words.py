"""The sources' own words: a dictionary to mend words the text extraction broke or glued.

`source_words()` counts every word of both documents (lower case). A word is *known* when it
is printed at least five times; a piece of a broken word (`instituționa l`, `financia re`) is
printed only where that cell is, so it stays rare. Used by the plan parsers (responsible and
funding cells) and by the fidelity lint (curation.lint).
"""

from __future__ import annotations

import re
from collections import Counter

from caching import shared
from curation.common import PLAN_2022_DOC, SOURCES, STRATEGY_DOC
from curation.targets import normalize

LETTERS = r"[A-Za-zĂÂÎȘȚăâîșț]"
TOKEN = re.compile(rf"{LETTERS}+")
CAMEL = re.compile(r"(?<=[a-zăâîșț]{2})(?=[A-ZĂÂÎȘȚ][a-zăâîșț])")
KNOWN = 5


@shared
def source_words() -> Counter[str]:
    """Every word of both sources, lower-case, with how often it is printed."""
    words: Counter[str] = Counter()
    for doc in (PLAN_2022_DOC, STRATEGY_DOC):
        text = normalize((SOURCES / doc).read_text(encoding="utf-8"))
        words.update(w.lower() for w in TOKEN.findall(text))
    return words


def known(word: str, words: Counter[str], at_least: int = KNOWN) -> bool:
    """The word is printed at least `at_least` times in the sources."""
    return words[word.lower()] >= at_least


def two_words(token: str, words: Counter[str]) -> int:
    """Where `resurseumane` splits into two frequent words of the sources (each printed far
    more often than the token itself); 0 when it does not."""
    low = token.lower()
    for i in range(4, len(low) - 3):
        a, b = words[low[:i]], words[low[i:]]
        if a >= 20 and b >= 20 and words[low] * 4 < min(a, b):
            return i
    return 0


def broken(a: str, b: str, words: Counter[str]) -> bool:
    """`instituționa` + `l`: the join is a word (or two glued words) and the shorter piece is not
    a word (`combatere a` stays: `a` is a word)."""
    if b[:1].isupper():
        return False  # a new word (`Bugetul Ansambl`), never the end of the one before
    joined = a + b
    whole = known(joined, words) or bool(two_words(joined, words))
    short = min((a, b), key=len)  # the fragment is the shorter piece (`l`, `re`, `abile`)
    return whole and not known(short, words)


def mend(text: str, words: Counter[str] | None = None) -> str:
    """Join the words the extraction broke and split the words it glued, in a cell's text.

    `Resursefinancia re Resurseumane` → `Resurse financiare Resurse umane`;
    `BugetulAnsambl` → `Bugetul Ansambl`; `instituționa l` → `instituțional`;
    `Resurse fin Resurse umane anciare` → `Resurse financiare Resurse umane` (two lines of a
    cell printed interleaved: two rare pieces whose join is a word).
    """
    words = source_words() if words is None else words
    text = CAMEL.sub(" ", text)
    pieces = re.split(rf"({LETTERS}+)", text)  # odd indexes are words, even the text between
    i = 1
    while i + 2 < len(pieces):
        a, b = pieces[i], pieces[i + 2]
        if pieces[i + 1] == " " and broken(a, b, words):
            pieces[i : i + 3] = [a + b]  # `instituționa l`, `neramburs abile`
            continue
        i += 2
    for i in range(1, len(pieces), 2):  # `Resurse fin Resurse umane … anciare`: lines interleaved
        for j in range(i + 2, len(pieces), 2):
            a, b = pieces[i], pieces[j]
            if a.islower() and b.islower() and not known(a, words) and not known(b, words) \
                    and known(a + b, words):  # fmt: skip
                pieces[i], pieces[j] = a + b, ""
                pieces[j - 1] = pieces[j - 1].rstrip() if j + 1 >= len(pieces) else pieces[j - 1]
    text = re.sub(r"  +", " ", "".join(pieces)).strip()
    pieces = re.split(rf"({LETTERS}+)", text)
    for k in range(1, len(pieces), 2):
        if len(pieces[k]) >= 8 and (cut := two_words(pieces[k], words)):
            pieces[k] = f"{pieces[k][:cut]} {pieces[k][cut:]}"
    return "".join(pieces)


def mend_note(name: str, cell: str) -> tuple[str, str]:
    """(the cell mended, a Romanian note giving the printed text when it changed, else "")."""
    mended = mend(cell)
    if mended == cell:
        return cell, ""
    return mended, (f"celula {name}: cuvinte rupte sau lipite la extragerea textului, refăcute "
                    f"(tipărit „{cell}”)")  # fmt: skip
