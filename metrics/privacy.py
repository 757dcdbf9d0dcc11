"""Small-number suppression for values reported per UAT (child-protection data).

Rule: a UAT-level count from 1 to 4 is shown as "<5". When exactly one cell of a group (one
indicator, period and component) is suppressed, the next smallest visible cell of the group is
suppressed too (secondary suppression), so a published total cannot reveal the hidden one.
Zero is shown: it reveals no person.
"""

from __future__ import annotations

import pandas as pd

THRESHOLD = 5
SUPPRESSED = "<5"


def suppression_mask(values: pd.Series, *, threshold: int = THRESHOLD) -> pd.Series:
    """True where a value of one group must not be shown (primary and secondary)."""
    numbers = pd.to_numeric(values, errors="coerce")
    primary = numbers.gt(0) & numbers.lt(threshold)
    mask = primary.copy()
    if int(primary.sum()) == 1:
        visible = numbers[~primary & numbers.notna() & numbers.gt(0)]
        if not visible.empty:
            mask.loc[visible.idxmin()] = True
    return mask.fillna(False).astype(bool)


def suppress(
    frame: pd.DataFrame,
    *,
    value: str = "value",
    group: list[str] | None = None,
    threshold: int = THRESHOLD,
) -> pd.DataFrame:
    """A copy where suppressed values read "<5" (column `value`) and `suppressed` is True."""
    out = frame.copy()
    if out.empty:
        return out.assign(suppressed=pd.Series(dtype=bool))
    if group:
        mask = out.groupby(group, group_keys=False, dropna=False)[value].apply(
            lambda s: suppression_mask(s, threshold=threshold)
        )
        mask = mask.reindex(out.index).fillna(False).astype(bool)
    else:
        mask = suppression_mask(out[value], threshold=threshold)
    out[value] = out[value].astype(object).where(~mask, SUPPRESSED)
    out["suppressed"] = mask
    return out
