"""The string catalogue: one module per area, merged here. Keys are unique across modules."""

from __future__ import annotations

from display.strings import (
    common,
    data,
    deinstitution,
    geo,
    lateness,
    objectives,
    pack,
    plans,
    reporting,
    services,
    trends,
    units,
)

_MODULES = (
    common,
    services,
    data,
    objectives,
    deinstitution,
    geo,
    lateness,
    pack,
    reporting,
    plans,
    trends,
    units,
)


def _merge() -> dict[str, dict[str, str]]:
    catalog: dict[str, dict[str, str]] = {}
    for module in _MODULES:
        for key, entry in module.STRINGS.items():
            if key in catalog:
                raise ValueError(f"UI string {key!r} is defined twice ({module.__name__})")
            catalog[key] = entry
    return catalog


CATALOG = _merge()
