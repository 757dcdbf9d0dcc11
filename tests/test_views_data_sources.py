"""The /date builder (views/data_sources.py), from the curated files and the seeded store: the
catalogue, a searched table, an indicator's lineage — what the page shows, without Streamlit."""

from __future__ import annotations

import pandas as pd
import pytest

from views import data_sources
from views.model import Query
from views.pages import BY_PATH


def test_the_page_declares_this_builder_and_no_pack():
    page = BY_PATH["date"]
    assert page.builder == "views.data_sources" and not page.packable
    assert page.build() is data_sources.build and data_sources.PATH == "date"


def test_the_catalogue_lists_every_curated_file_with_its_row_count():
    model = data_sources.build(Query(lang="ro"))
    assert model.title == "Date și surse"
    assert list(model.catalogue.columns) == [
        "Fișier", "Conținut", "Rânduri", "Sursa", "Actualizat", "Produs de",
    ]  # fmt: skip
    rows = dict(zip(model.catalogue["Fișier"], model.catalogue["Rânduri"], strict=True))
    # wc -l minus the header: 61-1 services, 22-1 budget cells, 866-1 indicators (Romanian
    # thousands: "865", no separator under 1.000), 16-1 milestones
    assert rows["services.csv"] == "60"
    assert rows["budget_groups.csv"] == "21"
    assert rows["indicators.csv"] == "865"
    assert rows["milestones.csv"] == "15"
    assert model.tables["services.csv"] == (
        "services.csv — Registrul serviciilor sociale DGASPC Bacău, 2022"
    )
    assert set(model.descriptions) == set(model.tables)


def test_a_searched_table_counts_its_matches_and_labels_its_columns():
    table = data_sources.curated_table("milestones.csv", "p22-1.1.4-i1", "ro")
    assert table.matches == "2 din 15 rânduri"
    assert len(table.shown) == len(table.download) == 2
    assert "indicator_id" not in table.shown.columns  # labelled, never the contract's name
    assert list(table.columns.columns) == ["Coloană", "Semnificație și unitate"]
    assert len(table.columns) == 3 and table.name == "milestones"
    everything = data_sources.curated_table("milestones.csv", "   ", "en")
    assert everything.matches == "15 of 15 rows"


def test_search_ignores_case_and_is_not_a_pattern():
    # "(" would be an unbalanced group as a regular expression
    assert data_sources.curated_table("indicators.csv", "UAT(", "ro").matches.startswith("1 din")
    assert data_sources.curated_table("indicators.csv", "uat(", "ro").matches.startswith("1 din")


def test_the_lineage_of_an_indicator_read_from_the_2022_plan():
    choices = data_sources.indicator_choices()
    assert choices["p22-1.1.4-i1"].startswith("p22-1.1.4-i1 — Minim 100 PIS reintegrare")
    line = data_sources.lineage("p22-1.1.4-i1", "ro")
    assert line.verbatim.startswith("Minim 100 PIS reintegrare puse în aplicare")
    assert line.activity == (
        "1.1.4 — Monitorizarea și acordarea de servicii familiei naturale a copilului ulterior "
        "instituționalizării."
    )
    assert line.where.endswith(", linia 1301") and "Planul anual de acțiune" in line.where
    assert line.excerpt is not None
    marked = [row for row in line.excerpt.splitlines() if row.startswith("▶")]
    assert len(marked) == 1 and marked[0].startswith("▶  1301 │ ‐")
    assert "reintegrare" in marked[0]  # the source's own spacing (no-break spaces) kept
    # two lines before, four after: 1299 … 1305
    assert [int(r[1:].split("│")[0]) for r in line.excerpt.splitlines()] == list(range(1299, 1306))
    fields = dict(zip(line.fields.iloc[:, 0], line.fields.iloc[:, 1], strict=True))
    assert "plan_2022" not in " ".join(map(str, fields.values()))  # the plan by its title
    assert line.milestones is not None and len(line.milestones) == 2
    # corrections_plan_2022.csv: three rows name p22-1.1.4-i1 (its split target), none 1.1.4
    assert line.corrections is not None and len(line.corrections) == 3


def test_a_correction_of_the_indicator_is_shown_and_none_is_said():
    corrected = data_sources.lineage("p22-5.2.2-b-i1", "ro")  # „Peste 100”: direction → min
    assert corrected.corrections is not None and len(corrected.corrections) == 1
    assert "„Peste 100” (mai mult de 100) este un minim" in corrected.corrections.to_numpy()
    assert corrected.milestones is None
    plain = data_sources.lineage("p22-5.2.2-b-i2", "ro")  # its sibling: nothing corrected
    assert (
        plain.corrections is None and plain.verbatim == "Minim 3 beneficiari reintegrați în familie"
    )


def test_an_unknown_indicator_is_a_key_error():
    with pytest.raises(KeyError):
        data_sources.lineage("nu-exista", "ro")


def test_the_catalogue_has_no_empty_cell_shown_as_none():
    model = data_sources.build(Query(lang="en"))
    cells = model.catalogue.astype(str).to_numpy().ravel()
    assert not any(c in ("None", "nan") for c in cells)
    assert isinstance(model.catalogue, pd.DataFrame) and model.title == "Data and sources"
