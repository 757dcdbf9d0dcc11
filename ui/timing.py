"""Server-side duration of each script run, for the benchmark (`make bench`).

With DASHBOARD_TIMING_LOG set to a file path, app.py appends one tab-separated line per run:
UTC time, the page's URL path ("" for the overview), milliseconds from the first line of app.py
to the end of the page. Unset (the default), nothing is measured or written.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

ENV = "DASHBOARD_TIMING_LOG"


def start() -> float:
    """The clock at the start of a run."""
    return time.perf_counter()


def record(page_path: str, started: float) -> None:
    """Append this run's duration to the timing log, if one is configured."""
    target = os.environ.get(ENV)
    if not target:
        return
    ms = (time.perf_counter() - started) * 1000
    line = f"{datetime.now(UTC).isoformat()}\t{page_path}\t{ms:.1f}\n"
    with Path(target).open("a", encoding="utf-8") as log:
        log.write(line)


def read(path: Path) -> list[tuple[str, float]]:
    """(page path, ms) of every run in a timing log, oldest first."""
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        _, page, ms = line.split("\t")
        rows.append((page, float(ms)))
    return rows
