"""The Objectives model (views.objectives), built without Streamlit from the seeded store."""

from __future__ import annotations

import functools
import re
from datetime import date

import pytest

from views import objectives as view
from views.model import Query

TODAY = date(2026, 5, 4)
SNAKE = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")


def _build(**params: str):
    from store import api

    return view.build(Query.of(None, "ro", params, today=TODAY, version=api.data_version()))


@pytest.fixture(scope="module")
def plan_2022():
    return _build()


@pytest.fixture(scope="module")
def strategy():
    return _build(plan="strategy_2025_2034")


def test_plan_2022_figures(plan_2022):
    assert dict(plan_2022.kpi_pairs)["Indicatori"] == "282"
    # nothing reported in the test store: no false 0, a notice instead
    assert dict(plan_2022.kpi_pairs)["Realizați"] == "—"
    assert any("Nu există încă valori raportate" in n for n in plan_2022.notices)
    assert ("Planul", "Planul anual de acțiune DGASPC Bacău 2022") in plan_2022.filters
    keys = [s.key for s in plan_2022.sections]
    assert keys == ["obj-components", "obj-grid", "obj-behind", "obj-table", "obj-since"]
    assert view.drill_position(plan_2022) == 4


def test_a_bad_plan_is_a_notice_and_falls_back():
    model = _build(plan="<b>x</b>")
    assert model.notices[0].startswith("Planul „<b>x</b>” din adresă nu există")
    assert ("Planul", "Planul anual de acțiune DGASPC Bacău 2022") in model.filters


def test_no_snake_case_header_in_any_table(plan_2022, strategy):
    for model in (plan_2022, strategy):
        for section in model.sections:
            for frame in (section.table, section.downloadable):
                bad = [c for c in frame.columns if SNAKE.match(str(c))]
                assert not bad, (section.key, bad)
    assert "Evoluție" not in plan_2022.section("obj-table").downloadable.columns  # the sparkline


def test_strategy_years_and_trajectory_are_sections(strategy):
    years = strategy.section("obj-by-year")
    labels = list(years.table["Anul"])
    assert labels[0] == "2025" and labels[-1].startswith("2026 (anul curent")  # today 2026
    trajectory = strategy.section("obj-trajectory")
    assert trajectory.figure.layout.shapes[0].fillcolor == "#F0E442"  # the current year shaded
    assert {"obj-by-year", "obj-trajectory"} <= {s.key for s in strategy.shown}  # slides
    chosen = _build(plan="strategy_2025_2034", traiectorie="s25-copii-2.1.1-i2")
    assert chosen.section("obj-trajectory").headline == (
        "Nicio valoare raportată încă: ținta este 93 până în 2029."
    )


def test_objective_labels_are_shortened_at_a_word_with_the_full_text_on_hover(plan_2022):
    figure = plan_2022.section("obj-grid").figure
    labels, full = list(figure.data[0].y), list(figure.data[0].customdata)
    assert all(len(label) <= view.LABEL_CHARS + 1 for label in labels)
    assert "1 ASIGURAREA COORDONĂRII METODOLOGICE A AUTORITĂȚILOR PUBLICE LOCALE…" in labels
    assert any(len(text) > 100 for text in full)  # the whole title on hover
    assert figure.layout.yaxis.automargin is True
    table = plan_2022.section("obj-grid").table
    assert any(len(text) > 100 for text in table["Obiectiv"])  # and in the table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scurt", "Scurt"),
        ("a " * 50, ("a " * 35).strip() + "…"),
        (
            "11 ASIGURAREA TRANSPARENȚEI (www.dgaspcbacau.ro) ȘI ALTELE",
            "11 ASIGURAREA TRANSPARENȚEI…",
        ),
        ("Publicare pe site-ul www.dgaspcbacau.ro", "Publicare pe site-ul…"),
        ("Vezi https://x.ro/a", "Vezi…"),
    ],
)
def test_short_label(text, expected):
    assert view.short_label(text) == expected


def test_no_drill_title_holds_a_web_address():
    """The drill-down's expander titles (activity number and title, shortened as the page does)
    never contain "www." or "http": axe's nested-interactive (a link in a summary)."""
    from readers import catalogue

    nodes = catalogue.objectives()
    titles = [
        f"{n or ''} {t}".strip() for n, t in zip(nodes["number"], nodes["title"], strict=True)
    ]
    with_url = [t for t in titles if "www." in t or "http" in t]
    assert with_url  # the plans do hold some (e.g. www.dgaspcbacau.ro)
    assert not [
        t for t in map(lambda t: view.short_label(t, 120), titles) if "www." in t or "http" in t
    ]


def test_owner_from_the_url(plan_2022):
    names = view.owner_options(plan_2022_card := view.choice(Query()).mine)
    assert names and len(plan_2022_card)
    owner = next(iter(names))
    model = _build(responsabil=owner)
    section = model.section("obj-owner")
    assert names[owner] in dict(model.filters).values()
    assert section.headline and len(section.table) >= 1
    assert any("zz" in n for n in _build(responsabil="zz").notices)


def test_drill_down_titles_hold_no_web_address_and_keep_the_full_text(plan_2022, monkeypatch):
    # the app computes one selection's scorecards once (Streamlit's cache); here too, not once
    # per objective
    monkeypatch.setattr(view, "scorecards", functools.cache(view.scorecards))
    q = Query()
    objectives = view.drill_objectives(q)
    assert objectives
    activities = [a for o in objectives for a in view.drill_down(q, o)]
    assert activities and all(len(a.rows) for a in activities)
    assert not [a.title for a in activities if "www." in a.title or "http" in a.title]
    assert any("www." in a.full for a in activities)  # the text itself is kept, inside
