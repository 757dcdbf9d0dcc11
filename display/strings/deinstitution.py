"""Strings of the Deinstitutionalisation page (/dezinstitutionalizare)."""

STRINGS: dict[str, dict[str, str]] = {
    "deinst.title": {"ro": "Dezinstituționalizare", "en": "Deinstitutionalisation"},
    "deinst.intro": {
        "ro": "Închiderea treptată a instituțiilor mari pentru adulți cu dizabilități: de unde "
        "pornește fiecare, unde trebuie să ajungă și ce servicii în comunitate le preiau "
        "rezidenții.",
        "en": "The gradual closure of the large institutions for adults with disabilities: where "
        "each starts, where it must get to and which community services take over its residents.",
    },
    "deinst.other_component": {
        "ro": "Această pagină privește componenta Persoane cu dizabilități; filtrul de componentă "
        "nu se aplică aici.",
        "en": "This page is about the disability component; the component filter does not apply "
        "here.",
    },
    "deinst.kpi.institutions": {
        "ro": "Instituții în restructurare",
        "en": "Institutions under restructuring",
    },
    "deinst.kpi.start": {"ro": "Locuri la început", "en": "Places at the start"},
    "deinst.kpi.target": {"ro": "Locuri țintă", "en": "Target places"},
    "deinst.kpi.to_cut": {"ro": "Locuri de redus", "en": "Places still to cut"},
    "deinst.kpi.community": {
        "ro": "Locuri în comunitate planificate",
        "en": "Community places planned",
    },
    "deinst.progress": {
        "ro": "Capacitate: început, acum și țintă",
        "en": "Capacity: start, now and target",
    },
    "deinst.kpi.opened": {
        "ro": "Locuri noi deschise",
        "en": "New places opened",
    },
    "deinst.kpi.progress": {"ro": "Progres spre țintă", "en": "Progress to target"},
    "deinst.kpi.progress_help": {
        "ro": "(locuri la început − locuri acum) / (locuri la început − locuri țintă), pe toate "
        "instituțiile; „—” cu un singur an de registru.",
        "en": "(places at start − places now) / (places at start − target places), over all "
        "institutions; “—” with a single registry year.",
    },
    "deinst.path": {
        "ro": "Drumul fiecărei instituții: locuri pe an de registru, până la țintă",
        "en": "Each institution's path: places per registry year, to the target",
    },
    "deinst.path_headline": {
        "ro": "De la {first} la {last}: {cut} locuri reduse din {planned} planificate "
        "({pct}); {late} instituții întârziate față de termenul {deadline}.",
        "en": "From {first} to {last}: {cut} places cut of {planned} planned ({pct}); {late} "
        "institutions late against the {deadline} deadline.",
    },
    "deinst.path_one_year": {
        "ro": "Un singur an de registru ({year}): progresul se poate măsura abia cu registrul "
        "anului următor; până atunci „acum” este chiar punctul de plecare.",
        "en": "A single registry year ({year}): progress can only be measured with the next "
        "year's registry; until then “now” is the starting point.",
    },
    "deinst.series.target_point": {"ro": "Țintă", "en": "Target"},
    "deinst.col.registry_year": {"ro": "Anul registrului", "en": "Registry year"},
    "deinst.col.year_capacity": {"ro": "Locuri", "en": "Places"},
    "deinst.col.deadline_path": {"ro": "Termen", "en": "Deadline"},
    "deinst.col.path_status": {"ro": "Situația față de termen", "en": "Against the deadline"},
    "deinst.path_status.reached": {"ro": "✔ țintă atinsă", "en": "✔ target reached"},
    "deinst.path_status.late": {"ro": "⚠ întârziat", "en": "⚠ late"},
    "deinst.path_status.on_time": {"ro": "▲ în termen", "en": "▲ on time"},
    "deinst.path_status.not_started": {
        "ro": "○ în termen, fără reducere încă",
        "en": "○ on time, no cut yet",
    },
    "deinst.col.status": {"ro": "Stare", "en": "Status"},
    "deinst.col.opened": {"ro": "Locuri deschise", "en": "Places opened"},
    "deinst.progress_headline": {
        "ro": "{n} instituții trebuie să treacă de la {start} la {target} locuri; {above} "
        "rezidenți sunt peste capacitatea țintă (situația {year}).",
        "en": "{n} institutions must go from {start} to {target} places; {above} residents are "
        "above the target capacity (as of {year}).",
    },
    "deinst.series.start": {"ro": "Capacitate inițială", "en": "Starting capacity"},
    "deinst.series.current": {"ro": "Capacitate actuală", "en": "Current capacity"},
    "deinst.series.target": {"ro": "Capacitate țintă", "en": "Target capacity"},
    "deinst.series.residents": {"ro": "Rezidenți", "en": "Residents"},
    "deinst.flow": {
        "ro": "De la instituții la proiecte și servicii în comunitate",
        "en": "From institutions to projects and community services",
    },
    "deinst.flow_headline": {
        "ro": "{n} legături declarate în plan: fiecare instituție → proiectele care o vizează "
        "(lei) → serviciile create (locuri).",
        "en": "{n} links stated in the plan: each institution → the projects that name it (lei) → "
        "the services they create (places).",
    },
    "deinst.flow_note": {
        "ro": "Apar doar legăturile scrise în document; proiectul „O șansă pentru viața în "
        "comunitate” numește două instituții (Ungureni și Dărmănești) și nu este atribuit "
        "uneia singure.",
        "en": "Only links written in the document appear; the project 'O șansă pentru viața în "
        "comunitate' names two institutions (Ungureni and Dărmănești) and is not attributed to "
        "either alone.",
    },
    "deinst.places": {
        "ro": "Locuri în comunitate planificate, pe UAT",
        "en": "Planned community places by UAT",
    },
    "deinst.places_headline": {
        "ro": "{planned} locuri noi planificate în {uats} UAT-uri (locuințe protejate și centre de "
        "zi); în registrul {year} există deja {open} locuri în locuințe protejate.",
        "en": "{planned} new places planned in {uats} UATs (protected houses and day centres); the "
        "{year} registry already has {open} places in protected houses.",
    },
    "deinst.map": {"ro": "Unde sunt noile servicii", "en": "Where the new services are"},
    "deinst.money": {"ro": "Bani pe loc în comunitate", "en": "Money per community place"},
    "deinst.money_headline": {
        "ro": "Un loc nou costă între {low} și {high} lei în bugetele proiectelor de "
        "infrastructură.",
        "en": "A new place costs between {low} and {high} lei in the infrastructure project "
        "budgets.",
    },
    "deinst.ledger": {"ro": "Registrul închiderilor", "en": "Closure ledger"},
    "deinst.timeline": {
        "ro": "Termenele țintelor pentru dizabilitate",
        "en": "Deadlines of the disability targets",
    },
    "deinst.timeline_headline": {
        "ro": "{n} ținte ale strategiei pentru persoanele cu dizabilități au termen; "
        "cele mai multe în {year}.",
        "en": "{n} targets of the strategy for persons with disabilities have a "
        "deadline; most in {year}.",
    },
    "deinst.col.institution": {"ro": "Instituție", "en": "Institution"},
    "deinst.col.start": {"ro": "Locuri la început", "en": "Starting places"},
    "deinst.col.target": {"ro": "Locuri țintă", "en": "Target places"},
    "deinst.col.residents": {"ro": "Rezidenți", "en": "Residents"},
    "deinst.col.current": {"ro": "Locuri acum", "en": "Places now"},
    "deinst.col.as_of": {"ro": "Situația din", "en": "As of"},
    "deinst.col.to_cut": {"ro": "Locuri de redus", "en": "Places to cut"},
    "deinst.col.above": {"ro": "Rezidenți peste țintă", "en": "Residents above target"},
    "deinst.col.progress": {"ro": "Progres (%)", "en": "Progress (%)"},
    "deinst.col.projects": {"ro": "Proiecte", "en": "Projects"},
    "deinst.col.money": {"ro": "Bani din proiecte (lei)", "en": "Project money (lei)"},
    "deinst.col.project_ids": {"ro": "Coduri proiecte", "en": "Project ids"},
    "deinst.col.from": {"ro": "De la", "en": "From"},
    "deinst.col.to": {"ro": "Către", "en": "To"},
    "deinst.col.value": {"ro": "Valoare", "en": "Value"},
    "deinst.col.unit": {"ro": "Unitate", "en": "Unit"},
    "deinst.col.service": {"ro": "Serviciu planificat", "en": "Planned service"},
    "deinst.col.units": {"ro": "Unități", "en": "Units"},
    "deinst.col.places": {"ro": "Locuri", "en": "Places"},
    "deinst.col.funding": {"ro": "Finanțare", "en": "Funding"},
    "deinst.col.project": {"ro": "Proiect", "en": "Project"},
    "deinst.col.budget": {"ro": "Buget total (lei)", "en": "Total budget (lei)"},
    "deinst.col.per_place": {"ro": "Lei pe loc nou", "en": "Lei per new place"},
    "deinst.col.year": {"ro": "Anul termenului", "en": "Deadline year"},
    "deinst.col.targets": {"ro": "Ținte", "en": "Targets"},
    "deinst.plan2022": {
        "ro": "{title}: termenele dezinstituționalizării (OG {number})",
        "en": "{title}: deinstitutionalisation deadlines (GO {number})",
    },
    "deinst.plan2022_headline": {
        "ro": "{n} ținte pentru dezinstituționalizare în {title}, pe termene: {dates}.",
        "en": "{n} deinstitutionalisation targets in {title}, by deadline: {dates}.",
    },
    "deinst.plan2022_no_values": {
        "ro": "Nicio valoare raportată încă pentru aceste ținte: coloana „Raportat” se "
        "completează din pagina Raportare.",
        "en": "No value reported yet for these targets: the “Reported” column fills in from the "
        "Reporting page.",
    },
    "deinst.col.deadline": {"ro": "Termen", "en": "Deadline"},
    "deinst.col.activity": {"ro": "Activitate", "en": "Activity"},
    "deinst.col.indicator": {"ro": "Indicator", "en": "Indicator"},
    "deinst.col.target_value": {"ro": "Țintă", "en": "Target"},
    "deinst.col.target_unit": {"ro": "Unitate de măsură", "en": "Unit of measure"},
    "deinst.col.reported": {"ro": "Raportat", "en": "Reported"},
    "deinst.col.period": {"ro": "Perioada raportată", "en": "Reported period"},
    "deinst.col.project_line": {"ro": "Linia proiectului în sursă", "en": "Project source line"},
    "deinst.col.service_line": {
        "ro": "Linia serviciului în sursă",
        "en": "Service source line",
    },
    "deinst.col.project_title": {"ro": "Titlul proiectului", "en": "Project title"},
    "deinst.col.places_in": {"ro": "Locuri {year}", "en": "Places {year}"},
    "deinst.deadline_note": {
        "ro": "Termenul restructurării: {date}, din planul în vigoare pentru anul registrului "
        "({plan}).",
        "en": "Restructuring deadline: {date}, from the plan in force for the registry year "
        "({plan}).",
    },
    "deinst.map_points": {
        "ro": "Servicii în comunitate planificate",
        "en": "Planned community services",
    },
    "deinst.map_uats": {"ro": "UAT-urile județului", "en": "The county's municipalities"},
    "deinst.path_status_def.reached": {
        "ro": "Capacitatea din ultimul registru este cel mult capacitatea țintă.",
        "en": "The latest registry's capacity is at most the target capacity.",
    },
    "deinst.path_status_def.late": {
        "ro": "Termenul planului în vigoare a trecut, iar capacitatea este încă peste țintă.",
        "en": "The deadline of the plan in force has passed and capacity is still above target.",
    },
    "deinst.path_status_def.on_time": {
        "ro": "Termenul nu a trecut și capacitatea a scăzut față de primul registru.",
        "en": "The deadline has not passed and capacity is down from the first registry.",
    },
    "deinst.path_status_def.not_started": {
        "ro": "Termenul nu a trecut, dar capacitatea nu a scăzut încă.",
        "en": "The deadline has not passed but capacity has not come down yet.",
    },
}
