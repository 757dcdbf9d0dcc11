"""Build a pack from its spec, archive it, return the manifest (one call for the UI and tests)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pack.archive import Manifest, save_pack
from pack.deck import build_pptx
from pack.model import PackSpec
from pack.render import render_pngs
from pack.report import build_pdf


def file_names(pack_id: str) -> tuple[str, str]:
    """The deck's and the report's file names."""
    stem = f"pachet-consiliu-{pack_id}"
    return f"{stem}.pptx", f"{stem}.pdf"


def build_files(spec: PackSpec, images: Sequence[bytes | None] | None = None) -> dict[str, bytes]:
    """The PPTX and the PDF; chart images are rendered unless given."""
    if images is None:
        figures = [v.figure for v in spec.charts if v.figure is not None]
        images = render_pngs(figures)
    pptx_name, pdf_name = file_names(spec.pack_id)
    return {pptx_name: build_pptx(spec, images), pdf_name: build_pdf(spec, images)}


def manifest_of(spec: PackSpec) -> Manifest:
    """The manifest fields known before the files exist."""
    return Manifest(
        pack_id=spec.pack_id,
        created_at=spec.created_at.isoformat(timespec="seconds"),
        lang=spec.lang,
        page_title=spec.page_title,
        link=spec.link,
        filters=dict(spec.filters),
        as_of=spec.as_of,
        views=[v.title for v in spec.charts],
        files=[],
        demo=spec.demo,
    )


def make_pack(
    spec: PackSpec,
    *,
    images: Sequence[bytes | None] | None = None,
    base: Path | None = None,
) -> Manifest:
    """Build the deck and the report and archive them under var/packs/<pack_id>/."""
    return save_pack(manifest_of(spec), build_files(spec, images), base=base)
