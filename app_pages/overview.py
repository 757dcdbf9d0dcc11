"""Overview (/): KPI tiles, places and budget by component, services over capacity."""

from datetime import date

import streamlit as st

from domain.components import COLOURS
from loaders import catalogue as stored
from metrics import services as ms
from ui import charts, context, lateness_view, registry, trends, widgets
from ui.fmt import fmt_number, fmt_pct, fmt_signed, plotly_separators
from ui.reported import store_version
from ui.tables import display_frame

f, tr = context.filters(), context.tr()
sep = plotly_separators(f.lang)
widgets.page_header(tr("overview.title"), tr("overview.intro"))
reg = registry.year_selector(tr, where=st.columns(4)[0])
services, groups = reg.services, reg.budget_groups

selected = ms.filter_services(services, component=f.component)
totals = ms.totals_by(selected, "component")
budget = ms.county_budget_thousand_lei(ms.budget_groups_of(selected, groups))
source = registry.plan_source(reg.plan_id, tr, where="Cap. I.A", rows=services)

widgets.kpi_row(
    [
        (tr("kpi.service_units"), fmt_number(len(selected), lang=f.lang), None),
        (tr("kpi.places"), fmt_number(totals["places"].sum(), lang=f.lang), tr("kpi.places_help")),
        (tr("kpi.residents"), fmt_number(totals["residents"].sum(), lang=f.lang), None),
        (tr("kpi.occupancy"), fmt_pct(ms.residential_occupancy_pct(selected), lang=f.lang), None),
        (tr("kpi.budget"), fmt_number(budget, 2, f.lang), tr("kpi.budget_help")),
    ]
)
st.caption(source + ". " + tr("overview.flow_note"))
late = lateness_view.lateness(date.today(), store_version()[0]).late
if f.component:
    late = late[late["component"] == f.component]
st.page_link(
    "app_pages/lateness.py", label=tr("late.overview_link", **lateness_view.counts(late)),
    icon=":material/schedule:",
)  # fmt: skip

left, right = st.columns(2)
with left:
    table = display_frame(
        totals,
        {
            "component": "col.component",
            "service_units": "kpi.service_units",
            "places": "col.places",
            "residents": "col.residents",
            "flow_beneficiaries": "col.flow_beneficiaries",
            "occupancy_pct": "col.occupancy_pct",
        },
        tr,
    )
    labels = [tr(f"component.{c}") for c in totals["component"]]
    fig = charts.grouped_bars(
        labels,
        [
            (tr("col.places"), totals["places"].tolist(), "#0072B2"),
            (tr("col.residents"), totals["residents"].tolist(), "#E69F00"),
        ],
        separators=sep,
    )
    top = totals.sort_values("places", ascending=False).head(1)
    headline = None
    if not top.empty:
        headline = tr(
            "overview.headline_places",
            places=fmt_number(totals["places"].sum(), lang=f.lang),
            top=tr(f"component.{top['component'].iat[0]}"),
            top_places=fmt_number(top["places"].iat[0], lang=f.lang),
        )
    widgets.chart_card(
        fig,
        table,
        title=tr("overview.places_by_component"),
        source=source,
        key="places-by-component",
        tr=tr,
        headline=headline,
    )
with right:
    by_comp = ms.budget_by_component(selected, ms.budget_groups_of(selected, groups))
    by_comp = by_comp[by_comp["county_budget_thousand_lei"] > 0]
    table = display_frame(
        by_comp, {"component": "col.component", "county_budget_thousand_lei": "col.budget"}, tr
    )
    fig = charts.component_bars(
        [tr(f"component.{c}") for c in by_comp["component"]],
        by_comp["county_budget_thousand_lei"].tolist(),
        by_comp["component"].tolist(),
        separators=sep,
        value_format=",.2f",
    )
    top = by_comp.sort_values("county_budget_thousand_lei", ascending=False).head(1)
    headline = None
    if not top.empty and budget > 0:
        headline = tr(
            "overview.headline_budget",
            budget=fmt_number(budget, 2, f.lang),
            share=fmt_pct(100 * top["county_budget_thousand_lei"].iat[0] / budget, lang=f.lang),
            top=tr(f"component.{top['component'].iat[0]}"),
        )
    widgets.chart_card(
        fig,
        table,
        title=tr("overview.budget_by_component"),
        source=source,
        key="budget-by-component",
        tr=tr,
        headline=headline,
    )

trend_years = [y for y in stored.registry_years() if y <= reg.year]
registries = {
    y: (stored.registry(y).services, stored.registry(y).budget_groups) for y in trend_years
}
yearly = ms.yearly_totals(registries, component=f.component)
trend_table = display_frame(
    yearly,
    {
        "year": "trend.col.year",
        "component": "col.component",
        "places": "col.places",
        "residents": "col.residents",
        "occupancy_pct": "col.occupancy_pct",
        "county_budget_thousand_lei": "col.budget",
    },
    tr,
)  # fmt: skip
if len(trend_years) >= 2:
    yoy = ms.year_on_year(yearly, year=trend_years[-1], previous=trend_years[-2])
    total = yoy.set_index("component").loc["all"]
    shown = yearly[yearly["component"] != "all"]
    places_lines = {
        tr(f"component.{c}"): line
        for c, line in ms.year_series(yearly, "places", with_total=True).items()
    }
    colours = {tr(f"component.{c}"): COLOURS.get(c, "#7f7f7f") for c in shown["component"]}
    widgets.chart_card(
        trends.year_lines(
            places_lines, separators=sep, colours=colours | {tr("component.all"): "#000000"}
        ),
        trend_table,
        title=tr("trend.places"),
        source=source,
        key="trend-places",
        tr=tr,
        headline=tr(
            "trend.headline_places",
            change=fmt_signed(total["places_change"], 0, f.lang),
            previous=trend_years[-2],
            year=trend_years[-1],
            places=fmt_number(total["places_now"], lang=f.lang),
            residents=fmt_number(total["residents_now"], lang=f.lang),
            occupancy=fmt_pct(total["occupancy_pct_now"], lang=f.lang),
            occupancy_change=fmt_signed(total["occupancy_pct_change"], 1, f.lang),
        ),
    )
    budget_lines = {
        tr(f"component.{c}"): line
        for c, line in ms.year_series(yearly, "county_budget_thousand_lei").items()
    }
    widgets.chart_card(
        trends.year_lines(
            budget_lines,
            separators=sep,
            colours=colours | {tr("component.mixed"): COLOURS["mixed"]},
        ),
        trend_table,
        title=tr("trend.budget"),
        source=source,
        key="trend-budget",
        tr=tr,
        headline=tr(
            "trend.headline_budget",
            change=fmt_signed(total["county_budget_thousand_lei_change"], 2, f.lang),
            previous=trend_years[-2],
            year=trend_years[-1],
            budget=fmt_number(total["county_budget_thousand_lei_now"], 2, f.lang),
        ),
    )
else:
    st.caption(tr("trend.one_year", year=reg.year))

occupancy = ms.occupancy(selected)
over = ms.over_capacity(selected)
rated = occupancy[occupancy["measure"] == "places"]
headline = tr(
    "overview.headline_occupancy",
    n=len(over),
    total=len(rated),
    rate=fmt_pct(ms.residential_occupancy_pct(selected), lang=f.lang),
)
table = display_frame(
    over,
    {
        "row_no": "col.row_no",
        "name": "col.name",
        "capacity": "col.capacity",
        "beneficiaries": "col.beneficiaries",
        "occupancy_pct": "col.occupancy_pct",
        "occupancy_text": "col.occupancy_text",
    },
    tr,
)
fig = None
if not over.empty:
    fig = charts.occupancy_bars(
        [f"{r} · {n}" for r, n in zip(over["row_no"], over["name"], strict=True)],
        over["occupancy_pct"].tolist(),
        over["occupancy_status"].tolist(),
        [tr(f"status.{s}") for s in over["occupancy_status"]],
        separators=sep,
    )
widgets.chart_card(
    fig,
    table,
    title=tr("overview.over_capacity"),
    source=source,
    key="over-capacity",
    tr=tr,
    headline=headline,
)
