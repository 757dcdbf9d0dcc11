"""Services (/servicii): the registry of the year `?an=`, narrowed by component and by the page's
own choices of service type (`?tip=`), complex (`?complex=`) and UAT (`?uat=`), with occupancy,
day/counselling flows, cost per place, the ambiguous source cells and one service's history
(`?serviciu=`) over the registry years."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from display import charts, trends
from display.fmt import fmt_number, fmt_pct, plotly_separators
from display.tables import blank_text, display_frame
from domain.url_params import parse_number
from loaders.tables import load_uats
from metrics import services as ms
from readers import catalogue as stored
from views.common import (
    builder,
    demo_marked,
    occupancy_figure,
    plan_source,
    registry_notices,
    registry_year,
    tr_of,
)
from views.model import PageModel, Query, Section

PATH = "servicii"
REGISTRY_COLUMNS = {
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
    "complex": "col.complex",
    "location_confidence": "col.location_confidence",
    "source_line": "col.source_line",
    "notes": "col.notes",
}
OCCUPANCY_COLUMNS = {
    "row_no": "col.row_no",
    "name": "col.name",
    "capacity": "col.capacity",
    "beneficiaries": "col.beneficiaries",
    "occupancy_pct": "col.occupancy_pct",
    "occupancy_status": "col.status",
    "occupancy_text": "col.occupancy_text",
}
FLOW_COLUMNS = {
    "row_no": "col.row_no",
    "name": "col.name",
    "capacity": "col.capacity",
    "beneficiaries": "col.flow_beneficiaries",
    "occupancy_text": "col.occupancy_text",
}
COST_COLUMNS = {
    "label": "col.complex",
    "places": "col.places",
    "county_budget_thousand_lei": "col.budget",
    "budget_per_place_year_lei": "col.cost_year",
    "budget_per_place_month_lei": "col.cost_month",
}
FLAG_COLUMNS = {
    "row_no": "col.row_no",
    "name": "col.name",
    "occupancy_text": "col.occupancy_text",
    "source_line": "col.source_line",
    "notes": "col.notes",
}
HISTORY_COLUMNS = {
    "year": "trend.col.year",
    "capacity": "col.capacity",
    "beneficiaries": "col.beneficiaries",
    "occupancy_pct": "col.occupancy_pct",
    "budget_per_place_year_lei": "trend.col.per_place",
    "budget_per_resident_year_lei": "trend.col.per_resident",
}


@dataclass(frozen=True)
class Options:
    """The page's choices for the component and registry year: code → label, in order."""

    types: dict[str, str]
    complexes: dict[str, str]
    uats: dict[int, str]


def options(q: Query) -> Options:
    """Service types, complexes and UATs of the registry's services in the component."""
    tr = tr_of(q)
    reg, _ = registry_year(q)
    in_component = ms.filter_services(reg.services, component=q.component)
    uat_names = dict(zip(load_uats()["siruta"], load_uats()["name"], strict=True))
    labels = dict(zip(reg.budget_groups["budget_group"], reg.budget_groups["label"], strict=True))
    types = sorted(in_component["service_type"].unique())
    complexes = sorted(in_component["budget_group"].dropna().unique())
    uats = sorted(
        (int(s) for s in in_component["uat_siruta"].dropna().unique()),
        key=lambda s: uat_names.get(s, ""),
    )
    return Options(
        types={t: tr(f"stype.{t}") for t in types},
        complexes={g: str(labels.get(g, g)) for g in complexes},
        uats={s: str(uat_names.get(s, s)) for s in uats},
    )


def label_of(choices: Mapping[Any, str]) -> Callable[[Any], str]:
    """A selector's `format_func`: the label of a choice (the choice itself when unknown)."""
    return lambda value: str(choices.get(value, value))


def _listed(raw: str | None, known: dict, parse: Callable[[str], object]) -> tuple[list, list]:
    """The known items of a comma-separated value, and the items not understood."""
    chosen, dropped = [], []
    for item in (raw or "").split(","):
        if not (item := item.strip()):
            continue
        try:
            value = parse(item)
        except ValueError:
            value = None
        if value in known:
            if value not in chosen:
                chosen.append(value)
        else:
            dropped.append(item[:20])
    return chosen, dropped


@dataclass(frozen=True)
class Selection:
    """The page's choices read from the query, and a notice per parameter with unknown items."""

    types: list[str]
    complexes: list[str]
    uats: list[int]
    notices: tuple[str, ...]


def selection(q: Query, opts: Options | None = None) -> Selection:
    """`?tip=`, `?complex=`, `?uat=` as lists of known items (unknown ones dropped, said)."""
    tr = tr_of(q)
    opts = opts or options(q)
    notices = []
    picked = {}
    for param, known, parse, label in (
        ("tip", opts.types, str, "services.filter.type"),
        ("complex", opts.complexes, str, "services.filter.complex"),
        ("uat", opts.uats, parse_number, "services.filter.uat"),
    ):
        picked[param], dropped = _listed(q.get(param), known, parse)
        if dropped:
            notices.append(
                tr("services.bad_items", filter=tr(label), items=", ".join(dropped), param=param)
            )
    return Selection(picked["tip"], picked["complex"], picked["uat"], tuple(notices))


def _label(row_no: object, name: object) -> str:
    return f"{row_no} · {name}"


def history_choices(q: Query) -> dict[str, str]:
    """Service id → "row · name" of the selected services when ≥ 2 registry years exist up to
    the chosen one (the `?serviciu=` choices; empty when there is no history to show)."""
    reg, _ = registry_year(q)
    if len([y for y in stored.registry_years() if y <= reg.year]) < 2:
        return {}
    chosen = _selected(q, reg.services, selection(q))
    return {
        str(i): _label(r, n)
        for i, r, n in zip(chosen["service_id"], chosen["row_no"], chosen["name"], strict=True)
    }


def _selected(q: Query, services: pd.DataFrame, sel: Selection) -> pd.DataFrame:
    in_component = ms.filter_services(services, component=q.component)
    return ms.filter_services(
        in_component, service_types=sel.types, budget_groups=sel.complexes, uats=sel.uats
    )


@builder
def build(q: Query) -> PageModel:
    """The Services page for the registry year, the component and the page's choices."""
    tr, lang = tr_of(q), q.lang
    reg, notice = registry_year(q)
    services, groups = reg.services, reg.budget_groups
    opts = options(q)
    sel = selection(q, opts)
    selected = _selected(q, services, sel)
    source = plan_source(reg.plan_id, tr, where="Cap. I.A", rows=services)
    uat_names = dict(zip(load_uats()["siruta"], load_uats()["name"], strict=True))
    group_labels = dict(zip(groups["budget_group"], groups["label"], strict=True))
    costs = ms.service_costs(services, groups).set_index("service_id")  # whole groups
    occupancy = ms.occupancy(selected).assign(
        budget_per_place_year_lei=lambda d: d["service_id"].map(costs["budget_per_place_year_lei"]),
        budget_per_resident_year_lei=lambda d: d["service_id"].map(
            costs["budget_per_resident_year_lei"]
        ),
        uat=lambda d: d["uat_siruta"].map(uat_names).fillna(tr("services.unknown_location")),
        complex=lambda d: d["budget_group"].map(group_labels),
    )
    count = tr("services.count", n=fmt_number(len(selected), lang=lang))
    registry = Section(
        "registry", tr("services.table"), source, None,
        display_frame(occupancy, REGISTRY_COLUMNS, tr), count, kind="table",
        file_name="servicii",
    )  # fmt: skip
    sections = [
        registry,
        _occupancy(q, occupancy, selected, source),
        _flows(q, occupancy, source),
        _cost(q, selected, groups, source),
    ]
    flagged = occupancy[occupancy["notes"].notna()]
    if not flagged.empty:
        sections.append(
            Section(
                "flags", f"{tr('services.flags')} ({len(flagged)})", source, None,
                blank_text(display_frame(flagged, FLAG_COLUMNS, tr)), kind="table", slide=False,
                file_name="servicii-celule-ambigue",
            )
        )  # fmt: skip
    if history := _history(q, reg.year, selected, source):
        sections.append(history)
    filters = []
    if sel.types:
        filters.append((tr("services.filter.type"), ", ".join(opts.types[t] for t in sel.types)))
    if sel.complexes:
        names = ", ".join(opts.complexes[g] for g in sel.complexes)
        filters.append((tr("services.filter.complex"), names))
    if sel.uats:
        filters.append((tr("services.filter.uat"), ", ".join(opts.uats[s] for s in sel.uats)))
    model = PageModel(
        path=PATH, title=tr("services.title"), intro=tr("services.intro"),
        sections=tuple(sections), filters=tuple(filters),
        notices=(*registry_notices(q, reg, notice), *sel.notices), demo=q.demo,
        caption=count,
    )  # fmt: skip
    return demo_marked(model, reg, q)


def _occupancy(q: Query, occupancy: pd.DataFrame, selected: pd.DataFrame, source: str) -> Section:
    tr, lang = tr_of(q), q.lang
    rated = occupancy[occupancy["occupancy_pct"].notna()].sort_values(
        "occupancy_pct", ascending=False
    )
    labels = [_label(r, n) for r, n in zip(rated["row_no"], rated["name"], strict=True)]
    fig = occupancy_figure(rated, labels, tr, lang)
    return Section(
        "occupancy", tr("services.occupancy_chart"), source, fig,
        display_frame(rated, OCCUPANCY_COLUMNS, tr),
        tr(
            "services.occupancy_headline",
            over=int((rated["occupancy_status"] == "over").sum()),
            under=int((rated["occupancy_status"] == "under").sum()),
            threshold=fmt_pct(ms.UNDER_USE_PCT, 0, lang),
            rate=fmt_pct(ms.residential_occupancy_pct(selected), lang=lang),
        ),
    )  # fmt: skip


def _flows(q: Query, occupancy: pd.DataFrame, source: str) -> Section:
    tr = tr_of(q)
    flows = occupancy[occupancy["measure"] == "flow"]
    fig = None
    if not flows.empty:
        fig = charts.grouped_bars(
            [_label(r, n) for r, n in zip(flows["row_no"], flows["name"], strict=True)],
            [
                (tr("col.capacity"), flows["capacity"].tolist(), "#0072B2"),
                (tr("col.flow_beneficiaries"), flows["beneficiaries"].tolist(), "#E69F00"),
            ],
            separators=plotly_separators(q.lang),
        )
    return Section(
        "flows", tr("services.flow_chart"), source, fig, display_frame(flows, FLOW_COLUMNS, tr),
        tr("overview.flow_note"),
    )  # fmt: skip


def _cost(q: Query, selected: pd.DataFrame, groups: pd.DataFrame, source: str) -> Section:
    tr, lang = tr_of(q), q.lang
    cost = ms.budget_per_place(selected, ms.budget_groups_of(selected, groups))
    costed = cost[cost["cost_flag"] == "ok"].sort_values(
        "budget_per_place_year_lei", ascending=False
    )
    fig, headline = None, None
    if not costed.empty:
        top, low = costed.iloc[0], costed.iloc[-1]
        headline = tr(
            "services.cost_headline", top=top["label"],
            value=fmt_number(top["budget_per_place_year_lei"], lang=lang), low=low["label"],
            low_value=fmt_number(low["budget_per_place_year_lei"], lang=lang),
        )  # fmt: skip
        fig = charts.value_bars(
            costed["label"].tolist(), costed["budget_per_place_year_lei"].tolist(),
            separators=plotly_separators(lang),
        )  # fmt: skip
    return Section(
        "cost-per-place", tr("services.cost_chart"), source + " — " + tr("services.cost_note"),
        fig, display_frame(cost, COST_COLUMNS, tr), headline,
    )  # fmt: skip


def _history(q: Query, year: int, selected: pd.DataFrame, source: str) -> Section | None:
    """One service's capacity, beneficiaries, occupancy and costs over the registry years up
    to `year` (`?serviciu=`, else the first selected service); None with fewer than 2 years."""
    tr, lang = tr_of(q), q.lang
    years = [y for y in stored.registry_years() if y <= year]
    if len(years) < 2 or selected.empty:
        return None
    names = {
        str(i): _label(r, n)
        for i, r, n in zip(
            selected["service_id"], selected["row_no"], selected["name"], strict=True
        )
    }
    chosen = q.get("serviciu")
    chosen = chosen if chosen in names else next(iter(names))
    history = ms.service_history(
        {y: (stored.registry(y).services, stored.registry(y).budget_groups) for y in years}
    )
    own = history[history["service_id"].astype(str) == chosen].sort_values("year")
    xs = own["year"].tolist()
    fig = trends.year_lines(
        {
            tr("col.capacity"): (xs, own["capacity"].tolist()),
            tr("col.beneficiaries"): (xs, own["beneficiaries"].tolist()),
        },
        separators=plotly_separators(lang),
    )
    first, last = own.iloc[0], own.iloc[-1]
    return Section(
        "service-history", tr("trend.service_history"), source, fig,
        display_frame(own, HISTORY_COLUMNS, tr),
        tr(
            "trend.service_headline", name=names[chosen][:80], first=int(first["year"]),
            last=int(last["year"]), first_places=fmt_number(first["capacity"], lang=lang),
            last_places=fmt_number(last["capacity"], lang=lang),
            residents=fmt_number(last["beneficiaries"], lang=lang),
        ),
        file_name=f"istoric-serviciu-{chosen}",
    )  # fmt: skip
