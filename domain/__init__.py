"""The domain registry: components, plans and their tables, declared once (DESIGN.md).

Pages, downloads, packs, schemas, the store and tests read these declarations; no other module
lists components, plan ids or the tables of a plan."""
