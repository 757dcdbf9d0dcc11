"""What the pages read: the plan catalogue in force (stored, or curated before the store is
filled) and the reported values, each cached on the store's data version."""
