"""Strings of the Objectives page (/obiective): scorecards, attainment, pace, drill-down."""

from domain.statuses import INDICATOR_STATUSES

STRINGS: dict[str, dict[str, str]] = {
    "obj.title": {"ro": "Obiective și ținte", "en": "Objectives and targets"},
    "obj.intro": {
        "ro": "Cât de departe suntem față de fiecare țintă, dacă suntem în ritm pentru termen "
        "și cine răspunde — pe plan, componentă și obiectiv.",
        "en": "How far we are against each target, whether we are on pace for the deadline and "
        "who owns it — by plan, component and objective.",
    },
    "obj.plan": {"ro": "Planul", "en": "Plan"},
    "obj.source_where_annual": {"ro": "Cap. IV", "en": "Chapter IV"},
    "obj.source_where_strategy": {"ro": "planul operațional", "en": "operational plan"},
    "obj.period": {"ro": "Perioada raportată (sfârșit)", "en": "Reporting period (end)"},
    "obj.compare": {"ro": "Comparat cu perioada", "en": "Compared with period"},
    "obj.empty": {
        "ro": "Nu există încă valori raportate pentru acest plan până la {date}. Gradul de "
        "realizare nu este afișat ca 0 %: nu a fost măsurat. Introduceți valori în pagina "
        "Raportare sau generați valori demonstrative (administrator).",
        "en": "No values have been reported for this plan up to {date}. Attainment is not shown "
        "as 0 %: it has not been measured. Enter values on the Reporting page or generate "
        "demonstration values (administrator).",
    },
    "obj.go_reporting": {"ro": "Mergi la Raportare", "en": "Go to Reporting"},
    "obj.kpi.indicators": {"ro": "Indicatori", "en": "Indicators"},
    "obj.kpi.coverage": {"ro": "Acoperire (cu date)", "en": "Coverage (with data)"},
    "obj.kpi.achieved": {"ro": "Realizați", "en": "Achieved"},
    "obj.kpi.behind": {"ro": "Sub ritm sau în afara traiectoriei", "en": "Behind or off track"},
    "obj.kpi.late_link": {
        "ro": "Ce întârzie, pe toate planurile, și ale cui sunt",
        "en": "What is late across plans, and whose it is",
    },
    "obj.grid": {"ro": "Starea obiectivelor", "en": "Status of the objectives"},
    "obj.grid_headline": {
        "ro": "Cel mai în urmă: {name} — {behind} indicatori nerealizați la termen, sub ritm sau "
        "în afara traiectoriei, acoperire {coverage}.",
        "en": "Furthest behind: {name} — {behind} indicators missed, behind or off track, coverage "
        "{coverage}.",
    },
    "obj.grid_headline_none": {
        "ro": "Niciun obiectiv nu are indicatori sub ritm sau nerealizați la termen la această "
        "dată ({measured} din {n} indicatori au date).",
        "en": "No objective has indicators behind pace or missed at this date ({measured} of {n} "
        "indicators have data).",
    },
    "obj.grid_headline_nodata": {
        "ro": "Nu se poate spune ce e în urmă: niciun indicator nu are valori raportate până la "
        "această dată.",
        "en": "What is behind cannot be told: no indicator has a reported value by this date.",
    },
    "obj.by_year": {
        "ro": "Țintele anuale ale strategiei, an de an",
        "en": "The strategy's annual targets, year by year",
    },
    "obj.year_running": {
        "ro": "{year} (anul curent, la {date})",
        "en": "{year} (current year, at {date})",
    },
    "obj.col.year": {"ro": "Anul", "en": "Year"},
    "obj.by_year_headline": {
        "ro": "{year}: din {n} ținte anuale, {achieved} realizate, {behind} sub ritm, {missed} "
        "nerealizate la termen, {nodata} fără date.",
        "en": "{year}: of {n} annual targets, {achieved} achieved, {behind} behind, {missed} "
        "missed, {nodata} without data.",
    },
    "obj.trajectory": {
        "ro": "Ținte cumulative: traiectoria până la termen",
        "en": "Cumulative targets: the path to the deadline",
    },
    "obj.trajectory_pick": {
        "ro": "Indicatorul (țintă cumulativă)",
        "en": "Indicator (cumulative target)",
    },
    "obj.trajectory_headline": {
        "ro": "{actual} din {target} la {date}, {position} ({expected}).",
        "en": "{actual} of {target} at {date}, {position} ({expected}).",
    },
    "obj.trajectory_below": {"ro": "sub traiectorie", "en": "below the path"},
    "obj.trajectory_above": {"ro": "pe sau peste traiectorie", "en": "on or above the path"},
    "obj.trajectory_nodata": {
        "ro": "Nicio valoare raportată încă: ținta este {target} până în {year}.",
        "en": "Nothing reported yet: the target is {target} by {year}.",
    },
    "obj.trajectory_line": {
        "ro": "Traiectoria (linie dreaptă de la {base} la țintă)",
        "en": "Path (straight line from {base} to the target)",
    },
    "obj.trajectory_actual": {"ro": "Valori raportate", "en": "Reported values"},
    "obj.trajectory_current": {"ro": "Anul curent", "en": "Current year"},
    "obj.col.date": {"ro": "Data", "en": "Date"},
    "obj.col.expected": {"ro": "Pe traiectorie", "en": "On the path"},
    "obj.col.reported": {"ro": "Valoare raportată", "en": "Reported value"},
    "obj.col.current_year": {"ro": "Anul curent", "en": "Current year"},
    "obj.kpi.missed": {"ro": "Nerealizați la termen", "en": "Missed"},
    "obj.kpi.no_data_help": {
        "ro": "— înseamnă fără date: nicio valoare raportată, nu 0.",
        "en": "— means no data: nothing reported, not 0.",
    },
    "obj.status_legend": {"ro": "Ce înseamnă stările", "en": "What the statuses mean"},
    "obj.components": {"ro": "Pe componente", "en": "By component"},
    "obj.component_headline": {
        "ro": "Componenta cea mai în urmă: {name} (realizare medie {att} la acoperire {cov}).",
        "en": "Component furthest behind: {name} (mean attainment {att} at coverage {cov}).",
    },
    "obj.table": {"ro": "Indicatorii", "en": "Indicators"},
    "obj.behind": {"ro": "Cei mai în urmă indicatori", "en": "Indicators furthest behind"},
    "obj.behind_headline": {
        "ro": "{pct} din țintă la {time} din timp scurs — {status} ({id}, {owner}).",
        "en": "{pct} of target at {time} of time elapsed — {status} ({id}, {owner}).",
    },
    "obj.drill": {
        "ro": "Detaliere: obiectiv → activitate → indicator",
        "en": "Drill-down: objective → activity → indicator",
    },
    "obj.pick_objective": {"ro": "Obiectiv general", "en": "General objective"},
    "obj.pick_indicator": {"ro": "Indicator", "en": "Indicator"},
    "obj.source_link": {"ro": "Vezi linia din sursă", "en": "See the source line"},
    "obj.owner": {"ro": "Pe responsabili", "en": "By responsible unit"},
    "obj.pick_owner": {"ro": "Serviciul / biroul responsabil", "en": "Responsible unit"},
    "obj.owner_headline": {
        "ro": "{owner}: {n} indicatori, {achieved} realizați, {behind} nerealizați la termen, sub "
        "ritm sau în afara traiectoriei, {nodata} fără date.",
        "en": "{owner}: {n} indicators, {achieved} achieved, {behind} missed, behind or off track, "
        "{nodata} without data.",
    },
    "obj.since": {"ro": "De la perioada anterioară", "en": "Since the previous period"},
    "obj.since_headline": {
        "ro": "Indicatori schimbați între {a} și {b}: {n} — în stare {better} în sus, {worse} în "
        "jos, {same} pe aceeași treaptă.",
        "en": "Indicators changed between {a} and {b}: {n} — in status {better} up, {worse} "
        "down, {same} on the same step.",
    },
    "obj.since_none": {
        "ro": "Nicio schimbare între cele două perioade.",
        "en": "No change between the two periods.",
    },
    "obj.col.id": {"ro": "Indicator", "en": "Indicator"},
    "obj.col.objective": {"ro": "Obiectiv", "en": "Objective"},
    "obj.col.text": {"ro": "Textul indicatorului", "en": "Indicator text"},
    "obj.col.target": {"ro": "Ținta în vigoare", "en": "Target in force"},
    "obj.col.unit": {"ro": "Unitate", "en": "Unit"},
    "obj.col.actual": {"ro": "Ultima valoare", "en": "Latest value"},
    "obj.col.attainment": {"ro": "Realizare (%)", "en": "Attainment (%)"},
    "obj.col.elapsed": {"ro": "Timp scurs (%)", "en": "Time elapsed (%)"},
    "obj.col.pace": {"ro": "Ritm", "en": "Pace"},
    "obj.col.forecast": {"ro": "Prognoză la termen", "en": "Forecast at deadline"},
    "obj.col.status": {"ro": "Stare", "en": "Status"},
    "obj.col.trend": {"ro": "Evoluție", "en": "Trend"},
    "obj.col.due": {"ro": "Termen", "en": "Deadline"},
    "obj.col.responsible": {"ro": "Responsabil", "en": "Responsible"},
    "obj.col.indicators": {"ro": "Indicatori", "en": "Indicators"},
    "obj.col.coverage": {"ro": "Acoperire (%)", "en": "Coverage (%)"},
    "obj.col.mean": {"ro": "Realizare medie (%)", "en": "Mean attainment (%)"},
    "obj.col.before": {"ro": "Înainte", "en": "Before"},
    "obj.col.after": {"ro": "După", "en": "After"},
    "obj.col.source_line": {"ro": "Linia", "en": "Line"},
    "obj.col.status_before": {"ro": "Stare la {a}", "en": "Status on {a}"},
    "obj.col.status_after": {"ro": "Stare la {b}", "en": "Status on {b}"},
    "obj.col.actual_before": {"ro": "Valoare la {a}", "en": "Value on {a}"},
    "obj.col.actual_after": {"ro": "Valoare la {b}", "en": "Value on {b}"},
    "obj.col.due_before": {"ro": "Termen la {a}", "en": "Deadline on {a}"},
    "obj.col.due_after": {"ro": "Termen la {b}", "en": "Deadline on {b}"},
    "obj.bad_plan": {
        "ro": "Planul „{value}” din adresă nu există; se arată {plan}.",
        "en": "The plan '{value}' in the address does not exist; showing {plan}.",
    },
    "obj.all_owners": {"ro": "Toți responsabilii", "en": "All owners"},
    "obj.store_unavailable": {
        "ro": "Valorile raportate nu pot fi citite acum (baza de date de monitorizare nu este "
        "disponibilă); pagina arată doar datele curate din planuri.",
        "en": "Reported values cannot be read now (the monitoring database is not available); "
        "the page shows only the curated plan data.",
    },
    "obj.demo_note": {
        "ro": "Valori demonstrative: cifrele nu sunt raportate de nimeni.",
        "en": "Demonstration values: nobody reported these figures.",
    },
}

# The status labels and definitions come from the domain registry (domain/statuses.py).
STRINGS |= {
    f"obj.status.{s.value}": {"ro": s.label("ro"), "en": s.label("en")} for s in INDICATOR_STATUSES
}
STRINGS |= {
    f"obj.status_def.{s.value}": {"ro": s.definition("ro"), "en": s.definition("en")}
    for s in INDICATOR_STATUSES
}
