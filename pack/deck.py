"""The council deck (PPTX, 16:9): title, key figures, a slide per chart, data appendix, sources."""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from display.i18n import t
from pack.model import PackSpec, PackView
from pack.text import (
    column_groups,
    created_text,
    demo_mark,
    filters_text,
    fitted_chunks,
    footer_text,
    pick,
    sources,
    table_rows,
)

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.5)
INK = RGBColor(0x1F, 0x2A, 0x37)
MUTED = RGBColor(0x55, 0x5F, 0x6B)
# An appendix table: from TABLE_TOP to the footer, 11 pt type (a line TABLE_LINE in tall, about
# CHAR_PT wide a character, cell margins included in each row's 0.1 in), rows TABLE_ROW in at least.
TABLE_TOP, TABLE_HEIGHT = 1.5, 5.3
TABLE_LINE, TABLE_ROW, CHAR_PT = 0.19, 0.3, 6.2
CELL_MARGINS = Inches(0.2)  # a cell's left and right margins
DEMO_INK, DEMO_FILL = RGBColor(0xFF, 0xFF, 0xFF), RGBColor(0xB0, 0x00, 0x20)  # 7,6:1


def _text(
    slide: Slide, top: float, height: float, text: str, *, size: int,
    bold: bool = False, colour: RGBColor = INK,
) -> None:  # fmt: skip
    """A full-width text box at `top` (inches)."""
    box = slide.shapes.add_textbox(MARGIN, Inches(top), Emu(WIDTH - 2 * MARGIN), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour


def _demo_band(slide: Slide, spec: PackSpec) -> None:
    """A red band across the top of the slide when the pack shows demonstration values."""
    mark = demo_mark(spec)
    if mark is None:
        return
    band = slide.shapes.add_textbox(Emu(0), Emu(0), WIDTH, Inches(0.32))
    band.fill.solid()
    band.fill.fore_color.rgb = DEMO_FILL
    run = band.text_frame.paragraphs[0].add_run()
    run.text = mark
    run.font.size, run.font.bold, run.font.color.rgb = Pt(13), True, DEMO_INK


def _slide(deck: Deck, spec: PackSpec, title: str) -> Slide:
    """A blank slide with its title and the footer (filters · as of · pack id), marked when
    it shows demonstration values."""
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _demo_band(slide, spec)
    _text(slide, 0.3, 0.8, title, size=28 if len(title) <= 48 else 22, bold=True)
    _text(slide, 6.95, 0.4, footer_text(spec), size=11, colour=MUTED)
    return slide


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG from its header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _picture(slide: Slide, png: bytes, top: float, max_height: float) -> None:
    """The chart image, as large as fits below `top`, centred."""
    px_w, px_h = _png_size(png)
    box_w, box_h = WIDTH - 2 * MARGIN, Inches(max_height)
    scale = min(box_w / px_w, box_h / px_h)
    width, height = int(px_w * scale), int(px_h * scale)
    left = Emu(int((WIDTH - width) / 2))
    slide.shapes.add_picture(io.BytesIO(png), left, Inches(top), Emu(width), Emu(height))


def _widths(header: list[str], rows: list[list[str]]) -> list[Emu]:
    """Column widths in proportion to their longest text (capped), filling the slide width."""
    weights = [
        min(max(len(text) for text in [name, *(row[c] for row in rows)]), 48) + 4
        for c, name in enumerate(header)
    ]
    total = int(WIDTH - 2 * MARGIN)
    return [Emu(int(total * w / sum(weights))) for w in weights]


def _table(slide: Slide, header: list[str], rows: list[list[str]], top: float) -> None:
    """A simple table: header row plus `rows`, small type."""
    shape = slide.shapes.add_table(
        len(rows) + 1, len(header), MARGIN, Inches(top), Emu(WIDTH - 2 * MARGIN),
        Inches(0.3 * (len(rows) + 1)),
    )  # fmt: skip
    table = shape.table
    for i, width in enumerate(_widths(header, rows)):
        table.columns[i].width = width
    for c, name in enumerate(header):
        table.cell(0, c).text = name
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for row in table.rows:
        for cell in row.cells:
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(11)


def _chart_slide(deck: Deck, spec: PackSpec, view: PackView, png: bytes | None) -> None:
    """Title, the sentence, the picture, and its source above the footer: a long source (the
    map's) takes smaller type and more lines, and the picture shrinks to leave it room."""
    slide = _slide(deck, spec, view.title)
    _text(slide, 1.1, 0.75, view.message, size=18, bold=True)
    size = 12 if len(view.source) <= 300 else 10
    per_line = 150 if size == 12 else 180  # characters across the slide at that size
    lines = -(-len(view.source) // per_line)
    source_top = 6.9 - lines * (0.22 if size == 12 else 0.19)
    if png:
        _picture(slide, png, 1.95, max(source_top - 2.0, 2.5))
    _text(slide, source_top, 6.9 - source_top, view.source, size=size, colour=MUTED)


def build_pptx(spec: PackSpec, images: Sequence[bytes | None]) -> bytes:
    """The deck as bytes; `images[i]` is the PNG of `spec.charts[i]`."""
    lang = spec.lang
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    deck.core_properties.title = f"{t('pack.deck_title', lang)} — {spec.page_title}"
    deck.core_properties.identifier = spec.pack_id

    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _demo_band(slide, spec)
    _text(slide, 1.6, 1.0, t("pack.deck_title", lang), size=40, bold=True)
    _text(slide, 2.6, 0.8, spec.page_title, size=28)
    lines = [
        t("pack.filters", lang, text=filters_text(spec)),
        spec.as_of,
        t("pack.id", lang, id=spec.pack_id),
        t("pack.generated", lang, time=created_text(spec)),
        t("pack.link", lang, url=spec.link),
        *([mark] if (mark := demo_mark(spec)) else []),
    ]
    _text(slide, 3.7, 2.8, "\n".join(lines), size=18, colour=MUTED)

    if spec.kpis:
        slide = _slide(deck, spec, t("pack.key_figures", lang))
        _table(slide, [t("pack.col.figure", lang), t("pack.col.value", lang)], [
            [label, value] for label, value in spec.kpis
        ], 1.5)  # fmt: skip
    for view, png in zip(spec.charts, images, strict=True):
        _chart_slide(deck, spec, view, png)
    for view in spec.charts:
        header = [str(c) for c in view.table.columns]
        every = table_rows(view.table, lang)
        part = 0
        for columns in column_groups(header, every):  # „Nr. crt.” and the name on every part
            shown, cells = [header[c] for c in columns], pick(every, columns)
            chars = [int((w - CELL_MARGINS) / Pt(CHAR_PT)) for w in _widths(shown, cells)]
            for rows in fitted_chunks(
                shown, cells, chars, height=TABLE_HEIGHT, line=TABLE_LINE, padding=0.1,
                min_row=TABLE_ROW,
            ):  # fmt: skip
                title = t("pack.appendix", lang, title=view.title)
                more = f" {t('pack.continued', lang)}" if part else ""
                slide = _slide(deck, spec, title + more)
                _table(slide, shown, rows, TABLE_TOP)
                part += 1
    slide = _slide(deck, spec, t("pack.sources", lang))
    _text(slide, 1.3, 5.0, "\n".join([*sources(spec), "", t("pack.sources_note", lang)]), size=16)

    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
