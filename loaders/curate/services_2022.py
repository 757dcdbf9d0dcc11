"""Cap. I.A of the 2022 action plan (000_…txt, lines 93–470): the service registry and its
merged budget cells, transcribed by eye. Run `python -m loaders.curate.services_2022`.

Reading rules (see data/curated/services.meta.toml):
- A merged budget cell prints its value after the first row of the group on its page; the span
  is confirmed by the complex named in every row. A budget is never split between rows.
- `300/504` is 300 current / 50 target places with footnote 4 glued on (footnotes at lines
  453–456: "Capacitatea la finalul implementării Planului de restructurare").
- For the institutions under restructuring, the printed percent compares residents with the
  target capacity (62/50 → ">100%"), not with the current capacity.
"""

from __future__ import annotations

from loaders.curate.common import (
    BUDGET_GROUPS_COLUMNS,
    CURATED,
    PLAN_2022_DOC,
    SERVICES_COLUMNS,
    write_csv,
)

BACAU, ONESTI, COMANESTI, TG_OCNA = 20297, 20563, 20821, 20965
DARMANESTI, RACACIUNI, UNGURENI, PARINCEA = 22166, 24766, 25932, 24089
RACHITOASA, FILIPESTI = 24837, 22576

# budget_group: (label, thousand lei or None, other_sources, source_line)
BUDGET_GROUPS = {
    "b01": ("Centrul de servicii sociale Alexandra Onești (rândurile 1–3)", 3431.10, "", 102),
    "b02": ("Centrul de servicii sociale Ghiocelul, incl. Complexul Dragoș Vodă (rândurile 4–9)",
            4755.90, "", 130),
    "b03": ("Complexul de servicii sociale Pro Familia Bacău și Rețeaua Casa Mea (rândurile 10–27)",
            8387.40, "", 190),
    "b04": ("Complexul de intervenție specializată în domeniul protecției familiei (rândurile 28–30)",
            1726.10, "", 287),
    "b05": ("Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău "
            "(rândurile 31–33)", 4080.80, "", 312),
    "b06": ("Centrul de consiliere pentru agresori (rândul 34) — alte surse", None, "X", 329),
    "b07": ("Locuința protejată VENUS (rândul 35) — alte surse", None, "X", 330),
    "b08": ("Rețeaua de asistență maternală (rândul 36)", 16212.40, "", 348),
    "b09": ("Centrul de abilitare și reabilitare Pietricica (rândurile 37–40)", 4388.80, "", 355),
    "b10": ("CSSPD Târgu Ocna (rândul 41, cinci subunități)", 9053.90, "", 386),
    "b11": ("CIA Comănești (rândul 42)", 5382.00, "", 405),
    "b12": ("CRRN Dărmănești (rândul 43)", 4598.90, "", 410),
    "b13": ("CRRN Răcăciuni (rândul 44)", 9174.70, "", 415),
    "b14": ("CRRPD Târgu Ocna (rândul 45)", 4132.70, "", 420),
    "b15": ("CRRPH Comănești (rândul 46)", 6549.70, "", 425),
    "b16": ("CRRPH Ungureni (rândul 47)", 4278.70, "", 430),
    "b17": ("CABR Miorița Parincea (rândul 48)", 2401.00, "", 436),
    "b18": ("CIA persoane vârstnice Răchitoasa (rândul 49)", 1662.00, "", 441),
    "b19": ("CIA persoane adulte cu dizabilități Răchitoasa (rândul 50)", 2079.40, "", 447),
    "b20": ("CIA Condorul (rândul 51)", 3762.60, "", 449),
    "b21": ("Locuințele maxim protejate Saturn, Luna, Neptun, Jupiter (rândurile 52–55)",
            3757.00, "", 460),
}  # fmt: skip

GHIOCEL = "Ghiocelul is in Bacău per line 2715 ('CSS Ghiocelul Bacău')"
PRO_FAMILIA = "complex 'Pro-Familia Bacău' (lines 195, 218)"
CASA_MEA = "Rețeaua Casa Mea: this apartment's town is not stated (others are in Comănești)"
RESTRUCT = ("capacity_target from the restructuring plan (footnote {fn} glued to the cell, "
            "line {line}); the percent compares residents with the target capacity")  # fmt: skip

# (row, sub, code, name, component, type, group, capacity, target, beneficiaries,
#  occupancy_text, budget_group, uat, confidence, source_line, notes)
ROWS = [
    (1, None, "8790CR-C-I", "Casa Gabriela – Rețea de case de tip familial, Centrul de servicii sociale Alexandra Onești", "children", "family_type_home", "C", 12, None, 14, "14/>100%", "b01", ONESTI, "stated", 93, ""),
    (2, None, "8790CR-C-I", "Casa Bogdan – Rețea de case de tip familial, Centrul de servicii sociale Alexandra Onești", "children", "family_type_home", "C", 12, None, 12, "12/100%", "b01", ONESTI, "stated", 106, ""),
    (3, None, "8891CZ-C-III", "Centrul de recuperare pentru copilul cu dizabilități, Centrul de servicii sociale Alexandra Onești", "children", "day_recovery_centre", "C", 14, None, 134, "134/>100%", "b01", ONESTI, "stated", 112, "day service: 134 counts beneficiaries over the year, not places"),
    (4, None, "8790CR-C-I", "Centrul de servicii sociale Ghiocelul – Casa de tip familial Mărăști", "children", "family_type_home", "C", 12, None, 16, "16/>100%", "b02", BACAU, "inferred", 118, GHIOCEL),
    (5, None, "8790CR-C-I", "Casa de tip familial Arcadie Șeptilici – Centrul de servicii sociale Ghiocelul", "children", "family_type_home", "C", 12, None, 13, "13/>108%", "b02", BACAU, "inferred", 134, GHIOCEL + "; the cell prints '>108%' (13/12 = 108%)"),
    (6, None, "8790CR-C-I", "Casa 1 – Complex de case de tip familial „Dragoș Vodă”", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b02", None, "unknown", 139, "the complex's place is not stated; budget shared with Ghiocelul (merged cell)"),
    (7, None, "8790CR-C-I", "Casa 2 – Complex de case de tip familial „Dragoș Vodă”", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b02", None, "unknown", 144, "the complex's place is not stated"),
    (8, None, "8790CR-C-I", "Casa 3 – Complex de case de tip familial „Dragoș Vodă”", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b02", None, "unknown", 149, "the complex's place is not stated"),
    (9, None, "8891CZ-C-III", "Centrul de servicii sociale Ghiocelul – Centrul de recuperare pentru copilul cu dizabilități", "children", "day_recovery_centre", "C", 17, None, 17, "17/100%", "b02", BACAU, "inferred", 154, GHIOCEL),
    (10, None, "8790CR-C-I", "Casa 1 – Complex Bistrița, Complexul de servicii sociale Pro Familia Bacău", "children", "family_type_home", "C", 8, None, 4, "4/<100%", "b03", BACAU, "stated", 160, "row at the foot of page; its budget is the merged cell printed on the next page (line 190)"),
    (11, None, "8790CR-C-I", "Casa 2 – Complex Bistrița, Complexul de servicii sociale Pro Familia Bacău", "children", "family_type_home", "C", 9, None, 7, "7/<100%", "b03", BACAU, "stated", 172, ""),
    (12, None, "8790CR-C-I", "Casa 3 – Complex Bistrița, Complexul de servicii sociale Pro Familia Bacău", "children", "family_type_home", "C", 9, None, 3, "3/<100%", "b03", BACAU, "stated", 194, ""),
    (13, None, "8790CR-C-I", "Modulul pentru copilul cu dizabilități – Complex Pinochio, Centrul rezidențial „Pro-Familia”", "children", "family_type_home", "C", 18, 9, 9, "9/100%", "b03", BACAU, "inferred", 199, "capacity cell '18/9' read like the other 'current/target' cells: 18 places now, 9 planned; the printed '100%' matches 9 of 9 (target), so occupancy against 18 places is 50%; location from " + PRO_FAMILIA),
    (14, None, "8790CR-C-I", "Casa A – Complex Ștrand, Complexul de servicii sociale Pro Familia Bacău", "children", "family_type_home", "C", 8, None, 9, "9/<100%", "b03", BACAU, "stated", 205, "the cell prints '<100%' but 9 of 8 places is above 100%: kept as printed"),
    (15, None, "8790CR-C-I", "Apartament Narcisa – Complex Margareta, Centrul rezidențial „Pro-Familia”", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", BACAU, "inferred", 210, "location from " + PRO_FAMILIA),
    (16, None, "8790CR-C-I", "Apartament Pictor Aman – Complex Margareta, Centrul rezidențial Pro-Familia Bacău", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", BACAU, "stated", 216, ""),
    (17, None, "8790CR-C-I", "Apartament Letea – Complex Margareta, Centrul rezidențial Pro-Familia Bacău", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", BACAU, "stated", 222, ""),
    (18, None, "8790CR-C-I", "Apartament social Aleea Parcului Comănești – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", COMANESTI, "stated", 227, ""),
    (19, None, "8790CR-C-I", "Apartament social Ștefan cel Mare Comănești – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 5, "5/<100%", "b03", COMANESTI, "stated", 233, ""),
    (20, None, "8790CR-C-I", "Apartament social Nicolae Ghica Comănești – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", COMANESTI, "stated", 239, "printed 'Nicole Ghica'"),
    (21, None, "8790CR-C-I", "Apartament social Republicii – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", None, "unknown", 245, CASA_MEA),
    (22, None, "8790CR-C-I", "Apartament social Bicaz – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 7, "7/116%", "b03", None, "unknown", 250, CASA_MEA),
    (23, None, "8790CR-C-I", "Apartament social Primăverii – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", None, "unknown", 255, CASA_MEA),
    (24, None, "8790CR-C-I", "Apartament social Republicii – Rețeaua de apartamente Casa Mea (al doilea)", "children", "family_type_home", "C", 6, None, 3, "3/<100%", "b03", None, "unknown", 260, CASA_MEA + "; a second apartment named Republicii (row 21 is the first)"),
    (25, None, "8790CR-C-I", "Apartament social Buciumului – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", None, "unknown", 265, CASA_MEA),
    (26, None, "8790CR-C-I", "Apartament social Chimistului – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 3, "3/<100%", "b03", None, "unknown", 270, CASA_MEA),
    (27, None, "8790CR-C-I", "Apartament social Oituz – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 5, "5/<100%", "b03", None, "unknown", 275, CASA_MEA),
    (28, None, "8790CR-MC-I", "Modulul Maternal – Complexul de intervenție specializată în domeniul protecției familiei", "children", "maternal_centre", "MC", 8, None, 6, "6/<100%", "b04", BACAU, "inferred", 279, "the complex is in Bacău (row 30, line 301)"),
    (29, None, "8899CR-VD-II", "Modul Artemis – Complexul de intervenție specializată în domeniul protecției familiei", "domestic_violence", "domestic_violence_shelter", "VD", 8, None, 6, "6/<100%", "b04", BACAU, "inferred", 291, "code printed 8899CR-VD-II; the nomenclator maps it to 8790CR-VD-II (alias row); complex in Bacău (line 301)"),
    (30, None, None, "Compartimentul de consiliere și sprijin pentru părinți și copii – Complexul de servicii pentru intervenție specializată în domeniul protecției familiei și a drepturilor copilului Bacău", "children", "counselling", "F", 15, None, 131, "131/>100%", "b04", BACAU, "stated", 297, "no code printed; counselling: 131 counts beneficiaries over the year; target group read as families (F)"),
    (31, None, "8790CR-C-II", "Centrul de primire în regim de urgență – Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău", "children", "emergency_reception", "C", 18, None, 10, "10/<100%", "b05", BACAU, "stated", 305, ""),
    (32, None, None, "Compartimentul de resurse pentru tineri în dificultate – Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău", "children", "youth_support", "T", None, None, 28, "NA  28", "b05", BACAU, "stated", 316, "code printed '‐'; capacity printed 'NA' (not applicable): no places, 28 beneficiaries"),
    (33, None, None, "Compartimentul tineri în dificultate – Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău", "children", "youth_support", "T", 30, None, 16, "16/<100%", "b05", BACAU, "stated", 323, "code printed '‐'"),
    (34, None, "8899CZ-VD-III", "Centrul de consiliere pentru agresori", "domestic_violence", "counselling", "VD", 6, None, 6, "6/100%", "b06", None, "unknown", 329, "financed from other sources (X)"),
    (35, None, "8899CR-VD-III", "Locuința protejată VENUS", "domestic_violence", "domestic_violence_shelter", "VD", 6, None, 6, "6/100%", "b07", None, "unknown", 330, "financed from other sources (X); code printed 8899CR-VD-III, nomenclator alias of 8790CR-VD-III"),
    (36, None, "8790SF-C", "Rețeaua de asistență maternală", "children", "foster_care", "C", None, None, None, "846 ‐AMP 367‐ Rude/alte familii/persoane", "b08", None, "unknown", 331, "capacity/occupancy cells read '846 ‐AMP 367‐ Rude/alte familii/persoane' (lines 341–345): 846 professional foster carers (AMP) and 367 placements with relatives/other families/persons; not places, so capacity and beneficiaries stay empty; county-wide network"),
    (37, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Ghiocelul", "disability", "rehabilitation_centre", "D", 12, None, 11, "11/<100%", "b09", None, "unknown", 350, ""),
    (38, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Pietricica", "disability", "rehabilitation_centre", "D", 12, None, 11, "11/<100%", "b09", None, "unknown", 361, ""),
    (39, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Bradul", "disability", "rehabilitation_centre", "D", 12, None, 9, "9/<100%", "b09", None, "unknown", 366, ""),
    (40, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Poduri", "disability", "rehabilitation_centre", "D", 12, None, 11, "11/<100%", "b09", None, "unknown", 371, "'Poduri' is also a commune, but the document does not say the house is there"),
    (41, 1, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Ștefan cel Mare", "disability", "protected_house", "D", 6, None, 8, "6  8/<100%", "b10", TG_OCNA, "stated", 376, "cells read '6  8/<100%': 6 places and 8 residents, yet '<100%'; kept as printed (one of the two is a slip)"),
    (41, 2, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Sorin", "disability", "protected_house", "D", 12, None, 8, "8/<100%", "b10", TG_OCNA, "inferred", 380, "sub-unit of CSSPD Târgu Ocna (line 376)"),
    (41, 3, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Maria", "disability", "protected_house", "D", 12, None, 8, "8/<100%", "b10", TG_OCNA, "stated", 386, "name split around the budget cell (lines 386–388)"),
    (41, 4, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Corina", "disability", "protected_house", "D", 12, None, 8, "8/<100%", "b10", TG_OCNA, "stated", 391, ""),
    (41, 5, "8790CR-D-I", "CSSPD Târgu Ocna – Centrul de îngrijire și asistență a persoanelor cu dizabilități Costache Negri", "disability", "care_assistance_centre", "D", 50, None, 50, "50/100%", "b10", TG_OCNA, "stated", 396, ""),
    (42, None, "8790CR-D-I", "Centrul de îngrijire și asistență a persoanelor cu dizabilități Comănești", "disability", "care_assistance_centre", "D", 50, None, 50, "50/100%", "b11", COMANESTI, "stated", 402, ""),
    (43, None, "8790CR-D-II", "Centrul de recuperare și reabilitare neuropsihiatrică Dărmănești", "disability", "rehabilitation_centre", "D", 96, 50, 62, "62/>100%", "b12", DARMANESTI, "stated", 407, "capacity cell '96/50' (no footnote): 96 now, 50 at the end of restructuring; '>100%' compares 62 residents with the 50 target places"),
    (44, None, "8790CR-D-II", "Centrul de recuperare și reabilitare neuropsihiatrică Răcăciuni", "disability", "rehabilitation_centre", "D", 300, 50, 125, "125/>100%", "b13", RACACIUNI, "stated", 412, RESTRUCT.format(fn=4, line=415) + "; printed '300/504'"),
    (45, None, "8790CR-D-II", "Centrul de recuperare și reabilitare a persoanelor cu dizabilități Târgu Ocna", "disability", "rehabilitation_centre", "D", 65, 50, 50, "50/100%", "b14", TG_OCNA, "stated", 417, RESTRUCT.format(fn=5, line=420) + "; printed '65/505'"),
    (46, None, "8790CR-D-II", "Centrul de recuperare și reabilitare a persoanelor cu handicap Comănești", "disability", "rehabilitation_centre", "D", 165, 50, 83, "83/>100%", "b15", COMANESTI, "stated", 422, RESTRUCT.format(fn=6, line=425) + "; printed '165/506'"),
    (47, None, "8790CR-D-II", "Centrul de recuperare și reabilitare a persoanelor cu handicap Ungureni", "disability", "rehabilitation_centre", "D", 100, 50, 62, "62/>100%", "b16", UNGURENI, "stated", 427, RESTRUCT.format(fn=7, line=430) + "; printed '100/507'"),
    (48, None, "8790CR-D-III", "Centrul de abilitare și reabilitare pentru persoane adulte cu dizabilități „Miorița” Parincea", "disability", "occupational_therapy_centre", "D", 36, None, 36, "36/100%", "b17", PARINCEA, "stated", 432, "named a centre of 'abilitare și reabilitare' but coded CR-D-III (occupational therapy in the 2015 nomenclator; see nomenclator NOTES §5.1)"),
    (49, None, "8730CR-V-I", "Centrul de îngrijire și asistență pentru persoane vârstnice Răchitoasa", "elderly", "elderly_home", "V", 30, None, 27, "27/<100%", "b18", RACHITOASA, "stated", 438, ""),
    (50, None, "8730CR-V-I", "Centrul de îngrijire și asistență pentru persoane adulte cu dizabilități Răchitoasa", "disability", "care_assistance_centre", "D", 50, None, 46, "46/<100%", "b19", RACHITOASA, "stated", 443, "coded 8730CR-V-I (elderly) but named a centre for adults with disabilities: component from the name, code kept as printed"),
    (51, None, "8790CR-D-II", "Centrul de îngrijire și asistență Condorul", "disability", "care_assistance_centre", "D", 48, None, 48, "48/6/<100%", "b20", None, "unknown", 449, "occupancy cell '48/6/<100%' is ambiguous: read as 48 residents (first number, as in every other cell); '/6' and '<100%' do not fit 48 of 48 places; named CIA but coded CR-D-II"),
    (52, None, "8790CR-D-VII", "Locuința maxim protejată Saturn", "disability", "protected_house", "D", 6, None, 6, "6/100%", "b21", None, "unknown", 450, "row at the foot of page; its budget is the merged cell printed on the next page (line 460)"),
    (53, None, "8790CR-D-VII", "Locuința maxim protejată Luna", "disability", "protected_house", "D", 6, None, 6, "6/100%", "b21", None, "unknown", 457, ""),
    (54, None, "8790CR-D-VII", "Locuința maxim protejată Neptun", "disability", "protected_house", "D", 6, None, 5, "5/<100%", "b21", None, "unknown", 463, ""),
    (55, None, "8790CR-D-VII", "Locuința maxim protejată Jupiter", "disability", "protected_house", "D", 6, None, 6, "6/100%", "b21", None, "unknown", 464, ""),
    (56, None, "8790CR-D-I", "Centrul de îngrijire și asistență pentru persoane adulte cu dizabilități Filipești", "disability", "care_assistance_centre", "D", 48, None, 33, "33/<100%", None, FILIPESTI, "stated", 465, "no budget printed on this row (lines 465–470); it may belong to the merged cell of rows 52–55 (3.757,00, line 460), but that is not certain, so no budget is attributed"),
]  # fmt: skip


def service_rows() -> list[dict[str, object]]:
    """The registry rows as dicts with the services.csv columns."""
    rows = []
    for (row, sub, code, name, component, stype, group, cap, target, ben, occ, bgroup, uat,
         conf, line, notes) in ROWS:  # fmt: skip
        rows.append({
            "service_id": f"s{row:02d}" + (f"-{sub}" if sub else ""),
            "row_no": row, "sub_no": sub, "code": code, "name": name, "component": component,
            "service_type": stype, "target_group": group, "capacity": cap,
            "capacity_target": target, "beneficiaries": ben, "occupancy_text": occ,
            "budget_group": bgroup, "uat_siruta": uat, "location_confidence": conf,
            "snapshot_year": 2022, "source_doc": PLAN_2022_DOC, "source_line": line,
            "notes": notes,
        })  # fmt: skip
    return rows


def budget_rows() -> list[dict[str, object]]:
    """One row per merged budget cell."""
    return [
        {"budget_group": key, "label": label, "county_budget_thousand_lei": value,
         "other_sources": other, "source_doc": PLAN_2022_DOC, "source_line": line}
        for key, (label, value, other, line) in BUDGET_GROUPS.items()
    ]  # fmt: skip


def main() -> None:
    """Write services.csv and budget_groups.csv."""
    n = write_csv(CURATED / "services.csv", SERVICES_COLUMNS, service_rows())
    m = write_csv(CURATED / "budget_groups.csv", BUDGET_GROUPS_COLUMNS, budget_rows())
    print(f"services.csv: {n} rows; budget_groups.csv: {m} rows")


if __name__ == "__main__":
    main()
