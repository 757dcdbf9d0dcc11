"""Strings of the presentation mode and the council pack."""

STRINGS: dict[str, dict[str, str]] = {
    "pack.panel": {"ro": "Pachet pentru consiliu", "en": "Council pack"},
    "pack.make": {"ro": "Pachet pentru consiliu", "en": "Council pack"},
    "pack.make_help": {
        "ro": "Generează o prezentare PPTX și un raport PDF cu graficele alese ale acestei pagini, cu filtrele active, și le arhivează.",
        "en": "Builds a PPTX deck and a PDF report with the chosen charts of this page, with the active filters, and archives them.",
    },
    "pack.views_placeholder": {"ro": "Alegeți graficele", "en": "Choose the charts"},
    "pack.views": {"ro": "Graficele incluse", "en": "Charts included"},
    "pack.making": {
        "ro": "Se generează pachetul (imagini, PPTX, PDF)…",
        "en": "Building the pack (images, PPTX, PDF)…",
    },
    "pack.ready": {
        "ro": "Pachetul {id} este gata și arhivat.",
        "en": "Pack {id} is ready and archived.",
    },
    "pack.nothing": {
        "ro": "Această pagină nu are grafice sau cifre de inclus într-un pachet.",
        "en": "This page has no charts or figures to put in a pack.",
    },
    "pack.error": {
        "ro": "Pachetul nu a putut fi generat: {reason}",
        "en": "The pack could not be built: {reason}",
    },
    "pack.download_pptx": {"ro": "Descarcă PPTX", "en": "Download PPTX"},
    "pack.download_pdf": {"ro": "Descarcă PDF", "en": "Download PDF"},
    "pack.archive": {"ro": "Pachete arhivate", "en": "Archived packs"},
    "pack.archive_pick": {"ro": "Pachetul", "en": "Pack"},
    "pack.archive_empty": {"ro": "Niciun pachet arhivat încă.", "en": "No pack archived yet."},
    "pack.archive_item": {
        "ro": "{time} · {page} · {filters}",
        "en": "{time} · {page} · {filters}",
    },
    "pack.archive_note": {
        "ro": "Fișierele se descarcă exact cum au fost livrate (verificate cu amprenta SHA-256 din manifest).",
        "en": "Files download exactly as delivered (checked against the SHA-256 in the manifest).",
    },
    "pack.deck_title": {"ro": "Pachet pentru consiliu", "en": "Council pack"},
    "pack.id": {"ro": "Pachet {id}", "en": "Pack {id}"},
    "pack.generated": {"ro": "Generat la {time}", "en": "Generated on {time}"},
    "pack.filters": {"ro": "Filtre: {text}", "en": "Filters: {text}"},
    "pack.link": {
        "ro": "Aceeași vizualizare în tabloul de bord: {url}",
        "en": "The same view in the dashboard: {url}",
    },
    "pack.key_figures": {"ro": "Cifre cheie", "en": "Key figures"},
    "pack.col.figure": {"ro": "Indicator", "en": "Figure"},
    "pack.col.value": {"ro": "Valoare", "en": "Value"},
    "pack.appendix": {
        "ro": "Anexă — datele graficului: {title}",
        "en": "Appendix — chart data: {title}",
    },
    "pack.continued": {"ro": "(continuare)", "en": "(continued)"},
    "pack.sources": {"ro": "Surse", "en": "Sources"},
    "pack.sources_note": {
        "ro": "Fiecare număr provine din documentele-sursă de mai sus; rândul-sursă al fiecărei înregistrări se poate verifica în pagina „Date și surse” a tabloului de bord.",
        "en": "Every number comes from the source documents above; the source line of each record can be checked on the dashboard's “Data and sources” page.",
    },
    "pack.demo_mark": {
        "ro": "VALORI DEMONSTRATIVE — cifrele de realizare sunt generate, nu raportate",
        "en": "DEMONSTRATION VALUES — attainment figures are generated, not reported",
    },
    "demo.figures_mark": {"ro": "(valori demonstrative)", "en": "(demonstration values)"},
    "pres.start": {"ro": "Mod prezentare", "en": "Presentation mode"},
    "pres.start_help": {
        "ro": "Un grafic pe ecran, litere mari, fără meniu; adresa paginii reproduce diapozitivul.",
        "en": "One chart per screen, large type, no menu; the page address reproduces the slide.",
    },
    "pres.prev": {"ro": "Anterior", "en": "Previous"},
    "pres.next": {"ro": "Următor", "en": "Next"},
    "pres.exit": {"ro": "Ieșire din prezentare", "en": "Leave presentation"},
    "pres.position": {"ro": "Diapozitivul {n} din {total}", "en": "Slide {n} of {total}"},
    "pres.empty": {
        "ro": "Această pagină nu are grafice de prezentat.",
        "en": "This page has no charts to present.",
    },
}
