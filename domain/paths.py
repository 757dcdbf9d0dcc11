"""Where the product's files are: the curated tables, the source documents, the repository root.

The two source documents are named by their file here, once; a person reads their title
(`domain.plans.document_title`), never the file name."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "data" / "curated"
SOURCES = ROOT / "data" / "sources"

PLAN_2022_DOC = "000_4cfc5bf8d61bed48.txt"
STRATEGY_DOC = "001_dfd4bbb413e2f194.txt"
