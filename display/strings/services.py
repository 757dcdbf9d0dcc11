"""Strings of the Overview and Services pages (service registry, occupancy, cost)."""

STRINGS: dict[str, dict[str, str]] = {
    "overview.title": {"ro": "Privire de ansamblu", "en": "Overview"},
    "overview.intro": {
        "ro": "Serviciile sociale ale DGASPC Bacău în anul ales: câte sunt, cât de pline sunt și "
        "ce costă, din registrul planului anual de acțiune al acelui an.",
        "en": "DGASPC Bacău's social services in the chosen year: how many, how full and what "
        "they cost, from that year's annual action plan registry.",
    },
    "kpi.service_units": {"ro": "Unități de serviciu", "en": "Service units"},
    "kpi.places": {"ro": "Locuri", "en": "Places"},
    "kpi.residents": {"ro": "Beneficiari rezidenți", "en": "Residents"},
    "kpi.occupancy": {"ro": "Grad de ocupare", "en": "Occupancy"},
    "kpi.budget": {"ro": "Buget județean (mii lei)", "en": "County budget (thousand lei)"},
    "kpi.places_help": {
        "ro": "Capacitatea serviciilor rezidențiale și de tip familial (fără centrele de zi).",
        "en": "Capacity of residential and family-type services (day centres excluded).",
    },
    "kpi.budget_help": {
        "ro": "Bugetul estimat din bugetul județean pentru anul registrului; serviciile finanțate din alte surse (X) nu sunt incluse.",
        "en": "Estimated county budget for the registry's year; services financed from other sources (X) are not included.",
    },
    "kpi.flow": {
        "ro": "Beneficiari/an în centre de zi și consiliere",
        "en": "Day/counselling beneficiaries per year",
    },
    "overview.by_component": {"ro": "Pe componente", "en": "By component"},
    "overview.places_by_component": {
        "ro": "Locuri și beneficiari rezidenți pe componente",
        "en": "Places and residents by component",
    },
    "overview.budget_by_component": {
        "ro": "Bugetul județean pe componente (mii lei)",
        "en": "County budget by component (thousand lei)",
    },
    "overview.headline_places": {
        "ro": "Cele mai multe locuri sunt la {top}: {top_places} din totalul de {places}.",
        "en": "{top} has the most places: {top_places} of {places} in all.",
    },
    "overview.headline_budget": {
        "ro": "Bugetul județean al serviciilor: {budget} mii lei; cea mai mare parte, {share}, "
        "pentru {top}.",
        "en": "County budget for the services: {budget} thousand lei; the largest share, {share}, "
        "goes to {top}.",
    },
    "overview.over_capacity": {
        "ro": "Servicii peste capacitate",
        "en": "Services over capacity",
    },
    "overview.over_capacity_none": {
        "ro": "Niciun serviciu nu depășește capacitatea pentru filtrele alese.",
        "en": "No service is over capacity for the chosen filters.",
    },
    "overview.headline_occupancy": {
        "ro": "{n} din {total} servicii cu locuri sunt peste capacitate; gradul de ocupare "
        "rezidențial este {rate}.",
        "en": "{n} of {total} place-based services are over capacity; residential occupancy "
        "is {rate}.",
    },
    "overview.flow_note": {
        "ro": "Centrele de zi și compartimentele de consiliere raportează beneficiari pe an, "
        "nu locuri ocupate: apar separat și nu intră în gradul de ocupare.",
        "en": "Day centres and counselling units report beneficiaries per year, not occupied "
        "places: they are shown apart and never enter the occupancy rate.",
    },
    "services.title": {"ro": "Servicii sociale", "en": "Social services"},
    "services.intro": {
        "ro": "Registrul serviciilor DGASPC Bacău (Cap. I.A al planului anual al anului ales), cu "
        "gradul de ocupare și costul pe loc.",
        "en": "DGASPC Bacău's service registry (Ch. I.A of the chosen year's annual plan), with "
        "occupancy and cost per place.",
    },
    "services.filter.type": {"ro": "Tip de serviciu", "en": "Service type"},
    "services.filter.complex": {"ro": "Complex (grup de buget)", "en": "Complex (budget group)"},
    "services.filter.uat": {"ro": "UAT", "en": "Municipality (UAT)"},
    "services.count": {
        "ro": "{n} unități de serviciu corespund filtrelor.",
        "en": "{n} service units match the filters.",
    },
    "services.table": {"ro": "Registrul serviciilor", "en": "Service registry"},
    "services.occupancy_chart": {
        "ro": "Gradul de ocupare al serviciilor cu locuri",
        "en": "Occupancy of place-based services",
    },
    "services.occupancy_headline": {
        "ro": "{over} servicii peste 100 %, {under} sub {threshold}; ocuparea medie ponderată "
        "este {rate}.",
        "en": "{over} services above 100%, {under} below {threshold}; weighted occupancy is "
        "{rate}.",
    },
    "services.flow_chart": {
        "ro": "Centre de zi și consiliere: capacitate și beneficiari pe an",
        "en": "Day and counselling services: capacity and beneficiaries per year",
    },
    "services.cost_chart": {
        "ro": "Cost pe loc pe an, pe complex (lei)",
        "en": "Cost per place per year, by complex (lei)",
    },
    "services.cost_headline": {
        "ro": "Cel mai scump loc: {top} ({value} lei/an); cel mai ieftin: {low} ({low_value} "
        "lei/an).",
        "en": "Most expensive place: {top} ({value} lei/year); cheapest: {low} ({low_value} "
        "lei/year).",
    },
    "services.cost_note": {
        "ro": "Bugetul este o celulă comună pentru tot complexul: costul pe loc se calculează "
        "pe complex, niciodată împărțit pe servicii. Complexele finanțate din alte surse (X) "
        "nu au cost județean.",
        "en": "A budget is one merged cell for the whole complex: cost per place is computed per "
        "complex, never split between services. Complexes financed from other sources (X) have "
        "no county cost.",
    },
    "services.flags": {
        "ro": "Celule ambigue din sursă (păstrate textual)",
        "en": "Ambiguous source cells (kept verbatim)",
    },
    "services.bad_items": {
        "ro": "{filter}: „{items}” din link (?{param}=) nu se află printre opțiunile paginii; "
        "a fost ignorat.",
        "en": "{filter}: “{items}” in the link (?{param}=) is not one of the page's choices; "
        "it was ignored.",
    },
    "services.unknown_location": {"ro": "loc necunoscut", "en": "unknown location"},
    "col.row_no": {"ro": "Nr. crt.", "en": "Row"},
    "col.name": {"ro": "Serviciu", "en": "Service"},
    "col.code": {"ro": "Cod", "en": "Code"},
    "col.component": {"ro": "Componentă", "en": "Component"},
    "col.service_type": {"ro": "Tip", "en": "Type"},
    "col.capacity": {"ro": "Capacitate", "en": "Capacity"},
    "col.capacity_target": {"ro": "Capacitate țintă", "en": "Target capacity"},
    "col.beneficiaries": {"ro": "Beneficiari", "en": "Beneficiaries"},
    "col.occupancy_text": {"ro": "Grad de ocupare (text sursă)", "en": "Occupancy (source text)"},
    "col.occupancy_pct": {"ro": "Grad de ocupare (%)", "en": "Occupancy (%)"},
    "col.status": {"ro": "Stare", "en": "Status"},
    "col.uat": {"ro": "UAT", "en": "Municipality"},
    "col.complex": {"ro": "Complex", "en": "Complex"},
    "col.source_line": {"ro": "Linia în sursă", "en": "Source line"},
    "col.notes": {"ro": "Note", "en": "Notes"},
    "col.places": {"ro": "Locuri", "en": "Places"},
    "col.residents": {"ro": "Beneficiari rezidenți", "en": "Residents"},
    "col.budget": {"ro": "Buget (mii lei)", "en": "Budget (thousand lei)"},
    "col.cost_year": {"ro": "Cost/loc/an (lei)", "en": "Cost/place/year (lei)"},
    "col.cost_month": {"ro": "Cost/loc/lună (lei)", "en": "Cost/place/month (lei)"},
    "col.flow_beneficiaries": {"ro": "Beneficiari/an", "en": "Beneficiaries/year"},
    "col.location_confidence": {"ro": "Localizare", "en": "Location"},
    "status.over": {"ro": "▲ peste capacitate", "en": "▲ over capacity"},
    "status.full": {"ro": "■ plin", "en": "■ full"},
    "status.ok": {"ro": "● normal", "en": "● normal"},
    "status.under": {"ro": "▼ sub-utilizat", "en": "▼ under-used"},
    "status.no_capacity": {"ro": "– fără capacitate", "en": "– no capacity"},
    "status.not_places": {"ro": "○ beneficiari/an", "en": "○ beneficiaries/year"},
    "location.stated": {"ro": "declarată", "en": "stated"},
    "location.inferred": {"ro": "dedusă", "en": "inferred"},
    "location.unknown": {"ro": "necunoscută", "en": "unknown"},
    "location.directorate": {"ro": "stabilită de direcție", "en": "set by the directorate"},
    "stype.family_type_home": {"ro": "Casă de tip familial / apartament", "en": "Family-type home"},
    "stype.emergency_reception": {
        "ro": "Centru de primire în regim de urgență",
        "en": "Emergency reception centre",
    },
    "stype.maternal_centre": {"ro": "Centru maternal", "en": "Maternal centre"},
    "stype.day_recovery_centre": {"ro": "Centru de zi de recuperare", "en": "Day recovery centre"},
    "stype.counselling": {"ro": "Consiliere", "en": "Counselling"},
    "stype.youth_support": {"ro": "Sprijin pentru tineri", "en": "Youth support"},
    "stype.domestic_violence_shelter": {
        "ro": "Adăpost violență domestică",
        "en": "Domestic-violence shelter",
    },
    "stype.foster_care": {"ro": "Asistență maternală", "en": "Foster care"},
    "stype.rehabilitation_centre": {
        "ro": "Centru de recuperare și reabilitare",
        "en": "Rehabilitation centre",
    },
    "stype.care_assistance_centre": {
        "ro": "Centru de îngrijire și asistență",
        "en": "Care and assistance centre",
    },
    "stype.protected_house": {"ro": "Locuință protejată", "en": "Protected house"},
    "stype.occupational_therapy_centre": {
        "ro": "Centru de terapie ocupațională",
        "en": "Occupational therapy centre",
    },
    "stype.elderly_home": {"ro": "Cămin pentru vârstnici", "en": "Elderly home"},
    "stype.other": {"ro": "Alt serviciu", "en": "Other service"},
}
