"""Start the dashboard: `python -m ui.serve [streamlit run options]`.

Streamlit treats an app with a `pages/` folder as a v1 multipage app until the first run calls
`st.navigation`; a deep link opened as the very first request after start-up (e.g. `/obiective`)
would then run the page script without app.py (no filters, no navigation). Declaring up front
that this app navigates with `st.navigation` avoids that.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parents[1] / "app.py"


def main(argv: list[str]) -> int:
    """Run `streamlit run app.py` with the given options, in this process."""
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *argv]
    return int(cli.main(prog_name="streamlit") or 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
