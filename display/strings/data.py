"""Strings of the Data and sources page (/date)."""

STRINGS: dict[str, dict[str, str]] = {
    "data.title": {"ro": "Date și surse", "en": "Data and sources"},
    "data.intro": {
        "ro": "Fiecare tabel curat, de unde vine și cum se poate verifica: fiecare rând are "
        "documentul și linia sursă.",
        "en": "Every curated table, where it comes from and how to check it: every row names its "
        "source document and line.",
    },
    "data.catalog": {"ro": "Catalogul datelor", "en": "Data catalogue"},
    "data.col.file": {"ro": "Fișier", "en": "File"},
    "data.col.title": {"ro": "Conținut", "en": "Contents"},
    "data.col.rows": {"ro": "Rânduri", "en": "Rows"},
    "data.col.source": {"ro": "Sursa", "en": "Source"},
    "data.col.date": {"ro": "Actualizat", "en": "Updated"},
    "data.col.licence": {"ro": "Licență / credit", "en": "Licence / credit"},
    "data.col.produced_by": {"ro": "Produs de", "en": "Produced by"},
    "data.pick_table": {"ro": "Tabel", "en": "Table"},
    "data.search": {"ro": "Caută în tabel", "en": "Search the table"},
    "data.matches": {"ro": "{n} din {total} rânduri", "en": "{n} of {total} rows"},
    "data.columns": {"ro": "Coloanele tabelului", "en": "Table columns"},
    "data.col.column": {"ro": "Coloană", "en": "Column"},
    "data.col.meaning": {"ro": "Semnificație și unitate", "en": "Meaning and unit"},
    "data.lineage": {"ro": "Proveniența unui indicator", "en": "Lineage of an indicator"},
    "data.pick_indicator": {"ro": "Indicator", "en": "Indicator"},
    "data.no_indicators": {
        "ro": "Tabelul indicatorilor nu este încă disponibil.",
        "en": "The indicator table is not available yet.",
    },
    "data.verbatim": {"ro": "Textul din sursă (exact)", "en": "Source text (verbatim)"},
    "data.where": {"ro": "Documentul {doc}, linia {line}", "en": "Document {doc}, line {line}"},
    "data.where_loaded": {
        "ro": "Din registrul planului „{title}”, încărcat de direcție (fără document sursă).",
        "en": "From the workbook of “{title}”, loaded by the directorate (no source document).",
    },
    "data.excerpt": {"ro": "Fragment din document", "en": "Document excerpt"},
    "data.parsed": {"ro": "Câmpuri interpretate", "en": "Parsed fields"},
    "data.corrections": {"ro": "Corecturi aplicate", "en": "Corrections applied"},
    "data.no_corrections": {
        "ro": "Nicio corectură manuală pentru acest indicator sau activitatea lui.",
        "en": "No hand correction for this indicator or its activity.",
    },
    "data.milestones": {"ro": "Etape (ținte eșalonate)", "en": "Milestones (split targets)"},
    "data.field": {"ro": "Câmp", "en": "Field"},
    "data.value": {"ro": "Valoare", "en": "Value"},
    "data.activity": {"ro": "Activitatea", "en": "Activity"},
    "data.sources_note": {
        "ro": "Documentele sursă sunt păstrate neschimbate în data/sources/; limitele UAT și "
        "populația au proveniența în data/geo/README.md.",
        "en": "The source documents are kept unchanged in data/sources/; UAT boundaries and "
        "population have their provenance in data/geo/README.md.",
    },
    "data.description_en": {
        "ro": "Nota de proveniență a tabelului (în limba engleză)",
        "en": "The table's provenance note",
    },
}
