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
        "ro": "Baza de date de monitorizare nu este disponibilă acum. Nimic nu a fost scris. "
        "Încercați din nou peste câteva minute; dacă problema rămâne, anunțați administratorul "
        "aplicației.",
        "en": "The monitoring database is not available right now. Nothing was written. Try "
        "again in a few minutes; if it persists, tell the application's administrator.",
    },
    "rep.no_users": {
        "ro": "Nu există încă niciun utilizator. Creați primul administrator din terminal: "
        "„.venv/bin/python -m store create-user NUME --role admin”; el îi creează apoi pe "
        "ceilalți din fila Administrare.",
        "en": "There is no user yet. Create the first administrator in a terminal: "
        "“.venv/bin/python -m store create-user NAME --role admin”; they then create the "
        "others in the Administration tab.",
    },
    "rep.locked": {
        "ro": "Prea multe încercări greșite pentru acest utilizator: autentificarea este blocată "
        "până la {until}. Ceilalți utilizatori nu sunt afectați.",
        "en": "Too many failed attempts for this user: logging in is blocked until {until}. "
        "Other users are not affected.",
    },
    "rep.unsaved": {
        "ro": "Aveți modificări nesalvate în tabel ({n}). Salvați-le cu „Salvează” sau "
        "renunțați la ele; până atunci planul, perioada și căutarea rămân cele de acum.",
        "en": "You have unsaved changes in the grid ({n}). Save them with “Save” or discard "
        "them; until then the plan, period and search stay as they are.",
    },
    "rep.unsaved_discard": {
        "ro": "Renunță la modificări și continuă",
        "en": "Discard the changes and go on",
    },
    "rep.indicator_one": {"ro": "indicator", "en": "indicator"},
    "rep.indicator_many": {"ro": "indicatori", "en": "indicators"},
    "rep.user_new": {"ro": "Utilizator nou", "en": "New user"},
    "rep.user_rule": {
        "ro": "litere mici, cifre, . _ - (2–40 de caractere); parola: cel puțin 8 caractere",
        "en": "lower-case letters, digits, . _ - (2–40 characters); password: 8 characters or more",
    },
    "rep.user_create": {"ro": "Creează utilizatorul", "en": "Create the user"},
    "rep.user_created": {"ro": "Utilizator creat: {name}.", "en": "User created: {name}."},
    "rep.user_exists": {"ro": "Utilizatorul „{name}” există deja.", "en": "“{name}” exists."},
    "rep.user_invalid": {"ro": "Date nevalide: {fields}.", "en": "Invalid: {fields}."},
    "rep.user_change": {"ro": "Modifică un utilizator", "en": "Change a user"},
    "rep.user_disabled": {"ro": "Dezactivat (nu se mai poate autentifica)", "en": "Disabled"},
    "rep.user_new_password": {
        "ro": "Parolă nouă (lăsați gol pentru a o păstra)",
        "en": "New password (leave empty to keep it)",
    },
    "rep.user_apply": {"ro": "Aplică modificarea", "en": "Apply the change"},
    "rep.user_updated": {"ro": "Utilizator modificat: {name}.", "en": "User changed: {name}."},
    "rep.user_nothing_changed": {
        "ro": "Nicio modificare: rolul, starea și parola au rămas cum erau.",
        "en": "Nothing changed: role, state and password are as they were.",
    },
    "rep.write_refused": {
        "ro": "Modificarea a fost refuzată: {reason}.",
        "en": "The change was refused: {reason}.",
    },
    "rep.session_ended": {
        "ro": "Utilizatorul cu care erați autentificat a fost dezactivat sau nu mai există; "
        "sesiunea s-a încheiat.",
        "en": "The user you were logged in as has been disabled or no longer exists; the "
        "session has ended.",
    },
    "rep.locked_names": {
        "ro": "Nume blocate după încercări greșite",
        "en": "Names locked after failed attempts",
    },
    "rep.locked_none": {"ro": "Niciun nume blocat acum.", "en": "No name is locked now."},
    "rep.locked_line": {
        "ro": "„{name}”: blocat până la {until} (încă {minutes} min)",
        "en": "“{name}”: locked until {until} ({minutes} min left)",
    },
    "rep.unlock": {"ro": "Deblochează", "en": "Unlock"},
    "rep.unlocked": {"ro": "Deblocat: {name}.", "en": "Unlocked: {name}."},
    "rep.user_last_admin": {
        "ro": "Este ultimul administrator activ: nu poate fi retrogradat sau dezactivat.",
        "en": "This is the last active administrator: it cannot be demoted or disabled.",
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
    "rep.role.reporter": {"ro": "raportor", "en": "reporter"},
    "rep.role.editor": {"ro": "editor", "en": "editor"},
    "rep.role.admin": {"ro": "administrator", "en": "administrator"},
    "rep.period": {"ro": "Perioada raportată (sfârșit)", "en": "Reporting period (end)"},
    "rep.tab.grid": {"ro": "Introducere valori", "en": "Enter values"},
    "rep.tab.upload": {"ro": "Încărcare Excel", "en": "Excel upload"},
    "rep.tab.history": {"ro": "Istoric și audit", "en": "History and audit"},
    "rep.tab.compliance": {"ro": "Cine a raportat", "en": "Who has reported"},
    "rep.tab.admin": {"ro": "Administrare", "en": "Administration"},
    "rep.search": {"ro": "Caută indicator", "en": "Search indicators"},
    "rep.search_hint": {"ro": "un cuvânt din textul indicatorului", "en": "a word of its text"},
    "rep.grid_help": {
        "ro": "{n} pentru perioada încheiată la {period}. Completați coloanele "
        "„Valoare” și „Comentariu”, apoi salvați; o valoare ștearsă se șterge din bază.",
        "en": "{n} for the period ending {period}. Fill in “Value” and “Comment”, then "
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
    "rep.conflict": {
        "ro": "Între timp, altcineva a modificat {n}; nimic nu a fost scris. Alegeți pentru "
        "fiecare dintre ele:",
        "en": "Meanwhile someone else changed {n}; nothing was written. Choose for each:",
    },
    "rep.conflict_line": {
        "ro": "{indicator}: ați văzut {seen}, acum este {now} (salvat de {user} la {at}); "
        "valoarea dumneavoastră: {mine}",
        "en": "{indicator}: you saw {seen}, it is now {now} (saved by {user} at {at}); your "
        "value: {mine}",
    },
    "rep.conflict_keep": {
        "ro": "Păstrează valorile mele (le salvează peste cele noi)",
        "en": "Keep my values (save them over the new ones)",
    },
    "rep.conflict_take": {
        "ro": "Preia valorile noi (renunță la ale mele)",
        "en": "Take the new values (drop mine)",
    },
    "rep.problems": {
        "ro": "{count}; nimic nu a fost scris:",
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
    "rep.upload": {
        "ro": "Încărcați machetul completat (.xlsx, cel mult {mb} MB)",
        "en": "Upload the filled template (.xlsx, at most {mb} MB)",
    },
    "rep.upload_widget_help": {
        "ro": "Trageți fișierul în chenar sau apăsați butonul din chenar pentru a-l alege. "
        "Limita este de {mb} MB pe fișier.",
        "en": "Drop the file in the box or press the box's button to choose it. The limit is "
        "{mb} MB per file.",
    },
    "rep.preview": {
        "ro": "Verificat: {new_ro}, {changed} modificate, {unchanged} neschimbate. Coloana "
        "„Valoare nouă” arată fiecare număr așa cum va fi salvat.",
        "en": "Checked: {new} new values, {changed} changed, {unchanged} unchanged. The “New "
        "value” column shows each number as it will be stored.",
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
    "rep.audit_kind": {"ro": "Tipul modificării", "en": "Kind of change"},
    "rep.audit_kind_all": {"ro": "toate", "en": "all"},
    "rep.audit_user": {"ro": "Utilizatorul", "en": "User"},
    "rep.audit_user_all": {"ro": "toți", "en": "everyone"},
    "rep.audit_dates": {"ro": "Perioada", "en": "Dates"},
    "rep.audit_none": {
        "ro": "Nicio înregistrare pentru filtrele alese.",
        "en": "No entry for the filters chosen.",
    },
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
    "rep.col.period_end": {"ro": "Sfârșitul perioadei", "en": "Period end"},
    "rep.col.uat": {"ro": "UAT (cod SIRUTA)", "en": "UAT (SIRUTA code)"},
    "rep.col.source": {"ro": "Sursa", "en": "Source"},
    "rep.col.entered_by": {"ro": "Introdus de", "en": "Entered by"},
    "rep.col.entered_at": {"ro": "Introdus la (ora României)", "en": "Entered at (Romania time)"},
    "rep.col.status": {"ro": "Stare", "en": "Status"},
    "rep.col.old_value": {"ro": "Valoare anterioară", "en": "Previous value"},
    "rep.col.new_value": {"ro": "Valoare nouă", "en": "New value"},
    "rep.col.new_value_stored": {
        "ro": "Valoare nouă (cum se va salva)",
        "en": "New value (as it will be stored)",
    },
    "rep.col.old_comment": {"ro": "Comentariu anterior", "en": "Previous comment"},
    "rep.col.new_comment": {"ro": "Comentariu nou", "en": "New comment"},
    "rep.col.old_source": {"ro": "Sursa anterioară", "en": "Previous source"},
    "rep.col.at": {"ro": "Data și ora (ora României)", "en": "Date and time (Romania time)"},
    "rep.col.user": {"ro": "Utilizator", "en": "User"},
    "rep.col.action": {"ro": "Acțiune", "en": "Action"},
    "rep.col.table": {"ro": "Ce", "en": "What"},
    "rep.col.key": {"ro": "Înregistrarea", "en": "Record"},
    "rep.col.before": {"ro": "Înainte", "en": "Before"},
    "rep.col.after": {"ro": "După", "en": "After"},
    "rep.col.username": {"ro": "Utilizator", "en": "User name"},
    "rep.col.role": {"ro": "Rol", "en": "Role"},
    "rep.col.disabled": {"ro": "Dezactivat", "en": "Disabled"},
    "rep.col.created_at": {"ro": "Creat la (ora României)", "en": "Created at (Romania time)"},
    "rep.col.service": {"ro": "Cod serviciu", "en": "Service id"},
    "rep.col.year": {"ro": "Anul", "en": "Year"},
    "rep.col.old_capacity": {"ro": "Capacitate anterioară", "en": "Previous capacity"},
    "rep.col.new_capacity": {"ro": "Capacitate nouă", "en": "New capacity"},
    "rep.col.old_beneficiaries": {"ro": "Beneficiari anterior", "en": "Previous beneficiaries"},
    "rep.col.new_beneficiaries": {"ro": "Beneficiari noi", "en": "New beneficiaries"},
    "rep.county": {"ro": "județ", "en": "county"},
    "rep.source.form": {"ro": "formular", "en": "form"},
    "rep.source.upload": {"ro": "încărcare Excel", "en": "Excel upload"},
    "rep.source.demo": {"ro": "demonstrativ", "en": "demonstration"},
    "rep.source.registry": {"ro": "registrul {year}", "en": "{year} registry"},
    "rep.action.insert": {"ro": "adăugare", "en": "added"},
    "rep.action.update": {"ro": "modificare", "en": "changed"},
    "rep.action.delete": {"ro": "ștergere", "en": "deleted"},
    "rep.status.new": {"ro": "nouă", "en": "new"},
    "rep.status.changed": {"ro": "modificată", "en": "changed"},
    "rep.status.unchanged": {"ro": "neschimbată", "en": "unchanged"},
    "rep.status.deleted": {"ro": "ștearsă", "en": "deleted"},
    "rep.status.absent": {"ro": "nimic de șters", "en": "nothing to delete"},
    "rep.status.reported": {"ro": "raportat", "en": "reported"},
    "rep.status.open": {"ro": "în termen", "en": "open"},
    "rep.status.late": {"ro": "în întârziere", "en": "late"},
    "rep.table.reported_value": {"ro": "valoare raportată", "en": "reported value"},
    "rep.table.service_snapshot": {"ro": "capacitate anuală", "en": "yearly capacity"},
    "rep.table.app_user": {"ro": "utilizator", "en": "user"},
    "rep.table.login": {"ro": "autentificare", "en": "login"},
    "rep.table.reporting_period": {"ro": "perioadă", "en": "period"},
    "rep.table.plan": {"ro": "plan", "en": "plan"},
    "rep.table.refused": {"ro": "modificare refuzată", "en": "refused change"},
    "rep.attempt.save_values": {"ro": "salvare valori", "en": "saving values"},
    "rep.attempt.create_user": {"ro": "utilizator nou", "en": "new user"},
    "rep.attempt.update_user": {"ro": "modificare utilizator", "en": "user change"},
    "rep.attempt.unlock": {"ro": "deblocare", "en": "unlock"},
    "rep.reason.unknown": {"ro": "utilizator inexistent", "en": "no such user"},
    "rep.reason.disabled": {"ro": "utilizator dezactivat", "en": "user disabled"},
    "rep.reason.role": {"ro": "rolul nu permite", "en": "role does not allow it"},
    "rep.disabled.true": {"ro": "da", "en": "yes"},
    "rep.disabled.false": {"ro": "nu", "en": "no"},
    "rep.outcome.ok": {"ro": "reușită", "en": "succeeded"},
    "rep.outcome.failed": {"ro": "eșuată", "en": "failed"},
    "rep.outcome.blocked": {"ro": "refuzată (blocare temporară)", "en": "refused (locked)"},
    "rep.outcome.unlocked": {"ro": "deblocat de administrator", "en": "unlocked by an admin"},
    "rep.field.value": {"ro": "valoare", "en": "value"},
    "rep.field.comment": {"ro": "comentariu", "en": "comment"},
    "rep.field.source": {"ro": "sursa", "en": "source"},
    "rep.field.role": {"ro": "rol", "en": "role"},
    "rep.field.disabled": {"ro": "dezactivat", "en": "disabled"},
    "rep.field.password": {"ro": "parola", "en": "password"},
    "rep.field.outcome": {"ro": "autentificare", "en": "login"},
    "rep.field.capacity": {"ro": "capacitate", "en": "capacity"},
    "rep.field.beneficiaries": {"ro": "beneficiari", "en": "beneficiaries"},
    "rep.field.attempt": {"ro": "încercare", "en": "attempt"},
    "rep.field.reason": {"ro": "motiv", "en": "reason"},
    "rep.password_reset": {"ro": "resetată", "en": "reset"},
    "demo.banner": {
        "ro": "Atenție: baza conține valori DEMONSTRATIVE (generate, nu raportate). Cifrele de "
        "realizare nu sunt reale. Un administrator le poate șterge din pagina Raportare.",
        "en": "Warning: the database holds DEMONSTRATION values (generated, not reported). "
        "Attainment figures are not real. An administrator can remove them on the Reporting page.",
    },
}
