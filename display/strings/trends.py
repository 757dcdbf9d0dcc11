"""Strings of the trend views: registry years on the Overview and a service's own history."""

STRINGS: dict[str, dict[str, str]] = {
    "trend.places": {
        "ro": "Locuri pe an de registru, pe componente",
        "en": "Places per registry year, by component",
    },
    "trend.budget": {
        "ro": "Buget județean pe an de registru (mii lei), pe componente",
        "en": "County budget per registry year (thousand lei), by component",
    },
    "trend.headline_places": {
        "ro": "{change} locuri față de {previous} ({year}: {places} locuri, {residents} rezidenți, "
        "grad de ocupare {occupancy}, {occupancy_change} puncte procentuale).",
        "en": "{change} places since {previous} ({year}: {places} places, {residents} residents, "
        "occupancy {occupancy}, {occupancy_change} percentage points).",
    },
    "trend.headline_budget": {
        "ro": "{change} mii lei față de {previous} ({year}: {budget} mii lei din bugetul județean).",
        "en": "{change} thousand lei since {previous} ({year}: {budget} thousand lei of county "
        "budget).",
    },
    "trend.one_year": {
        "ro": "Un singur an de registru ({year}): evoluția se vede de la registrul anului următor.",
        "en": "A single registry year ({year}): trends show from the next year's registry.",
    },
    "trend.col.year": {"ro": "Anul registrului", "en": "Registry year"},
    "component.all": {"ro": "Total județ", "en": "County total"},
    "trend.service_history": {
        "ro": "Istoricul unui serviciu: locuri, beneficiari, ocupare și cost",
        "en": "A service's history: places, beneficiaries, occupancy and cost",
    },
    "trend.pick_service": {"ro": "Serviciul", "en": "Service"},
    "trend.service_headline": {
        "ro": "{name}: de la {first_places} locuri în {first} la {last_places} în {last}; "
        "{residents} beneficiari în {last}.",
        "en": "{name}: from {first_places} places in {first} to {last_places} in {last}; "
        "{residents} beneficiaries in {last}.",
    },
    "trend.col.per_place": {"ro": "Buget pe loc/an (lei)", "en": "Budget per place/year (lei)"},
    "trend.col.per_resident": {
        "ro": "Buget pe beneficiar/an (lei)",
        "en": "Budget per beneficiary/year (lei)",
    },
}
