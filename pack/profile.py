"""A page model on one printable A4 page (portrait): title, key figures, each section's title,
headline and first table rows, and the source — for the UAT profile of the County map. The
fonts, footer and demonstration band are the council report's (pack.report)."""

from __future__ import annotations

from datetime import datetime

from display.i18n import t
from pack.report import FONT, INK, MUTED, _Report
from pack.text import table_rows
from views.model import PageModel, Section

PAGE_H = 297.0
BOTTOM = PAGE_H - 30  # below: the source lines, then the footer
ROW_H = 3.8  # mm, one line of 7-point text
MAX_ROWS = {"table": 8, "chart": 0, "map": 0}
FIRST_ROWS = 18  # the first table (the UAT's services) gets more


def _fit(pdf: _Report, text: str, width: float) -> str:
    """`text` cut at a word with "…" to fit `width` mm in the current font (inside a word only
    when its first word alone is too wide)."""
    text = " ".join(str(text).split())
    if pdf.get_string_width(text) <= width - 1.5:
        return text
    while " " in text and pdf.get_string_width(text + "…") > width - 1.5:
        text = text.rsplit(" ", 1)[0].rstrip(" ,;:–-")
    while text and pdf.get_string_width(text + "…") > width - 1.5:
        text = text[:-1]
    return text + "…"


def _two_lines(pdf: _Report, text: str, width: float) -> tuple[str, str]:
    """A header over two lines, broken between words (the second cut with "…" only when even
    two lines are not enough)."""
    words = " ".join(str(text).split()).split(" ")
    first: list[str] = []
    while words and pdf.get_string_width(" ".join([*first, words[0]])) <= width - 1.5:
        first.append(words.pop(0))
    if not first:  # one word wider than the column
        return _fit(pdf, " ".join(words), width), ""
    return " ".join(first), _fit(pdf, " ".join(words), width) if words else ""


def _widths(header: list[str], rows: list[list[str]], total: float) -> list[float]:
    weights = [
        min(max([min(len(h), 14), *(len(r[i]) for r in rows), 4.0]), 48.0)
        for i, h in enumerate(header)
    ]
    return [total * w / sum(weights) for w in weights]


def _grid(pdf: _Report, header: list[str], rows: list[list[str]]) -> None:
    """A one-line-per-row table (cells cut to their width, never wrapped)."""
    widths = _widths(header, rows, pdf.w - pdf.l_margin - pdf.r_margin)
    pdf.set_font(FONT, "B", 7)
    for i, text in enumerate(header):  # room for the header's longest word, from the widest
        need = max(pdf.get_string_width(w) for w in str(text).split() or [""]) + 2
        if widths[i] < need:
            widest = max(range(len(widths)), key=widths.__getitem__)
            widths[widest] -= need - widths[i]
            widths[i] = need
    pdf.set_fill_color(230, 236, 242)
    lines = [_two_lines(pdf, text, w) for text, w in zip(header, widths, strict=True)]
    for line, border in ((0, "LTR"), (1, "LBR")):  # headers wrap at a word, never cut mid-word
        for pair, w in zip(lines, widths, strict=True):
            pdf.cell(w, ROW_H, pair[line], border=border, fill=True)
        pdf.ln(ROW_H)
    pdf.set_font(FONT, "", 7)
    for row in rows:
        for text, w in zip(row, widths, strict=True):
            pdf.cell(w, ROW_H, _fit(pdf, text, w), border=1)
        pdf.ln(ROW_H)


def _section(pdf: _Report, section: Section, lang: str, cap: int) -> bool:
    """Draw one section within the page; False when no room was left for it."""
    lines = 1 + (1 if section.headline else 0)
    if pdf.get_y() + lines * 4.5 + (2 * ROW_H if cap and len(section.table) else 0) > BOTTOM:
        return False
    pdf.set_font(FONT, "B", 9.5)
    pdf.set_text_color(*INK)
    pdf.cell(0, 5, _fit(pdf, section.title, pdf.w - 24), new_x="LMARGIN", new_y="NEXT")
    if section.headline:
        pdf.set_font(FONT, "", 8)
        pdf.multi_cell(0, 3.8, section.headline, new_x="LMARGIN", new_y="NEXT")
    if cap and len(section.table):
        room = int((BOTTOM - pdf.get_y()) // ROW_H) - 3  # the two header lines, a "more" line
        shown = max(0, min(cap, len(section.table), room))
        if shown:
            header = [str(c) for c in section.table.columns]
            _grid(pdf, header, table_rows(section.table.head(shown), lang))
        if len(section.table) > shown:
            pdf.set_font(FONT, "", 7)
            pdf.set_text_color(*MUTED)
            more = t("map.profile.pdf_more", lang, n=len(section.table) - shown)
            pdf.cell(0, ROW_H, more, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    return True


def one_page_pdf(
    model: PageModel, lang: str, *, subtitle: str = "", now: datetime | None = None
) -> bytes:
    """`model` on exactly one A4 page: what does not fit is cut, with a "more in the app" line."""
    now = now or datetime.now()
    stamp = t("pack.generated", lang, time=now.strftime("%d.%m.%Y %H:%M"))
    demo = t("pack.demo_mark", lang) if model.demo else None
    pdf = _Report(f"{model.title} · {stamp}", demo, orientation="portrait")
    pdf.set_auto_page_break(False)  # one page, whatever the content
    pdf.set_margins(12, 12, 12)
    pdf.set_title(model.title)
    pdf.set_lang("ro-RO" if lang == "ro" else "en-GB")
    pdf.add_page()
    pdf.heading(model.title, 16)
    for line in (subtitle, *[f"{label}: {value}" for label, value in model.filters]):
        if line:
            pdf.para(line, 8, muted=True)
    if demo:
        pdf.para(demo, 8, bold=True)
    if model.kpis:
        pdf.para("   ·   ".join(f"{k.label}: {k.value}" for k in model.kpis), 10, bold=True)
    pdf.ln(1)
    first = True
    for section in model.sections:
        cap = MAX_ROWS[section.kind] if section.kind != "table" or not first else FIRST_ROWS
        if section.kind == "table":
            first = False
        if not _section(pdf, section, lang, cap):
            break
    pdf.set_y(BOTTOM + 2)
    sources = dict.fromkeys(s for s in (model.caption, *(x.source for x in model.sections)) if s)
    pdf.set_font(FONT, "", 6.5)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(0, 2.8, " · ".join(sources)[:600], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
