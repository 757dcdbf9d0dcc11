"""Display labels (RO/EN) and Romanian descriptions of every contract column a user may see.

One registry for pages, downloads, packs and the plan workbook's `legenda`. A column name means
the same thing in every table unless a table-specific entry (`table.column`) overrides it; the
plan sheet's keys are registered under the table name `plan`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnLabel:
    """A column's label in Romanian and English and what it means (Romanian, for the legend)."""

    ro: str
    en: str
    description: str

    def label(self, lang: str = "ro") -> str:
        """The label in `lang`."""
        return self.en if lang == "en" else self.ro


_L = ColumnLabel

COLUMN_LABELS: dict[str, ColumnLabel] = {
    # Identifiers and links shared by several tables.
    "service_id": _L("Cod serviciu", "Service id",
                     "Identificatorul stabil al serviciului, păstrat de la an la an (gol pentru "
                     "un serviciu nou: i se atribuie un cod la import)."),
    "budget_group": _L("Grupă bugetară", "Budget group",
                       "Grupa bugetară din care este finanțat serviciul (un cod din foaia "
                       "„bugete”)."),
    "project_id": _L("Cod proiect", "Project id",
                     "Identificatorul proiectului (un cod din foaia „proiecte”)."),
    "planned_id": _L("Cod serviciu planificat", "Planned service id",
                     "Identificatorul serviciului planificat prin proiecte."),
    "plan_id": _L("Plan", "Plan",
                  "Identificatorul planului căruia îi aparține rândul. La încărcare, rândurile "
                  "iau planul din foaia „plan” (cele copiate din alt plan primesc coduri noi)."),
    "node_id": _L("Cod obiectiv/activitate", "Objective/activity id",
                  "Identificatorul obiectivului sau al activității în plan."),
    "parent_id": _L("Obiectiv părinte", "Parent objective",
                    "Codul obiectivului din care face parte (gol pentru un obiectiv general)."),
    "indicator_id": _L("Cod indicator", "Indicator id", "Identificatorul indicatorului."),
    "activity_node_id": _L("Activitate", "Activity",
                           "Codul activității (din foaia „obiective”, nivel „activitate”) pe "
                           "care o măsoară indicatorul."),
    "uat_siruta": _L("UAT (cod SIRUTA)", "Municipality (SIRUTA code)",
                     "Codul SIRUTA al unității administrativ-teritoriale (UAT) din județul "
                     "Bacău unde se află serviciul."),
    "component": _L("Componentă", "Component",
                    "Componenta (grupul-țintă) căreia îi aparține rândul."),
    # Services (Cap. I.A).
    "row_no": _L("Nr. crt.", "Row no.", "Numărul curent al rândului în registrul din plan."),
    "sub_no": _L("Subpunct", "Sub-item",
                 "Numărul subpunctului, când un rând al registrului are mai multe servicii."),
    "code": _L("Cod serviciu social", "Social service code",
               "Codul serviciului social din nomenclatorul serviciilor sociale (HG 867/2015), "
               "de ex. 8790CR-C-I."),
    "name": _L("Denumirea serviciului", "Service name", "Denumirea serviciului social."),
    "service_type": _L("Tipul serviciului", "Service type",
                       "Tipul serviciului, dintr-o listă fixă (casă de tip familial, centru de "
                       "zi, locuință protejată etc.)."),
    "target_group": _L("Grupul-țintă (cod)", "Target group (code)",
                       "Codul grupului-țintă din nomenclator: C copii, D persoane cu "
                       "dizabilități, V vârstnici, VD victime ale violenței domestice, F familie, "
                       "T tineri, MC mamă și copil."),
    "capacity": _L("Capacitate (locuri)", "Capacity (places)",
                   "Numărul de locuri al serviciului în anul registrului."),
    "capacity_target": _L("Capacitate-țintă (locuri)", "Target capacity (places)",
                          "Numărul de locuri la sfârșitul planului de restructurare."),
    "beneficiaries": _L("Beneficiari", "Beneficiaries",
                        "Numărul de beneficiari raportat în registru."),
    "occupancy_text": _L("Grad de ocupare (text din sursă)", "Occupancy (source text)",
                         "Celula de grad de ocupare exact cum apare în document."),
    "location_confidence": _L("Siguranța localizării", "Location confidence",
                              "Cât de sigur este amplasamentul: declarat în document, dedus, "
                              "necunoscut sau stabilit de personalul direcției."),
    "snapshot_year": _L("Anul registrului", "Registry year",
                        "Anul la care se referă capacitatea și beneficiarii."),
    "notes": _L("Observații", "Notes", "Observații despre citirea sursei sau despre rând."),
    "target_per": _L("Țintă pe", "Target per",
                     "Pentru o țintă exprimată ca rată: la ce se raportează (copil, tânăr, "
                     "centru, școală…); valoarea raportată este tot o rată. Gol pentru un total."),
    "part_of": _L("Parte din indicatorul", "Part of indicator",
                  "Codul indicatorului-total din care acesta este o parte, ca totalurile să nu "
                  "se numere de două ori; gol altfel."),
    "source_doc": _L("Document sursă", "Source document",
                     "Fișierul sursă din care a fost preluat rândul (gol pentru un plan care nu "
                     "a fost preluat dintr-un text)."),
    "source_line": _L("Rândul în sursă", "Source line",
                      "Numărul rândului din documentul sursă (gol când nu există un document "
                      "sursă)."),
    # Budget groups.
    "label": _L("Denumirea grupei bugetare", "Budget group name",
                "Instituția sau grupul de servicii finanțat împreună."),
    "county_budget_thousand_lei": _L("Buget județean (mii lei)", "County budget (thousand lei)",
                                     "Suma alocată din bugetul Consiliului Județean, în mii lei."),
    "other_sources": _L("Alte surse de finanțare", "Other funding sources",
                        "Mențiunea despre alte surse de finanțare, cum apare în plan."),
    # Projects (Cap. I.B).
    "title": _L("Titlu", "Title", "Titlul rândului."),
    "smis_code": _L("Cod SMIS", "SMIS code", "Codul proiectului în sistemul SMIS (fonduri UE)."),
    "objective": _L("Obiectivul proiectului", "Project objective",
                    "Obiectivul proiectului, cum apare în plan."),
    "total_budget_lei": _L("Buget total (lei)", "Total budget (lei)",
                           "Valoarea totală a proiectului, în lei."),
    "dgaspc_budget_lei": _L("Buget DGASPC (lei)", "DGASPC budget (lei)",
                            "Partea de buget a DGASPC Bacău, în lei."),
    "leader": _L("Lider de proiect", "Project leader", "Instituția care conduce proiectul."),
    "partner": _L("Partener", "Partner", "Partenerul sau partenerii proiectului."),
    "institution_row_no": _L("Instituția (nr. crt. în registru)", "Institution (registry row)",
                             "Numărul curent, în registrul serviciilor, al instituției vizate "
                             "de proiect."),
    # Planned services.
    "places_per_unit": _L("Locuri pe unitate", "Places per unit",
                          "Numărul de locuri al fiecărei unități planificate."),
    "units": _L("Număr de unități", "Units", "Câte unități de acest fel sunt planificate."),
    "funding": _L("Surse de finanțare", "Funding", "Sursele de finanțare, cum apar în plan."),
    # Objectives (Cap. IV).
    "level": _L("Nivel", "Level", "Nivelul în plan: obiectiv general, obiectiv specific sau "
                "activitate."),
    "number": _L("Număr în plan", "Number in plan",
                 "Numerotarea din document (de ex. II, 1.1, 3.1.2)."),
    # Indicators.
    "objective_number": _L("Nr. obiectiv general", "General objective no.",
                           "Numărul obiectivului general, cum apare în plan."),
    "specific_number": _L("Nr. obiectiv specific", "Specific objective no.",
                          "Numărul obiectivului specific, cum apare în plan."),
    "activity_number": _L("Nr. activitate", "Activity no.",
                          "Numărul activității, cum apare în plan."),
    "indicator_text": _L("Indicator", "Indicator", "Textul indicatorului, cum apare în plan."),
    "target_value": _L("Ținta", "Target", "Valoarea-țintă a indicatorului (număr)."),
    "target_unit": _L("Unitatea de măsură", "Unit", "Unitatea în care se exprimă ținta."),
    "target_kind": _L("Tipul țintei", "Target kind",
                      "Ce fel de țintă: număr, procent (pondere 0–100), creștere procentuală, "
                      "da/nu sau text."),
    "direction": _L("Sensul țintei", "Direction",
                    "Cum se compară realizarea cu ținta: minim, maxim, aproximativ sau exact."),
    "periodicity": _L("Periodicitate", "Periodicity", "Cât de des se raportează indicatorul."),
    "deadline": _L("Termen", "Deadline", "Termenul: un an (2029) sau o dată (2022-06-30)."),
    "responsible": _L("Responsabil", "Responsible", "Structura responsabilă de realizare."),
    "partners": _L("Parteneri", "Partners", "Partenerii implicați."),
    # Milestones.
    "due_date": _L("Termenul etapei", "Milestone due date",
                   "Data sau anul etapei: un an (2029) sau o dată (2022-06-30)."),
    # The plan sheet (keys under `plan.`; `kind`, `year_*`, `county`, `source` only occur there).
    "kind": _L("Tipul planului", "Plan kind",
               "Plan anual de acțiune sau strategie multianuală."),
    "year_start": _L("Primul an", "First year", "Primul an acoperit de plan."),
    "year_end": _L("Ultimul an", "Last year", "Ultimul an acoperit de plan."),
    "county": _L("Județ", "County", "Codul județului (BC pentru Bacău)."),
    "source": _L("Documentul planului", "Plan document",
                 "Titlul documentului din care provine planul."),
    # Table-specific meanings of a shared name.
    "plan.key": _L("Cheie", "Key", "Numele câmpului planului (nu se modifică)."),
    "plan.value": _L("Valoare", "Value", "Valoarea câmpului."),
    "plan.plan_id": _L("Cod plan", "Plan id",
                       "Identificatorul planului, de ex. plan_2023 pentru planul anual 2023."),
    "plan.title": _L("Titlul planului", "Plan title", "Titlul planului, în limba română."),
    "projects.title": _L("Titlul proiectului", "Project title", "Titlul proiectului."),
    "projects.uat_siruta": _L("UAT (cod SIRUTA)", "Municipality (SIRUTA code)",
                              "Codul SIRUTA al UAT din județul Bacău unde se implementează "
                              "proiectul."),
    "planned_services.name": _L("Denumirea serviciului planificat", "Planned service name",
                                "Denumirea serviciului care urmează să fie înființat."),
    "planned_services.uat_siruta": _L("UAT (cod SIRUTA)", "Municipality (SIRUTA code)",
                                      "Codul SIRUTA al UAT din județul Bacău unde va funcționa "
                                      "serviciul."),
    "objectives.title": _L("Obiectiv / activitate", "Objective / activity",
                           "Textul obiectivului sau al activității, cum apare în plan."),
    "milestones.indicator_id": _L("Cod indicator", "Indicator id",
                                  "Indicatorul (din foaia „indicatori”) căruia îi aparține "
                                  "etapa."),
    "milestones.target_value": _L("Ținta etapei", "Milestone target",
                                  "Valoarea-țintă de atins la termenul etapei."),
    # Curated tables outside the plan workbook (shown on /date).
    "centre_id": _L("Cod centru", "Centre id", "Codul centrului comunitar în fișierul curat."),
    "name_as_printed": _L("Denumirea tipărită", "Name as printed",
                          "Denumirea exact cum apare în document."),
    "project_code": _L("Codul proiectului", "Project code", "Codul proiectului (ex. PN3002)."),
    "status": _L("Stadiu", "Status", "Stadiul tipărit în document."),
    "node_or_indicator_id": _L("Obiectiv sau indicator", "Objective or indicator",
                               "Codul obiectivului, activității sau indicatorului corectat."),
    "field": _L("Câmpul corectat", "Field corrected", "Coloana corectată."),
    "parsed_value": _L("Valoarea citită", "Value as parsed",
                       "Ce a citit automat extragerea din document."),
    "corrected_value": _L("Valoarea corectată", "Corrected value",
                          "Valoarea după verificarea de mână în document."),
    "reason": _L("Motivul", "Reason", "De ce s-a corectat, cu rândul-sursă."),
    # the fidelity lint's reviewed allow-list (lint_allow.csv)
    "rule": _L("Regula", "Rule", "Regula verificării de fidelitate care a semnalat rândul."),
    "lint_allow.field": _L("Câmpul verificat", "Field checked", "Coloana citită de verificare."),
    "lint_allow.reason": _L("Motivul acceptării", "Why accepted",
                            "De ce valoarea este corectă așa, recitită în document."),
    "unit_id": _L("Cod structură", "Unit id", "Codul structurii responsabile (units.csv)."),
    "role": _L("Rolul", "Role", "responsible (responsabil) sau partner (partener)."),
    "abbreviation": _L("Abreviere", "Abbreviation", "Abrevierea uzuală a structurii."),
}  # fmt: skip


def column_label(column: str, table: str | None = None) -> ColumnLabel:
    """The registered label of `column` (of `table`, when it has its own); KeyError names it."""
    if table is not None and f"{table}.{column}" in COLUMN_LABELS:
        return COLUMN_LABELS[f"{table}.{column}"]
    if column in COLUMN_LABELS:
        return COLUMN_LABELS[column]
    raise KeyError(f"column {column!r} has no label in domain.columns.COLUMN_LABELS")


def label(column: str, lang: str = "ro", table: str | None = None) -> str:
    """The display label of `column` in `lang` (`ro` or `en`), table-specific when registered."""
    return column_label(column, table).label(lang)


def description(column: str, table: str | None = None) -> str:
    """What `column` means, in Romanian (the workbook's legend)."""
    return column_label(column, table).description
