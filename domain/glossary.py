"""Abbreviations a reader meets in service names, owners and objectives, explained once (RO/EN).
The Romanian expansions are the names the registry itself prints (data/curated/services.csv,
e.g. "Centrul de recuperare și reabilitare neuropsihiatrică Răcăciuni" for CRRN Răcăciuni) or
the terms of the social-services law (Legea 292/2011, Legea 272/2004, HG 867/2015)."""

from __future__ import annotations

import re
from collections.abc import Iterable

ABBREVIATIONS: dict[str, dict[str, str]] = {
    "AMP": {"ro": "asistent maternal profesionist", "en": "professional foster carer"},
    "CABR": {
        "ro": "Centrul de abilitare și reabilitare (pentru persoane adulte cu dizabilități)",
        "en": "habilitation and rehabilitation centre (adults with disabilities)",
    },
    "CIA": {
        "ro": "Centrul de îngrijire și asistență",
        "en": "care and assistance centre",
    },
    "CPRU": {
        "ro": "Centrul de primire în regim de urgență",
        "en": "emergency reception centre",
    },
    "CRRN": {
        "ro": "Centrul de recuperare și reabilitare neuropsihiatrică",
        "en": "neuropsychiatric recovery and rehabilitation centre",
    },
    "CRRPH": {
        "ro": "Centrul de recuperare și reabilitare a persoanelor cu handicap",
        "en": "recovery and rehabilitation centre for persons with disabilities",
    },
    "CRRPD": {
        "ro": "Centrul de recuperare și reabilitare a persoanelor cu dizabilități",
        "en": "recovery and rehabilitation centre for persons with disabilities",
    },
    "CSSPD": {
        "ro": "Complexul de servicii sociale pentru persoane cu dizabilități",
        "en": "social services complex for persons with disabilities",
    },
    "CSS": {"ro": "Complexul de servicii sociale", "en": "social services complex"},
    "CTF": {"ro": "casă de tip familial", "en": "family-type home"},
    "DAS": {
        "ro": "Direcția de asistență socială (a primăriei)",
        "en": "municipal social assistance directorate",
    },
    "DGASPC": {
        "ro": "Direcția Generală de Asistență Socială și Protecția Copilului",
        "en": "Directorate-General for Social Assistance and Child Protection",
    },
    "LMP": {"ro": "locuință maxim protejată", "en": "fully supported home"},
    "SPAS": {
        "ro": "Serviciul public de asistență socială (al primăriei)",
        "en": "municipal public social assistance service",
    },
    "UAT": {
        "ro": "unitate administrativ-teritorială (municipiu, oraș sau comună)",
        "en": "administrative-territorial unit (municipality, town or commune)",
    },
}
_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w-])"
)


def found_in(texts: Iterable[str]) -> list[str]:
    """The abbreviations that occur in `texts` (as whole words), alphabetically."""
    seen: set[str] = set()
    for text in texts:
        seen.update(_PATTERN.findall(str(text)))
    return sorted(seen)


def explain(abbreviations: Iterable[str], lang: str) -> list[tuple[str, str]]:
    """(abbreviation, meaning) in the language, for the glossary a page shows."""
    return [(a, ABBREVIATIONS[a][lang]) for a in abbreviations]


def abbreviate(name: str) -> str:
    """A service's name with its type written as the abbreviation the plan itself uses:
    "Centrul de recuperare și reabilitare neuropsihiatrică Răcăciuni" → "CRRN Răcăciuni" (for
    chart labels; the glossary explains it, the table keeps the full name)."""
    text = " ".join(str(name).split())
    for abbr, meaning in sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[1]["ro"])):
        expansion = meaning["ro"].split(" (")[0]
        if text.lower().startswith(expansion.lower() + " "):
            return f"{abbr} {text[len(expansion) + 1 :]}"
    return text
