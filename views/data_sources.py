"""Data and sources (/date), as data: the catalogue of curated tables (`build`), one table as a
reader searches it (`curated_table`), the indicators to pick (`indicator_choices`) and the
lineage of one (`lineage`): its verbatim text, where it was read, the fields parsed from it, its
milestones and the hand corrections applied. Texts translated, columns labelled; nothing draws."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from display.fmt import fmt_number
from display.i18n import translator
from display.tables import labelled_columns, parsed_fields, readable_columns
from domain.paths import CURATED
from domain.plans import document_title
from loaders.provenance import corrections_of, curated_catalog, source_excerpt
from readers import catalogue as stored
from views.common import builder, tr_of
from views.model import Query

PATH = "date"
# The fields of an indicator a reader checks against its verbatim text, in this order.
LINEAGE_FIELDS = ["plan_id", "component", "target_value", "target_unit", "target_kind",
                  "direction", "periodicity", "deadline", "responsible", "partners", "funding",
                  "notes"]  # fmt: skip
CATALOGUE_COLUMNS = ("file", "title", "rows", "source", "date", "produced_by")


@dataclass(frozen=True)
class DataSources:
    """The page's catalogue: every curated table with its provenance, the tables to pick
    (file → "file — title") and their sidecars' provenance notes (written in English, for
    reviewers)."""

    path: str
    title: str
    intro: str
    catalogue: pd.DataFrame
    tables: dict[str, str]
    descriptions: dict[str, str]


@dataclass(frozen=True)
class CuratedTable:
    """One curated table as searched: `shown` (cells as a reader reads them), `download` (the
    stored values, labelled columns), its columns' meanings, the count of matching rows."""

    file: str
    matches: str
    shown: pd.DataFrame
    download: pd.DataFrame
    columns: pd.DataFrame
    name: str  # the downloads' file name


@dataclass(frozen=True)
class Lineage:
    """Where one indicator comes from: its verbatim text, its activity, where it was read (and
    the excerpt of the source, line marked ▶), the parsed fields, milestones, corrections."""

    indicator_id: str
    verbatim: str
    activity: str
    where: str
    excerpt: str | None
    fields: pd.DataFrame
    milestones: pd.DataFrame | None  # None: the indicator has no milestones
    corrections: pd.DataFrame | None  # None: no hand correction of it or of its activity


@builder
def build(q: Query) -> DataSources:
    """The catalogue of curated tables, in the query's language."""
    tr = tr_of(q)
    entries = curated_catalog()
    catalogue = pd.DataFrame(
        {tr(f"data.col.{c}"): [_cell(getattr(e, c), q.lang) for e in entries]
         for c in CATALOGUE_COLUMNS}
    )  # fmt: skip
    return DataSources(
        path=PATH, title=tr("data.title"), intro=tr("data.intro"), catalogue=catalogue,
        tables={e.file: f"{e.file} — {e.title}" for e in entries},
        descriptions={e.file: e.description for e in entries},
    )  # fmt: skip


def curated_table(file: str, search: str, lang: str) -> CuratedTable:
    """The curated table `file` (a name from the catalogue), narrowed to the rows holding
    `search` (any column, case ignored; empty: every row)."""
    tr = translator(lang)
    entry = {e.file: e for e in curated_catalog()}[file]
    table = pd.read_csv(CURATED / file, dtype=str, keep_default_na=False)
    wanted = search.strip().lower()
    if wanted:
        hit = table.apply(lambda col: col.str.lower().str.contains(wanted, regex=False))
        table = table[hit.any(axis=1)]
    name = file.removesuffix(".csv")
    labelled = labelled_columns(table, name, lang)
    return CuratedTable(
        file=file,
        matches=tr("data.matches", n=fmt_number(len(table), lang=lang),
                   total=fmt_number(entry.rows, lang=lang)),
        shown=readable_columns(table, name, lang),
        download=labelled,
        columns=pd.DataFrame(
            {tr("data.col.column"): list(labelled.columns),
             tr("data.col.meaning"): list(entry.columns.values())}
        ),
        name=name,
    )  # fmt: skip


def indicator_choices() -> dict[str, str]:
    """Every stored indicator: id → "id — the start of its text" (StoreUnavailableError when
    the store cannot be read)."""
    indicators = stored.indicators()
    return {
        i: f"{i} — {str(text)[:90]}"
        for i, text in zip(indicators["indicator_id"], indicators["indicator_text"], strict=True)
    }


def lineage(indicator_id: str, lang: str) -> Lineage:
    """Where the stored indicator `indicator_id` comes from (KeyError when unknown)."""
    tr = translator(lang)
    row = stored.indicators().set_index("indicator_id").loc[indicator_id]
    activity = stored.objectives().set_index("node_id").loc[row["activity_node_id"]]
    excerpt = None
    if row["source_doc"] is None or pd.isna(row["source_line"]):
        where = tr("data.where_loaded", title=stored.plan_row(row["plan_id"])["title"])
    else:
        line = int(row["source_line"])
        where = tr("data.where", doc=document_title(row["source_doc"]), line=line)
        excerpt = "\n".join(
            f"{'▶' if n == line else ' '} {n:>5} │ {text}"
            for n, text in source_excerpt(row["source_doc"], line)
        )
    milestones = stored.milestones()
    due = milestones[milestones["indicator_id"] == indicator_id]
    fixes = corrections_of([indicator_id, row["activity_node_id"]])
    return Lineage(
        indicator_id=indicator_id,
        verbatim=str(row["indicator_text"]),
        activity=f"{activity['number'] or ''} — {activity['title']}",
        where=where,
        excerpt=excerpt,
        fields=parsed_fields(row, LINEAGE_FIELDS, tr, lang),
        milestones=None if due.empty else readable_columns(due, "milestones", lang),
        corrections=None if fixes.empty else readable_columns(fixes, "corrections", lang),
    )


def _cell(value: object, lang: str) -> object:
    """A catalogue cell: row counts as the reader writes numbers."""
    return fmt_number(value, lang=lang) if isinstance(value, int) else value
