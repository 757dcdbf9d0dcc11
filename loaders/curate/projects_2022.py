"""Cap. I.B of the 2022 action plan (000_…txt, lines 473–1026): projects in implementation and
the social services proposed / put into operation in 2022, transcribed by eye.
Run `python -m loaders.curate.projects_2022`.

Funding programmes are stated for the planned services (POR lines 712–718 and 868–876, PIN lines
812–813 and 833–834, state + county budget lines 960–963 and 999–1002, Norwegian Financial
Mechanism lines 1015–1026); a project's programme is that of the services it creates, or, for the
four POCU operating projects, line 717 ("4 proiecte cofinanțate prin POCU").
"""

from __future__ import annotations

from loaders.curate.common import (
    CURATED,
    PLAN_2022_DOC,
    PLANNED_SERVICES_COLUMNS,
    PROJECTS_COLUMNS,
    write_csv,
)

TG_OCNA, TAMASI, RACACIUNI, MOINESTI = 20965, 25692, 24766, 20876
SARATA, PLOPANA = 26320, 24427

DEINST = "Crearea de noi servicii sociale comunitare pentru dezinstituționalizarea persoanelor"

# (id, title, smis, objective, total lei, dgaspc lei, leader, partner, uat, institution row, line)
PROJECTS = [
    ("p01", "Servicii comunitare pentru persoane adulte cu dizabilități Tg.Ocna", "119327", DEINST + " cu dizabilități din cadrul Centrului de Recuperare și Reabilitare a Persoanelor cu Handicap Comănești", 4924944.24, None, "DGASPC Bacău", "UAT Orașul Tg.Ocna", TG_OCNA, 46, 481),
    ("p02", "Investiții în servicii sociale comunitare pentru persoane adulte cu dizabilități în comuna Tamași", "119325", DEINST + " adulte cu dizabilități din cadrul CRRN Răcăciuni", 5434329.90, None, "DGASPC Bacău", "UAT Comuna Tamași", TAMASI, 44, 492),
    ("p03", "Servicii sociale alternative pentru persoane adulte cu dizabilități", "119324", "Extinderea infrastructurii de servicii sociale comunitare prin dezinstituționalizarea persoanelor cu dizabilități din cadrul CRRN Răcăciuni", 6233807.74, None, "DGASPC Bacău", "UAT Comuna Răcăciuni", RACACIUNI, 44, 502),
    ("p04", "Infrastructură socială comunitară pentru persoane adulte cu dizabilități", "119326", "Susținerea dezinstituționalizării persoanelor cu dizabilități din cadrul CRRPH Comănești concomitent cu dezvoltarea măsurilor de prevenire a instituționalizării", 5590759.96, None, "DGASPC Bacău", "UAT Municipiul Moinești", MOINESTI, 46, 511),
    ("p05", "O șansă pentru viața în comunitate", None, "Susținerea dezinstitutionalizării persoanelor adulte cu dizabilități din cadrul CRRPH Ungureni și CRRN Dărmănești concomitent cu dezvoltarea măsurilor de prevenire a instituționalizării", 2660346.26, None, "DGASPC Bacău", "UAT Comuna Sărata", SARATA, None, 521),
    ("p06", "Alternative comunitare pentru persoane cu dizabilitati", None, "Susținerea dezinstituționalizării persoanelor cu dizabilități din cadrul Centrului de Recuperare și Reabilitare a Persoanei cu Handicap Ungureni prin crearea a 2 locuințe protejate și a unui centru de zi.", 1486038.72, None, "DGASPC Bacău", "UAT Comuna Plopana", PLOPANA, 47, 528),
    ("p07", "TEAM-UP: Progres în calitatea îngrijirii alternative a copiilor – Program de finanțare", "127169", "Creșterea calității sistemului de asistență socială și a numărului de asistenți maternali la nivelul comunității, prin introducerea de instrumente și proceduri și prin îmbunătățirea nivelului de competențe al profesioniștilor din sistem.", 2657162612.32, 74588059.77, "Autoritatea Națională pentru Protecția Copilului și Adopție", "DGASPC Bacău – Partener 2", None, None, 538),
    ("p08", "VENUS – Împreună pentru o viață în siguranță", "128038", "Crearea unei rețele naționale inovative integrate de locuințe protejate pentru transferul la o viață independentă a victimelor violenței domestice. Serviciile sociale de tip locuință protejată vor fi create complementar cu servicii integrate de consiliere vocațională și suport.", 51080375.72, 1137174.76, "Agenția Națională pentru Egalitate de Șanse între Femei și Bărbați", "DGASPC Bacău – Partener 5", None, 35, 560),
    ("p09", "Furnizare de servicii sociale pentru persoane adulte cu dizabilitati", "126479", "Reducerea numarului de persoane adulte cu dizabilități din sistemul instituționalizat prin asigurarea serviciilor la nivelul comunității prin oferirea de servicii în cadrul locuințelor protejate și a centrului de zi înființate prin proiectul Infrastructura sociala comunitara pentru persoane adulte cu dizabilitati finanțat prin POR 2014 – 2020.", 7751870.82, None, "DGASPC Bacău", "UAT Municipiul Moinești", MOINESTI, 46, 582),
    ("p10", "Șanse egale pentru viața în comunitate", "130548", "Dezinstituționalizarea și prevenirea reinstituționalizării persoanelor adulte cu dizabilități din cadrul Centrului de Recuperare și Reabilitare Neuropsihiatrică Răcăciuni prin furnizarea de servicii la nivelul comunității.", 7636922.96, None, "DGASPC Bacău", "UAT Comuna Tamași", TAMASI, 44, 595),
    ("p11", "Incluziune socială prin servicii sociale în comunitate", "130549", "Susținerea procesului de dezinstituționalizare și de prevenire a reinstituționalizării persoanelor adulte cu dizabilități din cadrul Centrului de Recuperare și Reabilitare a Persoanelor cu Handicap Comănești prin asigurarea serviciilor la nivelul comunității.", 7888419.08, None, "DGASPC Bacău", None, None, 46, 605),
    ("p12", "Suport pentru viața independentă în comunitate a persoanelor cu dizabilități", "130550", "Facilitarea tranziției spre traiul independent și prevenirea reinstituționalizării persoanelor adulte cu dizabilități instituționalizate în cadrul Centrului de Recuperare și Reabilitare Neuropsihiatrică Răcăciuni prin servicii asigurate în comunitate.", 7894215.53, None, "DGASPC Bacău", None, None, 44, 616),
    ("p13", "Asigurarea incluziunii sociale – ruperea cercului vicios al excluziunii în cazul copiilor celor mai vulnerabili din România – PN3002", None, "Incluziunea socială a tuturor copiilor și adolescenților, în special a celor vulnerabili, prin servicii de sănătate, educație și protecție a copilului (servicii comunitare și specializate integrate) de calitate, echitabile și coordonate, precum și prin norme sociale protective.", 25680576.00, 783936.00, "UNICEF România (promotor de proiect)", "DGASPC Bacău – Partener", None, None, 628),
    ("p14", "ASIGUR – Aria de Servicii Integrate Guvernate local cu Respect, Bacău și Vrancea – PN4056", None, "Creșterea accesului grupurilor dezavantajate din 50 de localități din județele Bacău și Vrancea la servicii sociale, asigurându-se o uniformizare intra-județeană în ceea ce privește dezvoltarea comunitară.", 11692470.65, 7637428.19, "DGASPC Bacău (promotor), în parteneriat cu DGASPC Vrancea și CPSS București", None, None, None, 647),
]  # fmt: skip

POR, PIN = "POR 2014-2020", "PIN"
STATE_COUNTY = "buget de stat + buget județean"
# (id, name, code, group, places per unit, units, uat, funding, project, line)
PLANNED = [
    ("ps01", "Centrul de zi pentru persoane adulte cu dizabilități Tamași", "8899CZ-D-I", "D", 30, 1, TAMASI, POR, "p02", 684),
    ("ps02", "Centrul de zi pentru persoane adulte cu dizabilități Răcăciuni", "8899CZ-D-I", "D", 30, 1, RACACIUNI, POR, "p03", 734),
    ("ps03", "Centrul de zi pentru persoane adulte cu dizabilități Moinești", "8899CZ-D-I", "D", 30, 1, MOINESTI, POR, "p04", 748),
    ("ps04", "Centrul de zi pentru persoane adulte cu dizabilități Tg. Ocna", "8899CZ-D-I", "D", 30, 1, TG_OCNA, POR, "p01", 762),
    ("ps05", "Centrul de zi pentru persoane adulte cu dizabilități Plopana", "8899CZ-D-I", "D", 30, 1, PLOPANA, PIN, "p06", 785),
    ("ps06", "Centrul de zi pentru persoane adulte cu dizabilități Sărata", "8899CZ-D-I", "D", 30, 1, SARATA, PIN, "p05", 815),
    ("ps07", "Locuințe protejate pentru persoane adulte cu dizabilități Tamași", "8790CR-D-VII", "D", 6, 4, TAMASI, POR, "p02", 836),
    ("ps08", "Locuințe protejate pentru persoane adulte cu dizabilități Răcăciuni", "8790CR-D-VII", "D", 6, 4, RACACIUNI, POR, "p03", 879),
    ("ps09", "Locuințe protejate pentru persoane adulte cu dizabilități Moinești", "8790CR-D-VII", "D", 6, 3, MOINESTI, POR, "p04", 895),
    ("ps10", "Locuințe protejate pentru persoane adulte cu dizabilități Tg. Ocna", "8790CR-D-VII", "D", 6, 4, TG_OCNA, POR, "p01", 911),
    ("ps11", "Locuințe protejate pentru persoane adulte cu dizabilități Plopana", "8790CR-D-VII", "D", 6, 2, PLOPANA, STATE_COUNTY, "p06", 926),
    ("ps12", "Locuințe protejate pentru persoane adulte cu dizabilități Sărata", "8790CR-D-VII", "D", 6, 3, SARATA, STATE_COUNTY, "p05", 965),
    ("ps13", "Centrul de consiliere pentru agresori", "8899CZ-VD-III", "VD", 6, 1, None, "Mecanismul Financiar Norvegian 2014-2021", None, 1004),
]  # fmt: skip


def project_rows() -> list[dict[str, object]]:
    """projects.csv rows."""
    keys = ["project_id", "title", "smis_code", "objective", "total_budget_lei",
            "dgaspc_budget_lei", "leader", "partner", "uat_siruta", "institution_row_no",
            "source_line"]  # fmt: skip
    rows: list[dict[str, object]] = [dict(zip(keys, p, strict=True)) for p in PROJECTS]
    return [row | {"source_doc": PLAN_2022_DOC} for row in rows]


def planned_rows() -> list[dict[str, object]]:
    """planned_services.csv rows."""
    keys = ["planned_id", "name", "code", "target_group", "places_per_unit", "units",
            "uat_siruta", "funding", "project_id", "source_line"]  # fmt: skip
    rows: list[dict[str, object]] = [dict(zip(keys, p, strict=True)) for p in PLANNED]
    return [row | {"source_doc": PLAN_2022_DOC} for row in rows]


def main() -> None:
    """Write projects.csv and planned_services.csv."""
    n = write_csv(CURATED / "projects.csv", PROJECTS_COLUMNS, project_rows())
    m = write_csv(CURATED / "planned_services.csv", PLANNED_SERVICES_COLUMNS, planned_rows())
    print(f"projects.csv: {n} rows; planned_services.csv: {m} rows")


if __name__ == "__main__":
    main()
