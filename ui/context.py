"""The current run's filters and translator, set once by app.py (session-scoped, not global)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui.i18n import translator
from ui.state import Filters

_KEY = "_filters"


def set_filters(filters: Filters) -> None:
    """Store this run's filters (called by app.py before the page runs)."""
    st.session_state[_KEY] = filters


def filters() -> Filters:
    """This run's filters (defaults when a page runs without app.py, e.g. in a unit test)."""
    value = st.session_state.get(_KEY)
    return value if isinstance(value, Filters) else Filters()


def tr() -> Callable[..., str]:
    """The translator for this run's language."""
    return translator(filters().lang)
