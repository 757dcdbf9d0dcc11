"""Real-browser fixtures: one Streamlit server per session, Debian's Chromium via Playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.support import CHROMIUM

ROOT = Path(__file__).resolve().parents[2]
EDITOR = ("monitor", "parola-monitorizare-2022")  # the browser tests' editor account


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip("Chromium not installed (apt-get install chromium) — browser tests skipped")


@contextlib.contextmanager
def serve_app(store_dir: Path) -> Iterator[str]:
    """Plain `streamlit run app.py` on a free port with a throw-away SQLite store in store_dir."""
    port = _free_port()
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{store_dir / 'browser.db'}",
        STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
    )
    subprocess.run([sys.executable, "-m", "store", "init"], cwd=ROOT, env=env, check=False)
    subprocess.run(
        [sys.executable, "-m", "store", "create-user", EDITOR[0], "--role", "editor",
         "--password-stdin"],
        cwd=ROOT, env=env, check=True, input=EDITOR[1], text=True, capture_output=True,
    )  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.25)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(10)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One server for the session (`streamlit run app.py`)."""
    _require_chromium()
    with serve_app(tmp_path_factory.mktemp("store")) as url:
        yield url


@pytest.fixture
def fresh_app_url(tmp_path: Path) -> Iterator[str]:
    """A server of its own that no request has reached yet (for first-request tests)."""
    _require_chromium()
    with serve_app(tmp_path) as url:
        yield url
