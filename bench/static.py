"""The static twin of a page (`make bench`): a builder page's model written as ONE HTML file —
the same plotly figures (plotly.js inline: nothing is fetched, nothing leaves the machine), the
same tables as HTML and the same key figures — so headless Chromium can time the page against
the limit of what its figures and tables cost to draw without Streamlit.

A map section is drawn as its static figure (the plotly figure slides and the council pack draw;
the screen draws the same classes with deck.gl). Download buttons, the sidebar and the page's
own selectors are not part of the twin: they are Streamlit widgets, not the page's content.

`python -m bench.static OUT_DIR` writes `<page>.html` for every page with a builder (with the
store of DATABASE_URL, as the screen sees it) and prints, as JSON, each file and how long its
model took to build and to write.
"""

from __future__ import annotations

import html
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd
from plotly.offline import get_plotlyjs

from display.i18n import translator
from display.tables import as_text
from readers.reported import data_key, demo_values_exist
from views.model import PageModel, Query, Section
from views.pages import PAGES, builder_of

Tr = Callable[..., str]

# Ready when the document is loaded and every plotly figure has drawn its SVG (the same measure
# as the Streamlit pages': until every chart and map is drawn).
READY_JS = """() => {
  if (document.readyState !== 'complete') return false;
  const plots = document.querySelectorAll('.js-plotly-plot, .plotly-graph-div');
  if (!plots.length && document.querySelector('[data-chart]')) return false;
  for (const p of plots) if (!p.querySelector('.main-svg')) return false;
  return true;
}"""

STYLE = """
body { font-family: "Source Sans Pro", sans-serif; margin: 0; color: #31333f; }
main { max-width: 1200px; margin: 0 auto; padding: 3rem 1rem; }
.kpis { display: flex; flex-wrap: wrap; gap: .5rem; }
.kpi { border: 1px solid #ddd; border-radius: .5rem; padding: .75rem 1rem; flex: 1 1 auto; }
.kpi .value { font-size: 2.25rem; }
.row { display: flex; gap: 1rem; } .row > .card { flex: 1 1 0; min-width: 0; }
.card { border: 1px solid #ddd; border-radius: .5rem; padding: 1rem; margin: 1rem 0; }
.caption, .source, .note { color: #808495; font-size: .875rem; }
.notice { background: #fffce7; padding: .75rem; border-radius: .5rem; }
table { border-collapse: collapse; font-size: .875rem; display: block; overflow: auto;
        max-height: 400px; }
td, th { border: 1px solid #eee; padding: .25rem .5rem; }
.swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #555; }
"""


def page_html(model: PageModel, lang: str = "ro") -> str:
    """The whole page of `model` as one self-contained HTML document."""
    tr = translator(lang)
    parts = [f"<h1>{_e(model.title)}</h1>"]
    if model.intro:
        parts.append(f'<p class="caption">{_e(model.intro)}</p>')
    parts += [f'<p class="notice">{_e(n)}</p>' for n in model.notices]
    if model.kpis:
        tiles = "".join(
            f'<div class="kpi"><div class="label">{_e(k.label)}</div>'
            f'<div class="value">{_e(k.value)}</div></div>'
            for k in model.kpis
        )
        parts.append(f'<div class="kpis">{tiles}</div>')
    if model.caption:
        parts.append(f'<p class="caption">{_e(model.caption)}</p>')
    parts += [f'<p><a href="/{_e(path)}">{_e(label)}</a></p>' for path, label in model.links]
    if model.definitions:
        rows = "".join(f"<dt>{_e(n)}</dt><dd>{_e(m)}</dd>" for n, m in model.definitions)
        parts.append(f"<details><summary>{_e(tr('obj.status_legend'))}</summary><dl>{rows}</dl>"
                     "</details>")  # fmt: skip
    parts += _sections(model.sections, lang, tr)
    entries = model.glossary(lang)
    if entries:
        items = "".join(f"<li><b>{_e(a)}</b> — {_e(m)}</li>" for a, m in entries)
        parts.append(f"<details><summary>{_e(tr('glossary.title'))}</summary><ul>{items}</ul>"
                     "</details>")  # fmt: skip
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_e(model.title)}</title><style>{STYLE}</style>"
        f"<script>{get_plotlyjs()}</script></head><body><main>"
        + "\n".join(parts)
        + "</main></body></html>"
    )


def _sections(items: Sequence[Section], lang: str, tr: Tr) -> list[str]:
    """Cards in order; consecutive half-width cards side by side (as the screen)."""
    out, i = [], 0
    while i < len(items):
        pair = items[i : i + 2]
        if len(pair) == 2 and all(s.width == "half" for s in pair):
            out.append('<div class="row">' + "".join(_card(s, lang, tr) for s in pair) + "</div>")
            i += 2
        else:
            out.append(_card(items[i], lang, tr))
            i += 1
    return out


def _card(section: Section, lang: str, tr: Tr) -> str:
    """One section as a card: title, headline, the chart, map or table, source, notes and the
    chart's data table (folded, as the screen's expander)."""
    parts = [f'<section class="card" id="{_e(section.key)}"><h2>{_e(section.title)}</h2>']
    if section.headline:
        parts.append(f"<p><b>{_e(section.headline)}</b></p>")
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in section.notes)
    if not section.shown:
        return "".join([*parts, notes, "</section>"])
    if section.kind == "table":
        parts.append(table_html(section.table, lang))
    else:
        parts.append(_figure_html(section))
        if section.legend:
            parts.append(_legend_html(section))
    parts += [f'<p class="source">{_e(section.source)}</p>', notes]
    if section.kind != "table":
        parts.append(f"<details><summary>{_e(tr('chart.data_table'))}</summary>"
                     f"{table_html(section.table, lang)}</details>")  # fmt: skip
    parts.append("</section>")
    return "".join(parts)


def _figure_html(section: Section) -> str:
    """The section's plotly figure as a div and its script (plotly.js is in the page's head)."""
    assert section.figure is not None  # a shown chart or map section has one
    height = section.figure.layout.height or 450  # Streamlit's default height for plotly
    figure = section.figure.to_html(
        full_html=False, include_plotlyjs=False, include_mathjax=False,
        div_id=f"{section.key}-chart", default_width="100%", default_height=f"{height}px",
        config={"displaylogo": False, "responsive": True},
    )  # fmt: skip
    return f'<div data-chart="{_e(section.key)}">{figure}</div>'


def _legend_html(section: Section) -> str:
    """A map's classes: swatches with their ranges."""
    title = f"<b>{_e(section.legend_title)}</b><br>" if section.legend_title else ""
    lines = [
        f'<span class="swatch" style="background:{_e(c)}"></span> {_e(text)}'
        for c, text in section.legend
    ]
    return f"<p>{title}{'<br>'.join(lines)}</p>"


def table_html(frame: pd.DataFrame, lang: str) -> str:
    """A table as the reader reads it (numbers formatted, gaps as a dash), as HTML."""
    shown, _right = as_text(frame, lang)
    return shown.to_html(index=False, escape=True, border=0, na_rep="")


def _e(text: object) -> str:
    return html.escape(str(text))


def screen_query(lang: str = "ro") -> Query:
    """The query a page's first screen builds with: no component, no page parameters, today,
    the store's data version (as app.py and `python -m pack build` make it)."""
    return Query.of(None, lang, {}, today=date.today(), version=data_key(),
                    demo=demo_values_exist())  # fmt: skip


def write_pages(out_dir: Path, lang: str = "ro") -> dict[str, dict[str, object]]:
    """Write the static twin of every page with a builder into `out_dir`; per URL path the file
    and the milliseconds to build the model and to write the HTML."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, dict[str, object]] = {}
    for _script, path, *_ in PAGES:
        build = builder_of(path)
        if build is None:
            continue
        t0 = time.perf_counter()
        model = build(screen_query(lang))
        t1 = time.perf_counter()
        target = out_dir / f"{path or 'index'}.html"
        target.write_text(page_html(model, lang), encoding="utf-8")
        t2 = time.perf_counter()
        written[path] = {"file": str(target), "build_ms": (t1 - t0) * 1000,
                         "html_ms": (t2 - t1) * 1000}  # fmt: skip
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.static OUT_DIR`: write the twins, print what was written as JSON."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m bench.static OUT_DIR", file=sys.stderr)
        return 2
    print(json.dumps(write_pages(Path(args[0]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
