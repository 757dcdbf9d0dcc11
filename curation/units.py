"""Canonical responsible and partner units of both plans: `units.csv` and `indicator_units.csv`.

Run: `python -m curation.units` (after the two plan scripts). Each unit is declared once
below with the spellings that name it in the plans' `responsible` / `partners` cells (read by
eye in 000 Cap. IV and 001). A cell is read left to right: the longest spelling that matches
wins, a cell naming several units gives several rows, and what is left must be separators
(`,` `/` `-` `și` `etc`) — any other text stops the run, so a new spelling is never dropped
silently. The cell text itself stays verbatim in indicators.csv.

Readings (not literal, so written here): DAS, SPAS and the local social-assistance
compartments are one unit (the local public social-assistance service); APL, UAT and
`Primării` are one (the local public authorities); the bare `Serviciul Management de caz`
is printed only in OG 4 of the 2022 plan (children) and is read as the children's case
management service (a test checks it); `Structurile de specialitate din cadrul DGASPC` is
the directorate as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.common import (
    CURATED,
    INDICATOR_UNITS_COLUMNS,
    UNITS_COLUMNS,
    read_csv,
    write_csv,
)
from curation.targets import normalize


@dataclass(frozen=True)
class Unit:
    """One canonical unit and the spellings (regular expressions) that name it."""

    unit_id: str
    name: str
    abbreviation: str
    kind: str
    spellings: tuple[str, ...]


_S = r"[șs]"
_T = r"[țt]"
_A = r"[ăa]"
_I = r"[îi]"
_D = r"\s*[‐\-–]\s*"

UNITS: list[Unit] = [
    # the directorate and its departments (kind dgaspc)
    Unit("u-dgaspc", "Direcția Generală de Asistență Socială și Protecția Copilului Bacău",
         "DGASPC", "dgaspc",
         (r"DGASPC(?: Bacau| Bacău)?", r"D\.G\.A\.S\.P\.C\.?",
          r"Structurile de specialitate din cadrul DGASPC")),
    Unit("u-bspm", "Biroul Strategii, Proiecte și Monitorizare", "", "dgaspc",
         (rf"Biroul Strategii, proiecte {_S}i monitorizare",)),
    Unit("u-coordonatori", "Echipele de coordonatori județeni (coordonatori zonali)", "",
         "dgaspc",
         (rf"Echipele de coordonatori jude{_T}eni", r"4 coordonatori zonali repartizare")),
    Unit("u-echipe-proiect", "Echipele de proiect", "", "dgaspc",
         (r"Echipa de proiect", r"Echipa proiectului", r"Echipele de proiect \( POCU\)",
          rf"Echipele de proiect PN3002 {_S}i PN4056", r"Echipele de proiect")),
    Unit("u-juridic", "Serviciul Juridic și Contencios", "", "dgaspc",
         (rf"Serviciul Juridic {_S}i Contencios",)),
    Unit("u-adoptii", "Biroul Adopții", "", "dgaspc", (rf"Biroul Adop{_T}ii",)),
    Unit("u-comunicare", "Biroul de Comunicare și Informatizare", "", "dgaspc",
         (rf"Biroul de Comunicare {_S}i Informatizare",)),
    Unit("u-telefonul-copilului",
         "Biroul „Telefonul Copilului” pentru intervenție în regim de urgență", "", "dgaspc",
         (r"Biroul ”Telefonul Copilului” pentru interven.ie în regim de urgen.. pentru copilul "
          r"abuzat, neglijat,exploatat .i p.r.sit în unit..ile sanitare",)),
    Unit("u-ccmc", "Compartimentul Corp Control și Managementul Calității", "", "dgaspc",
         (rf"(?:Compartimentul |Compartiment )?Corp(?:ul de)? Control {_S}i Managementul "
          r"Calit..(?:ii|II)",)),
    Unit("u-comisia-scim",
         "Comisia de monitorizare a sistemului de control intern managerial al DGASPC", "",
         "dgaspc",
         (r"Comisia de monitorizare, coordonare .i îndrumare metodologic. a dezvolt.rii "
          r"sistemului de control intern/ managerial din cadrul D\.G\.A\.S\.P\.C",)),
    Unit("u-audiere-copil",
         "Compartimentul de audiere, orientare, supraveghere și sprijin pentru reintegrarea "
         "socială a copilului-victimă a infracțiunilor și a copilului care a săvârșit fapte "
         "penale și nu răspunde penal", "", "dgaspc",
         (r"Compartimentul de audiere, orientare, supraveghere .i sprijin pentru reintegrarea "
          r"social. a copilului.victim. a infrac.iunilor .i copilul care a s.vâr.it fapte "
          r"penale .i un r.spunde penal",)),
    Unit("u-trafic-copil",
         "Compartimentul de informare și consiliere pentru copilul victimă a traficului de "
         "persoane și copilul aflat neînsoțit pe teritoriul altui stat", "", "dgaspc",
         (r"Compartimentul de informare .i consiliere pentru copilul – victim. a traficului "
          r"de persoane .i copilul aflat neînso.it pe teritoriul altui stat",)),
    Unit("u-compartiment-suport-comunitar",
         "Compartimentul pentru servicii de asistență socială și suport comunitar", "", "dgaspc",
         (rf"Compartimentul pentru servicii de asisten{_T}{_A} social{_A} {_S}i suport "
          r"comunitar",)),
    Unit("u-complex-suport-comunitar",
         "Complexul pentru servicii de asistență socială și suport comunitar", "", "service",
         (rf"Complexul pentru servicii de asisten{_T}{_A} social{_A} {_S}i suport comunitar",)),
    Unit("u-violenta-domestica",
         "Compartimentul de prevenire și combatere a violenței domestice", "", "dgaspc",
         (rf"(?:{_D})?Compartimentul de prevenire {_S}i combatere a violen{_T}ei domestice",)),
    Unit("u-eil-secretariat", "Secretariatul Echipei Intersectoriale Locale", "", "dgaspc",
         (rf"(?:{_D})?Secretariatul Echipei Intersectorial{_A} Local{_A}",)),
    Unit("u-cpc-secretariat", "Secretariatul Comisiei pentru Protecția Copilului", "", "dgaspc",
         (r"Secretariatul CPC", r"Secretariatul Comisiei pentru protectia copilului")),
    Unit("u-directia-economica", "Direcția economică", "", "dgaspc",
         (rf"Direc{_T}ia economic{_A}",)),
    Unit("u-serviciul-economic", "Serviciul economic, financiar-contabil", "", "dgaspc",
         (rf"(?:{_D})?Serviciul Economic {_S}i financiar Contabil",
          r"Serviciul economic, financiar contabil")),
    Unit("u-achizitii", "Biroul achiziții publice", "", "dgaspc",
         (rf"(?:{_D})?Biroul achizi{_T}ii publice",)),
    Unit("u-resurse-umane", "Serviciul resurse umane", "", "dgaspc",
         (r"Serviciul resurse umane",)),
    Unit("u-conducere", "Personalul de conducere al DGASPC", "", "dgaspc",
         (r"Personalul de conducere",)),
    Unit("u-prestatii", "Biroul prestații sociale", "", "dgaspc",
         (rf"Biroul presta{_T}ii sociale",)),
    Unit("u-smc-copii", "Serviciul Management de caz pentru copii", "", "dgaspc",
         (r"Serviciul Management de caz pentru copii", r"Serviciul Management de caz(?! pentru)")),
    Unit("u-smc-adulti", "Serviciul Management de caz pentru persoane adulte", "", "dgaspc",
         (r"Serviciul Management de caz pentru persoane adulte",)),
    Unit("u-secpcd", "Serviciul de evaluare complexă a copilului cu dizabilități", "", "dgaspc",
         (r"Serviciul de evaluare complex. a copilului cu dizabilit..i(?: – managerii de caz)?",)),
    Unit("u-secpah",
         "Serviciul de evaluare complexă și vocațională a persoanelor adulte cu handicap", "",
         "dgaspc",
         (r"Serviciul de evaluare complex. .i voca.ional. a persoanelor adulte cu handicap",)),
    # DGASPC's social services (kind service)
    Unit("u-servicii-sociale-dgaspc", "Serviciile sociale din structura DGASPC Bacău", "",
         "service",
         (r"Serviciile sociale din cadrul DGASPC Bacău \(reziden.iale .i de tip familial\)",
          r"Serviciile sociale din cadrul DGASPC Bacău",
          r"Serviciile sociale prev.zute în lista de investi.ii")),
    Unit("u-centre-rezidentiale", "Centrele rezidențiale din structura DGASPC", "", "service",
         (r"Centrele reziden.iale din structura DGASPC", r"Centrele reziden.iale")),
    Unit("u-css-ghiocelul",
         "C.S.S. Ghiocelul – Centrul de recuperare pentru copilul cu dizabilități", "", "service",
         (r"C\.S\.S\. Ghiocelul\s*‐\s*Centrul de recuperare pentru copilul cu dizabilit..i",
          r"C\.S\.S\. Ghiocelul")),
    Unit("u-css-alexandra",
         "CSS Alexandra – Centrul de recuperare pentru copilul cu dizabilități", "", "service",
         (r"CSS Alexandra – Centrul de recuperare pentru copilul cu dizabilit..i",)),
    Unit("u-ciapv-rachitoasa", "CIAPV Răchitoasa", "CIAPV", "service", (r"CIAPV R.chitoasa",)),
    Unit("u-cpru", "CPRU (centrul de primire în regim de urgență)", "CPRU", "service",
         (r"CPRU",)),
    Unit("u-ansamblul-coanda",
         "Ansamblul pentru copii și tineri în dificultate H. Coandă Bacău", "", "service",
         (rf"Ansamblul pentru copii {_S}i tineri în dificultate H\.Coand. Bac.u‐?",
          rf"Ansamblul pentru copii {_S}i tineri în dificultate")),
    Unit("u-retea-amp", "Rețeaua de asistenți maternali profesioniști", "AMP", "service",
         (r"Re.eaua de asisten.i maternali profesioni.ti",)),
    Unit("u-cispfdc-consiliere",
         "Complexul de servicii pentru intervenție specializată în domeniul protecției "
         "familiei și a drepturilor copilului – Compartimentul de consiliere pentru părinți "
         "și copii", "", "service",
         (r"Complexul de servicii pentru interven.ie specializat. în domeniul protec.iei "
          r"familiei .i a drepturilor copilului ‐ Compartimentul de consiliere ?pentru p.rin.i "
          r".i copii",)),
    Unit("u-cispfdc-maternal",
         "Complexul de servicii pentru intervenție specializată în domeniul protecției "
         "familiei și a drepturilor copilului – Modulul Maternal", "", "service",
         (r"Complex de servicii pentru interven.ie specializat. în domeniul protec.iei "
          r"familiei .i a drepturilor copilului‐ Modulul Maternal",)),
    Unit("u-modulul-artemis", "Modulul Artemis", "", "service", (r"Modulul Artemis",)),
    # local authorities
    Unit("u-apl", "Autoritățile publice locale (primării, UAT-uri)", "APL", "local_authority",
         (r"APL(?:-uri)?", r"Autorit..i Publice Locale", r"U\.?A\.?T\.?(?:-uri Bacau)?",
          r"Primării")),
    Unit("u-spas", "Serviciile publice de asistență socială (DAS, SPAS, compartimente de "
         "asistență socială)", "SPAS / DAS", "local_authority",
         (r"DAS(?:-uri)?", r"SPAS", r"Compar?ti?m?\w*\.? (?:de )?asisten.. social.",
          r"SPAS/DAS a municipiilor .i ora.elor din jude.ul Bac.u")),
    Unit("u-cj", "Consiliul Județean Bacău", "CJ", "local_authority",
         (r"Consiliul Jude.ean Bac.u", r"C\.J\.")),
    # other public institutions
    Unit("u-ajofm", "Agenția Județeană pentru Ocuparea Forței de Muncă Bacău", "AJOFM",
         "institution", (r"AJOFM(?: Bac.u)?",)),
    Unit("u-ajpis", "Agenția Județeană pentru Plăți și Inspecție Socială Bacău", "AJPIS",
         "institution", (r"AJPIS",)),
    Unit("u-itm", "Inspectoratul Teritorial de Muncă Bacău", "ITM", "institution", (r"ITM",)),
    Unit("u-antip", "ANITP – Centrul regional Bacău (antitrafic)", "ANTIP", "institution",
         (r"ANTIP\s*-+\s*Centrul (?:regional Bac.u|Regional Antitrafic)",)),
    Unit("u-dsp", "Direcția de Sănătate Publică Bacău", "DSP", "institution",
         (r"D\.?S\.?P\.?(?: Bac.u)?",)),
    Unit("u-cjas", "Casa Județeană de Asigurări de Sănătate Bacău", "CJAS", "institution",
         (r"CJAS", r"CAS")),
    Unit("u-ipj", "Inspectoratul de Poliție Județean Bacău", "IPJ", "institution",
         (r"IPJ(?: Bac.u)?",)),
    Unit("u-isj", "Inspectoratul Școlar Județean Bacău", "ISJ", "institution",
         (r"ISJ(?: Bac.u| Bacau)?",)),
    Unit("u-cjrae", "Centrul Județean de Resurse și Asistență Educațională Bacău", "CJRAE",
         "institution", (r"CJ ?RAE(?: Bac.u| Bacau)?",)),
    Unit("u-scoli", "Unitățile de învățământ", "", "institution",
         (r"Institu.ii de înv...mânt de la nivel local", r"Institu.ii locale de înv...mânt",
          r"Institu.ii de înv...mânt")),
    Unit("u-cpeca", "Centrul de Prevenire, Evaluare și Consiliere Antidrog Bacău", "CPECA",
         "institution", (r"CPECA Bac.u",)),
    Unit("u-prefectura", "Instituția Prefectului – Județul Bacău", "", "institution",
         (r"Institu.ia Prefectului(?: Jude.ul Bac.u| Jude.ul Bc\.| Bac.u)?",
          r"Prefectura Jude.ului Bac.u")),
    Unit("u-institutii-publice", "Instituții publice", "", "institution",
         (r"Institu.ii [Pp]ubl?ice", r"Institu.iile de la nivel jude.ean")),
    Unit("u-djts", "Direcția Județeană pentru Tineret și Sport Bacău", "DJTS", "institution",
         (r"DJTS",)),
    Unit("u-teatrul-municipal", "Teatrul Municipal", "", "institution", (r"Teatrul Municipal",)),
    # non-governmental organisations
    Unit("u-ong", "Organizații neguvernamentale", "ONG", "ngo",
         (r"ONG\s*-\s*uri", r"ONG-uri reprezentative pentru romi", r"ONG(?:-uri)?",
          r"O\.N\.G\.?")),
    Unit("u-organizatii-copii", "Organizații reprezentative ale copiilor și tinerilor", "",
         "ngo", (r"Organiza.ii reprezentative ale copiilor(?:/tinerilor din sistemul de "
                 r"protec.ie special.)?",)),
    Unit("u-asociatii-profesionale", "Asociații profesionale", "", "ngo",
         (r"Asocia.ii profesionale",)),
    # other
    Unit("u-furnizori-privati", "Furnizorii privați de servicii sociale", "", "other",
         (r"Furnizor(?:ii|i) priva.i(?: de servicii sociale)?",)),
    Unit("u-furnizori-publici", "Furnizorii publici de servicii sociale", "", "other",
         (r"Furnizori publici de servicii(?: sociale)?",)),
    Unit("u-furnizori-servicii-sociale", "Furnizorii publici și privați de servicii sociale",
         "", "other",
         (r"Furnizorii publici .i priva.i de servicii sociale",
          r"Furnizori de servicii sociale")),
    Unit("u-furnizori-medicali", "Furnizorii de servicii medicale", "", "other",
         (r"Furnizori (?:de )?servicii medicale",)),
    Unit("u-cmi", "Cabinetele medicale individuale", "CMI", "other",
         (r"Cabinet medical individual \(CMI\)", r"C\.?M\.?I\.?")),
    Unit("u-medic-familie", "Medicul de familie", "", "other", (r"Medicul de familie",)),
    Unit("u-culte", "Instituții de cult", "", "other", (r"Institu.ii de cult",)),
    Unit("u-mediul-privat", "Mediul privat (angajatori, agenți economici, firme)", "", "other",
         (r"Angajatori din jude.", r"Agen.i economici",
          r"Firme de construc.ii .i furnizori de echipamente", r"Firme",
          r"Mediul privat de afaceri")),
    Unit("u-camera-comert", "Camera de Comerț și Industrie", "", "other",
         (r"Camera de comer. .i industrie",)),
    Unit("u-centre-sociale", "Centre sociale", "", "other", (r"Centre sociale",)),
    Unit("u-consilii-elevi", "Consiliile elevilor", "", "other", (r"Consilii ale elevilor",)),
]  # fmt: skip

_DASH_CHARS = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})  # as normalize() does
# what may stand between two units in a cell
_SEPARATORS = re.compile(r"^(?:[\s,;/\-‐–]|\bși\b|\bsi\b|\betc\b)*$", re.I)


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = [
        (re.compile(rf"(?<![\w.]){spelling.translate(_DASH_CHARS)}(?![\w])", re.I), unit.unit_id)
        for unit in UNITS
        for spelling in unit.spellings
    ]
    return out


def units_of(cell: str) -> list[str]:
    """The unit ids a responsible / partners cell names, in reading order, each once.

    Raises ValueError when any text of the cell is left unexplained."""
    text = normalize(cell)
    hits: list[tuple[int, int, str]] = []
    for pattern, unit_id in _patterns():
        for m in pattern.finditer(text):
            hits.append((m.start(), m.end(), unit_id))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, str]] = []
    end = 0
    for start, stop, unit_id in hits:
        if start >= end:
            chosen.append((start, stop, unit_id))
            end = stop
    rest, pos = [], 0
    for start, stop, _unit in chosen:
        rest.append(text[pos:start])
        pos = stop
    rest.append(text[pos:])
    left = [piece for piece in rest if not _SEPARATORS.match(piece)]
    if left:
        raise ValueError(f"unit text maps to nothing: {left!r} in {cell!r}")
    return list(dict.fromkeys(unit_id for _s, _e, unit_id in chosen))


def unit_rows() -> list[dict[str, object]]:
    """Rows of units.csv."""
    return [
        {"unit_id": u.unit_id, "name": u.name, "abbreviation": u.abbreviation, "kind": u.kind}
        for u in UNITS
    ]


def indicator_unit_rows(indicators: list[dict[str, str]]) -> list[dict[str, object]]:
    """Rows of indicator_units.csv: one per (indicator, unit, role) the cells name."""
    rows: list[dict[str, object]] = []
    for ind in indicators:
        for role, column in (("responsible", "responsible"), ("partner", "partners")):
            for unit_id in units_of(ind[column]) if ind[column] else []:
                rows.append({"indicator_id": ind["indicator_id"], "unit_id": unit_id, "role": role})
    return rows


def main() -> None:
    """Write units.csv and indicator_units.csv; print counts."""
    indicators = read_csv(CURATED / "indicators.csv")
    n_units = write_csv(CURATED / "units.csv", UNITS_COLUMNS, unit_rows())
    links = indicator_unit_rows(indicators)
    n_links = write_csv(CURATED / "indicator_units.csv", INDICATOR_UNITS_COLUMNS, links)
    used = {r["unit_id"] for r in links}
    print(f"units: {n_units} ({len(used)} used), indicator_units: {n_links}")


if __name__ == "__main__":
    main()
