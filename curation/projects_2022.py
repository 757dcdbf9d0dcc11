"""Cap. I.B of the 2022 action plan (000_…txt, lines 473–1026), transcribed by eye.

Two tables: the projects in implementation in 2022 (lines 473–662, budgets in lei as the header
at lines 476–477 says) and the social services proposed / put into operation in 2022 (lines
665–1026). The PDF extraction interleaves the cells of a row, so every literal below was read
from the text by eye and checked by tests/test_trace_projects.py.

Reading rules (see data/curated/projects.meta.toml and planned_services.meta.toml):
- text verbatim, lines joined with single spaces; the PDF's hyphen U+2010 is written as an ASCII
  hyphen; printed typos are kept (and listed in the sidecar flags);
- budgets as machine numbers in lei; `dgaspc_budget_lei` only where the cell gives DGASPC
  Bacău's share ("din care ...");
- the funding programme of a project is not a column: it is in the sidecar table
  `[funding_programme]` of projects.meta.toml, with the source lines it rests on.

Run `python -m curation.projects_2022`.
"""

from __future__ import annotations

from curation.common import (
    CURATED,
    PLAN_2022_DOC,
    PLANNED_SERVICES_COLUMNS,
    PROJECTS_COLUMNS,
    write_csv,
)

# SIRUTA codes (data/geo/bacau_uat.csv)
TG_OCNA, TAMASI, RACACIUNI, MOINESTI, SARATA, PLOPANA = 20965, 25692, 24766, 20876, 26320, 24427

# Cap. I.A registry rows (lines 407–430)
CRRN_DARMANESTI, CRRN_RACACIUNI, CRRPH_COMANESTI, CRRPH_UNGURENI = 43, 44, 46, 47
VENUS_HOUSE = 35  # line 330: "35. 8899 CR‐VD‐III Locuința protejată VENUS"

DGASPC = "DGASPC Bacău"  # leader implied where the table prints only the partner (flagged)

PROJECTS: list[dict[str, object]] = [
    {"project_id": "p01", "source_line": 481, "smis_code": "119327",
     "title": "Servicii comunitare pentru persoane adulte cu dizabilități Tg.Ocna",
     "objective": "Crearea de noi servicii sociale comunitare pentru dezinstituționalizarea persoanelor cu dizabilități din cadrul Centrului de Recuperare și Reabilitare a Persoanelor cu Handicap Comănești",
     "total_budget_lei": 4924944.24, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Orașul Tg.Ocna", "uat_siruta": TG_OCNA,
     "institution_row_no": CRRPH_COMANESTI},
    {"project_id": "p02", "source_line": 492, "smis_code": "119325",
     "title": "Investiții în servicii sociale comunitare pentru persoane adulte cu dizabilități în comuna Tamași",
     "objective": "Crearea de noi servicii sociale comunitare pentru dezinstituționalizarea persoanelor adulte cu dizabilități din cadrul CRRN Răcăciuni",
     "total_budget_lei": 5434329.90, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Comuna Tamași", "uat_siruta": TAMASI,
     "institution_row_no": CRRN_RACACIUNI},
    {"project_id": "p03", "source_line": 502, "smis_code": "119324",
     "title": "Servicii sociale alternative pentru persoane adulte cu dizabilități",
     "objective": "Extinderea infrastructurii de servicii sociale comunitare prin dezinstituționalizarea persoanelor cu dizabilități din cadrul CRRN Răcăciuni",
     "total_budget_lei": 6233807.74, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Comuna Răcăciuni", "uat_siruta": RACACIUNI,
     "institution_row_no": CRRN_RACACIUNI},
    {"project_id": "p04", "source_line": 511, "smis_code": "119326",
     "title": "Infrastructură socială comunitară pentru persoane adulte cu dizabilități",
     "objective": "Susținerea dezinstituționalizării persoanelor cu dizabilități din cadrul CRRPH Comănești concomitent cu dezvoltarea măsurilor de prevenire a instituționalizării",
     "total_budget_lei": 5590759.96, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Municipiul Moinești", "uat_siruta": MOINESTI,
     "institution_row_no": CRRPH_COMANESTI},
    {"project_id": "p05", "source_line": 521, "smis_code": None,
     "title": "O șansă pentru viața în comunitate",
     "objective": "Susținerea dezinstitutionalizării persoanelor adulte cu dizabilități din cadrul CRRPH Ungureni și CRRN Dărmănești concomitent cu dezvoltarea măsurilor de prevenire a instituționalizării",
     "total_budget_lei": 2660346.26, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Comuna Sărata", "uat_siruta": SARATA,
     "institution_row_no": None},  # names two institutions (rows 47 and 43): flagged
    {"project_id": "p06", "source_line": 528, "smis_code": None,
     "title": "Alternative comunitare pentru persoane cu dizabilitati",
     "objective": "Susținerea dezinstituționalizării persoanelor cu dizabilități din cadrul Centrului de Recuperare și Reabilitare a Persoanei cu Handicap Ungureni prin crearea a 2 locuințe protejate și a unui centru de zi.",
     "total_budget_lei": 1486038.72, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Comuna Plopana", "uat_siruta": PLOPANA,
     "institution_row_no": CRRPH_UNGURENI},
    {"project_id": "p07", "source_line": 538, "smis_code": "127169",
     "title": "TEAM-UP: Progres în calitatea îngrijirii alternative a copiilor- Program de finanțare",
     "objective": "Creșterea calității sistemului de asistență socială și a numărului de asistenți maternali la nivelul comunității, prin introducerea de instrumente și proceduri și prin îmbunătățirea nivelului de competențe al profesioniștilor din sistem.",
     "total_budget_lei": 2657162612.32, "dgaspc_budget_lei": 74588059.77,
     "leader": "Autoritatea Națională pentru Protecția Copilului și Adopție",
     "partner": "DGASPC Bacău – Partener 2", "uat_siruta": None, "institution_row_no": None},
    {"project_id": "p08", "source_line": 560, "smis_code": "128038",
     "title": "VENUS – Impreună pentru o viață în siguranță",
     "objective": "Crearea unei rețele naționale inovative integrate de locuințe protejate pentru transferul la o viață independentă a victimelor violenței domestice. Serviciile sociale de tip locuință protejată vor fi create complementar cu servicii de integrate de consiliere vocațională și suport.",
     "total_budget_lei": 51080375.72, "dgaspc_budget_lei": 1137174.76,
     "leader": "Agenția Națională pentru Egalitate de Șanse între Femei și Bărbați",
     "partner": "DGASPC Bacău - Partener 5", "uat_siruta": None,
     "institution_row_no": VENUS_HOUSE},
    {"project_id": "p09", "source_line": 582, "smis_code": "126479",
     "title": "Furnizare de servicii sociale pentru persoane adulte cu dizabilitati",
     "objective": "Reducerea numarului de persoane adulte cu dizabilități din sistemul instituționalizat prin asigurarea serviciilor la nivelul comunității prin oferirea de servicii în cadrul locuințelor protejate și a centrului de zi înființate prin proiectul Infrastructura sociala comunitara pentru persoane adulte cu dizabilitati finanțat prin POR 2014 – 2020.",
     "total_budget_lei": 7751870.82, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Municipiul Moinești", "uat_siruta": MOINESTI,
     "institution_row_no": CRRPH_COMANESTI},  # through p04, which the objective names: flagged
    {"project_id": "p10", "source_line": 595, "smis_code": "130548",
     "title": "Șanse egale pentru viața în comunitate",
     "objective": "Dezinstituționalizarea și prevenirea reinstituționalizării persoanelor adulte cu dizabilități din cadrul Centrului de Recuperare și Reabilitare Neuropsihiatrică Răcăciuni prin furnizarea de servicii la nivelul comunității.",
     "total_budget_lei": 7636922.96, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": "UAT Comuna Tamași", "uat_siruta": TAMASI,
     "institution_row_no": CRRN_RACACIUNI},
    {"project_id": "p11", "source_line": 605, "smis_code": "130549",
     "title": "Incluziune socială prin servicii sociale în comunitate",
     "objective": "Susținerea procesului de dezinstituționalizare și de prevenire a reinstituționalizării persoanelor adulte cu dizabilități din cadrul Centrului de Recuperare și Reabilitare a Persoanelor cu Handicap Comănești prin asigurarea serviciilor la nivelul comunității.",
     "total_budget_lei": 7888419.08, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": None, "uat_siruta": None,  # partner printed "‐"
     "institution_row_no": CRRPH_COMANESTI},
    {"project_id": "p12", "source_line": 616, "smis_code": "130550",
     "title": "Suport pentru viața independentă în comunitate a persoanelor cu dizabilități",
     "objective": "Facilitarea tranziției spre traiul independent și prevenirea reinstituționalizării persoanelor adulte cu dizabilități instituționalizate în cadrul Centrului de Recuperare și Reabilitare Neuropsihiatrică Răcăciuni prin servicii asigurate în comunitate.",
     "total_budget_lei": 7894215.53, "dgaspc_budget_lei": None,
     "leader": DGASPC, "partner": None, "uat_siruta": None,  # partner printed "‐"
     "institution_row_no": CRRN_RACACIUNI},
    {"project_id": "p13", "source_line": 628, "smis_code": None,
     "title": "Asigurarea incluziunii sociale – ruperea cercului vicios al excluziunii în cazul copiilor celor mai vulnerabili din Romania-PN3002",
     "objective": "Incluziunea socială a tuturor copiilor și adolescenților, în special a celor vulnerabili, prin servicii de sănătate, educație și protecție a copilului (servicii comunitare și specializate integrate) de calitate, echitabile și coordonate, precum și prin norme sociale protective.",
     "total_budget_lei": 25680576, "dgaspc_budget_lei": 783936,
     "leader": "UNICEF România", "partner": "DGASPC Bacău - Partener", "uat_siruta": None,
     "institution_row_no": None},
    {"project_id": "p14", "source_line": 647, "smis_code": None,
     "title": "ASIGUR Aria-de-Servicii-Integrate-Guvernate-local-cu-Respect Bacău și Vrancea-PN4056",
     "objective": "Creșterea accesului grupurilor dezavantajate din 50 de localități din județele Bacău și Vrancea la servicii sociale, asigurându-se o uniformizare intra-județeană în ceea ce privește dezvoltarea comunitară.",
     "total_budget_lei": 11692470.65, "dgaspc_budget_lei": 7637428.19,
     "leader": DGASPC, "partner": "DGASPC Vrancea și CPSS București", "uat_siruta": None,
     "institution_row_no": None},
]  # fmt: skip

DAY_CENTRE, HOUSES, AGGRESSORS = "8899CZ-D-I", "8790CR-D-VII", "8899CZ-VD-III"
# Funding as the row's budget-source cells and justification cell write it.
POR_CZ = "buget județean; buget de stat; POR 2014-2020 (FEDR); POCU 2014-2020 (FSE)"  # 712–732
POR_LP = "buget județean; buget de stat; POR 2014-2020 (FEDR)"  # lines 862–876
PIN_CZ = "buget județean; buget de stat; PIN"  # lines 805–813, 826–834
STATE_COUNTY = "buget județean; buget de stat"  # lines 953–963, 992–1002
NORWAY = "Mecanismul Financiar Norvegian 2014-2021"  # lines 1015–1026

PLANNED: list[dict[str, object]] = [
    {"planned_id": "ps01", "source_line": 684, "name": "Centrul de zi pentru persoane adulte cu dizabilități Tamași", "code": DAY_CENTRE, "target_group": "D", "places_per_unit": 30, "units": 1, "uat_siruta": TAMASI, "funding": POR_CZ, "project_id": "p02"},
    {"planned_id": "ps02", "source_line": 734, "name": "Centrul de zi pentru persoane adulte cu dizabilități Răcăciuni", "code": DAY_CENTRE, "target_group": "D", "places_per_unit": 30, "units": 1, "uat_siruta": RACACIUNI, "funding": POR_CZ, "project_id": "p03"},
    {"planned_id": "ps03", "source_line": 748, "name": "Centrul de zi pentru persoane adulte cu dizabilități Moinești", "code": DAY_CENTRE, "target_group": "D", "places_per_unit": 30, "units": 1, "uat_siruta": MOINESTI, "funding": POR_CZ, "project_id": "p04"},
    {"planned_id": "ps04", "source_line": 762, "name": "Centrul de zi pentru persoane adulte cu dizabilități Tg.Ocna", "code": DAY_CENTRE, "target_group": "D", "places_per_unit": 30, "units": 1, "uat_siruta": TG_OCNA, "funding": POR_CZ, "project_id": "p01"},
    {"planned_id": "ps05", "source_line": 785, "name": "Centrul de zi pentru persoane adulte cu dizabilități Plopana", "code": DAY_CENTRE, "target_group": "D", "places_per_unit": 30, "units": 1, "uat_siruta": PLOPANA, "funding": PIN_CZ, "project_id": "p06"},
    {"planned_id": "ps06", "source_line": 815, "name": "Centrul de zi pentru persoane adulte cu dizabilități Sărata", "code": DAY_CENTRE, "target_group": "D", "places_per_unit": 30, "units": 1, "uat_siruta": SARATA, "funding": PIN_CZ, "project_id": "p05"},
    {"planned_id": "ps07", "source_line": 836, "name": "Locuinte protejate pentru persoane adulte cu dizabilitati Tamași", "code": HOUSES, "target_group": "D", "places_per_unit": 6, "units": 4, "uat_siruta": TAMASI, "funding": POR_LP, "project_id": "p02"},
    {"planned_id": "ps08", "source_line": 879, "name": "Locuinte protejate pentru persoane adulte cu dizabilitati Răcăciuni", "code": HOUSES, "target_group": "D", "places_per_unit": 6, "units": 4, "uat_siruta": RACACIUNI, "funding": POR_LP, "project_id": "p03"},
    {"planned_id": "ps09", "source_line": 895, "name": "Locuinte protejate pentru persoane adulte cu dizabilitati Moinești", "code": HOUSES, "target_group": "D", "places_per_unit": 6, "units": 3, "uat_siruta": MOINESTI, "funding": POR_LP, "project_id": "p04"},
    {"planned_id": "ps10", "source_line": 911, "name": "Locuinte protejate pentru persoane adulte cu dizabilitati Tg. ocna", "code": HOUSES, "target_group": "D", "places_per_unit": 6, "units": 4, "uat_siruta": TG_OCNA, "funding": POR_LP, "project_id": "p01"},
    {"planned_id": "ps11", "source_line": 926, "name": "Locuințe protejate pentru persoane adulte cu dizabilități Plopana", "code": HOUSES, "target_group": "D", "places_per_unit": 6, "units": 2, "uat_siruta": PLOPANA, "funding": STATE_COUNTY, "project_id": "p06"},
    {"planned_id": "ps12", "source_line": 965, "name": "Locuințe protejate pentru personae adulte cu dizabilități Sărata", "code": HOUSES, "target_group": "D", "places_per_unit": 6, "units": 3, "uat_siruta": SARATA, "funding": STATE_COUNTY, "project_id": "p05"},
    {"planned_id": "ps13", "source_line": 1004, "name": "Centrul de consiliere pentru agresori", "code": AGGRESSORS, "target_group": "VD", "places_per_unit": 6, "units": 1, "uat_siruta": None, "funding": NORWAY, "project_id": None},
]  # fmt: skip


def project_rows() -> list[dict[str, object]]:
    """projects.csv rows in document order."""
    return [row | {"source_doc": PLAN_2022_DOC} for row in PROJECTS]


def planned_rows() -> list[dict[str, object]]:
    """planned_services.csv rows in document order."""
    return [row | {"source_doc": PLAN_2022_DOC} for row in PLANNED]


def main() -> None:
    """Write projects.csv and planned_services.csv and print what was written."""
    n = write_csv(CURATED / "projects.csv", PROJECTS_COLUMNS, project_rows())
    m = write_csv(CURATED / "planned_services.csv", PLANNED_SERVICES_COLUMNS, planned_rows())
    total = sum(float(str(r["total_budget_lei"])) for r in PROJECTS)
    places = sum(int(str(r["places_per_unit"])) * int(str(r["units"])) for r in PLANNED)
    print(f"projects.csv: {n} rows, total {total:,.2f} lei")
    print(f"planned_services.csv: {m} rows, {places} places")


if __name__ == "__main__":
    main()
