"""Deinstitutionalisation: institutions under restructuring, community places, money, flows.

Pure functions over the curated registry (services.csv), projects.csv and planned_services.csv,
with optional later snapshots (service_id, year, capacity, beneficiaries). Links between an
institution, a project and a new service are only those the 2022 plan states
(projects.institution_row_no, planned_services.project_id); nothing is inferred.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from domain.components import DEINSTITUTION_COMPONENT
from domain.plans import DEINSTITUTION_TITLE

COMMUNITY_TYPES = ("protected_house",)
COMMUNITY_CODES = ("8790CR-D-VII", "8899CZ-D-I")


def institutions(services: pd.DataFrame, snapshots: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per institution with a target capacity: start, target, residents, what remains.

    `progress_pct` = share of the planned reduction (start − target) achieved by the latest
    snapshot's capacity; 0 with only the 2022 registry (the starting point).
    """
    rows = services[
        services["capacity_target"].notna() & (services["component"] == DEINSTITUTION_COMPONENT)
    ].copy()
    rows["start_capacity"] = rows["capacity"].astype("float64")
    rows["target_capacity"] = rows["capacity_target"].astype("float64")
    rows["residents"] = rows["beneficiaries"].astype("float64")
    rows["current_capacity"] = rows["start_capacity"]
    rows["current_residents"] = rows["residents"]
    rows["as_of_year"] = rows["snapshot_year"].astype("int64")
    if snapshots is not None and not snapshots.empty:
        latest = snapshots.sort_values("year").groupby("service_id").tail(1).set_index("service_id")
        later = rows["service_id"].isin(latest.index)
        ids = rows.loc[later, "service_id"]
        rows.loc[later, "current_capacity"] = ids.map(latest["capacity"]).astype("float64").values
        rows.loc[later, "current_residents"] = (
            ids.map(latest["beneficiaries"]).astype("float64").values
        )
        rows.loc[later, "as_of_year"] = ids.map(latest["year"]).astype("int64").values
    planned_cut = rows["start_capacity"] - rows["target_capacity"]
    rows["places_to_cut"] = (rows["current_capacity"] - rows["target_capacity"]).clip(lower=0)
    rows["residents_above_target"] = (rows["current_residents"] - rows["target_capacity"]).clip(
        lower=0
    )
    done = rows["start_capacity"] - rows["current_capacity"]
    rows["progress_pct"] = np.where(
        planned_cut > 0, done / planned_cut.where(planned_cut > 0) * 100, np.nan
    )
    keep = ["service_id", "row_no", "name", "uat_siruta", "start_capacity", "target_capacity",
            "residents", "current_capacity", "current_residents", "as_of_year", "places_to_cut",
            "residents_above_target", "progress_pct", "source_line", "notes"]  # fmt: skip
    return rows[keep].sort_values("start_capacity", ascending=False, ignore_index=True)


def money_per_institution(institution_rows: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """Project money (lei) per institution, from the projects that name it."""
    linked = projects[projects["institution_row_no"].notna()]
    money = linked.groupby("institution_row_no").agg(
        projects=("project_id", "count"),
        project_money_lei=("total_budget_lei", "sum"),
        project_ids=("project_id", lambda s: ", ".join(s)),
    )
    out = institution_rows.merge(money, left_on="row_no", right_index=True, how="left")
    out["projects"] = out["projects"].fillna(0).astype(int)
    out["project_money_lei"] = out["project_money_lei"].fillna(0.0)
    return out


def community_places(planned: pd.DataFrame, services: pd.DataFrame) -> pd.DataFrame:
    """Planned community places (per planned service) and the places open in the registry."""
    frame = planned.assign(places=planned["places_per_unit"] * planned["units"])
    frame = frame[frame["code"].isin(COMMUNITY_CODES)]
    return frame[["planned_id", "name", "code", "units", "places_per_unit", "places", "uat_siruta",
                  "funding", "project_id", "source_line"]].reset_index(drop=True)  # fmt: skip


def open_community_places(services: pd.DataFrame) -> int:
    """Places in protected houses for adults with disabilities already in the 2022 registry."""
    houses = services[
        (services["service_type"].isin(COMMUNITY_TYPES))
        & (services["component"] == DEINSTITUTION_COMPONENT)
    ]
    return int(houses["capacity"].sum())


def money_per_community_place(planned: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """Per project creating community services: its budget / the places it creates (lei)."""
    places = community_places(planned, pd.DataFrame()).groupby("project_id")["places"].sum()
    out = projects[projects["project_id"].isin(places.index)].copy()
    out["community_places"] = out["project_id"].map(places)
    out["lei_per_community_place"] = out["total_budget_lei"] / out["community_places"]
    return out[["project_id", "title", "total_budget_lei", "community_places",
                "lei_per_community_place", "source_line"]].reset_index(drop=True)  # fmt: skip


def flow_links(
    institution_rows: pd.DataFrame, projects: pd.DataFrame, planned: pd.DataFrame
) -> pd.DataFrame:
    """Documented paths institution → project → planned community service, weighted by places.

    A path exists only where projects.institution_row_no names the institution and
    planned_services.project_id names the project. Columns: institution, project, service,
    places, project_line, service_line.
    """
    names = dict(zip(institution_rows["row_no"], institution_rows["name"], strict=True))
    linked = projects[projects["institution_row_no"].isin(list(names))]
    services = community_places(planned, pd.DataFrame())
    paths = services.merge(linked, on="project_id", suffixes=("_service", "_project"))
    return pd.DataFrame(
        {
            "institution": paths["institution_row_no"].map(names),
            "project": paths["title"],
            "service": paths["name"],
            "places": paths["places"],
            "project_line": paths["source_line_project"],
            "service_line": paths["source_line_service"],
        }
    )


def registry_path(history: pd.DataFrame, year: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(start registry, later snapshots) for `institutions`: the first registry year's rows, and
    (service_id, year, capacity, beneficiaries) of every later registry year up to `year`."""
    if history.empty:
        return history, pd.DataFrame(columns=["service_id", "year", "capacity", "beneficiaries"])
    first = int(history["snapshot_year"].min())
    start = history[history["snapshot_year"] == first].reset_index(drop=True)
    later = history[(history["snapshot_year"] > first) & (history["snapshot_year"] <= year)]
    snapshots = later.rename(columns={"snapshot_year": "year"})[
        ["service_id", "year", "capacity", "beneficiaries"]
    ].reset_index(drop=True)
    return start, snapshots


def deadlines_by_year(indicators: pd.DataFrame, strategy_ids: list[str]) -> pd.DataFrame:
    """The strategies' disability targets per deadline year (of an ISO date or a bare year)."""
    frame = indicators[
        (indicators["plan_id"].isin(strategy_ids))
        & (indicators["component"] == DEINSTITUTION_COMPONENT)
        & indicators["deadline"].notna()
    ]
    years = frame["deadline"].str[:4].astype(int)
    counts = years.value_counts().sort_index()
    return pd.DataFrame({"year": counts.index, "targets": counts.values})


def deinstitution_objective(objectives: pd.DataFrame, plan_id: str) -> pd.Series | None:
    """The plan's general objective on deinstitutionalisation (its title names it), or None."""
    general = objectives[(objectives["plan_id"] == plan_id) & (objectives["level"] == "general")]
    match = general[general["title"].str.contains(DEINSTITUTION_TITLE, case=False, regex=True)]
    return None if match.empty else match.iloc[0]


def plan_targets(indicators: pd.DataFrame, objectives: pd.DataFrame, plan_id: str) -> pd.DataFrame:
    """The plan's deinstitutionalisation indicators (those of its general objective on it)."""
    objective = deinstitution_objective(objectives, plan_id)
    if objective is None:
        return indicators.iloc[0:0]
    return indicators[
        (indicators["plan_id"] == plan_id) & (indicators["objective_number"] == objective["number"])
    ]


def restructuring_targets(
    indicators: pd.DataFrame, objectives: pd.DataFrame, plan_id: str
) -> pd.DataFrame:
    """The plan's deinstitutionalisation targets: those of its general objective on it (2022
    plan: OG 5) or, when no general objective is named so, those of its disability specific
    objectives that are (strategy 2025–2034: O.S. 5.1, "Continuarea procesului de
    dezinstituționalizare", 001_dfd4bbb413e2f194.txt line 233)."""
    general = plan_targets(indicators, objectives, plan_id)
    if len(general):
        return general
    specific = objectives[
        (objectives["plan_id"] == plan_id)
        & (objectives["level"] == "specific")
        & (objectives["component"] == DEINSTITUTION_COMPONENT)
        & objectives["title"].str.contains(DEINSTITUTION_TITLE, case=False, regex=True)
    ]
    return indicators[
        (indicators["plan_id"] == plan_id)
        & (indicators["component"] == DEINSTITUTION_COMPONENT)
        & indicators["specific_number"].astype(str).isin(set(specific["number"].astype(str)))
    ]


def deadline_in_force(
    indicators: pd.DataFrame,
    objectives: pd.DataFrame,
    starts: dict[str, tuple[int, str]],
    year: int,
) -> tuple[str, date] | None:
    """(plan id, deadline) of the restructuring that applies to registry year `year`: the plan
    in force then — the latest to start by `year` (`starts`: plan id → (first year, kind); an
    annual plan before a strategy of the same year) with deinstitutionalisation targets — and
    the latest deadline of those targets. None when no such plan started by `year`.

    2022 → plan_2022, 31.12.2022 (Cap. IV, OG 5, activity 5.1.4 "închiderea planurilor de
    restructurare", 000_4cfc5bf8d61bed48.txt lines 2952–2987); from 2025 → the strategy,
    31.12.2029 (O.S. 5.1, measures 5.1.1–5.1.7 "2025 - 2029", 001_dfd4bbb413e2f194.txt lines
    233–241)."""
    ranked = sorted(
        (p for p, (first, _) in starts.items() if first <= year),
        key=lambda p: (starts[p][0], starts[p][1] == "annual"),
        reverse=True,
    )
    for plan_id in ranked:
        targets = restructuring_targets(indicators, objectives, plan_id)
        dates = [_as_date(d) for d in targets["deadline"].dropna()]
        if dates:
            return plan_id, max(dates)
    return None


def _as_date(deadline: object) -> date:
    """An ISO date, or a bare year read as its 31 December."""
    text = str(deadline).strip()
    if len(text) == 4 and text.isdigit():
        return date(int(text), 12, 31)
    return date.fromisoformat(text[:10])


def plan_deadlines(
    indicators: pd.DataFrame, objectives: pd.DataFrame, values: pd.DataFrame, plan_id: str
) -> pd.DataFrame:
    """The plan's deinstitutionalisation targets by deadline, each with its latest county-level
    reported value (NaN when none is reported) and the period it refers to."""
    frame = plan_targets(indicators, objectives, plan_id)
    columns = [
        "deadline", "activity_number", "indicator_id", "indicator_text", "target_value",
        "target_unit", "direction", "source_line",
    ]  # fmt: skip
    out = frame[columns].copy()
    county = values[values["uat_siruta"].isna()] if len(values) else values
    if len(county):
        latest = (
            county.sort_values("period_end")
            .groupby("indicator_id", as_index=False)
            .last()[["indicator_id", "value", "period_end", "source"]]
        )
        out = out.merge(latest, on="indicator_id", how="left")
    else:
        out["value"], out["period_end"], out["source"] = float("nan"), None, None
    out["source_line"] = out["source_line"].astype("Int64")
    return out.sort_values(["deadline", "source_line"]).reset_index(drop=True)


def institution_path(history: pd.DataFrame) -> pd.DataFrame:
    """Each institution under restructuring (a target capacity in the first registry year), every
    registry year: service_id, row_no, name, year, capacity, residents, target_capacity. A year
    whose registry leaves the institution out has no row (closed or not reported)."""
    cols = ["service_id", "row_no", "name", "year", "capacity", "residents", "target_capacity"]
    if history.empty:
        return pd.DataFrame(columns=cols)
    first = int(history["snapshot_year"].min())
    start = history[
        (history["snapshot_year"] == first)
        & history["capacity_target"].notna()
        & (history["component"] == DEINSTITUTION_COMPONENT)
    ]
    target = start.set_index("service_id")["capacity_target"].astype("float64")
    rows = history[history["service_id"].isin(target.index)]
    out = pd.DataFrame(
        {
            "service_id": rows["service_id"],
            "row_no": rows["service_id"].map(start.set_index("service_id")["row_no"]),
            "name": rows["service_id"].map(start.set_index("service_id")["name"]),
            "year": rows["snapshot_year"].astype("int64"),
            "capacity": rows["capacity"].astype("float64"),
            "residents": rows["beneficiaries"].astype("float64"),
            "target_capacity": rows["service_id"].map(target),
        }
    )
    return out.sort_values(["row_no", "year"], ignore_index=True)[cols]


def path_status(inst: pd.DataFrame, *, deadline: date, today: date) -> pd.Series:
    """Per institution: `reached` (capacity at or below target), `late` (deadline passed above
    it), `on_time` (time left and some progress), `not_started` (time left, no progress yet)."""
    reached = inst["current_capacity"] <= inst["target_capacity"]
    moved = inst["progress_pct"].fillna(0) > 0
    return pd.Series(
        np.select(
            [reached, today > deadline, moved], ["reached", "late", "on_time"], "not_started"
        ),
        index=inst.index,
    )


def community_opened(planned: pd.DataFrame, history: pd.DataFrame) -> pd.DataFrame:
    """Planned community services (COMMUNITY_CODES) and the places opened for them: services of a
    later registry year, absent from the first, with the same code in the same UAT (latest year's
    capacity, up to the places planned there)."""
    frame = community_places(planned, pd.DataFrame())
    frame["opened_places"] = 0.0
    if history.empty or frame.empty:
        return frame
    first, last = int(history["snapshot_year"].min()), int(history["snapshot_year"].max())
    known = set(history.loc[history["snapshot_year"] == first, "service_id"])
    new = history[(history["snapshot_year"] == last) & ~history["service_id"].isin(known)]
    opened = new.groupby(["code", "uat_siruta"])["capacity"].sum()
    for i, row in frame.iterrows():
        places = float(opened.get((row["code"], row["uat_siruta"]), 0.0))
        frame.at[i, "opened_places"] = min(places, float(row["places"]))
        opened.loc[(row["code"], row["uat_siruta"])] = max(0.0, places - float(row["places"]))
    return frame


def deadline_status(plan: pd.DataFrame, card: pd.DataFrame) -> pd.DataFrame:
    """The plan's deinstitutionalisation targets (`plan_deadlines`) with the scorecard's status,
    the value reported by each target's own deadline and its date (`card`: am.scorecard)."""
    keep = card[["indicator_id", "status", "actual", "actual_period_end"]]
    out = plan.drop(columns=["value", "period_end"], errors="ignore").merge(
        keep, on="indicator_id", how="left"
    )
    return out.rename(columns={"actual": "value", "actual_period_end": "period_end"})
