"""Strings shared by every page: navigation, filters, components, downloads, banners."""

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {
        "ro": "Serviciile sociale ale județului Bacău",
        "en": "Social services of Bacău County",
    },
    "app.subtitle": {
        "ro": "DGASPC Bacău — tablou de bord analitic",
        "en": "DGASPC Bacău — analytical dashboard",
    },
    "nav.overview": {"ro": "Privire de ansamblu", "en": "Overview"},
    "nav.services": {"ro": "Servicii", "en": "Services"},
    "nav.map": {"ro": "Harta județului", "en": "County map"},
    "nav.deinst": {"ro": "Dezinstituționalizare", "en": "Deinstitutionalisation"},
    "nav.objectives": {"ro": "Obiective", "en": "Objectives"},
    "nav.reporting": {"ro": "Raportare", "en": "Reporting"},
    "nav.data": {"ro": "Date și surse", "en": "Data and sources"},
    "filter.component": {"ro": "Componentă", "en": "Component"},
    "link.copy": {"ro": "Copiază linkul", "en": "Copy the link"},
    "link.copy_help": {
        "ro": "Linkul acestei vederi (pagina și filtrele); iconița din dreapta lui îl copiază.",
        "en": "The link of this view (page and filters); the icon on its right copies it.",
    },
    "filter.all": {"ro": "Toate componentele", "en": "All components"},
    "filter.ignored": {
        "ro": "Parametri ignorați din adresă (valori necunoscute): {names}",
        "en": "Ignored URL parameters (unknown values): {names}",
    },
    "filter.language": {"ro": "Limba", "en": "Language"},
    "filter.choose": {"ro": "Toate", "en": "All"},  # short: whole in a quarter of 820 px
    # component.<value>: the registry's labels (domain.components), read by display.i18n.t
    "component.mixed": {"ro": "Mai multe componente", "en": "Several components"},
    "component.unassigned": {"ro": "Neatribuit", "en": "Unassigned"},
    "filter.no_services": {
        "ro": "Registrul anului {year} nu are niciun serviciu al componentei „{component}”: "
        "cifrele de mai jos sunt zero sau lipsesc.",
        "en": "The {year} registry has no service of the component “{component}”: the figures "
        "below are zero or missing.",
    },
    "filter.no_indicators": {
        "ro": "Planul ales nu are niciun indicator al componentei „{component}”.",
        "en": "The chosen plan has no indicator of the component “{component}”.",
    },
    "filter.no_indicators_any": {
        "ro": "Niciun plan stocat nu are indicatori ai componentei „{component}”.",
        "en": "No stored plan has indicators of the component “{component}”.",
    },
    "download.csv": {"ro": "Descarcă CSV", "en": "Download CSV (Romanian Excel)"},
    "download.csv_help": {
        "ro": "Pentru Excel sau LibreOffice în limba română: câmpuri separate prin „;”, "
        "virgulă zecimală, diacritice păstrate.",
        "en": "For a Romanian-locale Excel or LibreOffice: fields separated by “;”, decimal "
        "comma, UTF-8.",
    },
    "download.csv_plain": {"ro": "CSV cu virgulă", "en": "Download CSV"},
    "download.csv_plain_help": {
        "ro": "Format internațional: câmpuri separate prin virgulă, punct zecimal.",
        "en": "International format: comma-separated fields, decimal point.",
    },
    "download.title_filters": {"ro": "Filtre: {text}", "en": "Filters: {text}"},
    "download.title_date": {"ro": "Descărcat la {date}", "en": "Downloaded on {date}"},
    "download.xlsx": {"ro": "Descarcă Excel", "en": "Download Excel"},
    "chart.data_table": {"ro": "Datele graficului (tabel)", "en": "Chart data (table)"},
    "chart.empty": {
        "ro": "Nu există date pentru filtrele alese.",
        "en": "There is no data for the chosen filters.",
    },
    "source.plan": {
        "ro": "Sursa: {title} ({doc}), {where}",
        "en": "Source: {title} ({doc}), {where}",
    },
    "source.plan_loaded": {
        "ro": "Sursa: {title}, încărcat de direcție, {where}",
        "en": "Source: {title}, loaded by the directorate, {where}",
    },
    "glossary.title": {"ro": "Abrevieri folosite pe pagină", "en": "Abbreviations on this page"},
    "filter.year": {"ro": "Anul registrului", "en": "Registry year"},
    "filter.plan": {"ro": "Planul", "en": "Plan"},
    "url.bad_value": {
        "ro": "„{param}={value}” din adresă nu corespunde niciunei opțiuni pentru „{label}”; "
        "se arată „{shown}”.",
        "en": "“{param}={value}” in the address matches no option of “{label}”; showing “{shown}”.",
    },
    "registry.bad_year": {
        "ro": "Anul „{value}” din adresă nu are registru; se arată registrul {year}.",
        "en": "The year “{value}” in the address has no registry; showing the {year} registry.",
    },
    "registry.none": {
        "ro": "Nu există încă niciun registru al serviciilor. Încărcați planul anual (Raportare → Planuri).",
        "en": "There is no service registry yet. Load the annual plan (Reporting → Plans).",
    },
    "error.store": {
        "ro": "Planurile nu pot fi citite acum din baza de date; pagina nu poate fi afișată. Încercați din nou peste câteva minute; dacă problema rămâne, anunțați administratorul aplicației.",
        "en": "The plans cannot be read from the database right now; the page cannot be shown. Try again in a few minutes; if it persists, tell the application's administrator.",
    },
    "error.unexpected": {
        "ro": "Această parte a paginii nu a putut fi afișată din cauza unei erori neprevăzute. "
        "Reîncărcați pagina; dacă se repetă, comunicați administratorului referința {ref} "
        "(detaliile sunt în jurnalul serverului).",
        "en": "This part of the page could not be shown because of an unexpected error. Reload "
        "the page; if it happens again, give the administrator the reference {ref} (the "
        "server log holds the details).",
    },
    "error.curated": {
        "ro": "Datele curate nu sunt valide; pagina nu poate fi afișată. Detalii:",
        "en": "The curated data are not valid; the page cannot be shown. Details:",
    },
    "footer.last_report": {
        "ro": "Ultima valoare raportată: {when}.",
        "en": "Last reported value: {when}.",
    },
    "footer.as_of": {
        "ro": "Date la {date}. Registrul serviciilor, anii: {years}.",
        "en": "Data as of {date}. Service registry, years: {years}.",
    },
    "flag.note": {"ro": "Notă", "en": "Note"},
    "yes": {"ro": "da", "en": "yes"},
    "no": {"ro": "nu", "en": "no"},
}
