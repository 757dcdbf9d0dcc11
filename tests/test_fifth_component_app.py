"""The fifth component of tests/test_fifth_component.py in the running app (AppTest): a choice of
the sidebar's component filter, read from `?componenta=`, and the Overview filtered by it says
that the registry has no service of it."""

from __future__ import annotations

from tests.test_fifth_component import fifth  # noqa: F401 (the fixture)
from tests.test_pages_apptest import SCRIPTS, run_page


def test_the_sidebar_offers_the_fifth_and_the_page_says_it_has_no_service(fifth):  # noqa: F811
    at = run_page(SCRIPTS[0], {"componenta": "adapost"})
    assert not at.exception, [e.value for e in at.exception]
    radio = at.sidebar.radio[0]
    assert radio.value == "homeless"
    assert "Persoane fără adăpost" in radio.options
    said = [str(w.value) for w in at.warning] + [str(i.value) for i in at.info]
    assert any("nu are niciun serviciu al componentei „Persoane fără adăpost”" in s for s in said)
