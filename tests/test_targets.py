"""Table-driven tests of the indicator-bullet parser, with real bullets from both plans.

`000:N` / `001:N` name the line of data/sources/000_4cfc5bf8d61bed48.txt (plan 2022) or
001_dfd4bbb413e2f194.txt (strategy 2025–2034) the bullet is copied from.
"""

import pytest

from curation.targets import (
    DIRECTIONS,
    PERIODICITIES,
    TARGET_KINDS,
    ParsedTarget,
    parse_deadline,
    parse_target,
    split_milestones,
)

# (source, bullet, value, unit, kind, direction, periodicity)
TARGETS = [
    ("001:13", "Număr de campanii de informare derulate anual: minim 2 campanii/an",
     2, "campanii", "count", "min", "annual"),
    ("001:13", "Creșterea numărului de copii care participă activ la luarea deciziilor care "
     "îi privesc cu 30% până în 2034", 30, "%", "increase_pct", "exact", "once"),
    ("001:17", "Anual 250 de copii care participă la acțiuni de consultare privind teme de "
     "interes", 250, "copii", "count", "exact", "annual"),
    ("001:17", "Servicii sociale care au o procedura privind consemnarea opiniilor "
     "beneficiarilor - 100%", 100, "%", "percent", "exact", "once"),
    ("001:26", "anual 20% din copiii în situație de risc sunt identificați și înregistrați "
     "registrul de evidență a copiilor aflați în situație de risc", 20, "%", "percent",
     "exact", "annual"),
    ("001:26", "93 de comunități care au realizat registrul de evidență a copiilor aflați în "
     "situație de risc-", 93, "comunități", "count", "exact", "once"),
    ("001:33", "2000 copii anual care au acces la servicii până în 2029", 2000, "copii",
     "count", "exact", "annual"),
    ("001:49", "Rata de intervenție: Minim 90% din cazurile semnalate să fie verificate în "
     "max 24h; Minim 75% din cazuri să primească o formă de suport în primele 48h", 90, "%",
     "percent", "min", "once"),
    ("001:89", "Raport optim copii/ AMP conform standardelor: Maximum 2 copii/AMP (exceptii "
     "pentru grupuri frați)", 2, "copii", "count", "max", "once"),
    ("001:89", "Procent copii ce realizează tranziția instituție tip rezidențial la AMP: "
     "Creștere cu 10% annual", 10, "%", "increase_pct", "exact", "annual"),
    ("001:99", "Creștere graduală: +10%/an", 10, "%", "increase_pct", "exact", "annual"),
    ("001:136", "Timp răspuns: maxim 24h", 24, "h", "count", "max", "once"),
    ("001:154", "Număr întâlniri între părinți și specialiști organizate: Minim 2 "
     "întâlniri/semestru", 2, "întâlniri", "count", "min", "semester"),
    ("001:178", "Nr. persoane cu dizabilități participante - aprox. 500 persoane adulte cu "
     "dizabilități", 500, "persoane", "count", "approx", "once"),
    ("001:234", "Cel puțin un serviciu de tip respiro înființat", 1, "serviciu", "count",
     "min", "once"),
    ("001:111", "Dezvoltare abilități: creștere 40%", 40, "%", "increase_pct", "exact", "once"),
    ("001:427", "Platformă online funcțională: 24/7", None, None, "boolean", "exact", "once"),
    ("001:185", "Nr. servicii înființate", None, None, "text", "exact", "once"),
    ("001:245", "Creșterea nr. asistenților personali profesioniști cu 15 APP/an", 15, "APP",
     "count", "exact", "annual"),
    ("001:256", "Nr. persoane participante - aproximativ 500 persoane", 500, "persoane",
     "count", "approx", "once"),
    ("001:300", "Reducerea riscului de izolare socială cu 40%", 40, "% reducere",
     "increase_pct", "exact", "once"),
    ("001:328", "Nr. persoane formate - aprox.33 persoane angajate .", 33, "persoane", "count",
     "approx", "once"),
    ("001:358", "93 de UAT-uri implicate", 93, "UAT", "count", "exact", "once"),
    ("001:380", "Număr de training-uri în domenii relevante: Minim 2 sesiuni/an", 2,
     "sesiuni", "count", "min", "annual"),
    ("001:46", "Toți copii de etnie romă în situație de risc identificați, înregistrați la "
     "nivelul UAT-urilor", 100, "%", "percent", "exact", "once"),
    ("001:409", "Acoperire: toate UAT-urile", 100, "%", "percent", "exact", "once"),
    ("001:135", "Set unitar instrumente dezvoltat", None, None, "boolean", "exact", "once"),
    ("001:195", "Materiale publicitare", None, None, "text", "exact", "once"),
    ("001:31", "Bugetele alocate beneficiilor sociale/sprijinului financiar", None, None,
     "text", "exact", "once"),
    ("001:428", "Decizii implementate: minim 75%", 75, "%", "percent", "min", "once"),
    ("001:423", "Frecvență: trimestrială", None, None, "text", "exact", "quarterly"),
    ("001:81", "Număr de copii evaluați: 100% beneficiari evaluați inițial; Evaluări "
     "periodice: lunar; Evaluare finală: semestrial", 100, "%", "percent", "exact", "monthly"),
    ("001:88", "Număr copii cu PIP-uri întocmite: 100% copii în sistem au PIP actualizat; "
     "Revizuire PIP la 3 luni sau când este necesar", 100, "%", "percent", "exact", "once"),
    ("001:146", "Frecvență: săptămânal", None, None, "text", "exact", "weekly"),
    ("000:1436", "‐ Minim 50% dintre UAT‐uri cunosc  și implementează  prevederile  HG "
     "691/2015", 50, "%", "percent", "min", "once"),
    ("000:1438", "‐ Finanțare asigurată pentru cel puțin 200 copii din serviciile de zi", 200,
     "copii", "count", "min", "once"),
    ("000:1473", "‐ minim 1 vizită trimestrială efectuată /furnizor privat", 1, "vizită",
     "count", "min", "quarterly"),
    ("000:3174", "‐  Minim    2  acțiuni/an organizată la nivel județean", 2, "acțiuni",
     "count", "min", "annual"),
    ("000:3176", "‐  minim  1  activitate/lună  la nivelul fiecărui centru", 1, "activitate",
     "count", "min", "monthly"),
    ("000:1576", "‐‐ aprox. 800 de sesizări/an", 800, "sesizări", "count", "approx", "annual"),
    ("000:1330", "‐aprox.120 cazuri instrumentate", 120, "cazuri", "count", "approx", "once"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "bullet", "value", "unit", "kind", "direction", "period"),
    TARGETS,
    ids=[f"{t[0]}-{i}" for i, t in enumerate(TARGETS)],
)
def test_parse_target(source, bullet, value, unit, kind, direction, period):
    parsed = parse_target(bullet)
    got = (parsed.target_value, parsed.target_unit, parsed.target_kind, parsed.direction)
    assert got == (value, unit, kind, direction), source
    assert parsed.periodicity == period, source
    assert parsed.target_kind in TARGET_KINDS
    assert parsed.direction in DIRECTIONS
    assert parsed.periodicity in PERIODICITIES


def test_composite_keeps_total_and_parts():
    """001:13 — the total 200 stays the target; 50 and 150 are its parts."""
    bullet = (
        "Număr de copii informați din sistemul rezidențial și familial: minim 200 copii/an, "
        "din care: - 50 copii din sistemul rezidențial - 150 copii din sistemul "
        "familial/comunitate"
    )
    parsed = parse_target(bullet)
    assert parsed.target_value == 200 and parsed.direction == "min"
    assert parsed.periodicity == "annual"
    assert parsed.parts == ((50, "copii"), (150, "copii"))


def test_composite_share_part():
    """001:48 — `Minim 200 elevi romi/an, din care minim 50% fete`."""
    bullet = (
        "Număr de elevi romi cooptați și rămași în programul anual, din care fete: Minim 200 "
        "elevi romi/an, din care minim 50% fete"
    )
    parsed = parse_target(bullet)
    assert (parsed.target_value, parsed.target_unit) == (200, "elevi")
    assert parsed.parts == ((50, "%"),)


def test_reading_notes_are_explicit():
    """Readings that are not literal say so in `note`."""
    assert "100%" in parse_target("Acoperire: toate UAT-urile").note
    assert "scădere" in parse_target("Reducerea riscului de izolare socială cu 40%").note
    assert "creștere absolută" in parse_target("Creșterea nr. de beneficiari cu 15/an").note
    assert parse_target("minim 2 campanii/an").note == ""


@pytest.mark.parametrize(
    ("bullet", "period"),
    [
        ("Frecvență: săptămânal", "weekly"),  # 001:146
        ("minim 1 postare/săptămână", "weekly"),  # 000:4576
        ("Social media: actualizare săptămânală", "weekly"),  # 001:427
        ("Minim 1 activități/copil /lună;", "monthly"),  # 001:96
    ],
)
def test_weekly_periodicity(bullet, period):
    assert parse_target(bullet).periodicity == period


@pytest.mark.parametrize(
    ("bullet", "value", "per"),
    [
        ("Minim 1 excursie/tabără/an /copil", 1, "copil"),  # 000:2400s, p22-4.4.4-i1
        ("4 rapoarte de evaluare trimestrială pentru fiecare copil", 4, "copil"),  # 000:2317
        ("minim 1 activitate de informare a copiilor/an În fiecare serviciu social", 1,
         "serviciu social"),
        ("Beneficiari deserviți: Minim 200 beneficiari unici/an/CCI; Acoperire: minim 50% din "
         "populația vulnerabilă din aria deservită", 200, "CCI"),
        ("Nr. programe abilități implementate: minim 4/tânăr/an", 4, "tânăr"),
        ("Activități implementate: Minim 4 activități preventive/ școală/an", 4, "școală"),
        ("Minimum 2 sesiuni de supervizare pe an per furnizor", 2, "furnizor"),
        ("Cel puțin 1 serviciu din fiecare categorie funcționale", 1, "categorie"),
        # alternatives and time words are not rates
        ("200 de copii/ tineri implicați anual", 200, None),
        ("2 campanii /activități derulate, anual;", 2, None),
        ("minim 2 campanii/an", 2, None),
        # a share is never a rate, even when a rate follows in another clause
        ("100% AMP participă la minim 1 sesiuni/an; Minim 42 ore formare/AMP/an", 100, None),
    ],
)  # fmt: skip
def test_rate_targets_keep_their_denominator(bullet, value, per):
    parsed = parse_target(bullet)
    assert (parsed.target_value, parsed.target_per) == (value, per)


def test_parsed_target_is_frozen():
    parsed = parse_target("minim 2 campanii/an")
    assert isinstance(parsed, ParsedTarget)
    with pytest.raises(AttributeError):
        parsed.target_value = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31.12.2022", "2022-12-31"),  # 000, Cap. IV deadlines
        ("30.06.2022 \n(50%) \n \n31.12.2022( \n50%)", "2022-12-31"),  # 000:1755-1759
        ("2025 -2029", "2029"),  # 001:13
        ("2025 -2034 (permanent)", "2034"),  # 001:14
        ("2025 - 2034 Permanent", "2034"),  # 001:178
        ("2025-2034(per manent)", "2034"),  # 001:420+422 joined
        ("până în 2034", "2034"),  # 001:13 (bullet)
        ("2025", "2025"),  # 001:141
        ("2055 - 2029", "2029"),  # 001:203 (typo kept; last year read)
        ("permanent", None),
        ("anual", None),
        ("", None),
    ],
)
def test_parse_deadline(cell, expected):
    assert parse_deadline(cell) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 000:1949-1954
        ("30.06.2022‐\n950 cazuri  \n\n \n31.12.2022 \n‐850 cazuri",
         [("2022-06-30", 950), ("2022-12-31", 850)]),
        ("30.06.2022 - 950 cazuri; 31.12.2022 - 850 cazuri",
         [("2022-06-30", 950), ("2022-12-31", 850)]),
        # 000:1301-1304, value before date and `=` for `-`
        ("UAT(  50  PIS‐30.06.2022; \n50=31.12.2022)", [("2022-06-30", 50), ("2022-12-31", 50)]),
        # 000:1307
        ("locale(10‐30.06.2022; 10‐31.12.2022)", [("2022-06-30", 10), ("2022-12-31", 10)]),
        # 000:1755-1759
        ("30.06.2022 \n(50%) \n \n31.12.2022( \n50%)", [("2022-06-30", 50), ("2022-12-31", 50)]),
        ("31.12.2022", []),
        ("minim 2 campanii/an", []),
    ],
)  # fmt: skip
def test_split_milestones(text, expected):
    assert split_milestones(text) == expected
