"""The council report (PDF, A4 landscape): the same content as the deck, for print and e-mail."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from display.i18n import t
from pack.model import PackSpec, PackView
from pack.text import (
    column_groups,
    created_text,
    demo_mark,
    filters_text,
    footer_text,
    pick,
    sources,
    table_rows,
)

# DejaVu has every Romanian letter (ă â î ș ț); Debian's fonts-dejavu-core installs it.
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"
INK, MUTED = (31, 42, 55), (85, 95, 107)
DEMO_FILL = (176, 0, 32)  # white on it: 7,6:1


class FontMissingError(RuntimeError):
    """The Unicode font the PDF embeds is not installed."""


KEEP_WITH_TABLE_MM = 45  # an appendix heading, the table's header and its first rows


class _Report(FPDF):
    """A4 pages (landscape unless told) with the pack's footer on each."""

    def __init__(
        self, footer_line: str, demo_line: str | None = None, *, orientation: str = "landscape"
    ) -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.footer_line = footer_line
        self.demo_line = demo_line
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            path = FONT_DIR / name
            if not path.exists():
                raise FontMissingError(f"{path} missing (apt-get install fonts-dejavu-core)")
            self.add_font(FONT, style, str(path))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(14, 12, 14)

    def header(self) -> None:
        """A red band with the demonstration mark, on every page of a pack that shows them."""
        if not self.demo_line:
            return
        self.set_fill_color(*DEMO_FILL)
        self.set_text_color(255, 255, 255)
        self.set_font(FONT, "B", 10)
        self.set_xy(0, 0)
        self.cell(self.w, 7, self.demo_line, align="C", fill=True)
        self.set_xy(self.l_margin, 12)

    def footer(self) -> None:
        """Filters · as of · pack id, and the page number."""
        self.set_y(-13)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, f"{self.footer_line} · {self.page_no()}", align="L")

    def heading(self, text: str, size: int = 18) -> None:
        """A bold heading line."""
        self.set_font(FONT, "B", size)
        self.set_text_color(*INK)
        self.multi_cell(0, size * 0.5, text)
        self.ln(2)

    def para(self, text: str, size: int = 11, *, bold: bool = False, muted: bool = False) -> None:
        """A wrapped paragraph, ragged right (justified short lines open wide gaps)."""
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*(MUTED if muted else INK))
        self.multi_cell(0, size * 0.45, text, align="L")
        self.ln(1.5)

    def grid(self, header: list[str], rows: list[list[str]]) -> None:
        """A table with a repeated header row."""
        self.set_font(FONT, "", 9)
        self.set_text_color(*INK)
        with self.table(
            headings_style=FontFace(emphasis="BOLD", fill_color=(230, 236, 242)),
            line_height=5, repeat_headings=1, text_align="LEFT",
        ) as table:  # fmt: skip
            table.row(header)
            for row in rows:
                table.row(row)


def _chart_page(pdf: _Report, view: PackView, png: bytes | None) -> None:
    pdf.add_page()
    pdf.heading(view.title)
    pdf.para(view.message, 14, bold=True)
    if png:
        top = pdf.get_y() + 1
        # room below for a source of up to three lines above the footer
        pdf.image(io.BytesIO(png), x=14, y=top, w=269, h=200 - 30 - top, keep_aspect_ratio=True)
        pdf.set_y(200 - 28)
    pdf.para(view.source, 9, muted=True)


def build_pdf(spec: PackSpec, images: Sequence[bytes | None]) -> bytes:
    """The report as bytes; `images[i]` is the PNG of `spec.charts[i]`."""
    lang = spec.lang
    pdf = _Report(footer_text(spec), demo_mark(spec))
    pdf.set_title(f"{t('pack.deck_title', lang)} — {spec.page_title}")
    pdf.set_subject(t("pack.id", lang, id=spec.pack_id))
    pdf.set_lang("ro-RO" if lang == "ro" else "en-GB")

    pdf.add_page()
    pdf.ln(30)
    pdf.heading(t("pack.deck_title", lang), 30)
    pdf.heading(spec.page_title, 22)
    pdf.ln(6)
    for line in (
        t("pack.filters", lang, text=filters_text(spec)),
        spec.as_of,
        t("pack.id", lang, id=spec.pack_id),
        t("pack.generated", lang, time=created_text(spec)),
        t("pack.link", lang, url=spec.link),
        *([mark] if (mark := demo_mark(spec)) else []),
    ):
        pdf.para(line, 13, muted=True)

    if spec.kpis:
        pdf.add_page()
        pdf.heading(t("pack.key_figures", lang))
        pdf.grid([t("pack.col.figure", lang), t("pack.col.value", lang)], [
            [label, value] for label, value in spec.kpis
        ])  # fmt: skip
    for view, png in zip(spec.charts, images, strict=True):
        _chart_page(pdf, view, png)
    for i, view in enumerate(spec.charts):
        if i == 0:
            pdf.add_page()
        else:
            pdf.ln(6)
            if pdf.will_page_break(KEEP_WITH_TABLE_MM):  # a heading never ends a page alone
                pdf.add_page()
        pdf.heading(t("pack.appendix", lang, title=view.title), 14)
        header = [str(c) for c in view.table.columns]
        every = table_rows(view.table, lang)
        for columns in column_groups(header, every):  # continues, the name on every part
            pdf.grid([header[c] for c in columns], pick(every, columns))
    pdf.add_page()
    pdf.heading(t("pack.sources", lang))
    for line in sources(spec):
        pdf.para(line)
    pdf.para(t("pack.sources_note", lang), muted=True)
    return bytes(pdf.output())
