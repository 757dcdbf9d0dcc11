"""The current run's filters and translator, set once by app.py (session-scoped, not global)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from display.filters import Filters
from display.i18n import translator
from domain.url_params import GLOBAL_PARAMS
from readers import reported  # read at call time: tests stand in a store with demo values
from views.model import Query

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


def query(**extra: object) -> Query:
    """This run's builder query: the global filters, the page's own URL parameters (plus
    `extra`, a page's selections that are not in the URL), today, the store's data version."""
    from datetime import date

    f = filters()
    params = {k: v for k, v in st.query_params.to_dict().items() if k not in GLOBAL_PARAMS}
    return Query.of(
        f.component, f.lang, params | extra, today=date.today(), version=reported.data_key(),
        demo=reported.demo_values_exist(),
    )  # fmt: skip
