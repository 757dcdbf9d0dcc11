"""`python -m bench`: measure and write bench/results.md (targets of issue 9, honestly reported)."""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.app_pages import app_pages  # noqa: E402
from tests.browser.support import ARGS, CHROMIUM, READY_JS  # noqa: E402
from ui import timing  # noqa: E402

BARE_APP = 'import streamlit as st\n\nst.write("floor")\n'
PLOTLY_APP = (
    "import plotly.graph_objects as go\nimport streamlit as st\n\n"
    "st.plotly_chart(go.Figure(go.Bar(x=['a', 'b', 'c'], y=[1, 3, 2])))\n"
)

TARGET_WARM_RATIO = 1.5
TARGET_RERUN_MS = 150
TARGET_MEMORY_MB = 400


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A `streamlit run` process on a free port."""

    def __init__(self, script: Path, cwd: Path, env: dict[str, str]) -> None:
        self.port = _free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false"],
            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server for {script} did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_mb(self) -> float:
        proc = psutil.Process(self.proc.pid)
        procs = [proc, *proc.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20

    def stop(self) -> None:
        os.killpg(self.proc.pid, 15)
        self.proc.wait(10)


def time_to_render(browser, url: str, timeout: float = 90.0) -> float:
    """Seconds from navigation until the script finished and every chart/map is drawn."""
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    t0 = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded", timeout=int(timeout * 1000))
    quiet, first_ready = 0, None
    while time.perf_counter() - t0 < timeout:
        if page.evaluate(READY_JS):
            first_ready = first_ready or time.perf_counter()
            quiet += 1
            if quiet >= 3:
                break
        else:
            quiet, first_ready = 0, None
        time.sleep(0.02)
    page.close()
    if first_ready is None:
        return float("nan")
    return first_ready - t0


@dataclass
class Rerun:
    """One page's reruns after a filter change: server-side script runs and browser totals."""

    new_ms: list[float]  # server: the first two selections (nothing cached for them yet)
    repeat_ms: list[float]  # server: the same selections again (cached views)
    browser_ms: list[float]  # browser: click → page drawn again (every rerun)

    @property
    def server_median(self) -> float:
        return statistics.median(self.new_ms + self.repeat_ms)


def reruns(browser, url: str, log: Path, path: str, repeats: int = 6) -> Rerun:
    """Choose another component in the sidebar `repeats` times (alternating two components);
    per rerun the server's script-run time (app.py's timing log) and the browser's total."""
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(url, wait_until="domcontentloaded")
    _wait_ready(page)
    server, browser_ms = [], []
    for i in range(repeats):
        option = ["Copii și familie", "Persoane cu dizabilități"][i % 2]
        # the sidebar's component filter (a radio group): its option's label, as a user clicks
        choice = page.locator('[data-testid="stSidebar"] label').filter(has_text=option).first
        before = len(timing.read(log))
        t0 = time.perf_counter()
        choice.click()
        time.sleep(0.05)  # let the rerun start before waiting for it to finish
        _wait_ready(page)
        browser_ms.append((time.perf_counter() - t0) * 1000)
        runs = [ms for page_path, ms in timing.read(log)[before:] if page_path == path]
        server.append(runs[-1] if runs else float("nan"))
    page.close()
    return Rerun(server[:2], server[2:], browser_ms)


def _wait_ready(page, timeout: float = 60.0) -> None:
    t0 = time.perf_counter()
    quiet = 0
    while time.perf_counter() - t0 < timeout and quiet < 3:
        quiet = quiet + 1 if page.evaluate(READY_JS) else 0
        time.sleep(0.02)


def concurrent_memory(browser, server: Server, path: str, sessions: int) -> float:
    """Peak server RSS (MB) while `sessions` browser tabs load `path` at once."""
    peak = server.rss_mb()
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, server.rss_mb())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    pages = []
    try:
        for _ in range(sessions):
            page = browser.new_page()
            page.goto(server.url + path, wait_until="domcontentloaded")
            pages.append(page)
        deadline = time.time() + 120
        while time.time() < deadline and not all(p.evaluate(READY_JS) for p in pages):
            time.sleep(0.1)
        time.sleep(1.0)
    finally:
        stop.set()
        sampler.join()
        for page in pages:
            page.close()
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3, help="warm loads per page")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    parser.add_argument(
        "--reruns-only", action="store_true",
        help="measure only the filter-change reruns and print them (results.md untouched)",
    )  # fmt: skip
    parser.add_argument(
        "--no-demo", dest="demo", action="store_false",
        help="an empty store (default: the 2022 plan's demonstration values)",
    )  # fmt: skip
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    (tmp / "bare.py").write_text(BARE_APP)
    (tmp / "plotly_floor.py").write_text(PLOTLY_APP)
    log = tmp / "timing.log"
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp / 'bench.db'}",
               STREAMLIT_BROWSER_GATHER_USAGE_STATS="false", **{timing.ENV: str(log)})  # fmt: skip
    for command in (["init"], ["demo"]) if args.demo else (["init"],):
        subprocess.run([sys.executable, "-m", "store", *command], cwd=ROOT, env=env, check=False,
                       capture_output=True)  # fmt: skip
    if args.reruns_only:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            app = Server(ROOT / "app.py", ROOT, env)
            for _script, path, _, _ in app_pages():
                time_to_render(browser, f"{app.url}/{path}")
                r = reruns(browser, f"{app.url}/{path}", log, path)
                print(f"/{path:24s} server new {_ms(r.new_ms)}  repeat {_ms(r.repeat_ms)}  "
                      f"browser {_ms(r.browser_ms)}", flush=True)  # fmt: skip
            app.stop()
            browser.close()
        return 0
    rows = []
    notes = [
        "## Notes",
        "",
        "- The store holds the 2022 plan's demonstration values (`store demo`, as `make demo`), "
        "so /obiective, /dezinstitutionalizare and /harta draw reported data, not their empty "
        "states; `--no-demo` measures an empty store.",
        "- Server rerun: what a filter change costs on the server — app.py, the page and the "
        "deltas it queues, from `DASHBOARD_TIMING_LOG` — whatever the browser is doing. The "
        "first two selections are the first time anyone chose them since the server started; "
        "the repeats hit the caches (store reads keyed on the store's data version, metrics and "
        "figures on their inputs' content, /obiective's views on plan, component, periods and "
        "data version, decks on their colouring), which every session shares.",
        "- Where the server rerun misses 150 ms, a cProfile of the repeated reruns "
        "(`python -m bench --reruns-only` with app.py wrapped in cProfile) puts most of "
        "the time in Streamlit's own per-element work, not in this project's code: turning "
        "each DataFrame into Arrow for `st.dataframe` (about 5 ms each), plotly's figure "
        "validation and JSON in `st.plotly_chart` (about 8 ms a chart), and queueing 60–190 "
        "deltas a run (/obiective draws 5 charts, 6 tables and an expander per activity). "
        "The cache lookups themselves (hashing the inputs, unpickling the copies) are the "
        "next 10–20 %. Before this round the same reruns took 0.6–1.6 s in the browser; "
        "building Excel downloads on every run, pydeck's indented JSON and recomputing the "
        "scorecards were the largest parts, and are gone.",
        "- Where the warm render misses 1.5× the stack floor, the page draws several plotly "
        "charts (Overview 3, Services 4, Deinstitutionalisation 5, Objectives 2 stacked grids "
        "and sparklines in tables) against the floor's one; headless Chromium without a GPU "
        "draws each chart in a few hundred ms, which no server change removes. The floor "
        "itself moves between runs (3.0–3.8 s warm on this 2-core machine).",
        "- Memory is per server process and dominated by imports (pandas, geopandas, "
        "SQLAlchemy, pydeck); sessions add little, and the caches are bounded (256 entries a "
        "function). The council-pack builder (kaleido, python-pptx, fpdf2) and Alembic load on "
        "first use only.",
        "- National scale: the section below, written by `python -m bench.national` (kept when "
        "this file is rewritten).",
        "",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        floors = {}
        for name in ("bare.py", "plotly_floor.py"):
            server = Server(tmp / name, tmp, env)
            cold = time_to_render(browser, server.url + "/")
            warm = statistics.median(
                time_to_render(browser, server.url + "/") for _ in range(args.repeats)
            )
            floors[name] = (cold, warm)
            server.stop()
        app = Server(ROOT / "app.py", ROOT, env)
        for script, path, _, _ in app_pages():
            url = f"{app.url}/{path}"
            cold = time_to_render(browser, url)
            warm = statistics.median(time_to_render(browser, url) for _ in range(args.repeats))
            rows.append((script, "/" + path, cold, warm))
        measured = [
            (script, reruns(browser, f"{app.url}/{path}", log, path))
            for script, path, _, _ in app_pages()
        ]
        memory_1 = concurrent_memory(browser, app, "/", 1)
        memory_20 = concurrent_memory(browser, app, "/", 20)
        app.stop()
        browser.close()
    write_results(Path(args.out), floors, rows, measured, memory_1, memory_20, notes)
    print(Path(args.out).read_text(encoding="utf-8"))
    return 0


def _ms(values: list[float]) -> str:
    return " ".join(f"{v:5.0f}" for v in values)


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def write_results(out, floors, rows, reruns, memory_1, memory_20, notes) -> None:
    """Write the Markdown report."""
    bare_warm, plotly_warm = floors["bare.py"][1], floors["plotly_floor.py"][1]
    lines = [
        "# Benchmark results",
        "",
        f"Run {datetime.now():%Y-%m-%d %H:%M} on {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB; headless Chromium; county scale "
        "(Bacău, SQLite store). Time to render = navigation → script finished and every plotly "
        "chart and deck.gl map drawn.",
        "",
        "## Floors (measured in the same run)",
        "",
        "| floor | cold (s) | warm (s) |",
        "| --- | ---: | ---: |",
        f"| bare Streamlit app (one `st.write`) | {floors['bare.py'][0]:.2f} | {bare_warm:.2f} |",
        f"| stack floor (one small plotly chart) | {floors['plotly_floor.py'][0]:.2f} | "
        f"{plotly_warm:.2f} |",
        "",
        f"## Pages (target: warm ≤ {TARGET_WARM_RATIO}× the stack floor)",
        "",
        "| page | cold (s) | warm (s) | warm / bare | warm / stack floor | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for _script, path, cold, warm in rows:
        ratio = warm / plotly_warm
        lines.append(
            f"| `{path}` | {cold:.2f} | {warm:.2f} | {warm / bare_warm:.1f}× | {ratio:.1f}× | "
            f"{_verdict(ratio <= TARGET_WARM_RATIO)} |"
        )
    lines += [
        "",
        f"## Rerun after a filter change (target ≤ {TARGET_RERUN_MS} ms on the server)",
        "",
        "Choose another component in the sidebar, six times, alternating two components. "
        "Server = the script's run (app.py and the page, `DASHBOARD_TIMING_LOG`): the first two "
        "selections, for which nothing is cached yet, then their four repeats (the views of "
        "a selection are cached for every session). Browser = click → page drawn again "
        "(median), for context: it adds the websocket, React and plotly/deck.gl drawing.",
        "",
        "| page | server, new selection (ms) | server, repeated (ms) | server median (ms) "
        "| browser median (ms) | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for script, r in reruns:
        median = r.server_median
        lines.append(
            f"| `{script}` | {', '.join(f'{v:.0f}' for v in r.new_ms)} | "
            f"{', '.join(f'{v:.0f}' for v in r.repeat_ms)} | "
            f"{median:.0f} | {statistics.median(r.browser_ms):.0f} | "
            f"{_verdict(median <= TARGET_RERUN_MS)} |"
        )
    lines += [
        "",
        f"## Server memory (target ≤ {TARGET_MEMORY_MB} MB with 20 sessions)",
        "",
        "| sessions | peak RSS (MB) | target |",
        "| ---: | ---: | --- |",
        f"| 1 | {memory_1:.0f} | |",
        f"| 20 | {memory_20:.0f} | {_verdict(memory_20 <= TARGET_MEMORY_MB)} |",
        "",
    ]
    lines += notes
    national = _national_section(out)
    out.write_text("\n".join(lines) + "\n" + national, encoding="utf-8")


def _national_section(out: Path) -> str:
    """The "National scale" section of the existing results (bench.national writes it), if any."""
    if not out.exists():
        return ""
    marker = "\n## National scale"
    text = out.read_text(encoding="utf-8")
    return "\n" + marker.lstrip("\n") + text.split(marker, 1)[1] if marker in text else ""


if __name__ == "__main__":
    raise SystemExit(main())
