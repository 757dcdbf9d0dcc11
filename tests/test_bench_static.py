"""The static twin of a page (`bench/static.py`, timed by `make bench`): one HTML file that holds
every key figure, section title, headline, table and figure of the model, with plotly.js inline."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from bench.static import page_html
from views.model import Kpi, PageModel, Section


def test_written_page_holds_every_section_title_table_and_figure():
    places = pd.DataFrame({"Componenta": ["Copii și familie", "Vârstnici"], "Locuri": [1418, 96]})
    model = PageModel(
        path="",
        title="Privire de ansamblu",
        kpis=(Kpi("Locuri", "1.514"),),
        sections=(
            Section("places", "Locuri pe componente", "Sursa: planul 2022",
                    figure=go.Figure(go.Bar(x=places["Componenta"], y=places["Locuri"])),
                    table=places, headline="Cele mai multe locuri: Copii și familie", width="half"),
            Section("budget", "Buget <b>& cost</b>", "Sursa: Cap. I.A", width="half",
                    figure=go.Figure(go.Bar(x=["a"], y=[2])), table=places.head(1)),
            Section("registry", "Registrul serviciilor", "Sursa: registrul", kind="table",
                    table=pd.DataFrame({"Serviciu": ["CRRN Bacău"], "Capacitate": [1250]})),
            Section("empty", "Fără date", "Sursa: —", headline="Nu există valori raportate."),
        ),
    )  # fmt: skip
    page = page_html(model, "ro")

    for title in ("Locuri pe componente", "Buget &lt;b&gt;&amp; cost&lt;/b&gt;",
                  "Registrul serviciilor", "Fără date", "Nu există valori raportate."):  # fmt: skip
        assert f">{title}<" in page, title
    assert "<b>& cost</b>" not in page  # a title is text, never markup
    assert '<div class="label">Locuri</div><div class="value">1.514</div>' in page
    # the registry table and each chart's data table, numbers as the reader reads them
    assert "<td>CRRN Bacău</td>" in page and "<td>1.250</td>" in page
    assert page.count("<td>1.418</td>") == 2  # under the places chart and under the budget chart
    assert page.count("<details><summary>Datele graficului (tabel)</summary>") == 2
    # the two half-width cards share a row; a drawn figure per chart, none for the empty section
    assert re.search(
        r'<div class="row"><section class="card" id="places">.*?id="budget"', page, re.S
    )
    assert page.count("Plotly.newPlot(") == 2
    assert 'id="places-chart"' in page and 'id="budget-chart"' in page
    assert "<li><b>CRRN</b> — Centrul de recuperare" in page  # the page's glossary
    # plotly.js inline, nothing fetched from elsewhere
    assert f"<script>{get_plotlyjs()}</script>" in page
    markup = page.replace(get_plotlyjs(), "")
    assert "<script src=" not in markup and "https://" not in markup
