"""The monitoring store: reported values, service snapshots, users and the audit log (SQLModel).

`store.api` is the interface for pages and the CLI; `store.excel` reads and writes the monitoring
templates; `python -m store` is the command line (DESIGN.md, "Commands").
"""
