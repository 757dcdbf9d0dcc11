"""Services (/servicii): the registry filtered by component, type, complex and UAT, with
occupancy, day/counselling flows and cost per place."""

import streamlit as st

from loaders import catalogue as stored
from loaders.errors import CuratedDataError
from loaders.tables import load_uats
from metrics import services as ms
from ui import charts, context, registry, trends, urlstate, views, widgets
from ui.fmt import fmt_number, fmt_pct, plotly_separators
from ui.tables import display_frame

f, tr = context.filters(), context.tr()
sep = plotly_separators(f.lang)
widgets.page_header(tr("services.title"), tr("services.intro"))
try:
    uats = load_uats()
except CuratedDataError as exc:
    widgets.show_curated_error(exc, tr)
    widgets.stop_page()

c0, c1, c2, c3 = st.columns(4)
reg = registry.year_selector(tr, where=c0)
services, groups = reg.services, reg.budget_groups
source = registry.plan_source(reg.plan_id, tr, where="Cap. I.A", rows=services)
in_component = ms.filter_services(services, component=f.component)
uat_names = dict(zip(uats["siruta"], uats["name"], strict=True))
group_labels = dict(zip(groups["budget_group"], groups["label"], strict=True))

type_options = sorted(in_component["service_type"].unique())
complex_options = sorted(in_component["budget_group"].dropna().unique())
uat_options = sorted(
    in_component["uat_siruta"].dropna().unique(), key=lambda s: uat_names.get(s, "")
)
types = c1.multiselect(
    tr("services.filter.type"),
    type_options,
    default=urlstate.list_from_url("tip", type_options, str),
    format_func=lambda v: tr(f"stype.{v}"),
    key="svc_types",
    placeholder=tr("filter.choose"),
)
complexes = c2.multiselect(
    tr("services.filter.complex"),
    complex_options,
    default=urlstate.list_from_url("complex", complex_options, str),
    format_func=lambda g: group_labels.get(g, g),
    key="svc_complexes",
    placeholder=tr("filter.choose"),
)
places = c3.multiselect(
    tr("services.filter.uat"),
    uat_options,
    default=urlstate.list_from_url("uat", uat_options, int),
    format_func=lambda s: uat_names.get(s, str(s)),
    key="svc_uats",
    placeholder=tr("filter.choose"),
)
urlstate.to_url("tip", types)
urlstate.to_url("complex", complexes)
urlstate.to_url("uat", [int(s) for s in places])
views.collect_filter(tr("services.filter.type"), [tr(f"stype.{v}") for v in types])
views.collect_filter(tr("services.filter.complex"), [group_labels.get(g, g) for g in complexes])
views.collect_filter(tr("services.filter.uat"), [uat_names.get(s, str(s)) for s in places])
selected = ms.filter_services(
    in_component, service_types=types, budget_groups=complexes, uats=[int(p) for p in places]
)
costs = ms.service_costs(services, groups).set_index("service_id")  # whole groups, never split
occupancy = ms.occupancy(selected).assign(
    budget_per_place_year_lei=lambda d: d["service_id"].map(costs["budget_per_place_year_lei"]),
    budget_per_resident_year_lei=lambda d: d["service_id"].map(
        costs["budget_per_resident_year_lei"]
    ),
    uat=lambda d: d["uat_siruta"].map(uat_names).fillna(tr("services.unknown_location")),
    complex=lambda d: d["budget_group"].map(group_labels),
)
st.caption(tr("services.count", n=fmt_number(len(selected), lang=f.lang)))

registry = display_frame(
    occupancy,
    {
        "row_no": "col.row_no",
        "code": "col.code",
        "name": "col.name",
        "component": "col.component",
        "service_type": "col.service_type",
        "capacity": "col.capacity",
        "capacity_target": "col.capacity_target",
        "beneficiaries": "col.beneficiaries",
        "occupancy_text": "col.occupancy_text",
        "occupancy_pct": "col.occupancy_pct",
        "occupancy_status": "col.status",
        "budget_per_place_year_lei": "trend.col.per_place",
        "budget_per_resident_year_lei": "trend.col.per_resident",
        "uat": "col.uat",
        "location_confidence": "col.location_confidence",
        "source_line": "col.source_line",
        "notes": "col.notes",
    },
    tr,
)
with st.container(border=True):
    st.subheader(tr("services.table"))
    st.dataframe(registry, hide_index=True)
    st.caption(source)
    widgets.downloads(registry, name="servicii", key="registry", tr=tr)

rated = occupancy[occupancy["occupancy_pct"].notna()].sort_values("occupancy_pct", ascending=False)
headline = tr(
    "services.occupancy_headline",
    over=(rated["occupancy_status"] == "over").sum(),
    under=(rated["occupancy_status"] == "under").sum(),
    threshold=fmt_pct(ms.UNDER_USE_PCT, 0, f.lang),
    rate=fmt_pct(ms.residential_occupancy_pct(selected), lang=f.lang),
)
table = display_frame(
    rated,
    {
        "row_no": "col.row_no",
        "name": "col.name",
        "capacity": "col.capacity",
        "beneficiaries": "col.beneficiaries",
        "occupancy_pct": "col.occupancy_pct",
        "occupancy_status": "col.status",
        "occupancy_text": "col.occupancy_text",
    },
    tr,
)
fig = charts.occupancy_bars(
    [f"{r} · {n}" for r, n in zip(rated["row_no"], rated["name"], strict=True)],
    rated["occupancy_pct"].tolist(),
    rated["occupancy_status"].tolist(),
    [tr(f"status.{s}") for s in rated["occupancy_status"]],
    separators=sep,
)
widgets.chart_card(
    fig if not rated.empty else None,
    table,
    title=tr("services.occupancy_chart"),
    source=source,
    key="occupancy",
    tr=tr,
    headline=headline,
)

flows = occupancy[occupancy["measure"] == "flow"]
table = display_frame(
    flows,
    {
        "row_no": "col.row_no",
        "name": "col.name",
        "capacity": "col.capacity",
        "beneficiaries": "col.flow_beneficiaries",
        "occupancy_text": "col.occupancy_text",
    },
    tr,
)
labels = [f"{r} · {n}" for r, n in zip(flows["row_no"], flows["name"], strict=True)]
fig = charts.grouped_bars(
    labels,
    [
        (tr("col.capacity"), flows["capacity"].tolist(), "#0072B2"),
        (tr("col.flow_beneficiaries"), flows["beneficiaries"].tolist(), "#E69F00"),
    ],
    separators=sep,
)
widgets.chart_card(
    fig if not flows.empty else None,
    table,
    title=tr("services.flow_chart"),
    source=source,
    key="flows",
    tr=tr,
    headline=tr("overview.flow_note"),
)

cost = ms.budget_per_place(selected, ms.budget_groups_of(selected, groups))
costed = cost[cost["cost_flag"] == "ok"].sort_values("budget_per_place_year_lei", ascending=False)
headline = None
if not costed.empty:
    top, low = costed.iloc[0], costed.iloc[-1]
    headline = tr(
        "services.cost_headline",
        top=top["label"],
        value=fmt_number(top["budget_per_place_year_lei"], lang=f.lang),
        low=low["label"],
        low_value=fmt_number(low["budget_per_place_year_lei"], lang=f.lang),
    )
table = display_frame(
    cost,
    {
        "label": "col.complex",
        "places": "col.places",
        "county_budget_thousand_lei": "col.budget",
        "budget_per_place_year_lei": "col.cost_year",
        "budget_per_place_month_lei": "col.cost_month",
    },
    tr,
)
fig = charts.value_bars(
    costed["label"].tolist(), costed["budget_per_place_year_lei"].tolist(), separators=sep
)
widgets.chart_card(
    fig if not costed.empty else None,
    table,
    title=tr("services.cost_chart"),
    source=source + " — " + tr("services.cost_note"),
    key="cost-per-place",
    tr=tr,
    headline=headline,
)

flagged = occupancy[occupancy["notes"].notna()]
if not flagged.empty:
    with st.expander(tr("services.flags") + f" ({len(flagged)})"):
        st.dataframe(
            display_frame(
                flagged,
                {
                    "row_no": "col.row_no",
                    "name": "col.name",
                    "occupancy_text": "col.occupancy_text",
                    "source_line": "col.source_line",
                    "notes": "col.notes",
                },
                tr,
            ),
            hide_index=True,
        )

years = [y for y in stored.registry_years() if y <= reg.year]
if len(years) >= 2 and not selected.empty:
    history = ms.service_history(
        {y: (stored.registry(y).services, stored.registry(y).budget_groups) for y in years}
    )
    names = dict(
        zip(
            selected["service_id"],
            selected["row_no"].astype(str) + " · " + selected["name"],
            strict=True,
        )
    )
    chosen = st.selectbox(
        tr("trend.pick_service"), list(names), format_func=lambda i: names[i][:120],
        key="svc_history",
    )  # fmt: skip
    own = history[history["service_id"] == chosen].sort_values("year")
    fig = trends.year_lines(
        {
            tr("col.capacity"): (own["year"].tolist(), own["capacity"].tolist()),
            tr("col.beneficiaries"): (own["year"].tolist(), own["beneficiaries"].tolist()),
        },
        separators=sep,
    )
    first, last = own.iloc[0], own.iloc[-1]
    widgets.chart_card(
        fig,
        display_frame(
            own,
            {
                "year": "trend.col.year",
                "capacity": "col.capacity",
                "beneficiaries": "col.beneficiaries",
                "occupancy_pct": "col.occupancy_pct",
                "budget_per_place_year_lei": "trend.col.per_place",
                "budget_per_resident_year_lei": "trend.col.per_resident",
            },
            tr,
        ),
        title=tr("trend.service_history"),
        source=source,
        key="service-history",
        tr=tr,
        headline=tr(
            "trend.service_headline", name=names[chosen][:80], first=int(first["year"]),
            last=int(last["year"]), first_places=fmt_number(first["capacity"], lang=f.lang),
            last_places=fmt_number(last["capacity"], lang=f.lang),
            residents=fmt_number(last["beneficiaries"], lang=f.lang),
        ),
    )  # fmt: skip
