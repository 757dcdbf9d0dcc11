"""What is late (/intarzieri): every missed, unreported or behind-pace target of every plan,
with its owner — the late list (computed once per day and data version), its two figures (late
targets by plan, owners ranked), and the page's builder (`?plan=`, `?responsabil=`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from caching import cached
from display import charts
from display.fmt import fmt_date, fmt_number, short_label, unique_labels
from domain.glossary import abbreviate
from domain.statuses import STATUS_COLOURS
from domain.url_params import shown_value
from loaders.tables import curated_dir, load_indicator_units, load_units
from metrics import lateness as ml
from metrics import owners as mo
from readers import catalogue
from readers.reported import reported_values
from views.common import builder, component_notice, tr_of
from views.model import Kpi, PageModel, Query, Section

Tr = Callable[..., str]
KIND_COLOURS = {
    "missed": STATUS_COLOURS["missed"],
    "unreported": "#595959",
    "behind": STATUS_COLOURS["behind_pace"],
}
# Plain fills (a hatch hides the number printed on it); the legend's symbols (⚠ ◌ ▼) tell the
# kinds apart without colour; each number in a colour that reads on its fill (contrast ≥ 4.5).
KIND_TEXT_COLOURS = {"missed": "#ffffff", "unreported": "#ffffff", "behind": "#000000"}


@dataclass(frozen=True)
class Lateness:
    """The late list of every plan at `today`, the owners of every indicator, and coverage."""

    late: pd.DataFrame
    owners: pd.DataFrame
    measured: dict[str, int]  # plan id → indicators with a reported value by today
    indicators: dict[str, int]  # plan id → indicators


def lateness(today: date, version: object) -> Lateness:
    """The late list at `today`: computed once per day, store data version and curated folder
    (units.csv names the owners), for any session."""
    return _lateness(today, version, str(curated_dir()))


@cached
def _lateness(today: date, version: object, folder: str) -> Lateness:
    indicators = catalogue.indicators()
    links = mo.links_by_text(indicators, load_indicator_units())
    owners = mo.indicator_owners(indicators["indicator_id"], links, load_units())
    values, _ = reported_values(indicators["indicator_id"])
    late = ml.late_list(
        indicators, catalogue.milestones(), values, catalogue.objectives(), owners,
        today=today, bounds=catalogue.plan_bounds(),
    )  # fmt: skip
    seen = values[pd.to_datetime(values["period_end"]).dt.date <= today] if len(values) else values
    plan_of = dict(zip(indicators["indicator_id"], indicators["plan_id"], strict=True))
    measured = pd.Series(seen["indicator_id"].unique() if len(seen) else [], dtype=object)
    return Lateness(
        late=late,
        owners=owners,
        measured=measured.map(plan_of).value_counts().to_dict(),
        indicators=indicators["plan_id"].value_counts().to_dict(),
    )


def counts(late: pd.DataFrame) -> dict[str, int]:
    """Rows per kind (missed, unreported, behind)."""
    return {k: int((late["kind"] == k).sum()) for k in ml.LATE_KINDS}


def display_table(late: pd.DataFrame, tr: Tr, lang: str) -> pd.DataFrame:
    """The late list with localised headers, plan titles, status words and formatted dates."""
    titles = {p: str(catalogue.plan_row(p)["title"]) for p in late["plan_id"].unique()}
    frame = late.assign(
        plan=late["plan_id"].map(titles),
        kind=late["kind"].map(lambda k: tr(f"late.kind.{k}")),
        status=late["status"].map(lambda s: tr(f"obj.status.{s}")),
        due=late["due"].map(lambda d: fmt_date(d, lang)),
        latest_date=late["latest_date"].map(lambda d: fmt_date(d, lang) if pd.notna(d) else ""),
        target_unit=late["target_unit"].fillna(""),
    )
    columns = {
        "plan": "late.col.plan", "kind": "late.col.kind", "status": "late.col.status",
        "objective_label": "late.col.objective", "indicator_id": "late.col.indicator",
        "indicator_text": "late.col.text", "owner": "late.col.owner", "due": "late.col.due",
        "target": "late.col.target", "target_unit": "late.col.unit",
        "value_at_due": "late.col.value_at_due", "latest_value": "late.col.latest",
        "latest_date": "late.col.latest_date", "gap": "late.col.gap",
        "days_late": "late.col.days_late", "days_left": "late.col.days_left",
        "source_line": "late.col.source_line",
    }  # fmt: skip
    out = frame[list(columns)].copy()
    out.columns = [tr(k) for k in columns.values()]
    return out.reset_index(drop=True)


def _stacked(labels: list[str], series: dict[str, list[int]], tr: Tr, lang: str) -> go.Figure:
    fig = go.Figure()
    for kind, xs in series.items():
        fig.add_bar(
            y=labels, x=xs, orientation="h", name=tr(f"late.kind.{kind}"),
            marker_color=KIND_COLOURS[kind], texttemplate="%{x}", textposition="inside",
            insidetextanchor="middle", textfont_color=KIND_TEXT_COLOURS[kind],
        )  # fmt: skip
    return charts.stacked_layout(fig, len(labels), lang=lang, floor=260, base=80)


def by_plan(late: pd.DataFrame, tr: Tr, lang: str) -> tuple[go.Figure, pd.DataFrame]:
    """Late targets per plan and kind: the figure and its table."""
    table = pd.crosstab(late["plan_id"], late["kind"]).reindex(
        columns=list(ml.LATE_KINDS), fill_value=0
    )
    labels = unique_labels([short_label(catalogue.plan_row(p)["title"], 64) for p in table.index])
    fig = _stacked(labels, {k: table[k].tolist() for k in ml.LATE_KINDS}, tr, lang)
    shown = table.reset_index(drop=True)
    shown.insert(0, "plan", labels)
    shown.columns = [tr("late.col.plan"), *[tr(f"late.kind.{k}") for k in ml.LATE_KINDS]]
    return fig, shown


def ranking(rank: pd.DataFrame, tr: Tr, lang: str, top: int = 15) -> tuple[go.Figure, pd.DataFrame]:
    """Owners ranked by late targets (the first `top` drawn, all in the table)."""
    head = rank.head(top)
    labels = unique_labels([short_label(abbreviate(n), 56) for n in head["unit_name"]])
    fig = _stacked(labels, {k: head[k].tolist() for k in ml.LATE_KINDS}, tr, lang)
    table = rank[["unit_name", *ml.LATE_KINDS, "total"]].copy()
    table.columns = [
        tr("late.col.owner"),
        *[tr(f"late.kind.{k}") for k in ml.LATE_KINDS],
        tr("late.col.total"),
    ]
    return fig, table


PATH = "intarzieri"
ALL = "all"


def plan_choice(q: Query) -> str:
    """`?plan=`: a stored plan id, else all plans."""
    plan = q.get("plan") or ALL
    return plan if plan in catalogue.plan_ids() else ALL


def owner_options(q: Query) -> dict[str, str]:
    """Unit id → name of every owner of an indicator (the `?responsabil=` choices)."""
    options = mo.owner_options(lateness(q.today, q.version).owners)
    return dict(zip(options["unit_id"], options["unit_name"], strict=True))


def late_counts(q: Query) -> dict[str, int]:
    """Late targets per kind of every plan, for the component (the Overview's link)."""
    late = lateness(q.today, q.version).late
    if q.component:
        late = late[late["component"] == q.component]
    return counts(late)


@builder
def build(q: Query) -> PageModel:
    """The late list for `?plan=`, the component and `?responsabil=`, with its figures."""
    tr, lang = tr_of(q), q.lang
    built = lateness(q.today, q.version)
    plan, owner, notices = plan_choice(q), q.get("responsabil") or ALL, []
    if (raw := q.get("plan")) not in (None, ALL) and plan == ALL:
        notices.append(tr("late.bad_plan", value=shown_value(raw)))
    names = owner_options(q)
    if owner != ALL and owner not in names:
        notices.append(tr("late.bad_owner", value=shown_value(owner)))
        owner = ALL
    late = built.late
    if plan != ALL:
        late = late[late["plan_id"] == plan]
    if q.component:
        late = late[late["component"] == q.component]
        asked = catalogue.indicators(None if plan == ALL else plan)
        key = "filter.no_indicators_any" if plan == ALL else "filter.no_indicators"
        notices.extend(n for n in [component_notice(q, asked, key)] if n)
    ranked = ml.owner_ranking(late, built.owners)
    if owner != ALL:
        late = ml.owned_by(late, owner)
    n = counts(late)
    place = ranked.index[ranked["unit_id"] == owner].tolist()
    kpis = (
        Kpi(tr("late.kpi.missed"), fmt_number(n["missed"], lang=lang), tr("obj.status_def.missed")),
        Kpi(tr("late.kpi.unreported"), fmt_number(n["unreported"], lang=lang),
            tr("late.kind_def.unreported")),
        Kpi(tr("late.kpi.behind"), fmt_number(n["behind"], lang=lang), tr("late.kind_def.behind")),
        Kpi(tr("late.kpi.owners"), fmt_number(len(ranked), lang=lang))
        if owner == ALL
        else Kpi(tr("late.kpi.rank"), f"{place[0] + 1} / {len(ranked)}" if place else "—"),
    )  # fmt: skip
    today = fmt_date(q.today, lang)
    source = tr("late.source", today=today)
    chosen = [plan] if plan != ALL else catalogue.plan_ids()
    measured = sum(built.measured.get(p, 0) for p in chosen)
    total = sum(built.indicators.get(p, 0) for p in chosen)
    if late.empty:
        headline = tr("late.headline_none", today=today, measured=measured, n=total)
    else:
        headline = tr(
            "late.headline", today=today, missed=n["missed"], unreported=n["unreported"],
            behind=n["behind"], days=fmt_number(late["days_late"].max(), lang=lang),
        )  # fmt: skip
    fig, table = by_plan(late, tr, lang) if len(late) else (None, pd.DataFrame())
    sections = [Section("late-by-plan", tr("late.by_plan"), source, fig, table, headline)]
    if len(ranked):
        fig, table = ranking(ranked, tr, lang)
        top = ranked.iloc[0]
        sections.append(
            Section(
                "late-owners", tr("late.ranking"), source, fig, table,
                tr("late.ranking_headline", owner=top["unit_name"], missed=int(top["missed"]),
                   total=int(top["total"])),
            )
        )  # fmt: skip
    sections.append(
        Section(
            "late-list",
            tr("late.list"),
            source,
            None,
            display_table(late, tr, lang),
            headline,
            kind="table",
            file_name="intarzieri",
        )
    )
    filters = []
    if plan != ALL:
        filters.append((tr("late.plan"), str(catalogue.plan_row(plan)["title"])))
    if owner != ALL:
        filters.append((tr("late.owner"), names[owner]))
    return PageModel(
        path=PATH, title=tr("late.title"), intro=tr("late.intro"), kpis=kpis,
        sections=tuple(sections), filters=tuple(filters), notices=tuple(notices), demo=q.demo,
        definitions=tuple(
            (tr(f"late.kind.{k}"),
             tr("obj.status_def.missed" if k == "missed" else f"late.kind_def.{k}"))
            for k in ml.LATE_KINDS
        ),
    )  # fmt: skip
