"""`python -m pack build PAGE_PATH OUT_DIR [--componenta SLUG] [--lang ro|en]`: the council pack
of a page as the screen shows it (PPTX + PDF + manifest in OUT_DIR/<pack_id>/), e.g. on a
schedule. PAGE_PATH is the page's URL path with its query: `/`, `/harta`,
`"/obiective?plan=plan_2022"`, `"/servicii?an=2023"`. Exit 0 when built, 2 for a wrong page or
option, 1 when the page or the rendering failed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pack.cli import PackCommandError
from pack.cli import build as build_pack
from pack.render import RenderError
from pack.report import FontMissingError


def parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m pack`."""
    root = argparse.ArgumentParser(prog="python -m pack", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="the council pack of one page")
    build.add_argument(
        "page_path",
        help='URL path and query, e.g. "/servicii?an=2023" or "/obiective?plan=PLAN_ID"',
    )
    build.add_argument("out_dir", type=Path, help="folder that receives <pack_id>/")
    build.add_argument("--componenta", help="copii, dizabilitati, varstnici or violenta")
    build.add_argument("--lang", default="ro", choices=["ro", "en"])
    return root


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, build the pack, print where it is."""
    args = parser().parse_args(argv)

    try:
        manifest = build_pack(
            args.page_path, args.out_dir, componenta=args.componenta, lang=args.lang
        )
    except PackCommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if exc.usage else 1
    except (RenderError, FontMissingError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    folder = args.out_dir / manifest.pack_id
    print(f"pack {manifest.pack_id}: {manifest.page_title} ({manifest.link})")
    for entry in manifest.files:
        print(f"  {folder / entry.name}  {entry.size_bytes} bytes")
    demo = "  (demonstration values: marked)" if manifest.demo else ""
    print(f"  {folder / 'manifest.json'}{demo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
