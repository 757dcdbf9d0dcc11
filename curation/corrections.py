"""The hand-correction mechanism shared by the plan curation scripts (plan_2022 and
strategy_2025_2034): one file per plan, each row a fix with its reason and source line.

Indicator-level fields handled here: an indicator field (target_value, target_unit,
target_kind, target_per, part_of, direction, periodicity, deadline, responsible, partners,
funding) whose parsed value must match `parsed_value`; `milestone` (due=value) adds a dated
target; `no_milestones` drops the parsed split before a hand one is given; `notes` adds a
note. Node-level fields (node_id, number, node_note, bullets, …) stay with each script, whose
documents differ.
"""

from __future__ import annotations

from pathlib import Path

from curation.common import read_csv

CORRECTION_COLUMNS = [
    "node_or_indicator_id", "field", "parsed_value", "corrected_value", "reason", "source_line",
]  # fmt: skip
FIELD_CORRECTABLE = {
    "target_value", "target_unit", "target_kind", "target_per", "part_of", "direction",
    "periodicity", "deadline", "responsible", "partners", "funding",
}  # fmt: skip
# how a corrected field is named in the notes a user reads (Romanian)
FIELD_LABELS_RO = {
    "target_value": "ținta", "target_unit": "unitatea țintei", "target_kind": "tipul țintei",
    "target_per": "ținta per", "part_of": "parte din", "direction": "sensul",
    "periodicity": "periodicitatea", "deadline": "termenul", "responsible": "responsabilul",
    "partners": "partenerii", "funding": "finanțarea",
}  # fmt: skip
# how the coded values of target_kind, direction and periodicity read in those notes
VALUE_LABELS_RO = {
    "count": "număr", "percent": "procent", "increase_pct": "creștere procentuală",
    "boolean": "da/nu", "text": "text", "min": "minim", "max": "maxim", "approx": "aproximativ",
    "exact": "exact", "once": "o singură dată", "annual": "anual", "semester": "semestrial",
    "quarterly": "trimestrial", "monthly": "lunar", "weekly": "săptămânal",
    "permanent": "permanent",
}  # fmt: skip
CODED_FIELDS = {"target_kind", "direction", "periodicity"}


def load_corrections(path: Path) -> list[dict[str, str]]:
    """Read a corrections file (every hand fix, with its reason)."""
    return read_csv(path)


def _shown(value: object) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def apply_field_corrections(
    record: dict[str, object],
    corrections: list[dict[str, str]],
    used: set[int],
    milestones: list[dict[str, object]],
    notes: list[str],
) -> None:
    """Apply the indicator-level corrections of `record` (fields, milestones, notes) in place;
    a parsed value that differs from the file's, or a source line that differs, stops the run."""
    for i, c in enumerate(corrections):
        if c["node_or_indicator_id"] != record["indicator_id"]:
            continue
        if c["field"] in FIELD_CORRECTABLE:
            shown = _shown(record[c["field"]])
            if shown != c["parsed_value"]:
                raise ValueError(f"correction {i + 2}: parsed {shown!r} != {c['parsed_value']!r}")
            value: object = c["corrected_value"] or None
            if c["field"] == "target_value" and value is not None:
                value = float(c["corrected_value"])
            record[c["field"]] = value
            if c["field"] != "part_of":
                was, now = c["parsed_value"], c["corrected_value"]
                if c["field"] in CODED_FIELDS:
                    was, now = VALUE_LABELS_RO[was], VALUE_LABELS_RO[now]
                notes.append(f"corectat {FIELD_LABELS_RO[c['field']]} „{was}” → „{now}”: "
                             f"{c['reason']}")  # fmt: skip
            else:
                notes.append(f"parte din {c['corrected_value']}: {c['reason']}")
        elif c["field"] == "milestone":
            due, value = c["corrected_value"].split("=")
            milestones.append(
                {"indicator_id": record["indicator_id"], "due_date": due, "target_value": value}
            )
            shown_due = ".".join(reversed(due.split("-")))  # 2022-06-30 → 30.06.2022
            notes.append(f"etapă {shown_due}: {value} ({c['reason']})")
        elif c["field"] == "no_milestones":
            before = len(milestones)
            milestones[:] = [m for m in milestones if m["indicator_id"] != record["indicator_id"]]
            if len(milestones) == before:
                raise ValueError(f"correction {i + 2}: no parsed milestones to drop")
            notes.append(c["reason"])
        elif c["field"] == "notes":
            notes.append(c["reason"])
        else:
            continue
        if str(record["source_line"]) != c["source_line"]:
            raise ValueError(f"correction {i + 2}: source_line {c['source_line']} != "
                             f"{record['source_line']}")  # fmt: skip
        used.add(i)


def check_all_used(corrections: list[dict[str, str]], used: set[int]) -> None:
    """Stop when a correction matched nothing (the document or the parser changed)."""
    unused = [corrections[i] for i in range(len(corrections)) if i not in used]
    if unused:
        raise ValueError(f"corrections that matched nothing: {unused}")
