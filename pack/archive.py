"""The pack archive: `var/packs/<pack_id>/` holds the delivered files and a manifest."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = "manifest.json"
PACK_ID = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{4}$")


class PackNotFoundError(LookupError):
    """No archived pack (or file) by that id, or its bytes no longer match the manifest."""


@dataclass(frozen=True)
class PackFile:
    """One delivered file: name, size and SHA-256 of its bytes."""

    name: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What was delivered: id, time, filters, the page and charts it came from, the files."""

    pack_id: str
    created_at: str  # ISO 8601, local time of the server
    lang: str
    page_title: str
    link: str
    filters: dict[str, str]
    as_of: str
    views: list[str]
    files: list[PackFile]
    demo: bool = False  # the pack shows demonstration values (older manifests: absent, False)


def packs_dir() -> Path:
    """`DASHBOARD_PACKS_DIR` when set (tests), else var/packs under the project (git-ignored)."""
    override = os.environ.get("DASHBOARD_PACKS_DIR")
    return Path(override) if override else ROOT / "var" / "packs"


def _folder(pack_id: str, base: Path | None) -> Path:
    if not PACK_ID.match(pack_id):
        raise PackNotFoundError(f"not a pack id: {pack_id!r}")
    return (base or packs_dir()) / pack_id


def save_pack(manifest: Manifest, files: dict[str, bytes], *, base: Path | None = None) -> Manifest:
    """Write the files and the manifest (with sizes and hashes); the folder must be new."""
    folder = _folder(manifest.pack_id, base)
    folder.mkdir(parents=True, exist_ok=False)
    entries = []
    for name, data in files.items():
        if Path(name).name != name or name == MANIFEST:
            raise ValueError(f"bad file name in a pack: {name!r}")
        (folder / name).write_bytes(data)
        entries.append(PackFile(name, len(data), hashlib.sha256(data).hexdigest()))
    final = Manifest(**{**asdict(manifest), "files": entries})
    text = json.dumps(asdict(final), ensure_ascii=False, indent=2)
    (folder / MANIFEST).write_text(text + "\n", encoding="utf-8")
    return final


def _read_manifest(path: Path) -> Manifest:
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["files"] = [PackFile(**f) for f in raw["files"]]
    return Manifest(**raw)


def list_packs(*, base: Path | None = None) -> list[Manifest]:
    """Every archived pack with a readable manifest, newest first."""
    root = base or packs_dir()
    found = []
    for path in sorted(root.glob(f"*/{MANIFEST}"), reverse=True):
        if not PACK_ID.match(path.parent.name):
            continue
        try:
            found.append(_read_manifest(path))
        except (ValueError, KeyError, TypeError):
            continue  # a damaged manifest is skipped, never shown half-read
    return found


def load_manifest(pack_id: str, *, base: Path | None = None) -> Manifest:
    """The manifest of one archived pack."""
    path = _folder(pack_id, base) / MANIFEST
    if not path.exists():
        raise PackNotFoundError(f"no archived pack {pack_id}")
    return _read_manifest(path)


def read_pack_file(pack_id: str, name: str, *, base: Path | None = None) -> bytes:
    """The bytes of one archived file, checked against the manifest's SHA-256."""
    manifest = load_manifest(pack_id, base=base)
    entry = next((f for f in manifest.files if f.name == name), None)
    if entry is None:
        raise PackNotFoundError(f"pack {pack_id} has no file {name!r}")
    data = (_folder(pack_id, base) / name).read_bytes()
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise PackNotFoundError(f"pack {pack_id}: {name} no longer matches its manifest")
    return data
