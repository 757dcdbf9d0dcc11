"""Charts that read on a slide and in a pack: level numbers, whole bar names, numbers apart,
plain fills, tables that continue with their names (issue 25, item 4)."""

from __future__ import annotations

import pandas as pd
import pytest

from display import charts, trends
from pack import text
from pack.render import large_figure

LONG = (
    "Complexul de servicii sociale Pro Familia Bacău și Rețeaua Casa Mea (valoare tipărită la "
    "rândul 11; rândurile 10 și 12–27 nu au alt buget)"
)


def test_long_bar_names_are_cut_at_a_word_and_whole_on_hover():
    names = [LONG, "CIA Comănești (rândul 42)", LONG + " bis"]
    fig = charts.value_bars(names, [64518.0, 107640.0, 1.0])
    shown = list(fig.data[0].y)
    assert shown[0] == "Complexul de servicii sociale Pro Familia Bacău…"
    assert shown[1] == "CIA Comănești (rândul 42)"
    assert len(set(shown)) == 3  # two names cut alike never merge into one bar
    assert list(fig.data[0].hovertext) == names
    assert all(len(s) <= charts.BAR_LABEL + len("… (2)") for s in shown)


@pytest.mark.parametrize(
    "fig",
    [
        charts.value_bars(["a", "b"], [1.0, 2.0]),
        charts.grouped_bars(["2022", "2023"], [("x", [1.0, 2.0], "#000000")]),
        charts.component_bars(["a"], [3.0], ["children"]),
    ],
)
def test_numbers_on_bars_stay_level_and_hide_when_they_do_not_fit(fig):
    """No rotated, shrunken number in a thin bar: level, one size, hidden when too small."""
    assert all(bar.textangle == 0 for bar in fig.data if bar.type == "bar")
    assert fig.layout.uniformtext.mode == "hide"
    assert fig.layout.uniformtext.minsize == charts.MIN_TEXT


def test_late_kinds_are_plain_fills_with_readable_numbers():
    from views import lateness

    fig = lateness._stacked(["Plan"], {"missed": [2], "unreported": [5], "behind": [1]},
                            lambda key, **_: key, "ro")  # fmt: skip
    for bar in fig.data:
        assert not bar.marker.pattern.shape, bar.name  # a hatch hid the number printed on it
        assert bar.textangle == 0
    colours = {bar.name: (bar.marker.color, bar.textfont.color) for bar in fig.data}
    assert colours["late.kind.unreported"] == ("#595959", "#ffffff")  # 7,0:1
    assert colours["late.kind.behind"] == ("#E69F00", "#000000")  # 9,7:1
    assert colours["late.kind.missed"] == ("#A6342A", "#ffffff")  # 7,2:1


def test_two_close_lines_print_their_numbers_apart():
    """1.662 and 1.726 in the same year: the higher above its marker, the lower below."""
    fig = trends.year_lines(
        {
            "Locuri": ([2021, 2022], [1726.0, 1700.0]),
            "Beneficiari": ([2021, 2022], [1662.0, 1710.0]),
        },
        separators=",.",
    )  # fmt: skip
    positions = {line.name: list(line.textposition) for line in fig.data}
    assert positions == {
        "Locuri": ["top center", "bottom center"],
        "Beneficiari": ["bottom center", "top center"],
    }


def test_a_short_slide_shrinks_bar_names_so_every_row_keeps_its_name():
    names = [f"Serviciul {i}" for i in range(18)]
    fig = charts.value_bars(names, [float(i) for i in range(18)])
    tall = large_figure(fig, font_size=18, height=700)
    short = large_figure(fig, font_size=18, height=300)
    assert tall.layout.yaxis.tickfont.size == 16
    assert short.layout.yaxis.tickfont.size == 10  # (300 − 90) / 18 rows × 0,7 ≈ 8 → 10 px
    assert large_figure(fig, font_size=18, height=300).layout.height == 300


def test_a_continued_table_repeats_the_row_number_and_the_name():
    header = ["Nr. crt.", "Instituția", *[f"c{i}" for i in range(12)]]
    rows = [["37", "Centrul Pietricica", *["1.234"] * 12], ["41", "CSSPD Târgu Ocna", *["0"] * 12]]
    assert text.key_columns(rows) == [0, 1]
    groups = text.column_groups(header, rows)
    assert groups == [[0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 8, 9, 10, 11, 12, 13]]
    # a table led by its name repeats the name alone
    assert text.key_columns([["Răcăciuni", "42,4"]]) == [0]
    assert text.column_groups(header) == [[0, *range(1, 8)], [0, *range(8, 14)]]  # no rows: first


def test_appendix_rows_are_sliced_by_their_height():
    """Rows whose long names wrap take more room: a slice holds fewer of them."""
    chars = [10, 40]
    assert text.row_lines(["1", "x " * 60], chars) == 3
    short = [["1", "scurt"]] * 25
    tall = [["1", "cuvânt " * 30]] * 25  # 210 characters: 6 lines at 40
    kwargs = dict(height=5.3, line=0.19, padding=0.1, min_row=0.3, max_rows=10)
    assert [len(p) for p in text.fitted_chunks(["Nr.", "Nume"], short, chars, **kwargs)] == [
        10,
        10,
        5,
    ]
    sizes = [len(p) for p in text.fitted_chunks(["Nr.", "Nume"], tall, chars, **kwargs)]
    assert max(sizes) == 4 and sum(sizes) == 25  # 0,3 + 4 × 1,24 = 5,26 in ≤ 5,3 in
    assert list(text.fitted_chunks(["a"], [], [5], **kwargs)) == [[]]


def test_the_deck_appendix_stays_on_its_slides(tmp_path):
    """A table of long names continues on the next slide instead of running off this one."""
    from datetime import datetime

    from pptx import Presentation

    from pack.deck import TABLE_HEIGHT, TABLE_LINE, TABLE_ROW, build_pptx
    from pack.model import PackSpec
    from views.model import Section

    table = pd.DataFrame({
        "Nr. crt.": list(range(1, 13)),
        "Instituția": [LONG] * 12,
        "Locuri": [50] * 12,
    })  # fmt: skip
    spec = PackSpec(
        pack_id="20261207-000000-abcd", created_at=datetime(2026, 12, 7), lang="ro",
        page_title="Test", page_path="", filters=(("Componentă", "Toate"),), query={},
        as_of="Date la 30.11.2026.", views=(Section("t", "Tabel", "Sursa", table=table,
                                                    kind="table"),),
    )  # fmt: skip
    deck = Presentation(tmp_path.joinpath("d.pptx").write_bytes(build_pptx(spec, [None]))
                        and str(tmp_path / "d.pptx"))  # fmt: skip
    tables = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    assert len(tables) >= 2 and sum(len(t.rows) - 1 for t in tables) == 12
    for t in tables:
        widths = [c.width for c in t.columns]
        lines = [
            max(text.row_lines([cell.text], [int((w - 0.2 * 914400) / (6.2 * 12700))])
                for cell, w in zip(row.cells, widths, strict=True))
            for row in t.rows
        ]  # fmt: skip
        assert sum(max(TABLE_ROW, n * TABLE_LINE + 0.1) for n in lines) <= TABLE_HEIGHT


def test_an_appendix_heading_never_ends_a_page_alone(tmp_path):
    """Whatever the first table's length, the next table's heading starts on the page its
    table starts on (it stood alone at the foot of a page, its table overleaf)."""
    import subprocess
    from datetime import datetime

    from pack.model import PackSpec
    from pack.report import build_pdf
    from views.model import Section

    def table(n: int) -> pd.DataFrame:
        return pd.DataFrame({"Nr. crt.": list(range(1, n + 1)), "Nume": ["Centrul"] * n})

    for n in range(30, 62, 2):  # the first table ends lower and lower on its page
        views = (
            Section("a", "Primul", "Sursa", table=table(n), kind="table"),
            Section("b", "Al doilea", "Sursa", table=table(3), kind="table"),
        )
        spec = PackSpec(
            pack_id="20261207-000000-abcd", created_at=datetime(2026, 12, 7), lang="ro",
            page_title="Test", page_path="", filters=(("Componentă", "Toate"),), query={},
            as_of="Date la 30.11.2026.", views=views,
        )  # fmt: skip
        pdf = tmp_path / f"r{n}.pdf"
        pdf.write_bytes(build_pdf(spec, [None, None]))
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for page in text.split("\f"):
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            if "Anexă — datele graficului: Al doilea" in page:
                heading = next(i for i, line in enumerate(lines) if "Al doilea" in line)
                assert any("Centrul" in line for line in lines[heading:]), (n, lines[-4:])


def test_close_lines_under_a_far_one_still_print_apart_and_whole():
    """The budget by component: 59.559 and 36.868 far above 1.726 and 1.662 — the two close
    ones alternate too (both went below their markers, on one another), and the highest
    number has room under the legend."""
    fig = trends.year_lines(
        {
            "Dizabilități": ([2022], [59559.0]),
            "Copii": ([2022], [36868.0]),
            "Mai multe": ([2022], [1726.0]),
            "Vârstnici": ([2022], [1662.0]),
        },
        separators=",.",
    )  # fmt: skip
    positions = {line.name: line.textposition[0] for line in fig.data}
    assert positions["Mai multe"] == "top center" and positions["Vârstnici"] == "bottom center"
    assert all(line.cliponaxis is False for line in fig.data)
    assert fig.layout.yaxis.range[1] > 59559 * 1.1
