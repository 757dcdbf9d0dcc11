"""The one error a curated or uploaded table raises when it is not what its contract says."""

from __future__ import annotations


class CuratedDataError(ValueError):
    """A data file breaks its contract; `problems` says 'file, row N, column C: message' each."""

    def __init__(self, file: str, problems: list[str]) -> None:
        self.file = file
        self.problems = problems
        shown = problems[:25]
        more = f"\n… and {len(problems) - 25} more" if len(problems) > 25 else ""
        super().__init__(f"{file}: {len(problems)} problem(s)\n" + "\n".join(shown) + more)


class StoreUnavailableError(RuntimeError):
    """The store (plans, values) cannot be read: no schema yet, no plan, or no server."""
