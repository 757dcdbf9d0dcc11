"""The one rule for drawing text that came from data (a workbook, an upload, a URL, the curated
files): it is shown as the letters it holds, never interpreted.

- `md(text)`: for everything Streamlit reads as markdown (st.markdown, captions, titles,
  st.error/info/warning/success, metric labels, expander and tab labels): every markdown
  punctuation character escaped, so `![t](http://…)` is printed, never fetched, and `**x**`,
  `# x`, `[a](b)`, `<b>`, `$x$` stay as typed.
- `plain(text)`: for plotly (tick labels, hover, annotations, legends read `<a href>`, `<b>`,
  `<br>` as markup): `&`, `<`, `>` written as entities.
- `clean(text)`: what both do first — bidi control characters (which reverse the text around
  them) and other control characters (NUL…) removed; line breaks and tabs kept.
- `cut(text, limit)`: a long name cut at a word, with "…", where a drawing has room for so much.

No Streamlit here: the pack (PDF, PPTX) uses `clean` and `cut` on the same texts.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# CommonMark lets any ASCII punctuation be escaped with a backslash: these are the ones markdown
# (and Streamlit's additions: `:icon:`, `:red[…]`, `$math$`, `~~strike~~`) gives a meaning to
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=])")


def clean(text: object) -> str:
    """`text` as a string without bidi controls or control characters (line breaks and tabs
    kept)."""
    value = "" if text is None else str(text)
    return "".join(
        c
        for c in value
        if c in "\n\t" or (c not in _BIDI and unicodedata.category(c) not in ("Cc", "Cf"))
    )


def md(text: object) -> str:
    """`text` for a Streamlit call that reads markdown: cleaned, every markdown character
    escaped (so it prints as typed)."""
    return _MARKDOWN.sub(r"\\\1", clean(text))


def plain(text: object) -> str:
    """`text` for a plotly label: cleaned, `&`, `<`, `>` as entities (plotly reads them as
    markup: `<a href>` becomes a link)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: object, limit: int) -> str:
    """`text` (cleaned) at most `limit` characters, cut after the last whole word that fits,
    with "…" (a word longer than the limit is cut inside it)."""
    value = clean(text)
    if len(value) <= limit:
        return value
    head = value[: max(limit - 1, 1)]
    if " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]
    return head.rstrip(" ,;:-–—") + "…"
