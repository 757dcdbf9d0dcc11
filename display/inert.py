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
# CommonMark lets any ASCII punctuation be escaped with a backslash. Escaped everywhere: what
# opens a link or an image (`[`, `]`), HTML (`<`, `>`), code, emphasis, tables, math and
# Streamlit's colours (`:red[…]` needs `[`); at a line's start only: headings, quotes and list
# markers (`# `, `> `, `- `, `+ `, `1. `); a `:name:` shortcode (icons, emoji) by its first colon.
# Ordinary punctuation — „(mii lei)”, „Componentă: …”, „1.418”, „31.12.2022” — stays as it is,
# so the text a test reads is the text a person reads.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~$])")
_LINE_START = re.compile(r"(?m)^(\s*)([#+\-](?=[\s#]|$)|>|=)")
_ORDERED = re.compile(r"(?m)^(\s*\d{1,9})([.)])(?=\s|$)")  # „2022. …” starts a list at 2022
_SHORTCODE = re.compile(r":(?=[A-Za-z_/+\-][\w/+\-]*:)")


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
    """`text` for a Streamlit call that reads markdown: cleaned, every character that would
    make markdown of it escaped (so it prints as typed)."""
    text = _MARKDOWN.sub(r"\\\1", clean(text))
    text = _SHORTCODE.sub(r"\\:", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


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
