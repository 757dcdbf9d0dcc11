"""Every metric the dashboard shows, declared once: label RO/EN, unit, format, definition."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    """A metric's declaration; pages, charts and downloads read labels and units from here."""

    name: str
    label_ro: str
    label_en: str
    unit: str  # "count", "places", "pct" (0–100), "lei", "thousand_lei", "per_1000", "km"
    decimals: int
    definition_ro: str
    definition_en: str

    def label(self, lang: str = "ro") -> str:
        """The label in `lang`."""
        return self.label_en if lang == "en" else self.label_ro

    def definition(self, lang: str = "ro") -> str:
        """The definition in `lang`."""
        return self.definition_en if lang == "en" else self.definition_ro


_METRICS = [
    Metric("service_units", "Unități de serviciu", "Service units", "count", 0,
           "Numărul rândurilor din registrul serviciilor (rândul 41 are cinci subunități).",
           "Number of rows of the service registry (row 41 has five sub-units)."),
    Metric("places", "Locuri", "Places", "places", 0,
           "Capacitatea curentă a serviciilor rezidențiale și de tip familial.",
           "Current capacity of residential and family-type services."),
    Metric("residents", "Beneficiari rezidenți", "Residents", "count", 0,
           "Beneficiarii serviciilor rezidențiale și de tip familial, așa cum sunt scriși.",
           "Beneficiaries of residential and family-type services, as written."),
    Metric("flow_beneficiaries", "Beneficiari/an (zi și consiliere)",
           "Beneficiaries/year (day and counselling)", "count", 0,
           "Beneficiari pe an ai centrelor de zi și compartimentelor de consiliere; "
           "nu se adună cu locurile.",
           "Beneficiaries per year of day centres and counselling units; never added to places."),
    Metric("occupancy_pct", "Grad de ocupare", "Occupancy", "pct", 1,
           "Beneficiari rezidenți / locuri × 100, doar pentru servicii cu locuri; "
           "capacitate 0 sau lipsă → fără valoare.",
           "Residents / places × 100, place-based services only; zero or missing capacity → "
           "no value."),
    Metric("county_budget_thousand_lei", "Buget județean", "County budget", "thousand_lei", 2,
           "Bugetul estimat din bugetul județean, pe celule de buget (mii lei), 2022.",
           "Estimated county budget per merged budget cell (thousand lei), 2022."),
    Metric("budget_per_place_year_lei", "Cost pe loc pe an", "Cost per place per year", "lei", 0,
           "Bugetul județean al grupului / locurile grupului; bugetul nu se împarte între "
           "servicii.",
           "The group's county budget / the group's places; a budget is never split between "
           "services."),
    Metric("budget_per_place_month_lei", "Cost pe loc pe lună", "Cost per place per month",
           "lei", 0, "Costul pe loc pe an / 12.", "Cost per place per year / 12."),
    Metric("attainment_pct", "Grad de realizare", "Attainment", "pct", 0,
           "Valoarea raportată față de ținta în vigoare (minim: realizat/țintă; maxim: "
           "țintă/realizat; aproximativ: apropierea de țintă); fără valoare raportată → fără date, "
           "niciodată 0 %.",
           "Reported value against the target in force (min: actual/target; max: target/actual; "
           "approx: closeness); no reported value → no data, never 0 %."),
    Metric("time_elapsed_pct", "Timp scurs", "Time elapsed", "pct", 0,
           "Partea scursă din intervalul țintei (de la începutul planului sau al anului, pentru "
           "ținte anuale, până la termen).",
           "Share of the target's window that has passed (from the plan start, or the year start "
           "for annual targets, to the deadline)."),
    Metric("pace_ratio", "Ritm", "Pace", "count", 2,
           "Grad de realizare / timp scurs: ≥ 0,9 în ritm; 0,6–0,9 sub ritm; < 0,6 în afara "
           "traiectoriei.",
           "Attainment / time elapsed: ≥ 0.9 on pace; 0.6–0.9 behind pace; < 0.6 off track."),
    Metric("coverage_pct", "Acoperire", "Coverage", "pct", 0,
           "Partea indicatorilor cu valoare raportată, afișată lângă fiecare medie.",
           "Share of indicators with a reported value, shown beside every average."),
]  # fmt: skip

METRICS: dict[str, Metric] = {m.name: m for m in _METRICS}


def metric(name: str) -> Metric:
    """The declared metric `name` (KeyError names it when undeclared)."""
    return METRICS[name]
