"""Occupancy, places and cost per place of the service registry (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from domain.enums import service_types_counting

# What a service type's capacity counts (domain/enums.py): places occupied by residents;
# beneficiaries over the year (day and counselling services: "occupancy" is not places); the
# foster-care network's carers and children placed.
PLACE_TYPES = service_types_counting("places")
FLOW_TYPES = service_types_counting("flow")
NETWORK_TYPES = service_types_counting("network")

OVER_CAPACITY_PCT = 100.0
UNDER_USE_PCT = 80.0


def measure_of(service_type: str) -> str:
    """How a service type's occupancy is measured: places, flow (per year) or network."""
    if service_type in PLACE_TYPES:
        return "places"
    if service_type in FLOW_TYPES:
        return "flow"
    if service_type in NETWORK_TYPES:
        return "network"
    return "other"


def occupancy(services: pd.DataFrame, *, under_use_pct: float = UNDER_USE_PCT) -> pd.DataFrame:
    """One row per service with `measure`, `occupancy_pct` (0–100+, places only) and a status.

    Status: over (> 100 %), full (= 100 %), ok, under (< under_use_pct), no_capacity (capacity
    missing or 0: rate is NaN, never inf), not_places (day/counselling/network services).
    """
    out = services.copy()
    out["measure"] = out["service_type"].map(measure_of)
    capacity = out["capacity"].astype("Float64")
    residents = out["beneficiaries"].astype("Float64")
    has_rate = (out["measure"] == "places") & capacity.gt(0).fillna(False) & residents.notna()
    rate = (residents / capacity.where(capacity > 0)) * 100
    out["occupancy_pct"] = rate.where(has_rate).astype("float64")
    status = np.select(
        [
            out["measure"] != "places",
            ~has_rate,
            out["occupancy_pct"] > OVER_CAPACITY_PCT,
            out["occupancy_pct"] == OVER_CAPACITY_PCT,
            out["occupancy_pct"] < under_use_pct,
        ],
        ["not_places", "no_capacity", "over", "full", "under"],
        default="ok",
    )
    out["occupancy_status"] = status
    return out


def residential_occupancy_pct(services: pd.DataFrame) -> float:
    """Residents / places over place-based services that state both, in percent."""
    occ = occupancy(services)
    rated = occ[occ["occupancy_pct"].notna()]
    places = rated["capacity"].sum()
    return float(rated["beneficiaries"].sum() / places * 100) if places else float("nan")


def over_capacity(services: pd.DataFrame) -> pd.DataFrame:
    """Place-based services with more residents than places, most over first."""
    occ = occupancy(services)
    over = occ[occ["occupancy_status"] == "over"].copy()
    over["residents_over_capacity"] = over["beneficiaries"] - over["capacity"]
    return over.sort_values("occupancy_pct", ascending=False)


def under_used(services: pd.DataFrame, *, under_use_pct: float = UNDER_USE_PCT) -> pd.DataFrame:
    """Place-based services below `under_use_pct` occupancy, emptiest first."""
    occ = occupancy(services, under_use_pct=under_use_pct)
    return occ[occ["occupancy_status"] == "under"].sort_values("occupancy_pct")


def budget_per_place(services: pd.DataFrame, budget_groups: pd.DataFrame) -> pd.DataFrame:
    """Per budget group (one merged budget cell): places, budget, lei per place per year and month.

    The budget is never split between a group's services; a group without stated places gets
    NaN cost and `cost_flag = no_places`; a group financed from other sources (`X`) gets
    `cost_flag = other_sources`.
    """
    places = (
        services.groupby("budget_group", dropna=True)
        .agg(
            service_units=("service_id", "count"),
            places=("capacity", lambda s: s.sum(min_count=1)),
            components=("component", lambda s: ",".join(sorted(set(s)))),
            row_from=("row_no", "min"),
            row_to=("row_no", "max"),
        )
        .reset_index()
    )
    out = budget_groups.merge(places, on="budget_group", how="left")
    out["service_units"] = out["service_units"].fillna(0).astype(int)
    budget_lei = out["county_budget_thousand_lei"] * 1000
    has_places = out["places"].astype("Float64").gt(0).fillna(False)
    per_year = (budget_lei / out["places"].astype("float64").where(has_places)).where(
        budget_lei.notna()
    )
    out["budget_per_place_year_lei"] = per_year.astype("float64")
    out["budget_per_place_month_lei"] = out["budget_per_place_year_lei"] / 12
    out["cost_flag"] = np.select(
        [out["county_budget_thousand_lei"].isna(), ~has_places],
        ["other_sources", "no_places"],
        default="ok",
    )
    return out


def county_budget_thousand_lei(budget_groups: pd.DataFrame) -> float:
    """Total county budget over all merged budget cells, thousand lei."""
    return float(budget_groups["county_budget_thousand_lei"].sum())


def totals_by(services: pd.DataFrame, by: str) -> pd.DataFrame:
    """Service units, places (place-based), residents and day/counselling beneficiaries by `by`."""
    occ = occupancy(services)
    places_mask = occ["measure"] == "places"
    frame = occ.assign(
        places=occ["capacity"].where(places_mask),
        residents=occ["beneficiaries"].where(places_mask),
        flow_beneficiaries=occ["beneficiaries"].where(occ["measure"] == "flow"),
    )
    out = (
        frame.groupby(by, dropna=False)
        .agg(
            service_units=("service_id", "count"),
            places=("places", "sum"),
            residents=("residents", "sum"),
            flow_beneficiaries=("flow_beneficiaries", "sum"),
        )
        .reset_index()
    )
    rated = occ[occ["occupancy_pct"].notna()].groupby(by, dropna=False)
    rate = (rated["beneficiaries"].sum() / rated["capacity"].sum() * 100).rename("occupancy_pct")
    out = out.merge(rate.astype("float64").reset_index(), on=by, how="left")
    return out.sort_values("service_units", ascending=False, ignore_index=True)


def budget_by_component(services: pd.DataFrame, budget_groups: pd.DataFrame) -> pd.DataFrame:
    """County budget per component; a budget group spanning components is shown as 'mixed'."""
    groups = budget_per_place(services, budget_groups)
    comp = groups["components"].fillna("")
    groups["component"] = comp.where(~comp.str.contains(","), "mixed").replace("", "unassigned")
    return (
        groups.groupby("component")
        .agg(county_budget_thousand_lei=("county_budget_thousand_lei", "sum"))
        .reset_index()
        .sort_values("county_budget_thousand_lei", ascending=False, ignore_index=True)
    )


def filter_services(
    services: pd.DataFrame,
    *,
    component: str | None = None,
    service_types: list[str] | None = None,
    budget_groups: list[str] | None = None,
    uats: list[int] | None = None,
) -> pd.DataFrame:
    """Rows matching every given filter (None or empty = no filter on that field)."""
    mask = pd.Series(True, index=services.index)
    if component:
        mask &= services["component"] == component
    if service_types:
        mask &= services["service_type"].isin(service_types)
    if budget_groups:
        mask &= services["budget_group"].isin(budget_groups)
    if uats:
        mask &= services["uat_siruta"].isin(uats)
    return services[mask]


def budget_groups_of(services: pd.DataFrame, budget_groups: pd.DataFrame) -> pd.DataFrame:
    """The budget groups that the given services belong to (whole groups, never split)."""
    return budget_groups[budget_groups["budget_group"].isin(services["budget_group"].dropna())]


def service_costs(services: pd.DataFrame, budget_groups: pd.DataFrame) -> pd.DataFrame:
    """One row per service: occupancy (as `occupancy`) with its budget group's county budget per
    place and per resident a year (lei; the group's budget is never split between services, so
    every service of a group shows the group's figures; NaN where they cannot be stated)."""
    occ = occupancy(services)
    cost = budget_per_place(services, budget_groups)
    residents = services.groupby("budget_group")["beneficiaries"].sum(min_count=1)
    cost["budget_per_resident_year_lei"] = (
        cost["county_budget_thousand_lei"] * 1000
        / cost["budget_group"].map(residents).astype("float64").where(lambda r: r > 0)
    )  # fmt: skip
    keep = cost[["budget_group", "budget_per_place_year_lei", "budget_per_resident_year_lei"]]
    return occ.merge(keep, on="budget_group", how="left")


def service_history(registries: Mapping[int, tuple[pd.DataFrame, pd.DataFrame]]) -> pd.DataFrame:
    """`service_costs` of every registry year (year → (services, budget_groups)), with `year`;
    a service keeps its service_id from year to year."""
    frames = [
        service_costs(services, groups).assign(year=int(year))
        for year, (services, groups) in sorted(registries.items())
    ]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


YEARLY_COLUMNS = [
    "year", "component", "places", "residents", "occupancy_pct", "county_budget_thousand_lei",
]  # fmt: skip


def yearly_totals(
    registries: Mapping[int, tuple[pd.DataFrame, pd.DataFrame]], *, component: str | None = None
) -> pd.DataFrame:
    """Per registry year and component (plus `all`): places and residents (place-based
    services), residential occupancy (percent) and county budget (thousand lei; a budget group
    spanning components counts under `mixed`)."""
    rows = []
    for year, (services, groups) in sorted(registries.items()):
        selected = filter_services(services, component=component)
        own_groups = budget_groups_of(selected, groups)
        totals = totals_by(selected, "component")[["component", "places", "residents",
                                                   "occupancy_pct"]]  # fmt: skip
        budget = budget_by_component(selected, own_groups)
        frame = totals.merge(budget, on="component", how="outer")
        total = {
            "component": "all",
            "places": totals["places"].sum(),
            "residents": totals["residents"].sum(),
            "occupancy_pct": residential_occupancy_pct(selected),
            "county_budget_thousand_lei": county_budget_thousand_lei(own_groups),
        }
        frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
        rows.append(frame.assign(year=int(year)))
    if not rows:
        return pd.DataFrame(columns=YEARLY_COLUMNS)
    return pd.concat(rows, ignore_index=True)[YEARLY_COLUMNS]


def year_on_year(yearly: pd.DataFrame, *, year: int, previous: int) -> pd.DataFrame:
    """Per component: each measure in `previous` and `year` and the change (occupancy in
    percentage points); a component missing in one year counts as 0 places (NaN occupancy)."""
    measures = ["places", "residents", "occupancy_pct", "county_budget_thousand_lei"]
    now = yearly[yearly["year"] == year].set_index("component")[measures]
    before = yearly[yearly["year"] == previous].set_index("component")[measures]
    both = now.add_suffix("_now").join(before.add_suffix("_before"), how="outer")
    for m in measures:
        if m != "occupancy_pct":
            both[[f"{m}_now", f"{m}_before"]] = both[[f"{m}_now", f"{m}_before"]].fillna(0)
        both[f"{m}_change"] = both[f"{m}_now"] - both[f"{m}_before"]
    return both.reset_index()


def year_series(
    yearly: pd.DataFrame, measure: str, *, with_total: bool = False
) -> dict[str, tuple[list[int], list[float]]]:
    """component → (years, values of `measure`) from `yearly_totals`, for a line per component:
    components whose measure is 0 in every year are left out; the county total (`all`) only
    when asked. A missing value counts as 0."""
    out: dict[str, tuple[list[int], list[float]]] = {}
    for component, rows in yearly[yearly["component"] != "all"].groupby("component", sort=True):
        values = rows[measure].fillna(0)
        if values.sum() > 0:
            out[str(component)] = (rows["year"].astype(int).tolist(), values.tolist())
    if with_total:
        total = yearly[yearly["component"] == "all"]
        out["all"] = (total["year"].astype(int).tolist(), total[measure].fillna(0).tolist())
    return out
