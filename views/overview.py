"""Overview (/): key figures, places and budget by component, their trends over the registry
years, how many targets are late, services over capacity."""

from __future__ import annotations

import pandas as pd

from display import charts, trends
from display.fmt import fmt_number, fmt_pct, fmt_signed, plotly_separators
from display.palette import component_colour
from display.tables import display_frame
from domain.components import MIXED_COLOUR
from domain.errors import CuratedDataError
from metrics import services as ms
from readers import catalogue as stored
from views import lateness
from views.common import (
    builder,
    demo_marked,
    occupancy_figure,
    plan_source,
    registry_notices,
    registry_year,
    tr_of,
)
from views.model import Kpi, PageModel, Query, Section

PATH = ""
TOTALS_COLUMNS = {
    "component": "col.component",
    "service_units": "kpi.service_units",
    "places": "col.places",
    "residents": "col.residents",
    "flow_beneficiaries": "col.flow_beneficiaries",
    "occupancy_pct": "col.occupancy_pct",
}
TREND_COLUMNS = {
    "year": "trend.col.year",
    "component": "col.component",
    "places": "col.places",
    "residents": "col.residents",
    "occupancy_pct": "col.occupancy_pct",
    "county_budget_thousand_lei": "col.budget",
}
OVER_COLUMNS = {
    "row_no": "col.row_no",
    "name": "col.name",
    "capacity": "col.capacity",
    "beneficiaries": "col.beneficiaries",
    "occupancy_pct": "col.occupancy_pct",
    "occupancy_text": "col.occupancy_text",
}


@builder
def build(q: Query) -> PageModel:
    """The Overview of the registry year `?an=` (the latest by default) for the component."""
    tr, lang = tr_of(q), q.lang
    sep = plotly_separators(lang)
    reg, notice = registry_year(q)
    selected = ms.filter_services(reg.services, component=q.component)
    groups = ms.budget_groups_of(selected, reg.budget_groups)
    totals = ms.totals_by(selected, "component")
    budget = ms.county_budget_thousand_lei(groups)
    source = plan_source(reg.plan_id, tr, where="Cap. I.A", rows=reg.services)
    try:
        late: dict[str, int] | None = lateness.late_counts(q)
    except CuratedDataError as exc:  # the owners' file: the rest of the page does not need it
        late, notice = (
            None,
            " ".join(filter(None, [notice, tr("late.unavailable", problem=exc.problems[0])])),
        )
    kpis = (
        Kpi(tr("kpi.service_units"), fmt_number(len(selected), lang=lang)),
        Kpi(tr("kpi.places"), fmt_number(totals["places"].sum(), lang=lang), tr("kpi.places_help")),
        Kpi(tr("kpi.residents"), fmt_number(totals["residents"].sum(), lang=lang)),
        Kpi(tr("kpi.occupancy"), fmt_pct(ms.residential_occupancy_pct(selected), lang=lang)),
        Kpi(tr("kpi.budget"), fmt_number(budget, 2, lang), tr("kpi.budget_help")),
    )  # fmt: skip

    labels = [tr(f"component.{c}") for c in totals["component"]]
    top = totals.sort_values("places", ascending=False).head(1)
    places = Section(
        "places-by-component", tr("overview.places_by_component"), source,
        charts.grouped_bars(
            labels,
            [
                (tr("col.places"), totals["places"].tolist(), "#0072B2"),
                (tr("col.residents"), totals["residents"].tolist(), "#E69F00"),
            ],
            separators=sep,
        ),
        display_frame(totals, TOTALS_COLUMNS, tr),
        None if top.empty else tr(
            "overview.headline_places",
            places=fmt_number(totals["places"].sum(), lang=lang),
            top=tr(f"component.{top['component'].iat[0]}"),
            top_places=fmt_number(top["places"].iat[0], lang=lang),
        ),
        width="half",
    )  # fmt: skip

    by_comp = ms.budget_by_component(selected, groups)
    by_comp = by_comp[by_comp["county_budget_thousand_lei"] > 0]
    top = by_comp.sort_values("county_budget_thousand_lei", ascending=False).head(1)
    money = Section(
        "budget-by-component", tr("overview.budget_by_component"), source,
        charts.component_bars(
            [tr(f"component.{c}") for c in by_comp["component"]],
            by_comp["county_budget_thousand_lei"].tolist(), by_comp["component"].tolist(),
            separators=sep, value_format=",.2f",
        ),
        display_frame(
            by_comp, {"component": "col.component", "county_budget_thousand_lei": "col.budget"}, tr
        ),
        None if top.empty or budget <= 0 else tr(
            "overview.headline_budget",
            budget=fmt_number(budget, 2, lang),
            share=fmt_pct(100 * top["county_budget_thousand_lei"].iat[0] / budget, lang=lang),
            top=tr(f"component.{top['component'].iat[0]}"),
        ),
        width="half",
    )  # fmt: skip
    model = PageModel(
        path=PATH,
        title=tr("overview.title"),
        intro=tr("overview.intro"),
        kpis=kpis,
        sections=(
            places,
            money,
            *_trends(q, reg.year, source),
            _over_capacity(q, selected, source),
        ),
        notices=registry_notices(q, reg, notice),
        demo=q.demo,
        caption=" ".join(
            [source + ".", tr("overview.flow_note")]
            + (
                [tr("trend.one_year", year=reg.year)]
                if min(stored.registry_years()) == reg.year
                else []
            )
        ),
        links=((lateness.PATH, tr("late.overview_link", **late)),) if late else (),
    )
    return demo_marked(model, reg, q)


def _trends(q: Query, year: int, source: str) -> tuple[Section, ...]:
    """Places and county budget per registry year up to `year`, by component (two years at
    least; one year says when trends start)."""
    tr, lang, sep = tr_of(q), q.lang, plotly_separators(q.lang)
    years = [y for y in stored.registry_years() if y <= year]
    if len(years) < 2:
        return ()
    registries = {y: (stored.registry(y).services, stored.registry(y).budget_groups) for y in years}
    yearly = ms.yearly_totals(registries, component=q.component)
    table = display_frame(yearly, TREND_COLUMNS, tr)
    total = ms.year_on_year(yearly, year=years[-1], previous=years[-2]).set_index("component")
    total = total.loc["all"]
    shown = yearly[yearly["component"] != "all"]
    colours = {tr(f"component.{c}"): component_colour(c) for c in shown["component"]}

    def lines(column: str, *, with_total: bool) -> dict[str, tuple[list, list]]:
        series = ms.year_series(yearly, column, with_total=with_total)
        return {tr(f"component.{c}"): line for c, line in series.items()}

    places = Section(
        "trend-places", tr("trend.places"), source,
        trends.year_lines(
            lines("places", with_total=True), separators=sep,
            colours=colours | {tr("component.all"): "#000000"},
        ),
        table,
        tr(
            "trend.headline_places",
            change=fmt_signed(total["places_change"], 0, lang),
            previous=years[-2], year=years[-1],
            places=fmt_number(total["places_now"], lang=lang),
            residents=fmt_number(total["residents_now"], lang=lang),
            occupancy=fmt_pct(total["occupancy_pct_now"], lang=lang),
            occupancy_change=fmt_signed(total["occupancy_pct_change"], 1, lang),
        ),
        width="half",
    )  # fmt: skip
    money = Section(
        "trend-budget", tr("trend.budget"), source,
        trends.year_lines(
            lines("county_budget_thousand_lei", with_total=False), separators=sep,
            colours=colours | {tr("component.mixed"): MIXED_COLOUR},
        ),
        table,
        tr(
            "trend.headline_budget",
            change=fmt_signed(total["county_budget_thousand_lei_change"], 2, lang),
            previous=years[-2], year=years[-1],
            budget=fmt_number(total["county_budget_thousand_lei_now"], 2, lang),
        ),
        width="half",
    )  # fmt: skip
    return places, money


def _over_capacity(q: Query, selected: pd.DataFrame, source: str) -> Section:
    """Services with more residents than places."""
    tr, lang = tr_of(q), q.lang
    over = ms.over_capacity(selected)
    rated = ms.occupancy(selected)
    rated = rated[rated["measure"] == "places"]
    labels = [f"{r} · {n}" for r, n in zip(over["row_no"], over["name"], strict=True)]
    figure = occupancy_figure(over, labels, tr, lang)
    return Section(
        "over-capacity", tr("overview.over_capacity"), source, figure,
        display_frame(over, OVER_COLUMNS, tr),
        tr(
            "overview.headline_occupancy", n=len(over), total=len(rated),
            rate=fmt_pct(ms.residential_occupancy_pct(selected), lang=lang),
        ),
    )  # fmt: skip
