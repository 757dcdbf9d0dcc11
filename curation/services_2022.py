"""Cap. I.A of the 2022 action plan (000_…txt, lines 93–470): the service registry and its
merged budget cells, transcribed by eye. Run `python -m curation.services_2022`.

Reading rules (see data/curated/services.meta.toml):
- A merged budget cell prints its value after the first row of the group on its page; the span
  is confirmed by the complex named in every row. A budget is never split between rows.
  Exception: b03's one value (line 190, beside row 11) is followed by rows naming two
  structures (Pro Familia, rows 10–17; Rețeaua Casa Mea, rows 18–27) with no other value until
  row 28; the label says so instead of claiming a span.
- Notes are Romanian (a user reads them); a row without a UAT says that the source gives no
  place for it. "Rândul N" in a note is line N of the source file, "nr. crt. N" a registry row.
- `300/504` is 300 current / 50 target places with footnote 4 glued on (footnotes at lines
  453–456: "Capacitatea la finalul implementării Planului de restructurare").
- For the institutions under restructuring, the printed percent compares residents with the
  target capacity (62/50 → ">100%"), not with the current capacity.
"""

from __future__ import annotations

from curation.common import (
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
    # one value, printed beside row 11 (the first row of its page); rows 10 and 12–27 print no
    # budget and the next value is beside row 28: read as one cell, which the source never states
    "b03": ("Complexul de servicii sociale Pro Familia Bacău și Rețeaua Casa Mea (valoare tipărită "
            "la rândul 11; rândurile 10 și 12–27 nu au alt buget)", 8387.40, "", 190),
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

GHIOCEL = "Ghiocelul este în Bacău, cf. rândului 2715 („CSS Ghiocelul Bacău”)"
PRO_FAMILIA = "localitatea din numele complexului „Pro-Familia Bacău” (rândurile 195, 218)"
# names are kept as printed (words, spelling); a misprint is named in the notes, never mended
PRO_FAMIALIA = ("numele tipărit „Pro-Famialia” (greșeală de tipar pentru „Pro-Familia”) este "
                "păstrat cum este scris")  # fmt: skip
CASA_MEA = ("Rețeaua Casa Mea: sursa nu precizează localitatea acestui apartament (altele sunt "
            "în Comănești)")  # fmt: skip
# every row without a UAT says why (the source gives no place for it)
NO_PLACE = "sursa nu precizează localitatea serviciului"
DRAGOS_VODA = "sursa nu precizează localitatea complexului „Dragoș Vodă”"
RESTRUCT = ("capacitatea-țintă din planul de restructurare (nota de subsol {fn} lipită de celulă, "
            "rândul {line}); procentul compară rezidenții cu capacitatea-țintă")  # fmt: skip

# (row, sub, code, name, component, type, group, capacity, target, beneficiaries,
#  occupancy_text, budget_group, uat, confidence, source_line, notes)
ROWS = [
    (1, None, "8790CR-C-I", "Casa Gabriela – Rețea de case de tip familial, Centrul de servicii sociale Alexandra Onești", "children", "family_type_home", "C", 12, None, 14, "14/>100%", "b01", ONESTI, "stated", 93, ""),
    (2, None, "8790CR-C-I", "Casa Bogdan – Rețea de case de tip familial, Centrul de servicii sociale Alexandra Onești", "children", "family_type_home", "C", 12, None, 12, "12/100%", "b01", ONESTI, "stated", 106, ""),
    (3, None, "8891CZ-C-III", "Centrul de recuperare pentru copilul cu dizabilități, Centrul de servicii sociale Alexandra Onești", "children", "day_recovery_centre", "C", 14, None, 134, "134/>100%", "b01", ONESTI, "stated", 112, "serviciu de zi: 134 numără beneficiarii din cursul anului, nu locuri"),
    (4, None, "8790CR-C-I", "Centrul de servicii sociale Ghiocelul – Rețeaua de case de tip familial – Casa de tip familial Mărăști", "children", "family_type_home", "C", 12, None, 16, "16/>100%", "b02", BACAU, "inferred", 118, GHIOCEL),
    (5, None, "8790CR-C-I", "Casa de tip familial Arcadie Șeptilici – Centrul de servicii sociale Ghiocelul", "children", "family_type_home", "C", 12, None, 13, "13/>108%", "b02", BACAU, "inferred", 134, GHIOCEL + "; celula tipărește „>108%” (13/12 = 108%)"),
    (6, None, "8790CR-C-I", "Casa 1 – Complex de case de tip familial „Dragoș Vodă”", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b02", None, "unknown", 139, DRAGOS_VODA + "; buget comun cu Ghiocelul (celulă îmbinată)"),
    (7, None, "8790CR-C-I", "Casa 2 – Complex de case de tip familial „Dragoș Vodă”", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b02", None, "unknown", 144, DRAGOS_VODA),
    (8, None, "8790CR-C-I", "Casa 3 – Complex de case de tip familial „Dragoș Vodă”", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b02", None, "unknown", 149, DRAGOS_VODA),
    (9, None, "8891CZ-C-III", "Centrul de servicii sociale Ghiocelul – Centrul de recuperare pentru copilul cu dizabilități", "children", "day_recovery_centre", "C", 17, None, 17, "17/100%", "b02", BACAU, "inferred", 154, GHIOCEL),
    (10, None, "8790CR-C-I", "Casa 1 – Complex Bistrița – Complex de Servicii Sociale Pro Familia Bacău", "children", "family_type_home", "C", 8, None, 4, "4/<100%", "b03", BACAU, "stated", 160, "rând la subsolul paginii, fără buget tipărit: citit în celula îmbinată a cărei valoare este tipărită pe pagina următoare (rândul 190)"),
    (11, None, "8790CR-C-I", "Casa 2 – Complex Bistrița – Complex de Servicii Sociale Pro Familia Bacău", "children", "family_type_home", "C", 9, None, 7, "7/<100%", "b03", BACAU, "stated", 172, ""),
    (12, None, "8790CR-C-I", "Casa 3 – Complex Bistrița – Complex de Servicii Sociale Pro Familia Bacău", "children", "family_type_home", "C", 9, None, 3, "3/<100%", "b03", BACAU, "stated", 194, ""),
    (13, None, "8790CR-C-I", "Modulul pentru copilul cu dizabilități – Complex Pinochio din cadrul Centrului Rezidențial „Pro-Familia”", "children", "family_type_home", "C", 18, 9, 9, "9/100%", "b03", BACAU, "inferred", 199, "celula capacității „18/9” citită ca celelalte celule „actuală/țintă”: 18 locuri acum, 9 planificate; „100%” tipărit corespunde cu 9 din 9 (ținta), deci ocuparea față de cele 18 locuri este 50%; " + PRO_FAMILIA),
    (14, None, "8790CR-C-I", "Casa A – Complex Ștrand – Complex de Servicii Sociale Pro Familia Bacău", "children", "family_type_home", "C", 8, None, 9, "9/<100%", "b03", BACAU, "stated", 205, "celula tipărește „<100%”, dar 9 din 8 locuri înseamnă peste 100%: păstrat cum este tipărit"),
    (15, None, "8790CR-C-I", "Apartament Narcisa – Complex Margareta din cadrul Centrului rezidențial „Pro-Famialia”", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", BACAU, "inferred", 210, PRO_FAMILIA + "; " + PRO_FAMIALIA),
    (16, None, "8790CR-C-I", "Apartament Pictor Aman – Complex Margareta – Centrul rezidențial Pro-Famialia Bacău", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", BACAU, "stated", 216, PRO_FAMIALIA),
    (17, None, "8790CR-C-I", "Apartament Letea – Complex Margareta – Centrul rezidențial Pro-Famialia Bacău", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", BACAU, "stated", 222, PRO_FAMIALIA),
    (18, None, "8790CR-C-I", "Apartament social Aleea Parcului Comănești – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", COMANESTI, "stated", 227, ""),
    (19, None, "8790CR-C-I", "Apartament social Ștefan cel Mare Comănești – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 5, "5/<100%", "b03", COMANESTI, "stated", 233, ""),
    (20, None, "8790CR-C-I", "Apartament social Nicolae Ghica Comănești – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", COMANESTI, "stated", 239, "tipărit „Nicole Ghica”"),
    (21, None, "8790CR-C-I", "Apartament social Republicii – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", None, "unknown", 245, CASA_MEA),
    (22, None, "8790CR-C-I", "Apartament social Bicaz – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 7, "7/116%", "b03", None, "unknown", 250, CASA_MEA),
    (23, None, "8790CR-C-I", "Apartament social Primăverii – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 4, "4/<100%", "b03", None, "unknown", 255, CASA_MEA),
    (24, None, "8790CR-C-I", "Apartament social Republicii – Rețeaua de apartamente Casa Mea (al doilea)", "children", "family_type_home", "C", 6, None, 3, "3/<100%", "b03", None, "unknown", 260, CASA_MEA + "; al doilea apartament numit Republicii (primul este nr. crt. 21)"),
    (25, None, "8790CR-C-I", "Apartament social Buciumului – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 6, "6/100%", "b03", None, "unknown", 265, CASA_MEA),
    (26, None, "8790CR-C-I", "Apartament social Chimistului – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 3, "3/<100%", "b03", None, "unknown", 270, CASA_MEA),
    (27, None, "8790CR-C-I", "Apartament social Oituz – Rețeaua de apartamente Casa Mea", "children", "family_type_home", "C", 6, None, 5, "5/<100%", "b03", None, "unknown", 275, CASA_MEA),
    (28, None, "8790CR-MC-I", "Modulul Maternal – Complexul de intervenție specializată în domeniul protecției familiei", "children", "maternal_centre", "MC", 8, None, 6, "6/<100%", "b04", BACAU, "inferred", 279, "complexul este în Bacău (nr. crt. 30, rândul 301)"),
    (29, None, "8899CR-VD-II", "Modul Artemis – Complexul de intervenție specializată în domeniul protecției familiei", "domestic_violence", "domestic_violence_shelter", "VD", 8, None, 6, "6/<100%", "b04", BACAU, "inferred", 291, "cod tipărit 8899CR-VD-II; nomenclatorul îl echivalează cu 8790CR-VD-II (rând de alias); complexul este în Bacău (rândul 301)"),
    (30, None, None, "Compartimentul de consiliere și sprijin pentru părinți și copii – Complexul de servicii pentru intervenție specializată în domeniul protecției familiei și a drepturilor copilului Bacău", "children", "counselling", "F", 15, None, 131, "131/>100%", "b04", BACAU, "stated", 297, "niciun cod tipărit; consiliere: 131 numără beneficiarii din cursul anului; grupul țintă citit ca familii (F)"),
    (31, None, "8790CR-C-II", "Centrul de primire în regim de urgență – Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău", "children", "emergency_reception", "C", 18, None, 10, "10/<100%", "b05", BACAU, "stated", 305, ""),
    (32, None, None, "Compartimentul de resurse pentru tineri în dificultate – Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău", "children", "youth_support", "T", None, None, 28, "NA  28", "b05", BACAU, "stated", 316, "cod tipărit „‐”; capacitate tipărită „NA” (nu se aplică): fără locuri, 28 de beneficiari"),
    (33, None, None, "Compartimentul tineri în dificultate – Ansamblul de servicii sociale pentru copii și tineri în dificultate Bacău", "children", "youth_support", "T", 30, None, 16, "16/<100%", "b05", BACAU, "stated", 323, "cod tipărit „‐”"),
    (34, None, "8899CZ-VD-III", "Centrul de consiliere pentru agresori", "domestic_violence", "counselling", "VD", 6, None, 6, "6/100%", "b06", None, "unknown", 329, "finanțat din alte surse (X); " + NO_PLACE),
    (35, None, "8899CR-VD-III", "Locuința protejată VENUS", "domestic_violence", "domestic_violence_shelter", "VD", 6, None, 6, "6/100%", "b07", None, "unknown", 330, "finanțat din alte surse (X); cod tipărit 8899CR-VD-III, alias în nomenclator al codului 8790CR-VD-III; " + NO_PLACE),
    (36, None, "8790SF-C", "Rețeaua de asistență maternală", "children", "foster_care", "C", None, None, None, "846 ‐AMP 367‐ Rude/alte familii/persoane", "b08", None, "unknown", 331, "celulele capacității și ocupării conțin „846 ‐AMP 367‐ Rude/alte familii/persoane” (rândurile 341–345): 846 asistenți maternali profesioniști (AMP) și 367 de plasamente la rude/alte familii/persoane; nu sunt locuri, deci capacitatea și beneficiarii rămân goale; rețea la nivelul județului; " + NO_PLACE),
    (37, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Ghiocelul", "disability", "rehabilitation_centre", "D", 12, None, 11, "11/<100%", "b09", None, "unknown", 350, NO_PLACE),
    (38, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Pietricica", "disability", "rehabilitation_centre", "D", 12, None, 11, "11/<100%", "b09", None, "unknown", 361, NO_PLACE),
    (39, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Bradul", "disability", "rehabilitation_centre", "D", 12, None, 9, "9/<100%", "b09", None, "unknown", 366, NO_PLACE),
    (40, None, "8790CR-D-II", "Centrul de abilitare și reabilitare Pietricica – Casa Poduri", "disability", "rehabilitation_centre", "D", 12, None, 11, "11/<100%", "b09", None, "unknown", 371, NO_PLACE + "; „Poduri” este și numele unei comune, dar documentul nu spune că această casă este acolo"),
    (41, 1, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Ștefan cel Mare", "disability", "protected_house", "D", 6, None, 8, "6  8/<100%", "b10", TG_OCNA, "stated", 376, "celulele conțin „6  8/<100%”: 6 locuri și 8 rezidenți, totuși „<100%”; păstrat cum este tipărit (una dintre cele două valori este o greșeală)"),
    (41, 2, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Sorin", "disability", "protected_house", "D", 12, None, 8, "8/<100%", "b10", TG_OCNA, "inferred", 380, "subunitate a CSSPD Târgu Ocna (rândul 376)"),
    (41, 3, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Maria", "disability", "protected_house", "D", 12, None, 8, "8/<100%", "b10", TG_OCNA, "stated", 386, "numele este tipărit de o parte și de alta a celulei bugetului (rândurile 386–388)"),
    (41, 4, "8790CR-D-I", "CSSPD Târgu Ocna – Locuința maxim protejată Corina", "disability", "protected_house", "D", 12, None, 8, "8/<100%", "b10", TG_OCNA, "stated", 391, ""),
    (41, 5, "8790CR-D-I", "CSSPD Târgu Ocna – Centrul de îngrijire și asistență a persoanelor cu dizabilități Costache Negri", "disability", "care_assistance_centre", "D", 50, None, 50, "50/100%", "b10", TG_OCNA, "stated", 396, ""),
    (42, None, "8790CR-D-I", "Centrul de îngrijire și asistență a persoanelor cu dizabilități Comănești", "disability", "care_assistance_centre", "D", 50, None, 50, "50/100%", "b11", COMANESTI, "stated", 402, ""),
    (43, None, "8790CR-D-II", "Centrul de recuperare și reabilitare neuropsihiatrică Dărmănești", "disability", "rehabilitation_centre", "D", 96, 50, 62, "62/>100%", "b12", DARMANESTI, "stated", 407, "celula capacității „96/50” (fără notă de subsol): 96 acum, 50 la finalul restructurării; „>100%” compară cei 62 de rezidenți cu cele 50 de locuri-țintă"),
    (44, None, "8790CR-D-II", "Centrul de recuperare și reabilitare neuropsihiatrică Răcăciuni", "disability", "rehabilitation_centre", "D", 300, 50, 125, "125/>100%", "b13", RACACIUNI, "stated", 412, RESTRUCT.format(fn=4, line=415) + "; tipărit „300/504”"),
    (45, None, "8790CR-D-II", "Centrul de recuperare și reabilitare a persoanelor cu dizabilități Târgu Ocna", "disability", "rehabilitation_centre", "D", 65, 50, 50, "50/100%", "b14", TG_OCNA, "stated", 417, RESTRUCT.format(fn=5, line=420) + "; tipărit „65/505”"),
    (46, None, "8790CR-D-II", "Centrul de recuperare și reabilitare a persoanelor cu handicap Comănești", "disability", "rehabilitation_centre", "D", 165, 50, 83, "83/>100%", "b15", COMANESTI, "stated", 422, RESTRUCT.format(fn=6, line=425) + "; tipărit „165/506”"),
    (47, None, "8790CR-D-II", "Centrul de recuperare și reabilitare a persoanelor cu handicap Ungureni", "disability", "rehabilitation_centre", "D", 100, 50, 62, "62/>100%", "b16", UNGURENI, "stated", 427, RESTRUCT.format(fn=7, line=430) + "; tipărit „100/507”"),
    (48, None, "8790CR-D-III", "Centrul de abilitare și reabilitare pentru persoane adulte cu dizabilități „Miorița” Parincea", "disability", "occupational_therapy_centre", "D", 36, None, 36, "36/100%", "b17", PARINCEA, "stated", 432, "numit centru de „abilitare și reabilitare”, dar codificat CR-D-III (terapie ocupațională în nomenclatorul din 2015; vezi NOTES.md al nomenclatorului, §5.1)"),
    (49, None, "8730CR-V-I", "Centrul de îngrijire și asistență pentru persoane vârstnice Răchitoasa", "elderly", "elderly_home", "V", 30, None, 27, "27/<100%", "b18", RACHITOASA, "stated", 438, ""),
    (50, None, "8730CR-V-I", "Centrul de îngrijire și asistență pentru persoane adulte cu dizabilități Răchitoasa", "disability", "care_assistance_centre", "D", 50, None, 46, "46/<100%", "b19", RACHITOASA, "stated", 443, "codificat 8730CR-V-I (vârstnici), dar numit centru pentru persoane adulte cu dizabilități: componenta după nume, codul păstrat cum este tipărit"),
    (51, None, "8790CR-D-II", "Centrul de îngrijire și asistență Condorul", "disability", "care_assistance_centre", "D", 48, None, 48, "48/6/<100%", "b20", None, "unknown", 449, "celula ocupării „48/6/<100%” este ambiguă: citită ca 48 de rezidenți (primul număr, ca în toate celelalte celule); „/6” și „<100%” nu se potrivesc cu 48 din 48 de locuri; numit CIA, dar codificat CR-D-II; " + NO_PLACE),
    (52, None, "8790CR-D-VII", "Locuința maxim protejată Saturn", "disability", "protected_house", "D", 6, None, 6, "6/100%", "b21", None, "unknown", 450, "rând la subsolul paginii, fără buget tipărit: citit în celula îmbinată tipărită pe pagina următoare (rândul 460); " + NO_PLACE),
    (53, None, "8790CR-D-VII", "Locuința maxim protejată Luna", "disability", "protected_house", "D", 6, None, 6, "6/100%", "b21", None, "unknown", 457, NO_PLACE),
    (54, None, "8790CR-D-VII", "Locuința maxim protejată Neptun", "disability", "protected_house", "D", 6, None, 5, "5/<100%", "b21", None, "unknown", 463, NO_PLACE),
    (55, None, "8790CR-D-VII", "Locuința maxim protejată Jupiter", "disability", "protected_house", "D", 6, None, 6, "6/100%", "b21", None, "unknown", 464, NO_PLACE),
    (56, None, "8790CR-D-I", "Centrul de îngrijire și asistență pentru persoane adulte cu dizabilități Filipești", "disability", "care_assistance_centre", "D", 48, None, 33, "33/<100%", None, FILIPESTI, "stated", 465, "niciun buget tipărit pe acest rând (rândurile 465–470); poate aparține celulei îmbinate de la nr. crt. 52–55 (3.757,00, rândul 460), dar nu este sigur, deci nu i se atribuie niciun buget"),
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
