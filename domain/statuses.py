"""Statuses of a plan indicator, declared once: value, label and definition (RO/EN), a symbol that
tells them apart without colour, and a colour (Okabe–Ito). metrics.attainment assigns them; pages,
charts, downloads and the late list read their labels and definitions from here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    """One indicator status; `symbol` precedes the label so it reads without colour."""

    value: str
    label_ro: str
    label_en: str
    definition_ro: str
    definition_en: str
    symbol: str
    colour: str

    def label(self, lang: str = "ro") -> str:
        """Symbol and label in `lang`."""
        return f"{self.symbol} {self.label_en if lang == 'en' else self.label_ro}"

    def definition(self, lang: str = "ro") -> str:
        """What the status means, in `lang`."""
        return self.definition_en if lang == "en" else self.definition_ro


INDICATOR_STATUSES: tuple[Status, ...] = (
    Status("achieved", "realizat", "achieved",
           "Ultima valoare raportată până la termenul țintei în vigoare atinge ținta.",
           "The latest value reported by the deadline of the target in force meets it.",
           "✔", "#009E73"),
    Status("on_pace", "în ritm", "on pace",
           "Mai este timp până la termen și realizarea ține pasul cu timpul scurs "
           "(cel puțin 90 % din ritmul necesar).",
           "Time is left before the deadline and attainment keeps up with the time elapsed "
           "(at least 90 % of the pace needed).",
           "▲", "#56B4E9"),
    Status("behind_pace", "sub ritm", "behind pace",
           "Mai este timp până la termen, dar realizarea este între 60 % și 90 % din ritmul "
           "necesar.",
           "Time is left before the deadline, but attainment is 60–90 % of the pace needed.",
           "▼", "#E69F00"),
    Status("off_track", "în afara traiectoriei", "off track",
           "Mai este timp până la termen, dar realizarea este sub 60 % din ritmul necesar.",
           "Time is left before the deadline, but attainment is below 60 % of the pace needed.",
           "✖", "#D55E00"),
    Status("missed", "nerealizat la termen", "missed",
           "Termenul țintei în vigoare a trecut, iar valoarea raportată până la acel termen "
           "este sub țintă.",
           "The deadline of the target in force has passed and the value reported by then is "
           "below the target.",
           "⚠", "#A6342A"),
    Status("no_data", "fără date", "no data",
           "Nicio valoare raportată până la data aleasă: nu se poate spune cât s-a realizat.",
           "No value reported by the chosen date: attainment cannot be stated.",
           "○", "#BBBBBB"),
)  # fmt: skip

STATUS_VALUES: tuple[str, ...] = tuple(s.value for s in INDICATOR_STATUSES)
BY_STATUS: dict[str, Status] = {s.value: s for s in INDICATOR_STATUSES}
STATUS_COLOURS: dict[str, str] = {s.value: s.colour for s in INDICATOR_STATUSES}
# Statuses that are still running (time left) but below the pace needed.
BEHIND: tuple[str, ...] = ("behind_pace", "off_track")
# Order from worst to best (for status movement); no data is outside the order.
STATUS_RANK: dict[str, int] = {
    "missed": 0, "off_track": 1, "behind_pace": 2, "on_pace": 3, "achieved": 4, "no_data": -1,
}  # fmt: skip


def status(value: str) -> Status:
    """The declared status `value` (KeyError names it when undeclared)."""
    return BY_STATUS[value]
