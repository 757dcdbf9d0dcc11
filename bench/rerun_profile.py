"""`python -m bench.rerun_profile [PATH ...]`: where a page's filter-change rerun spends its server
time — a cProfile of app.py and the page run in AppTest (in this process, with the store of
DATABASE_URL), over the repeated reruns of `make bench` (the sidebar's component chosen again,
alternating two, once each was new: builders and reads are cached by then).

Prints, per page, as JSON: the reruns' median wall time (ms) and the cumulative ms per rerun
of the parts that explain it (Streamlit's elements, the cache lookups, the renderer), plus
the functions with the most time of their own.
"""

from __future__ import annotations

import contextlib
import cProfile
import json
import pstats
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence

from streamlit.testing.v1 import AppTest

from tests.app_pages import APP
from views.pages import SCRIPTS

COMPONENTS = ("children", "disability")  # the two the browser bench alternates
Key = tuple[str, int, str]  # pstats' (file, line, function)

# The parts a rerun's time is read in: name → which profiled functions belong to it.
PARTS: dict[str, Callable[[Key], bool]] = {
    "st.dataframe (frame → Arrow)": lambda k: (
        k[0].endswith("elements/arrow.py") and k[2] == "dataframe"
    ),
    "st.plotly_chart (figure → JSON)": lambda k: (
        k[0].endswith("elements/plotly_chart.py") and k[2] == "plotly_chart"
    ),
    "st.pydeck_chart": lambda k: k[0].endswith("deck_gl_json_chart.py") and k[2] == "pydeck_chart",
    "st.metric": lambda k: k[0].endswith("elements/metric.py") and k[2] == "metric",
    "download buttons (ui.widgets.downloads)": lambda k: (
        k[0].endswith("ui/widgets.py") and k[2] == "downloads"
    ),
    "cache lookups (hash the inputs, copy the value)": lambda k: (
        k[0].endswith("cache_utils.py") and k[2] == "__call__"
    ),
    "the renderer (ui.render.body + rest)": lambda k: (
        k[0].endswith("ui/render.py") and k[2] in ("body", "rest")
    ),
    "deltas queued (enqueue)": lambda k: (
        k[0].endswith("script_run_context.py") and k[2] == "enqueue"
    ),
}


def profile_reruns(path: str, repeats: int = 4) -> dict[str, object]:
    """Run the page at `path`, choose each of `COMPONENTS` once (new), then profile `repeats`
    more choices (repeated); the parts of `PARTS` in ms per rerun and the top own-time rows."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    if path:
        at.switch_page(SCRIPTS[path])
        at.run()
    for component in COMPONENTS:
        at.sidebar.radio[0].set_value(component).run()
    profiler, wall = cProfile.Profile(), []
    for i in range(repeats):
        radio = at.sidebar.radio[0].set_value(COMPONENTS[i % 2])
        t0 = time.perf_counter()
        with _profiled(profiler):
            radio.run()
        wall.append((time.perf_counter() - t0) * 1000)
    if at.exception:
        raise RuntimeError(f"/{path}: {[e.value for e in at.exception]}")
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    parts = {
        name: sum(row[3] for key, row in stats.items() if belongs(key)) * 1000 / repeats
        for name, belongs in PARTS.items()
    }
    parts["everything profiled"] = sum(row[2] for row in stats.values()) * 1000 / repeats
    own = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:12]
    return {
        "path": "/" + path,
        "rerun_ms_median": statistics.median(wall),
        "parts_ms": {k: round(v, 1) for k, v in parts.items()},
        "own_time_ms": [
            (f"{k[0].split('site-packages/')[-1]}:{k[1]}({k[2]})", round(r[2] * 1000 / repeats, 1))
            for k, r in own
        ],
    }


@contextlib.contextmanager
def _profiled(profiler: cProfile.Profile) -> Iterator[None]:
    """Profile the threads started meanwhile: AppTest runs the script in a thread of its own,
    and cProfile sees only the thread that enables it."""

    def enable(*_: object) -> None:
        sys.setprofile(None)
        profiler.enable()

    threading.setprofile(enable)
    try:
        yield
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    """Profile the pages named (URL paths, "/" for the overview), or every page."""
    paths = [p.strip("/") for p in (sys.argv[1:] if argv is None else argv)] or list(SCRIPTS)
    for path in paths:
        print(json.dumps(profile_reruns(path), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
