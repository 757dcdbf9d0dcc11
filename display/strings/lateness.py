"""Strings of the What-is-late page (/intarzieri) and of the lateness link on the Overview."""

STRINGS: dict[str, dict[str, str]] = {
    "nav.late": {"ro": "Întârzieri", "en": "What is late"},
    "late.title": {"ro": "Ce întârzie și al cui este", "en": "What is late and whose it is"},
    "late.intro": {
        "ro": "Fiecare țintă a fiecărui plan al cărei termen (sau etapă) a trecut fără să fie "
        "atinsă, și fiecare țintă sub ritm înainte de termen — cu obiectivul, responsabilul, "
        "termenul, ținta, ultima valoare și câte zile de întârziere.",
        "en": "Every target of every plan whose deadline (or milestone) has passed without being "
        "met, and every target behind pace before its deadline — with objective, owner, "
        "deadline, target, latest value and days late.",
    },
    "late.plan": {"ro": "Planul", "en": "Plan"},
    "late.all_plans": {"ro": "Toate planurile", "en": "All plans"},
    "late.owner": {"ro": "Responsabil (serviciul meu)", "en": "Owner (my unit)"},
    "late.all_owners": {"ro": "Toți responsabilii", "en": "All owners"},
    "late.kinds": {"ro": "Ce arată", "en": "Show"},
    "late.kind.missed": {"ro": "⚠ nerealizat la termen", "en": "⚠ missed"},
    "late.kind.unreported": {
        "ro": "◌ termen trecut, neraportat",
        "en": "◌ deadline passed, not reported",
    },
    "late.kind.behind": {"ro": "▼ sub ritm înainte de termen", "en": "▼ behind before deadline"},
    "late.kind_def.unreported": {
        "ro": "Termenul a trecut și nu s-a raportat nicio valoare până la el: întârziat, dar "
        "nu se știe cât.",
        "en": "The deadline has passed and nothing was reported by it: late, by an unknown amount.",
    },
    "late.kind_def.behind": {
        "ro": "Mai este timp până la termen, dar realizarea e sub 90 % din ritmul necesar "
        "(sub ritm sau în afara traiectoriei).",
        "en": "Time is left, but attainment is below 90 % of the pace needed (behind pace or "
        "off track).",
    },
    "late.kpi.missed": {"ro": "Nerealizate la termen", "en": "Missed"},
    "late.kpi.unreported": {"ro": "Termen trecut, neraportate", "en": "Past deadline, unreported"},
    "late.kpi.behind": {"ro": "Sub ritm înainte de termen", "en": "Behind before deadline"},
    "late.kpi.rank": {"ro": "Locul în clasamentul întârzierilor", "en": "Rank by late targets"},
    "late.unavailable": {
        "ro": "Lista întârzierilor nu poate fi calculată: {problem}",
        "en": "The late list cannot be computed: {problem}",
    },
    "late.bad_plan": {
        "ro": "Planul „{value}” din adresă nu există; se arată toate planurile.",
        "en": "The plan “{value}” in the address does not exist; showing every plan.",
    },
    "late.bad_owner": {
        "ro": "Responsabilul „{value}” din adresă nu există; se arată toți responsabilii.",
        "en": "The owner “{value}” in the address does not exist; showing all owners.",
    },
    "late.kpi.owners": {"ro": "Responsabili cu întârzieri", "en": "Owners with late targets"},
    "late.headline": {
        "ro": "La {today}: {missed} ținte nerealizate la termen, {unreported} cu termenul trecut "
        "fără raportare și {behind} sub ritm; cea mai veche întârziere are {days} zile.",
        "en": "On {today}: {missed} targets missed, {unreported} past their deadline without a "
        "report and {behind} behind pace; the oldest is {days} days late.",
    },
    "late.headline_none": {
        "ro": "La {today} nicio țintă din selecție nu este întârziată sau sub ritm "
        "({measured} din {n} indicatori au valori raportate).",
        "en": "On {today} no target in the selection is late or behind pace ({measured} of {n} "
        "indicators have reported values).",
    },
    "late.by_plan": {"ro": "Întârzieri pe plan", "en": "Late targets by plan"},
    "late.ranking": {"ro": "Responsabilii, după întârzieri", "en": "Owners by late targets"},
    "late.ranking_headline": {
        "ro": "{owner}: {missed} nerealizate la termen, {total} în total.",
        "en": "{owner}: {missed} missed, {total} in all.",
    },
    "late.list": {"ro": "Lista întârzierilor", "en": "The late list"},
    "late.source": {
        "ro": "Sursa: țintele planurilor din catalog și valorile raportate până la {today}; "
        "responsabilii după lista unităților direcției, altfel textul din plan",
        "en": "Source: the plans' targets in the catalogue and the values reported by {today}; "
        "owners from the directorate's list of units, else the plan's text",
    },
    "late.col.plan": {"ro": "Plan", "en": "Plan"},
    "late.col.kind": {"ro": "Situația", "en": "Situation"},
    "late.col.status": {"ro": "Stare", "en": "Status"},
    "late.col.objective": {"ro": "Obiectiv", "en": "Objective"},
    "late.col.indicator": {"ro": "Indicator", "en": "Indicator"},
    "late.col.text": {"ro": "Textul indicatorului", "en": "Indicator text"},
    "late.col.owner": {"ro": "Responsabil", "en": "Owner"},
    "late.col.due": {"ro": "Termen", "en": "Deadline"},
    "late.col.target": {"ro": "Ținta", "en": "Target"},
    "late.col.unit": {"ro": "Unitate", "en": "Unit"},
    "late.col.value_at_due": {"ro": "Valoarea la termen", "en": "Value at deadline"},
    "late.col.latest": {"ro": "Ultima valoare", "en": "Latest value"},
    "late.col.latest_date": {"ro": "Data ultimei valori", "en": "Date of latest value"},
    "late.col.gap": {"ro": "Diferența față de țintă", "en": "Gap to target"},
    "late.col.days_late": {"ro": "Zile de întârziere", "en": "Days late"},
    "late.col.days_left": {"ro": "Zile rămase", "en": "Days left"},
    "late.col.source_line": {"ro": "Rândul în sursă", "en": "Source line"},
    "late.col.total": {"ro": "Total", "en": "Total"},
    "late.overview_link": {
        "ro": "Ce întârzie: {missed} ținte nerealizate la termen, {unreported} neraportate după "
        "termen, {behind} sub ritm",
        "en": "What is late: {missed} targets missed, {unreported} unreported after the "
        "deadline, {behind} behind pace",
    },
}
