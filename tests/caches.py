"""What the running app caches, cached in tests too (a pytest plugin of tests/conftest.py).

Outside Streamlit `caching.shared` calls through, so every builder in a test re-read the whole
stored catalogue from the database, 10–20 times per page model (~85 % of a build). The app holds
one `readers.catalogue._load(url, data_version)` per key (st.cache_resource); tests now do the
same, keyed the same way, so a write (a new data version) or another store (another URL) is read
afresh, as in the app.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _catalogue_cached_as_in_the_app() -> Iterator[None]:
    from readers import catalogue  # the store loads only in the processes that run tests

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalogue, "_load", functools.lru_cache(maxsize=16)(catalogue._load))
        yield
