"""Objectives (/obiective): attainment, pace and status per plan, component, objective, owner —
the scorecards of one selection (`?plan=`, `?perioada=`, `?comparat=`, `?traiectorie=`,
`?responsabil=`), their figures and tables, and the page's builder. A strategy adds its targets
year by year and the trajectory of a cumulative target (current year highlighted)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from caching import cached, shared
from display import charts
from display import trajectory as trajectory_view
from display.fmt import LABEL_CHARS as LABEL_CHARS  # the chart labels' length (tests read it here)
from display.fmt import fmt_date, fmt_number, fmt_pct, short_label, unique_labels
from display.i18n import translator
from display.tables import blank_text
from domain.statuses import INDICATOR_STATUSES, STATUS_COLOURS
from domain.url_params import shown_value
from loaders.tables import curated_dir, load_indicator_units, load_units
from metrics import attainment as am
from metrics import owners as mo
from metrics.attainment import STATUSES
from readers import catalogue
from readers.reported import reported_values
from views.common import Tr, builder, component_notice, plan_source, tr_of
from views.model import Kpi, PageModel, Query, Section

PATH = "obiective"
ALL = "all"

# ----- computations (once per selection and store data version) ------------------------------


@cached
def scorecards(
    plan: str, component: str | None, period: date, compare: date, version: object
) -> am.Scorecards:
    """The page's computations for one selection, once per store data version (any session)."""
    in_plan, nodes = catalogue.indicators(plan), catalogue.objectives(plan)
    milestones = catalogue.milestones(plan)
    values, _ = reported_values(in_plan["indicator_id"])
    mine = in_plan if component is None else in_plan[in_plan["component"] == component]
    vals = values[values["indicator_id"].isin(mine["indicator_id"])]
    return am.scorecards(
        mine, milestones, vals, nodes, period_end=period, compare=compare,
        bounds=catalogue.plan_bounds(),
    )  # fmt: skip


@dataclass(frozen=True)
class Choice:
    """A selection read from the query: plan, its indicators and values, the periods offered."""

    plan: str
    mine: pd.DataFrame  # the plan's indicators (of the component)
    values: pd.DataFrame  # their reported values
    problem: str | None  # why the store could not be read
    periods: list[date]
    default: int  # index of the default period
    notice: str | None  # `?plan=` not understood


def plans() -> list[str]:
    """The plans with indicators (the `?plan=` choices)."""
    return catalogue.plan_ids(with_indicators=True)


@shared  # on the query: the page's selectors and its builder ask for it in the same run
def choice(q: Query) -> Choice:
    """The plan of `?plan=` (the first plan, with a notice, when it names none), its
    indicators for the component, their values and the periods to choose from."""
    options = plans()
    raw = q.get("plan")
    plan = raw if raw in options else options[0]
    notice = None
    if raw is not None and raw not in options:
        notice = tr_of(q)(
            "obj.bad_plan", value=shown_value(raw), plan=catalogue.plan_row(plan)["title"]
        )
    indicators = catalogue.indicators(plan)
    ids = indicators.loc[indicators["plan_id"] == plan, "indicator_id"]
    values, problem = reported_values(ids)
    mine = indicators[indicators["plan_id"] == plan]
    if q.component:
        mine = mine[mine["component"] == q.component]
    vals = values[values["indicator_id"].isin(mine["indicator_id"])]
    reported = sorted(pd.to_datetime(vals["period_end"]).dt.date.unique()) if len(vals) else []
    ends = am.semester_ends(*catalogue.plan_bounds()[plan])
    periods = sorted(set(ends) | set(reported))
    default = periods.index(am.default_period(ends, reported, q.today))
    return Choice(plan, mine, vals, problem, periods, default, notice)


def _date_param(q: Query, name: str, options: list[date], default: date) -> date:
    try:
        chosen = date.fromisoformat(q.get(name) or "")
    except ValueError:
        return default
    return chosen if chosen in options else default


def compared(periods: list[date], period: date) -> list[date]:
    """The periods a comparison can start from (before `period`; itself when none is)."""
    return [p for p in periods if p < period] or [period]


# ----- figures and tables ---------------------------------------------------------------------


@shared
def status_grid_figure(rolled: pd.DataFrame, label_col: str, lang: str) -> go.Figure:
    """Stacked horizontal bars: indicators per status for each row of `rolled`; long labels
    shortened at a word (full text on hover), the label axis sized to them."""
    tr = translator(lang)
    full = rolled[label_col].astype(str).tolist()
    labels = unique_labels([short_label(t) for t in full])
    fig = go.Figure()
    for status in STATUSES:
        fig.add_bar(
            y=labels, x=rolled[status], orientation="h", name=tr(f"obj.status.{status}"),
            marker_color=STATUS_COLOURS[status], texttemplate="%{x}", textposition="inside",
            customdata=full, hovertemplate="%{customdata}<br>%{x}<extra>%{fullData.name}</extra>",
        )  # fmt: skip
    charts.stacked_layout(fig, len(rolled), lang=lang, floor=300, base=70)
    fig.update_yaxes(automargin=True, type="category")
    return fig


def rolled_table(rolled: pd.DataFrame, label_col: str, label_key: str, tr: Tr) -> pd.DataFrame:
    """The grid's data with localised headers (status counts, coverage, mean attainment)."""
    columns = {label_col: tr(label_key), "indicators": tr("obj.col.indicators")}
    columns |= {s: tr(f"obj.status.{s}") for s in STATUSES}
    columns |= {"coverage_pct": tr("obj.col.coverage"), "mean_attainment_pct": tr("obj.col.mean")}
    return rolled[list(columns)].rename(columns=columns).reset_index(drop=True)


INDICATOR_COLUMNS = {
    "indicator_id": "obj.col.id",
    "indicator_text": "obj.col.text",
    "target_in_force": "obj.col.target",
    "target_unit": "obj.col.unit",
    "actual": "obj.col.actual",
    "attainment": "obj.col.attainment",
    "elapsed": "obj.col.elapsed",
    "pace": "obj.col.pace",
    "status_label": "obj.col.status",
    "trend": "obj.col.trend",
    "due": "obj.col.due",
    "responsible": "obj.col.responsible",
    "source_line": "obj.col.source_line",
}


def indicator_table(card: pd.DataFrame, trends: dict[str, list[float]], tr: Tr) -> pd.DataFrame:
    """The sortable indicator table (status as icon + word, the trend as a list of values)."""
    frame = card.assign(
        status_label=card["status"].map(lambda s: tr(f"obj.status.{s}")),
        trend=card["indicator_id"].map(lambda i: trends.get(i, [])),
        attainment=card["attainment_pct"].round(1),
        elapsed=card["time_elapsed_pct"].round(0),
        pace=card["pace_ratio"].round(2),
    )
    out = frame[list(INDICATOR_COLUMNS)]
    out.columns = [tr(k) for k in INDICATOR_COLUMNS.values()]
    return out.reset_index(drop=True)


def behind_sentence(row: pd.Series, tr: Tr, lang: str) -> str:
    """'62 % din țintă la 75 % din timp scurs — sub ritm (id, owner)'."""
    return tr(
        "obj.behind_headline",
        pct=fmt_pct(row["attainment_pct"], 0, lang),
        time=fmt_pct(row["time_elapsed_pct"], 0, lang),
        status=tr(f"obj.status.{row['status']}").split(" ", 1)[-1],
        id=row["indicator_id"],
        owner=short_label(row["responsible"] or "–", 60),
    )


def _indicators_section(
    key: str, title: str, source: str, card: pd.DataFrame, trends: dict, tr: Tr, *,
    headline: str | None, file_name: str, notes: tuple[str, ...] = (),
) -> Section:  # fmt: skip
    table = blank_text(indicator_table(card, trends, tr))
    return Section(
        key, title, source, None, table, headline, notes=notes, kind="table",
        data=table.drop(columns=[tr("obj.col.trend")]), file_name=file_name,
    )  # fmt: skip


# ----- the page -------------------------------------------------------------------------------


def owner_options(card: pd.DataFrame) -> dict[str, str]:
    """Unit id → name of every owner of an indicator of `card` (the `?responsabil=` choices)."""
    owned = _owners(tuple(card["indicator_id"]))
    options = mo.owner_options(owned)
    return dict(zip(options["unit_id"], options["unit_name"], strict=True))


def _owners(ids: tuple[str, ...]) -> pd.DataFrame:
    return _owners_at(ids, catalogue.state(), str(curated_dir()))


@shared  # once per set of indicators, stored catalogue and curated folder (units.csv)
def _owners_at(ids: tuple[str, ...], state: object, folder: str) -> pd.DataFrame:
    links = mo.links_by_text(catalogue.indicators(), load_indicator_units())
    return mo.indicator_owners(pd.Series(ids, dtype=object), links, load_units())


def selection(q: Query) -> tuple[Choice, date, date]:
    """The choice of `?plan=` and its period (`?perioada=`) and comparison (`?comparat=`)."""
    c = choice(q)
    period = _date_param(q, "perioada", c.periods, c.periods[c.default])
    earlier = compared(c.periods, period)
    return c, period, _date_param(q, "comparat", earlier, earlier[-1])


@builder
def build(q: Query) -> PageModel:
    """The Objectives page for the plan, period, comparison, trajectory and owner in `q`."""
    tr, lang = tr_of(q), q.lang
    c, period, compare = selection(q)
    plan_row = catalogue.plan_row(c.plan)
    notices = [n for n in (c.notice,) if n]
    if c.problem:
        notices.append(tr("obj.store_unavailable"))
    filters = [(tr("obj.plan"), str(plan_row["title"])), (tr("obj.period"), fmt_date(period, lang)),
               (tr("obj.compare"), fmt_date(compare, lang))]  # fmt: skip
    base = PageModel(
        path=PATH, title=tr("obj.title"), intro=tr("obj.intro"), demo=q.demo,
        definitions=tuple(
            (tr(f"obj.status.{s.value}"), tr(f"obj.status_def.{s.value}"))
            for s in INDICATOR_STATUSES
        ),
    )  # fmt: skip
    if c.mine.empty:
        plan_rows = catalogue.indicators(c.plan)
        notices.append(component_notice(q, plan_rows, "filter.no_indicators") or tr("chart.empty"))
        return replace(base, notices=tuple(notices), filters=tuple(filters))
    scores = scorecards(c.plan, q.component, period, compare, q.version)
    card = scores.card
    source = plan_source(
        c.plan, tr, where=tr("obj.source_where_" + str(plan_row["kind"])), rows=c.mine
    )
    if (c.values["source"] == "demo").any():
        notices.append(tr("obj.demo_note"))
    n_measured = int((card["status"] != "no_data").sum())
    if c.values.empty or not n_measured:
        notices.append(tr("obj.empty", date=fmt_date(period, lang)))

    def count(statuses: list[str]) -> str:  # — when nothing is measured (never a false 0)
        return fmt_number(card["status"].isin(statuses).sum(), lang=lang) if n_measured else "—"

    overall = scores.overall
    kpis = (
        Kpi(tr("obj.kpi.indicators"), fmt_number(len(card), lang=lang)),
        Kpi(tr("obj.kpi.coverage"),
            fmt_pct(overall["coverage_pct"].iloc[0], 0, lang)
            if len(overall) and n_measured else "—",
            tr("obj.kpi.no_data_help")),
        Kpi(tr("obj.kpi.achieved"), count(["achieved"]), tr("obj.status_def.achieved")),
        Kpi(tr("obj.kpi.missed"), count(["missed"]), tr("obj.status_def.missed")),
        Kpi(tr("obj.kpi.behind"), count(["behind_pace", "off_track"]),
            tr("obj.status_def.off_track")),
    )  # fmt: skip
    sections = [_components(q, scores, source)]
    if plan_row["kind"] == "strategy":
        sections += _strategy_years(q, c, source)
    sections.append(_grid(q, scores, source, n_measured))
    behind = scores.behind
    sentences = tuple(behind_sentence(r, tr, lang) for _, r in behind.iterrows())
    sections.append(
        _indicators_section(
            "obj-behind", tr("obj.behind"), source, behind, scores.trends, tr,
            headline=sentences[0] if sentences else None, notes=sentences[1:],
            file_name="indicatori-in-urma",
        )
    )  # fmt: skip
    sections.append(
        _indicators_section(
            "obj-table", tr("obj.table"), source, card, scores.trends, tr,
            headline=None, file_name="indicatori",
        )
    )  # fmt: skip
    owner_section, owner_filter, owner_notice = _owner(q, card, scores.trends, source)
    notices += owner_notice
    filters += owner_filter
    sections += owner_section
    sections.append(_since(q, scores.changes, source, period, compare))
    return replace(
        base, kpis=kpis, sections=tuple(sections), filters=tuple(filters),
        notices=tuple(notices),
    )  # fmt: skip


DRILL_AFTER = ("obj-table",)  # the page draws its drill-down after these sections


@dataclass(frozen=True)
class Activity:
    """One activity of the drill-down: its title (cut before any web address, for the
    expander's summary), its full text, and its indicators' scorecard rows."""

    title: str
    full: str
    rows: pd.DataFrame


def drill_objectives(q: Query) -> dict[str, str]:
    """Objective id → its label, for the objectives of the query's scorecard (the drill-down's
    choices)."""
    firsts = _card(q).drop_duplicates("objective_node_id")
    return dict(zip(firsts["objective_node_id"], firsts["objective_label"], strict=True))


def drill_down(q: Query, objective: str) -> list[Activity]:
    """The activities of `objective` with their indicators, in the plan's order."""
    card = _card(q)
    titles = catalogue.objectives(choice(q).plan).set_index("node_id")
    out = []
    for activity, rows in card[card["objective_node_id"] == objective].groupby(
        "activity_node_id", sort=False
    ):
        full = f"{titles.at[activity, 'number'] or ''} {titles.at[activity, 'title']}".strip()
        out.append(Activity(short_label(full, 120), full, rows))
    return out


def _card(q: Query) -> pd.DataFrame:
    c, period, compare = selection(q)
    return scorecards(c.plan, q.component, period, compare, q.version).card


def drill_position(model: PageModel) -> int:
    """How many sections come before the page's drill-down."""
    keys = [s.key for s in model.sections]
    return keys.index(DRILL_AFTER[-1]) + 1 if DRILL_AFTER[-1] in keys else len(keys)


def _components(q: Query, scores: am.Scorecards, source: str) -> Section:
    tr, lang = tr_of(q), q.lang
    by_comp = scores.by_component.assign(
        label=lambda d: d["component"].map(lambda c: tr(f"component.{c}"))
    )
    measured = by_comp[by_comp["with_data"] > 0].sort_values("mean_attainment_pct")
    headline = None
    if not measured.empty:
        worst = measured.iloc[0]
        headline = tr(
            "obj.component_headline", name=worst["label"],
            att=fmt_pct(worst["mean_attainment_pct"], 0, lang),
            cov=fmt_pct(worst["coverage_pct"], 0, lang),
        )  # fmt: skip
    return Section(
        "obj-components", tr("obj.components"), source,
        status_grid_figure(by_comp, "label", lang),
        rolled_table(by_comp, "label", "col.component", tr), headline,
    )  # fmt: skip


def trajectory_choices(c: Choice) -> dict[str, str]:
    """Indicator id → text of the plan's cumulative targets (the `?traiectorie=` choices)."""
    start = catalogue.plan_bounds()[c.plan][0]
    cumulative = am.cumulative_targets(c.mine, plan_start=start)
    return dict(zip(cumulative["indicator_id"], cumulative["indicator_text"], strict=True))


def _strategy_years(q: Query, c: Choice, source: str) -> list[Section]:
    """A strategy's annual targets per year (reported for that year; the running year marked)
    and the trajectory of the cumulative target of `?traiectorie=` (current year shaded)."""
    tr, lang = tr_of(q), q.lang
    plan_start, plan_end = catalogue.plan_bounds()[c.plan]
    first, last = plan_start.year, plan_end.year
    years = list(range(first, min(last, max(q.today.year, first)) + 1))
    yearly = am.annual_by_year(
        c.mine, catalogue.milestones(c.plan), c.values, years=years,
        bounds=catalogue.plan_bounds(), today=q.today,
    )  # fmt: skip
    yearly["label"] = [
        tr("obj.year_running", year=y, date=fmt_date(d, lang)) if r else str(y)
        for y, d, r in zip(yearly["year"], yearly["period_end"], yearly["running"], strict=True)
    ]
    latest = yearly.iloc[-1]
    figure = status_grid_figure(yearly, "label", lang)
    out = [
        Section(
            "obj-by-year", tr("obj.by_year"), source, figure,
            rolled_table(
                yearly.assign(coverage_pct=math.nan, mean_attainment_pct=math.nan),
                "label", "obj.col.year", tr,
            ).iloc[:, :-2],
            tr(
                "obj.by_year_headline", year=latest["label"], n=int(latest["indicators"]),
                achieved=int(latest["achieved"]),
                behind=int(latest["behind_pace"] + latest["off_track"]),
                missed=int(latest["missed"]), nodata=int(latest["no_data"]),
            ),
        )
    ]  # fmt: skip
    texts = trajectory_choices(c)
    if not texts:
        return out
    chosen = q.get("traiectorie")
    chosen = chosen if chosen in texts else next(iter(texts))
    cumulative = am.cumulative_targets(c.mine, plan_start=plan_start)
    row = cumulative.set_index("indicator_id").loc[chosen].rename(chosen)
    row["indicator_id"] = chosen
    due = am.as_date(row["deadline"], default=plan_end)
    traj = am.trajectory(row, c.values, start=plan_start, deadline=due, today=q.today)
    out.append(
        Section(
            "obj-trajectory", f"{tr('obj.trajectory')}: {short_label(texts[chosen], 60)}", source,
            trajectory_view.figure(traj, today=q.today, tr=tr, lang=lang),
            trajectory_view.table(traj, tr),
            trajectory_view.headline(
                traj, target=float(row["target_value"]), deadline=due, tr=tr, lang=lang
            ),
            notes=(f"{texts[chosen]} ({tr('obj.col.id').lower()} {chosen})",),
        )
    )  # fmt: skip
    return out


def _grid(q: Query, scores: am.Scorecards, source: str, n_measured: int) -> Section:
    tr, lang = tr_of(q), q.lang
    by_obj = scores.by_objective.assign(behind=lambda d: d["behind"] + d["missed"])
    ranked = by_obj.sort_values(["behind", "coverage_pct"], ascending=[False, True])
    worst = ranked.iloc[0] if len(by_obj) else None
    if not n_measured:
        headline = tr("obj.grid_headline_nodata")
    elif worst is not None and worst["behind"] > 0:
        headline = tr(
            "obj.grid_headline", name=short_label(worst["objective_label"]),
            behind=int(worst["behind"]), coverage=fmt_pct(worst["coverage_pct"], 0, lang),
        )  # fmt: skip
    else:
        headline = tr("obj.grid_headline_none", measured=n_measured, n=len(scores.card))
    return Section(
        "obj-grid", tr("obj.grid"), source,
        status_grid_figure(by_obj, "objective_label", lang),
        rolled_table(by_obj, "objective_label", "obj.col.objective", tr), headline,
    )  # fmt: skip


def _owner(
    q: Query, card: pd.DataFrame, trends: dict, source: str
) -> tuple[list[Section], list[tuple[str, str]], list[str]]:
    """The indicators of `?responsabil=` (none chosen: no section)."""
    tr = tr_of(q)
    names = owner_options(card)
    owner = q.get("responsabil")
    if owner is None:
        return [], [], []
    if owner not in names:
        return [], [], [tr("late.bad_owner", value=shown_value(owner))]
    own = mo.indicators_of(card, _owners(tuple(card["indicator_id"])), owner)
    headline = tr(
        "obj.owner_headline", owner=short_label(names[owner], 80), n=len(own),
        achieved=int((own["status"] == "achieved").sum()),
        behind=int(own["status"].isin(["behind_pace", "off_track", "missed"]).sum()),
        nodata=int((own["status"] == "no_data").sum()),
    )  # fmt: skip
    section = _indicators_section(
        "obj-owner", tr("obj.owner"), source, own, trends, tr, headline=headline,
        file_name="indicatori-responsabil",
    )  # fmt: skip
    return [section], [(tr("obj.owner"), names[owner])], []


CHANGE_COLUMNS = {
    "indicator_id": "obj.col.id",
    "status_before": "obj.col.status_before",
    "status_after": "obj.col.status_after",
    "actual_before": "obj.col.actual_before",
    "actual_after": "obj.col.actual_after",
    "due_before": "obj.col.due_before",
    "due_after": "obj.col.due_after",
}


def _since(q: Query, changes: pd.DataFrame, source: str, period: date, compare: date) -> Section:
    tr, lang = tr_of(q), q.lang
    up, down = am.movement(changes)
    shown = changes.assign(
        status_before=changes["status_before"].map(lambda s: tr(f"obj.status.{s}")),
        status_after=changes["status_after"].map(lambda s: tr(f"obj.status.{s}")),
        due_before=changes["due_before"].map(lambda d: fmt_date(d, lang)),
        due_after=changes["due_after"].map(lambda d: fmt_date(d, lang)),
    )
    table = shown[list(CHANGE_COLUMNS)].copy()
    table.columns = [
        tr(k, a=fmt_date(compare, lang), b=fmt_date(period, lang)) for k in CHANGE_COLUMNS.values()
    ]
    return Section(
        "obj-since", tr("obj.since"), source, None, table,
        tr("obj.since_headline", n=fmt_number(len(changes), lang=lang),
           a=fmt_date(compare, lang), b=fmt_date(period, lang), better=fmt_number(up, lang=lang),
           worse=fmt_number(down, lang=lang),
           same=fmt_number(len(changes) - up - down, lang=lang))
        if len(changes) else tr("obj.since_none"),
        kind="table", file_name="schimbari",
    )  # fmt: skip
