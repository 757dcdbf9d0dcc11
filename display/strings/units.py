"""Strings of the units' reporting (issue #24): a reporter's own page, „Cine a raportat” by
unit, review, the upload of several files, closed periods, users' units."""

STRINGS: dict[str, dict[str, str]] = {
    # the reporter's page
    "rep.tab.unit": {"ro": "Unitatea mea", "en": "My unit"},
    "unit.pick": {"ro": "Unitatea", "en": "Unit"},
    "unit.headline": {
        "ro": "{unit}: {done} din {n} indicatori raportați pentru {period}; "
        "{late} în întârziere. Termenul raportării: {deadline}.",
        "en": "{unit}: {done} of {n} indicators reported for {period}; {late} late. "
        "The report is due by {deadline}.",
    },
    "unit.none": {
        "ro": "Unitatea dumneavoastră nu răspunde de niciun indicator al acestui plan.",
        "en": "Your unit answers for no indicator of this plan.",
    },
    "unit.glance": {
        "ro": "Față de ținte, la {period}: {counts}.",
        "en": "Against the targets, at {period}: {counts}.",
    },
    "unit.due_title": {"ro": "Ce aveți de raportat", "en": "What is due"},
    "unit.late_title": {"ro": "În întârziere", "en": "Late"},
    "unit.late_none": {"ro": "Nimic în întârziere.", "en": "Nothing late."},
    "unit.template": {"ro": "Descarcă macheta unității", "en": "Download the unit's template"},
    "unit.submit": {"ro": "Trimite raportarea", "en": "Submit the report"},
    "unit.submit_help": {
        "ro": "După trimitere valorile unității pentru perioadă nu mai pot fi modificate de "
        "unitate, până când biroul le aprobă sau le retrimite spre corectare.",
        "en": "Once submitted, the unit can no longer change its values for the period until "
        "the office approves them or sends them back.",
    },
    "unit.submitted_flash": {
        "ro": "Raportarea unității {unit} pentru {period} a fost trimisă.",
        "en": "The report of {unit} for {period} was submitted.",
    },
    "unit.state.line": {
        "ro": "Raportarea pentru {period}: **{state}**.",
        "en": "The report for {period}: **{state}**.",
    },
    "unit.state.comment": {
        "ro": "Comentariul biroului: „{comment}”",
        "en": "The office's comment: “{comment}”",
    },
    "unit.col.id": {"ro": "Cod indicator", "en": "Indicator id"},
    "unit.col.text": {"ro": "Indicator", "en": "Indicator"},
    "unit.col.target": {"ro": "Țintă", "en": "Target"},
    "unit.col.measure": {"ro": "Unitate de măsură", "en": "Unit of measure"},
    "unit.col.milestone": {"ro": "Termenul țintei", "en": "Target due"},
    "unit.col.last": {"ro": "Ultima valoare", "en": "Last value"},
    "unit.col.last_period": {"ro": "Perioada ultimei valori", "en": "Period of last value"},
    "unit.col.value": {"ro": "Valoarea perioadei", "en": "Value for the period"},
    "unit.col.status": {"ro": "Stare", "en": "Status"},
    "unit.col.approved": {"ro": "Aprobat", "en": "Approved"},
    # the office: „Cine a raportat” by unit
    "unit.who_title": {"ro": "Pe unități", "en": "By unit"},
    "unit.by_text_title": {
        "ro": "După responsabilul scris în plan",
        "en": "By the responsible named in the plan",
    },
    "unit.who_headline": {
        "ro": "{n} unități răspund de indicatori pentru {period}: {submitted} trimise, "
        "{complete} complete netrimise, {partly} parțial, {nothing} nimic.",
        "en": "{n} units answer for indicators for {period}: {submitted} submitted, "
        "{complete} complete not submitted, {partly} partly, {nothing} nothing.",
    },
    "unit.who_none": {
        "ro": "Niciun indicator al planului nu are o unitate responsabilă.",
        "en": "No indicator of the plan has a responsible unit.",
    },
    "unit.who_rule": {
        "ro": "Termenul raportării: {days} de zile după sfârșitul perioadei; zilele de "
        "întârziere se numără până la trimitere (sau până azi, cât timp nu e trimisă).",
        "en": "A report is due {days} days after the period ends; days late count until it is "
        "submitted (or until today while it is not).",
    },
    "unit.col.unit": {"ro": "Unitate", "en": "Unit"},
    "unit.col.due": {"ro": "Indicatori de raportat", "en": "Indicators due"},
    "unit.col.reported": {"ro": "Raportați", "en": "Reported"},
    "unit.col.missing": {"ro": "Lipsă", "en": "Missing"},
    "unit.col.state": {"ro": "Stare", "en": "State"},
    "unit.col.review": {"ro": "Revizuire", "en": "Review"},
    "unit.col.deadline": {"ro": "Termen", "en": "Deadline"},
    "unit.col.days_late": {"ro": "Zile de întârziere", "en": "Days late"},
    "unit.state.submitted": {"ro": "trimisă", "en": "submitted"},
    "unit.state.complete": {"ro": "completă, netrimisă", "en": "complete, not submitted"},
    "unit.state.partly": {"ro": "parțial", "en": "partly"},
    "unit.state.nothing": {"ro": "nimic", "en": "nothing"},
    "unit.review.nothing": {"ro": "netrimisă", "en": "not submitted"},
    "unit.review.submitted": {"ro": "trimisă", "en": "submitted"},
    "unit.review.approved": {"ro": "aprobată", "en": "approved"},
    "unit.review.returned": {"ro": "returnată cu comentariu", "en": "sent back with a comment"},
    "unit.review_state": {"ro": "Starea raportării: {state}.", "en": "Report: {state}."},
    "unit.review_title": {"ro": "Revizuire", "en": "Review"},
    "unit.review_pick": {"ro": "Raportarea unității", "en": "The unit's report"},
    "unit.review_none": {
        "ro": "Nicio unitate nu a trimis raportarea pentru această perioadă.",
        "en": "No unit has submitted its report for this period.",
    },
    "unit.approve": {"ro": "Aprobă", "en": "Approve"},
    "unit.return_comment": {
        "ro": "Comentariu pentru unitate (obligatoriu la retrimitere)",
        "en": "Comment for the unit (required to send back)",
    },
    "unit.return": {"ro": "Retrimite spre corectare", "en": "Send back for correction"},
    "unit.approved_flash": {
        "ro": "Raportarea unității {unit} a fost aprobată.",
        "en": "The report of {unit} was approved.",
    },
    "unit.returned_flash": {
        "ro": "Raportarea unității {unit} a fost retrimisă cu comentariul dat.",
        "en": "The report of {unit} was sent back with the comment.",
    },
    # the office: several files at once
    "unit.bulk_title": {"ro": "Încărcarea mai multor fișiere", "en": "Uploading several files"},
    "unit.bulk_upload": {
        "ro": "Machetele completate de unități (.xlsx, mai multe deodată, cel mult {mb} MB "
        "fiecare)",
        "en": "The templates filled in by the units (.xlsx, several at once, at most {mb} MB each)",
    },
    "unit.bulk_file_ok": {
        "ro": "{name}: fără probleme — {new} noi, {changed} modificate, {unchanged} neschimbate.",
        "en": "{name}: no problems — {new} new, {changed} changed, {unchanged} unchanged.",
    },
    "unit.bulk_file_bad": {
        "ro": "{name}: {count}; fișierul nu va fi salvat.",
        "en": "{name}: {n} problem(s); the file will not be saved.",
    },
    "unit.bulk_confirm": {
        "ro": "Confirmă fișierele fără probleme ({n})",
        "en": "Confirm the files without problems ({n})",
    },
    "unit.bulk_done": {
        "ro": "{name}: salvat ({result}).",
        "en": "{name}: saved ({result}).",
    },
    "unit.templates_all": {
        "ro": "Descarcă machetele tuturor unităților (arhivă .zip)",
        "en": "Download every unit's template (.zip archive)",
    },
    # closed periods
    "unit.closed": {
        "ro": "Perioada {period} este închisă (de {by}): valorile ei nu mai pot fi modificate "
        "până la redeschidere.",
        "en": "The period {period} is closed (by {by}): its values cannot be changed until it "
        "is reopened.",
    },
    "unit.periods_title": {"ro": "Perioade închise", "en": "Closed periods"},
    "unit.period_open_line": {
        "ro": "Perioada {period} este deschisă.",
        "en": "The period {period} is open.",
    },
    "unit.close": {"ro": "Închide perioada {period}", "en": "Close the period {period}"},
    "unit.reopen_reason": {
        "ro": "Motivul redeschiderii (obligatoriu)",
        "en": "Reason for reopening (required)",
    },
    "unit.reopen": {"ro": "Redeschide perioada {period}", "en": "Reopen the period {period}"},
    "unit.closed_flash": {"ro": "Perioada {period} a fost închisă.", "en": "{period} closed."},
    "unit.reopened_flash": {
        "ro": "Perioada {period} a fost redeschisă.",
        "en": "{period} reopened.",
    },
    "unit.col.period": {"ro": "Perioada", "en": "Period"},
    "unit.col.closed_by": {"ro": "Închisă de", "en": "Closed by"},
    "unit.col.closed_at": {"ro": "Închisă la", "en": "Closed at"},
    "unit.closed_none": {"ro": "Nicio perioadă închisă.", "en": "No period is closed."},
    # users' units
    "rep.col.units": {"ro": "Unități", "en": "Units"},
    "unit.user_units": {"ro": "Unitățile (pentru raportor)", "en": "Units (for a reporter)"},
    "unit.user_units_placeholder": {"ro": "Alegeți unitățile", "en": "Choose the units"},
    "unit.user_units_help": {
        "ro": "Un raportor scrie doar valorile indicatorilor de care răspund unitățile lui; "
        "alegeți cel puțin una. Celelalte roluri nu au unități.",
        "en": "A reporter writes only the values of its units' indicators; pick at least one. "
        "Other roles have none.",
    },
    # which values the dashboard shows
    "unit.values_rule": {
        "ro": "Tabloul de bord arată valorile din momentul salvării, aprobate sau nu; cele "
        "aprobate de birou sunt marcate „aprobat” aici.",
        "en": "The dashboard shows values as soon as they are saved, approved or not; those "
        "the office approved are marked “approved” here.",
    },
    "unit.history_approved": {
        "ro": "Aprobat de birou pentru: {periods}.",
        "en": "Approved by the office for: {periods}.",
    },
    "unit.approved_mark": {"ro": "aprobat", "en": "approved"},
    "rep.table.unit_submission": {"ro": "raportarea unității", "en": "unit's report"},
    "rep.table.period_closure": {"ro": "închiderea perioadei", "en": "period closure"},
}
