"""Strings of the reporting page (/raportare) and the demonstration banner."""

STRINGS: dict[str, dict[str, str]] = {
    "rep.title": {"ro": "Raportare", "en": "Reporting"},
    "rep.intro": {
        "ro": "Introduceți valorile raportate pe semestru, încărcați machetul Excel, urmăriți cine "
        "a raportat ce. Orice modificare rămâne în jurnalul de audit.",
        "en": "Enter the values reported each semester, upload the Excel template, follow who has "
        "reported what. Every change stays in the audit log.",
    },
    "rep.store_down": {
        "ro": "Baza de date de monitorizare nu este disponibilă ({reason}). Nimic nu a fost "
        "scris. Verificați DATABASE_URL sau rulați „python -m store init”.",
        "en": "The monitoring database is not available ({reason}). Nothing was written. Check "
        "DATABASE_URL or run “python -m store init”.",
    },
    "rep.no_users": {
        "ro": "Nu există încă niciun utilizator. Creați primul administrator din terminal: "
        "„python -m store create-user NUME --role admin”.",
        "en": "There is no user yet. Create the first administrator in a terminal: "
        "“python -m store create-user NAME --role admin”.",
    },
    "rep.username": {"ro": "Utilizator", "en": "User name"},
    "rep.password": {"ro": "Parolă", "en": "Password"},
    "rep.login": {"ro": "Autentificare", "en": "Log in"},
    "rep.bad_login": {
        "ro": "Utilizator sau parolă greșită.",
        "en": "Wrong user name or password.",
    },
    "rep.logged_in": {"ro": "Conectat ca {user} ({role})", "en": "Logged in as {user} ({role})"},
    "rep.logout": {"ro": "Ieșire", "en": "Log out"},
    "rep.role.viewer": {"ro": "vizualizare", "en": "viewer"},
    "rep.role.editor": {"ro": "editor", "en": "editor"},
    "rep.role.admin": {"ro": "administrator", "en": "administrator"},
    "rep.period": {"ro": "Perioada raportată (sfârșit)", "en": "Reporting period (end)"},
    "rep.tab.grid": {"ro": "Introducere valori", "en": "Enter values"},
    "rep.tab.upload": {"ro": "Încărcare Excel", "en": "Excel upload"},
    "rep.tab.history": {"ro": "Istoric și audit", "en": "History and audit"},
    "rep.tab.compliance": {"ro": "Cine a raportat", "en": "Who has reported"},
    "rep.tab.snapshots": {"ro": "Capacități anuale", "en": "Yearly capacities"},
    "rep.tab.admin": {"ro": "Administrare", "en": "Administration"},
    "rep.search": {"ro": "Caută indicator", "en": "Search indicators"},
    "rep.search_hint": {"ro": "un cuvânt din textul indicatorului", "en": "a word of its text"},
    "rep.grid_help": {
        "ro": "{n} indicatori pentru perioada încheiată la {period}. Completați coloanele "
        "„Valoare” și „Comentariu”, apoi salvați; o valoare ștearsă se șterge din bază.",
        "en": "{n} indicators for the period ending {period}. Fill in “Value” and “Comment”, then "
        "save; a value cleared is deleted from the database.",
    },
    "rep.col.id": {"ro": "Cod indicator", "en": "Indicator id"},
    "rep.col.activity": {"ro": "Activitate", "en": "Activity"},
    "rep.col.text": {"ro": "Indicator (textul din plan)", "en": "Indicator (plan text)"},
    "rep.col.target": {"ro": "Țintă în vigoare", "en": "Target in force"},
    "rep.col.unit": {"ro": "Unitate de măsură", "en": "Unit of measure"},
    "rep.col.due": {"ro": "Scadență", "en": "Due"},
    "rep.col.value": {"ro": "Valoare", "en": "Value"},
    "rep.col.comment": {"ro": "Comentariu", "en": "Comment"},
    "rep.save": {"ro": "Salvează", "en": "Save"},
    "rep.nothing_changed": {"ro": "Nicio modificare de salvat.", "en": "Nothing changed to save."},
    "rep.saved": {"ro": "Salvat: {result}.", "en": "Saved: {result}."},
    "rep.problems": {
        "ro": "{n} probleme; nimic nu a fost scris:",
        "en": "{n} problems; nothing was written:",
    },
    "rep.viewer_only": {
        "ro": "Rolul de vizualizare nu poate modifica valori.",
        "en": "The viewer role cannot change values.",
    },
    "rep.upload_help": {
        "ro": "1. Descărcați machetul precompletat pentru plan și perioadă. 2. Completați "
        "coloanele „value” și „comment”. 3. Încărcați fișierul: se verifică tot, vedeți ce se "
        "schimbă, apoi confirmați.",
        "en": "1. Download the prefilled template for the plan and period. 2. Fill in the "
        "“value” and “comment” columns. 3. Upload the file: everything is checked, you see what "
        "changes, then you confirm.",
    },
    "rep.template": {"ro": "Descarcă machetul Excel", "en": "Download the Excel template"},
    "rep.upload": {"ro": "Încărcați machetul completat", "en": "Upload the filled template"},
    "rep.preview": {
        "ro": "Verificat: {new} valori noi, {changed} modificate, {unchanged} neschimbate.",
        "en": "Checked: {new} new values, {changed} changed, {unchanged} unchanged.",
    },
    "rep.confirm": {"ro": "Confirmă importul", "en": "Confirm the import"},
    "rep.history_pick": {"ro": "Indicatorul", "en": "Indicator"},
    "rep.history_none": {
        "ro": "Nicio valoare raportată încă pentru acest indicator.",
        "en": "No value reported yet for this indicator.",
    },
    "rep.audit_line": {
        "ro": "{at} · {user} · `{what}`: {old} → {new}",
        "en": "{at} · {user} · `{what}`: {old} → {new}",
    },
    "rep.audit": {"ro": "Jurnalul de audit (ultimele 200)", "en": "Audit log (last 200)"},
    "rep.compliance_headline": {
        "ro": "{done} din {n} indicatori au valoare pentru {period}; {late} sunt în întârziere.",
        "en": "{done} of {n} indicators have a value for {period}; {late} are late.",
    },
    "rep.compliance_rule": {
        "ro": "Un indicator fără valoare este „în întârziere” la {days} de zile după sfârșitul "
        "perioadei. Structurile responsabile sunt cele numite în plan, cu un singur nume "
        "fiecare; un indicator cu mai multe structuri responsabile este numărat la fiecare.",
        "en": "An indicator without a value is “late” {days} days after the period end. The "
        "responsible units are those the plan names, each under one name; an indicator with "
        "several responsible units counts for each.",
    },
    "rep.col.responsible": {"ro": "Structura responsabilă", "en": "Responsible unit"},
    "rep.col.due_n": {"ro": "Indicatori", "en": "Indicators"},
    "rep.col.reported": {"ro": "Raportați", "en": "Reported"},
    "rep.col.missing": {"ro": "Lipsă", "en": "Missing"},
    "rep.col.late": {"ro": "În întârziere", "en": "Late"},
    "rep.col.share": {"ro": "Raportat (%)", "en": "Reported (%)"},
    "rep.snapshots_have": {
        "ro": "Ani cu capacități înregistrate: {years}.",
        "en": "Years with recorded capacities: {years}.",
    },
    "rep.snapshot_year": {"ro": "Anul", "en": "Year"},
    "rep.snapshot_template": {
        "ro": "Descarcă machetul capacităților",
        "en": "Download the capacities template",
    },
    "rep.snapshot_upload": {
        "ro": "Încărcați capacitățile și beneficiarii anului",
        "en": "Upload the year's capacities and beneficiaries",
    },
    "rep.admin_only": {
        "ro": "Doar administratorii pot genera valori demonstrative și vedea utilizatorii.",
        "en": "Only administrators can generate demonstration values and see the users.",
    },
    "rep.demo_on": {
        "ro": "Există valori demonstrative în bază: fiecare pagină afișează un avertisment.",
        "en": "Demonstration values are in the database: every page shows a warning.",
    },
    "rep.demo_off": {
        "ro": "Nu există valori demonstrative. Le puteți genera pentru a arăta fișele de "
        "obiective înainte de prima raportare; sunt marcate „demo”.",
        "en": "There are no demonstration values. You can generate them to show the scorecards "
        "before the first report; they are marked “demo”.",
    },
    "rep.demo_make": {
        "ro": "Generează valori demonstrative",
        "en": "Generate demonstration values",
    },
    "rep.demo_drop": {"ro": "Șterge valorile demonstrative", "en": "Remove demonstration values"},
    "rep.demo_made": {
        "ro": "{n} valori demonstrative generate.",
        "en": "{n} demonstration values generated.",
    },
    "rep.demo_dropped": {
        "ro": "{n} valori demonstrative șterse.",
        "en": "{n} demonstration values removed.",
    },
    "rep.users": {"ro": "Utilizatori", "en": "Users"},
    "rep.users_help": {
        "ro": "Utilizatorii noi se creează din terminal: „python -m store create-user NUME --role "
        "viewer|editor|admin”; parolele se păstrează doar ca hash bcrypt.",
        "en": "New users are created in a terminal: “python -m store create-user NAME --role "
        "viewer|editor|admin”; passwords are kept only as bcrypt hashes.",
    },
    "demo.banner": {
        "ro": "Atenție: baza conține valori DEMONSTRATIVE (generate, nu raportate). Cifrele de "
        "realizare nu sunt reale. Un administrator le poate șterge din pagina Raportare.",
        "en": "Warning: the database holds DEMONSTRATION values (generated, not reported). "
        "Attainment figures are not real. An administrator can remove them on the Reporting page.",
    },
}
