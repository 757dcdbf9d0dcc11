"""Strings of the County map page (/harta)."""

STRINGS: dict[str, dict[str, str]] = {
    "map.title": {"ro": "Harta județului", "en": "County map"},
    "map.intro": {
        "ro": "Ce are fiecare dintre cele 93 de UAT-uri: servicii, locuri, bani și distanța până "
        "la cel mai apropiat serviciu.",
        "en": "What each of the 93 UATs has: services, places, money and the distance to the "
        "nearest service.",
    },
    "map.metric": {"ro": "Indicator pe hartă", "en": "Map metric"},
    "map.m.service_units": {"ro": "Unități de serviciu DGASPC", "en": "DGASPC service units"},
    "map.m.places": {"ro": "Locuri (capacitate)", "en": "Places (capacity)"},
    "map.m.places_per_1000": {
        "ro": "Locuri la 1.000 de locuitori",
        "en": "Places per 1,000 inhabitants",
    },
    "map.m.county_budget_thousand_lei": {
        "ro": "Buget județean localizat (mii lei)",
        "en": "Located county budget (thousand lei)",
    },
    "map.m.project_money_lei": {
        "ro": "Bani din proiecte (lei, UAT partener)",
        "en": "Project money (lei, partner UAT)",
    },
    "map.m.planned_places": {"ro": "Locuri planificate", "en": "Planned places"},
    "map.m.nearest_km": {
        "ro": "Distanța până la cel mai apropiat serviciu (km)",
        "en": "Distance to the nearest service (km)",
    },
    "map.distance_none": {
        "ro": "Registrul nu are niciun serviciu al componentei „{component}”: distanța până la "
        "cel mai apropiat serviciu nu se poate măsura.",
        "en": "The registry has no service of the component “{component}”: the distance to the "
        "nearest service cannot be measured.",
    },
    "map.distance_component": {
        "ro": "Distanța până la un serviciu pentru",
        "en": "Distance to a service for",
    },
    "map.legend": {
        "ro": "Clase: cuantile ale valorilor pozitive (5 clase); gri = 0 sau fără valoare. Paletă cividis (sigură pentru daltonism).",
        "en": "Classes: quantiles of the positive values (5 classes); grey = 0 or no value. Cividis palette (colour-blind safe).",
    },
    "map.legend_class": {"ro": "{low} – {high}", "en": "{low} – {high}"},
    "map.legend_zero": {"ro": "0 / fără valoare", "en": "0 / no value"},
    "map.points_legend": {"ro": "Servicii și centre", "en": "Services and centres"},
    "map.legend_services": {"ro": "Servicii: {component}", "en": "Services: {component}"},
    "map.legend_centres": {
        "ro": "Centre comunitare integrate",
        "en": "Integrated community centres",
    },
    "map.headline": {
        "ro": "{top} are cea mai mare valoare ({value}); {zero} din 93 de UAT-uri au 0.",
        "en": "{top} has the highest value ({value}); {zero} of 93 UATs have 0.",
    },
    "map.desert_headline": {
        "ro": "{n} din 93 de UAT-uri sunt la peste {km} km de cel mai apropiat serviciu ({component}).",
        "en": "{n} of 93 UATs are more than {km} km from the nearest service ({component}).",
    },
    "map.ranking": {"ro": "Clasamentul UAT-urilor", "en": "UAT ranking"},
    "map.pick": {"ro": "Alegeți un UAT pentru profil", "en": "Choose a UAT for its profile"},
    "map.centre_tip": {
        "ro": "Centru comunitar integrat ({project})\n{uat} · adresă și capacitate nepublicate",
        "en": "Integrated community centre ({project})\n{uat} · address and capacity not published",
    },
    "map.centres_note": {
        "ro": "Punctele roșu-oranj: cele {n} centre comunitare integrate din proiectele PN3002 și PN4056 "
        "(Cap. IV, activitățile 2.3.1–2.3.2), așezate în UAT-ul lor; documentul nu le dă adresa "
        "sau capacitatea.",
        "en": "Vermillion points: the {n} integrated community centres of projects PN3002 and PN4056 "
        "(Cap. IV, activities 2.3.1–2.3.2), placed in their UAT; the document gives neither "
        "address nor capacity.",
    },
    "map.profile.centres": {
        "ro": "Centre comunitare integrate (PN3002, PN4056)",
        "en": "Integrated community centres (PN3002, PN4056)",
    },
    "map.reported": {"ro": "Valori raportate pe UAT", "en": "Values reported per UAT"},
    "map.reported_pick": {"ro": "Indicatorul", "en": "Indicator"},
    "map.suppression": {
        "ro": "Numerele de la 1 la 4 apar ca „<5” (și încă o celulă, ca totalul să nu le "
        "dezvăluie): {n} celule ascunse. La fel în descărcări.",
        "en": "Numbers from 1 to 4 read “<5” (and one more cell, so the total cannot reveal "
        "them): {n} cells hidden. The same in downloads.",
    },
    "map.profile.reported": {
        "ro": "Valori raportate pentru acest UAT",
        "en": "Values reported for this UAT",
    },
    "map.pick_hint": {
        "ro": "Sau dați clic pe un UAT pe hartă; linkul paginii păstrează UAT-ul ales.",
        "en": "Or click a UAT on the map; the page link keeps the chosen UAT.",
    },
    "map.bad_uat": {
        "ro": "„uat={value}” din link nu este un cod SIRUTA al unui UAT din județul Bacău; "
        "a fost ignorat.",
        "en": "“uat={value}” in the link is not the SIRUTA code of a UAT of Bacău County; "
        "it was ignored.",
    },
    "map.profile": {"ro": "Profilul UAT: {name}", "en": "UAT profile: {name}"},
    "map.profile.history": {
        "ro": "Istoricul serviciilor din {name}: locuri, beneficiari, ocupare pe an de registru",
        "en": "History of the services in {name}: places, beneficiaries, occupancy by registry "
        "year",
    },
    "map.profile.history_headline": {
        "ro": "{services}: {first_places} locuri în {first}, {last_places} în {last}; "
        "{residents} beneficiari în {last}.",
        "en": "{services}: {first_places} places in {first}, {last_places} in {last}; "
        "{residents} beneficiaries in {last}.",
    },
    "map.profile.history_headline_one_year": {
        "ro": "{services}, în registru doar în {last}: {last_places} locuri, {residents} "
        "beneficiari.",
        "en": "{services}, in the registry in {last} only: {last_places} places, {residents} "
        "beneficiaries.",
    },
    "map.profile.services_one": {"ro": "1 serviciu", "en": "1 service"},
    "map.profile.services_many": {"ro": "{n} servicii", "en": "{n} services"},
    "map.profile.population": {"ro": "Populație (RPL 2021)", "en": "Population (2021 census)"},
    "map.profile.services": {"ro": "Servicii DGASPC aici", "en": "DGASPC services here"},
    "map.profile.planned": {"ro": "Servicii planificate aici", "en": "Services planned here"},
    "map.profile.projects": {
        "ro": "Proiecte cu acest UAT partener",
        "en": "Projects with this partner UAT",
    },
    "map.profile.distances": {
        "ro": "Distanța până la cel mai apropiat serviciu",
        "en": "Distance to the nearest service",
    },
    "map.profile.none": {
        "ro": "Nimic înregistrat pentru acest UAT.",
        "en": "Nothing recorded for this UAT.",
    },
    "map.unknown": {
        "ro": "Servicii cu loc necunoscut (nu apar pe hartă)",
        "en": "Services with unknown location (not on the map)",
    },
    "map.unknown_count": {
        "ro": "{n} unități de serviciu nu au UAT declarat sau dedus în document; sunt listate aici, nu ignorate.",
        "en": "{n} service units have no UAT stated or inferable in the document; they are listed here, not dropped.",
    },
    "map.download_geojson": {"ro": "Descarcă GeoJSON", "en": "Download GeoJSON"},
    "map.col.indicator": {"ro": "Indicator", "en": "Indicator"},
    "map.col.indicator_text": {"ro": "Ce măsoară", "en": "What it measures"},
    "map.col.period": {"ro": "Perioada (sfârșit)", "en": "Period (end)"},
    "map.col.km": {"ro": "Distanța (km)", "en": "Distance (km)"},
    "map.col.planned_name": {"ro": "Serviciu planificat", "en": "Planned service"},
    "map.col.units": {"ro": "Unități", "en": "Units"},
    "map.col.places_per_unit": {"ro": "Locuri pe unitate", "en": "Places per unit"},
    "map.col.funding": {"ro": "Finanțare", "en": "Funding"},
    "map.col.project": {"ro": "Proiect", "en": "Project"},
    "map.col.project_title": {"ro": "Titlul proiectului", "en": "Project title"},
    "map.col.project_budget": {"ro": "Valoare totală (lei)", "en": "Total value (lei)"},
    "map.col.centre_name": {"ro": "Denumirea din document", "en": "Name in the document"},
    "map.col.centre_status": {"ro": "Stadiu", "en": "Status"},
    "map.reported_source": {
        "ro": "Sursa: valorile raportate pe UAT de direcții în această aplicație (pagina Raportare).",
        "en": "Source: the values reported per UAT by the directorates in this app (Reporting page).",
    },
    "map.profile.kpi_services": {"ro": "Servicii DGASPC", "en": "DGASPC services"},
    "map.profile.kpi_places": {"ro": "Locuri", "en": "Places"},
    "map.profile.kpi_planned": {"ro": "Locuri planificate", "en": "Planned places"},
    "map.profile.source": {
        "ro": "Populație: INS, RPL 2021 · {plan}",
        "en": "Population: INS, 2021 census · {plan}",
    },
    "map.profile.pdf": {"ro": "Profilul UAT (PDF, o pagină)", "en": "UAT profile (PDF, one page)"},
    "map.profile.pdf_help": {
        "ro": "O pagină A4 de tipărit: cifrele, tabelele (primele rânduri) și sursa profilului.",
        "en": "One printable A4 page: the profile's figures, tables (first rows) and source.",
    },
    "map.profile.pdf_more": {
        "ro": "… încă {n} rânduri în aplicație.",
        "en": "… {n} more rows in the app.",
    },
    "map.profile.pdf_year": {
        "ro": "Registrul serviciilor: {year} · {as_of}",
        "en": "Service registry: {year} · {as_of}",
    },
    "map.profile.none_chosen": {
        "ro": "Alegeți un UAT (parametrul ?uat= cu codul SIRUTA).",
        "en": "Choose a UAT (the ?uat= parameter with its SIRUTA code).",
    },
    "map.col.uat": {"ro": "UAT", "en": "UAT"},
    "map.col.type": {"ro": "Tip UAT", "en": "UAT type"},
    "map.col.population": {"ro": "Populație", "en": "Population"},
    "map.col.value": {"ro": "Valoare", "en": "Value"},
    "map.col.desert": {"ro": "Peste prag", "en": "Above threshold"},
    "map.budget_note": {
        "ro": "Bugetul unui complex este localizat într-un UAT doar dacă toate serviciile complexului sunt acolo; altfel rămâne nelocalizat (nu se împarte).",
        "en": "A complex's budget is placed in a UAT only when all its services are there; otherwise it stays unplaced (never split).",
    },
}
