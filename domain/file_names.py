"""The one rule for a file name made from words a person reads (a title, a unit's name)."""

from __future__ import annotations

import re
import unicodedata


def file_stem(text: str, *, limit: int = 80) -> str:
    """ASCII, lower case, `-` between words, at most `limit` characters cut at a word:
    `Bugetul județean (mii lei)` → `bugetul-judetean-mii-lei`; "" when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(stem) > limit:
        stem = stem[: limit + 1].rsplit("-", 1)[0]
    return stem
