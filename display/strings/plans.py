"""Strings of the plans tab (/raportare → Planuri): stored plans, workbooks, import preview."""

STRINGS: dict[str, dict[str, str]] = {
    "rep.tab.plans": {"ro": "Planuri", "en": "Plans"},
    "plans.none_with_indicators": {
        "ro": "Niciun plan nu are încă indicatori. Încărcați un plan (Raportare → Planuri) sau "
        "rulați „python -m store init”.",
        "en": "No plan has indicators yet. Load a plan (Reporting → Plans) or run "
        "“python -m store init”.",
    },
    "plans.kind.annual": {"ro": "plan anual", "en": "annual plan"},
    "plans.kind.strategy": {"ro": "strategie", "en": "strategy"},
    "plans.col.title": {"ro": "Plan", "en": "Plan"},
    "plans.col.kind": {"ro": "Tip", "en": "Kind"},
    "plans.col.years": {"ro": "Anii", "en": "Years"},
    "plans.col.version": {"ro": "Versiunea în vigoare", "en": "Version in force"},
    "plans.col.demo": {"ro": "Demonstrativ", "en": "Demonstration"},
    "plans.col.created_by": {"ro": "Încărcat de", "en": "Loaded by"},
    "plans.col.created_at": {"ro": "Încărcat la", "en": "Loaded on"},
    "plans.col.table": {"ro": "Foaia", "en": "Sheet"},
    "plans.col.rows": {"ro": "Rânduri", "en": "Rows"},
    "plans.col.added": {"ro": "Adăugate", "en": "Added"},
    "plans.col.changed": {"ro": "Modificate", "en": "Changed"},
    "plans.col.removed": {"ro": "Eliminate", "en": "Removed"},
    "plans.col.key": {"ro": "Cod", "en": "Id"},
    "plans.col.name": {"ro": "Denumire", "en": "Name"},
    "plans.col.change": {"ro": "Schimbare", "en": "Change"},
    "plans.col.column": {"ro": "Câmp", "en": "Field"},
    "plans.col.old": {"ro": "Înainte", "en": "Before"},
    "plans.col.new": {"ro": "După", "en": "After"},
    "plans.change.added": {"ro": "adăugat", "en": "added"},
    "plans.change.removed": {"ro": "eliminat (închis)", "en": "removed (closed)"},
    "plans.change.changed": {"ro": "modificat", "en": "changed"},
    "plans.changes.services": {
        "ro": "Servicii: deschise, închise, modificate",
        "en": "Services: opened, closed, changed",
    },
    "plans.changes.indicators": {
        "ro": "Indicatori: adăugați, eliminați, ținte modificate",
        "en": "Indicators: added, removed, targets changed",
    },
    "plans.sheet.services": {"ro": "servicii", "en": "services"},
    "plans.sheet.budget_groups": {"ro": "bugete", "en": "budgets"},
    "plans.sheet.projects": {"ro": "proiecte", "en": "projects"},
    "plans.sheet.planned_services": {"ro": "servicii planificate", "en": "planned services"},
    "plans.sheet.objectives": {"ro": "obiective", "en": "objectives"},
    "plans.sheet.indicators": {"ro": "indicatori", "en": "indicators"},
    "plans.sheet.milestones": {"ro": "etape", "en": "milestones"},
    "plans.download_which": {"ro": "Registrul de lucru al planului", "en": "The plan's workbook"},
    "plans.download": {"ro": "Descarcă registrul (Excel)", "en": "Download the workbook (Excel)"},
    "plans.workbook_help": {
        "ro": "Registrul are câte o foaie pentru fiecare tabel al planului (rândul 1: numele "
        "coloanelor, rândul 2: explicația lor, datele de la rândul 3) și foaia „legenda”. Pentru "
        "planul anului următor: descărcați planul în vigoare, schimbați foaia „plan” (id, titlu, "
        "ani), actualizați rândurile și încărcați-l aici. Un serviciu nou are id-ul gol; un "
        "serviciu scos din foaie este închis în acel an.",
        "en": "The workbook has one sheet per table of the plan (row 1: column names, row 2: "
        "their meaning, data from row 3) and a “legenda” sheet. For next year's plan: download "
        "the plan in force, change the “plan” sheet (id, title, years), update the rows and "
        "upload it here. A new service has an empty id; a service left out is closed that year.",
    },
    "plans.admin_only": {
        "ro": "Încărcarea unui plan și stabilirea locului unui serviciu sunt rezervate "
        "administratorilor.",
        "en": "Loading a plan and placing a service are for administrators.",
    },
    "plans.next_title": {
        "ro": "Pregătește planul anului următor",
        "en": "Draft next year's plan",
    },
    "plans.next_help": {
        "ro": "Registrul planului ales, mutat în anul nou: termenele și etapele mutate cu anii "
        "dintre planuri (foaia „termene_mutate” le arată pe toate, cu termenul vechi și cel "
        "nou), codurile obiectivelor și indicatorilor ale planului nou, registrul serviciilor "
        "preluat (aceleași coduri, anul nou). Modificați-l și încărcați-l mai jos.",
        "en": "The chosen plan's workbook moved into the new year: deadlines and milestones "
        "moved by the years between the plans (the “termene_mutate” sheet lists each, old and "
        "new), objective and indicator ids of the new plan, the service registry carried over "
        "(same ids, the new year). Edit it and load it below.",
    },
    "plans.next_from": {"ro": "Din planul", "en": "From the plan"},
    "plans.next_year": {"ro": "Anul planului nou", "en": "Year of the new plan"},
    "plans.next_id": {
        "ro": "Codul planului nou (litere mici, cifre și _)",
        "en": "Id of the new plan (lower-case letters, digits and _)",
    },
    "plans.next_download": {
        "ro": "Descarcă planul anului {year} (Excel)",
        "en": "Download the plan of {year} (Excel)",
    },
    "plans.next_refused": {
        "ro": "Planul nu se poate pregăti: {reason}.",
        "en": "The plan cannot be drafted: {reason}.",
    },
    "plans.upload_title": {"ro": "Încarcă un plan", "en": "Load a plan"},
    "plans.upload": {
        "ro": "Registrul planului (.xlsx, cel mult {mb} MB)",
        "en": "The plan workbook (.xlsx, at most {mb} MB)",
    },
    "plans.problems": {
        "ro": "Planul nu a fost încărcat; nu s-a scris nimic. Probleme găsite ({n}):",
        "en": "The plan was not loaded; nothing was written. Problems found ({n}):",
    },
    "plans.unchanged": {
        "ro": "„{title}” este identic cu versiunea {version} din baza de date; nu este nimic "
        "de salvat.",
        "en": "“{title}” equals version {version} in the database; there is nothing to save.",
    },
    "plans.new_version": {
        "ro": "Versiune nouă a planului „{title}”: versiunea {version}.",
        "en": "New version of “{title}”: version {version}.",
    },
    "plans.new_plan": {"ro": "Plan nou: „{title}”.", "en": "New plan: “{title}”."},
    "plans.compared_with": {
        "ro": "Schimbările sunt arătate față de „{title}”.",
        "en": "Changes are shown against “{title}”.",
    },
    "plans.warnings": {
        "ro": "De știut înainte de salvare (planul se poate salva așa):",
        "en": "To know before saving (the plan can be saved as it is; details in Romanian):",
    },
    "plans.replaces_demo": {
        "ro": "Planul real înlocuiește registrul demonstrativ „{title}” al anului {year}; "
        "registrul demonstrativ se șterge la salvare (înregistrat în jurnal).",
        "en": "The real plan replaces the demonstration registry “{title}” of {year}; the "
        "demonstration registry is deleted on saving (recorded in the audit log).",
    },
    "plans.confirm": {"ro": "Confirmă și salvează planul", "en": "Confirm and save the plan"},
    "plans.stored": {
        "ro": "„{title}” a fost salvat ca versiunea {version}.",
        "en": "“{title}” was saved as version {version}.",
    },
    "plans.place_title": {"ro": "Locul unui serviciu", "en": "Where a service is"},
    "plans.place_help": {
        "ro": "{n} din {total} servicii ale registrului {year} nu au UAT: sursa nu spune unde "
        "sunt. Direcția poate stabili locul; el apare pe hartă ca „stabilit de direcție”, cu "
        "cine și când l-a stabilit.",
        "en": "{n} of the {total} services of the {year} registry have no UAT: the source does "
        "not say where they are. The directorate can set the place; the map shows it as “set "
        "by the directorate”, with who set it and when.",
    },
    "plans.place_service": {"ro": "Serviciul", "en": "Service"},
    "plans.place_uat": {"ro": "UAT", "en": "UAT"},
    "plans.place_address": {"ro": "Adresa (opțional)", "en": "Address (optional)"},
    "plans.place_save": {"ro": "Salvează locul", "en": "Save the place"},
    "plans.place_saved": {
        "ro": "Locul serviciului „{service}” a fost stabilit: {uat}.",
        "en": "The place of “{service}” was set: {uat}.",
    },
}
