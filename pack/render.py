"""Static chart images, rendered server-side by kaleido in Debian's Chromium (no CDN, no GPU)."""

from __future__ import annotations

import asyncio
import os
import shutil
import textwrap
from collections.abc import Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import kaleido
import plotly.graph_objects as go

DEFAULT_CHROMIUM = "/usr/bin/chromium"
IMAGE_WIDTH_PX = 1200
IMAGE_SCALE = 2.0
MAX_LABEL_LINES = 4
SANKEY_FONT_SIZE = 14
ROW_MARGIN_PX = 90  # a horizontal-bar chart's axis, legend and margins, without its rows
MIN_ROW_FONT = 10  # px: a bar's name is never smaller


class RenderError(RuntimeError):
    """The charts could not be rendered (no Chromium, or it failed)."""


def chromium_path() -> str:
    """The browser kaleido drives: `BROWSER_PATH` (kaleido's own variable), else `chromium`."""
    return os.environ.get("BROWSER_PATH") or shutil.which("chromium") or DEFAULT_CHROMIUM


def _wrap(label: object, width: int) -> object:
    """A long text label broken into lines of about `width` characters (`<br>`)."""
    if not isinstance(label, str) or len(label) <= width:
        return label
    lines = textwrap.wrap(label, width, break_long_words=False)
    if len(lines) > MAX_LABEL_LINES:
        lines = [*lines[: MAX_LABEL_LINES - 1], lines[MAX_LABEL_LINES - 1] + " …"]
    return "<br>".join(lines)


def _bar_rows(fig: go.Figure) -> int:
    """Rows of the figure's horizontal bars (names on the vertical axis), 0 without them."""
    names: set[object] = set()
    for trace in fig.data:
        if trace.type == "bar" and trace.orientation == "h" and trace.y is not None:
            names.update(trace.y)
    return len(names)


def large_figure(
    fig: go.Figure, *, font_size: int, min_height: int = 0, height: int | None = None
) -> go.Figure:
    """A copy of `fig` for a big screen or a page: larger type, long category labels wrapped
    (vertical bars), at least `min_height` px tall (exactly `height` when given)."""
    out = go.Figure(fig)
    if any(trace.type == "sankey" for trace in out.data):
        font_size = SANKEY_FONT_SIZE  # node labels sit side by side: larger type overlaps
    for trace in out.data:
        if trace.type == "bar" and trace.orientation != "h" and trace.x is not None:
            trace.x = [_wrap(x, 22) for x in trace.x]
    if height is None:
        height = max(int(out.layout.height or 380), min_height)
    rows = _bar_rows(out)  # horizontal bars: one name a row, never two names on one
    row_font = int((height - ROW_MARGIN_PX) / rows * 0.7) if rows else font_size
    tick_font = max(MIN_ROW_FONT, min(font_size - 2, row_font))
    out.update_xaxes(tickfont_size=font_size - 2, tickangle=0)
    out.update_yaxes(tickfont_size=tick_font)
    out.update_traces(textfont_size=min(font_size, tick_font + 2), selector=dict(type="bar"))
    out.update_layout(font_size=font_size, legend_font_size=font_size, height=height)
    return out


def static_figure(fig: go.Figure, *, width: int = IMAGE_WIDTH_PX) -> go.Figure:
    """A copy of `fig` laid out for print: white template, fixed width, readable type."""
    out = large_figure(fig, font_size=18, min_height=420)
    out.update_layout(
        template="plotly_white", width=width, paper_bgcolor="white", plot_bgcolor="white"
    )
    return out


def _run(coro: Coroutine[Any, Any, list[bytes]]) -> list[bytes]:
    """Run a coroutine to completion, also from a thread that already has an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def render_pngs(
    figures: Sequence[go.Figure], *, scale: float = IMAGE_SCALE, timeout_s: float = 90
) -> list[bytes]:
    """PNG bytes of every figure, drawn in one Chromium session (MathJax off: no network)."""
    if not figures:
        return []
    path = chromium_path()
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise RenderError(f"Chromium not found at {path} (apt-get install chromium)")
    statics = [static_figure(f) for f in figures]

    async def draw() -> list[bytes]:
        images = []
        async with kaleido.Kaleido(n=1, timeout=timeout_s, mathjax=False, path=path) as k:
            for fig in statics:
                opts = {"format": "png", "width": fig.layout.width, "height": fig.layout.height}
                images.append(await k.calc_fig(fig, opts={**opts, "scale": scale}))
        return images

    try:
        return _run(draw())
    except Exception as exc:  # kaleido raises several kinds; the caller shows one message
        raise RenderError(f"{type(exc).__name__}: {exc}") from exc
