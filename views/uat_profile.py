"""The profile of one UAT (`?uat=SIRUTA`, the County map's lower half): population, its services,
planned services, projects, community centres, reported values, distances to the nearest
service and its services' history — every table labelled for a reader."""

from __future__ import annotations

import pandas as pd

from display import trends
from display.fmt import fmt_number, plotly_separators
from display.tables import display_frame, readable
from domain.url_params import parse_number, shown_value
from loaders.tables import load_community_centres, load_uats
from metrics import services as ms
from metrics import uat as mu
from readers import catalogue as stored
from views.common import Tr, builder, demo_marked, plan_source, registry_year, tr_of
from views.county_map import PATH, published, reported_here
from views.model import Kpi, PageModel, Query, Section

SERVICE_COLUMNS = {
    "row_no": "col.row_no",
    "name": "col.name",
    "service_type": "col.service_type",
    "capacity": "col.capacity",
    "beneficiaries": "col.beneficiaries",
    "occupancy_pct": "col.occupancy_pct",
    "source_line": "col.source_line",
}
PLANNED_COLUMNS = {
    "name": "map.col.planned_name",
    "units": "map.col.units",
    "places_per_unit": "map.col.places_per_unit",
    "funding": "map.col.funding",
    "source_line": "col.source_line",
}
PROJECT_COLUMNS = {
    "project_id": "map.col.project",
    "title": "map.col.project_title",
    "total_budget_lei": "map.col.project_budget",
    "source_line": "col.source_line",
}
CENTRE_COLUMNS = {
    "project_code": "map.col.project",
    "status": "map.col.centre_status",
    "name_as_printed": "map.col.centre_name",
    "source_line": "col.source_line",
}
REPORTED_COLUMNS = {
    "indicator_id": "map.col.indicator",
    "indicator_text": "map.col.indicator_text",
    "period_end": "map.col.period",
    "value": "map.col.value",
}
DISTANCE_COLUMNS = {
    "component": "col.component",
    "nearest_km": "map.col.km",
    "desert": "map.col.desert",
}
HISTORY_COLUMNS = {
    "year": "trend.col.year",
    "row_no": "col.row_no",
    "name": "col.name",
    "capacity": "col.capacity",
    "beneficiaries": "col.beneficiaries",
    "occupancy_pct": "col.occupancy_pct",
}


def uat_names() -> dict[int, str]:
    """SIRUTA → name of the county's 93 UATs."""
    uats = load_uats()
    return dict(zip(uats["siruta"].astype(int), uats["name"], strict=True))


def uat_of(q: Query) -> tuple[int | None, str | None]:
    """The UAT of `?uat=` and, when it names none of the county's UATs, the reader's notice."""
    raw = q.get("uat")
    if raw is None or not raw.strip():
        return None, None
    siruta = parse_number(raw)
    if siruta in uat_names():
        return siruta, None
    return None, tr_of(q)("map.bad_uat", value=shown_value(raw, 20))


@builder
def build(q: Query) -> PageModel:
    """The profile of the UAT `?uat=` in the registry year `?an=` (no sections without one)."""
    tr, lang = tr_of(q), q.lang
    siruta, notice = uat_of(q)
    if siruta is None:
        return PageModel(
            path=PATH, title=tr("map.pick"), intro=tr("map.profile.none_chosen"),
            notices=(notice,) if notice else (), demo=q.demo,
        )  # fmt: skip
    reg, year_notice = registry_year(q)
    name = uat_names()[siruta]
    uats = load_uats()
    services = reg.services
    here = ms.occupancy(services[services["uat_siruta"] == siruta])
    planned = reg.planned_services[reg.planned_services["uat_siruta"] == siruta]
    projects = reg.projects[reg.projects["uat_siruta"] == siruta]
    centres = load_community_centres()
    centres = centres[centres["uat_siruta"] == siruta]
    local = reported_here(q)
    local = local[local["uat_siruta"] == siruta]
    source = plan_source(reg.plan_id, tr, where="Cap. I.A, I.B", rows=services)
    row = uats.set_index("siruta").loc[siruta]
    planned_places = int((planned["units"] * planned["places_per_unit"]).sum())
    kpis = (
        Kpi(tr("map.profile.population"), fmt_number(row["population"], lang=lang)),
        Kpi(tr("map.profile.kpi_services"), fmt_number(len(here), lang=lang)),
        Kpi(tr("map.profile.kpi_places"), fmt_number(here["capacity"].sum(), lang=lang)),
        Kpi(tr("map.profile.kpi_planned"), fmt_number(planned_places, lang=lang)),
    )

    def table(key: str, title: str, frame: pd.DataFrame, columns: dict[str, str],
              src: str = source, width: str = "full") -> Section:  # fmt: skip
        shown = readable(display_frame(frame, columns, tr), lang)
        return Section(
            f"uat-{key}", tr(title), src, None, shown,
            None if len(shown) else tr("map.profile.none"), kind="table",
            width=width,  # type: ignore[arg-type]
            file_name=f"uat-{siruta}-{key}",
        )  # fmt: skip

    near = mu.nearest_service_km(services, uats)
    near = near[near["siruta"] == siruta].assign(
        nearest_km=lambda d: d["nearest_km"].round(1),
        desert=lambda d: d["desert"].map({True: tr("yes"), False: tr("no")}),
    )
    sections = [
        table("services", "map.profile.services", here, SERVICE_COLUMNS),
        table("planned", "map.profile.planned", planned, PLANNED_COLUMNS, width="half"),
        table("projects", "map.profile.projects", projects, PROJECT_COLUMNS, width="half"),
        table("centres", "map.profile.centres", centres, CENTRE_COLUMNS, width="half"),
        table("distances", "map.profile.distances", near, DISTANCE_COLUMNS, width="half"),
        table(
            "reported",
            "map.profile.reported",
            published(local, lang),
            REPORTED_COLUMNS,
            src=tr("map.reported_source"),
        ),
    ]
    if history := _history(q, reg.year, siruta, name, source):
        sections.append(history)
    model = PageModel(
        path=PATH, title=tr("map.profile", name=name), kpis=kpis, sections=tuple(sections),
        notices=(year_notice,) if year_notice else (), demo=q.demo,
        caption=tr("map.profile.source", plan=source),
        filters=((tr("map.col.uat"), f"{name} ({siruta})"),),
    )  # fmt: skip
    return demo_marked(model, reg, q)


def _services(n: int, tr: Tr, lang: str) -> str:
    """„1 serviciu”, „3 servicii”."""
    if n == 1:
        return tr("map.profile.services_one")
    return tr("map.profile.services_many", n=fmt_number(n, lang=lang))


def _history(q: Query, year: int, siruta: int, name: str, source: str) -> Section | None:
    """Places of the UAT's services per registry year up to `year` (≥ 2 years, ≥ 1 service)."""
    tr, lang = tr_of(q), q.lang
    years = [y for y in stored.registry_years() if y <= year]
    services = stored.registry(year).services
    ids = services.loc[services["uat_siruta"] == siruta, "service_id"]
    if len(years) < 2 or ids.empty:
        return None
    history = ms.service_history(
        {y: (stored.registry(y).services, stored.registry(y).budget_groups) for y in years}
    )
    own = history[history["service_id"].isin(ids)].sort_values(["year", "row_no"])
    latest = own.drop_duplicates("service_id", keep="last").set_index("service_id")
    label = own["service_id"].map(latest["row_no"].astype(str) + " · " + latest["name"].str[:40])
    by_year = own.groupby("year")[["capacity", "beneficiaries"]].sum(min_count=1)
    first, last = by_year.index[0], by_year.index[-1]
    return Section(
        "uat-history", tr("map.profile.history", name=name), source,
        trends.year_lines(
            {n: (g["year"].tolist(), g["capacity"].tolist()) for n, g in own.groupby(label)},
            separators=plotly_separators(lang),
        ),
        readable(display_frame(own, HISTORY_COLUMNS, tr), lang),
        tr(
            "map.profile.history_headline" if first != last
            else "map.profile.history_headline_one_year",
            services=_services(int(own["service_id"].nunique()), tr, lang),
            first=str(first), last=str(last),
            first_places=fmt_number(by_year.at[first, "capacity"], lang=lang),
            last_places=fmt_number(by_year.at[last, "capacity"], lang=lang),
            residents=fmt_number(by_year.at[last, "beneficiaries"], lang=lang),
        ),
        file_name=f"uat-{siruta}-istoric",
    )  # fmt: skip
