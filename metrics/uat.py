"""Per-UAT supply, money and distance to services (pure; geometry in, DataFrame out)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from metrics.privacy import suppress

DESERT_KM = 25.0  # a UAT whose centroid is farther than this from any service of a component


def budget_by_uat(services: pd.DataFrame, budget_groups: pd.DataFrame) -> pd.DataFrame:
    """County budget attributed to a UAT only when every service of the group is in that UAT."""
    located = services.groupby("budget_group")["uat_siruta"].agg(
        lambda s: s.nunique(dropna=False) == 1 and s.notna().all()
    )
    single = services[services["budget_group"].map(located).fillna(False).astype(bool)]
    uat_of = single.groupby("budget_group")["uat_siruta"].first()
    groups = budget_groups[budget_groups["budget_group"].isin(uat_of.index)].copy()
    groups["uat_siruta"] = groups["budget_group"].map(uat_of)
    return groups.groupby("uat_siruta", as_index=False)["county_budget_thousand_lei"].sum()


def uat_table(
    uats: pd.DataFrame,
    services: pd.DataFrame,
    budget_groups: pd.DataFrame,
    planned: pd.DataFrame,
    projects: pd.DataFrame,
) -> pd.DataFrame:
    """All UATs (none lost): services, places, beneficiaries, budget, places per 1,000, plans."""
    base = uats[["siruta", "name", "type", "population"]].copy()
    svc = services.groupby("uat_siruta").agg(
        service_units=("service_id", "count"),
        places=("capacity", "sum"),
        beneficiaries=("beneficiaries", "sum"),
    )
    out = base.merge(svc, left_on="siruta", right_index=True, how="left")
    budget = budget_by_uat(services, budget_groups).set_index("uat_siruta")
    out["county_budget_thousand_lei"] = out["siruta"].map(budget["county_budget_thousand_lei"])
    plan = planned.assign(planned_places=planned["places_per_unit"] * planned["units"])
    plan = plan.groupby("uat_siruta").agg(
        planned_services=("planned_id", "count"), planned_places=("planned_places", "sum")
    )
    out = out.merge(plan, left_on="siruta", right_index=True, how="left")
    money = projects.groupby("uat_siruta")["total_budget_lei"].sum()
    out["project_money_lei"] = out["siruta"].map(money)
    for column in (
        "service_units",
        "places",
        "beneficiaries",
        "planned_services",
        "planned_places",
    ):
        out[column] = out[column].fillna(0).astype("int64")
    out["county_budget_thousand_lei"] = out["county_budget_thousand_lei"].fillna(0.0)
    out["project_money_lei"] = out["project_money_lei"].fillna(0.0)
    out["places_per_1000"] = out["places"] / out["population"] * 1000
    return out.reset_index(drop=True)


def nearest_service_km(
    services: pd.DataFrame, uats: pd.DataFrame, *, by: str = "component"
) -> pd.DataFrame:
    """Distance (km, EPSG:3844) from each UAT's centroid (`uats` lon/lat) to the nearest located
    service per `by`."""
    located = services[services["uat_siruta"].notna()]
    centroids = uats.set_index("siruta")[["lon", "lat"]]
    points = gpd.GeoDataFrame(
        uats[["siruta"]], geometry=gpd.points_from_xy(uats["lon"], uats["lat"]), crs="EPSG:4326"
    ).to_crs("EPSG:3844")
    rows = []
    for value, group in located.groupby(by):
        sites = centroids.loc[group["uat_siruta"].astype("int64").unique()]
        site_pts = gpd.GeoSeries(
            gpd.points_from_xy(sites["lon"], sites["lat"]), crs="EPSG:4326"
        ).to_crs("EPSG:3844")
        xy = np.column_stack([site_pts.x, site_pts.y])
        for siruta, point in zip(points["siruta"], points.geometry, strict=True):
            distance = np.sqrt(((xy - [point.x, point.y]) ** 2).sum(axis=1)).min() / 1000
            rows.append({"siruta": siruta, by: value, "nearest_km": float(distance)})
    out = pd.DataFrame(rows)
    out["desert"] = out["nearest_km"] > DESERT_KM
    return out


def reported_by_uat(
    values: pd.DataFrame, indicators: pd.DataFrame, uats: pd.DataFrame
) -> pd.DataFrame:
    """Values reported for one UAT (not county-level), ready to publish: counts from 1 to 4 read
    "<5" with secondary suppression within each indicator and period (metrics.privacy), so no
    view or download of this frame reveals a small number. Columns: indicator_id,
    indicator_text, target_kind, period_end, uat_siruta, uat_name, value, suppressed."""

    columns = [
        "indicator_id", "indicator_text", "target_kind", "period_end", "uat_siruta", "uat_name",
        "value", "suppressed",
    ]  # fmt: skip
    local = values[values["uat_siruta"].notna()] if len(values) else values
    if local.empty:
        return pd.DataFrame(columns=columns)
    frame = local.merge(
        indicators[["indicator_id", "indicator_text", "target_kind"]], on="indicator_id"
    ).merge(uats[["siruta", "name"]], left_on="uat_siruta", right_on="siruta")
    frame = frame.rename(columns={"name": "uat_name"})
    frame["period_end"] = pd.to_datetime(frame["period_end"]).dt.date.astype(str)
    counts = frame["target_kind"] == "count"  # people and cases: the small numbers to hide
    hidden = suppress(frame[counts], group=["indicator_id", "period_end"])
    shown = frame[~counts].assign(
        value=frame.loc[~counts, "value"].astype(object), suppressed=False
    )
    out = pd.concat([hidden, shown]).sort_values(["indicator_id", "period_end", "uat_name"])
    return out[columns].reset_index(drop=True)
