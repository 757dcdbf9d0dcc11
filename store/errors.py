"""Errors of the store that carry every problem found, not just the first."""

from __future__ import annotations


class ProblemsError(ValueError):
    """Input rejected as a whole; `problems` lists each reason (`row N, column C: message`)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problems: " + "; ".join(problems[:5]))
        self.problems = problems


class UserExistsError(ValueError):
    """A user of that name exists already."""


class PlanWorkbookError(ProblemsError):
    """A plan workbook refused as a whole; `problems` lists every reason, in Romanian
    (`foaia S, rândul N, coloana C: mesaj`, `foaia S: mesaj` or `fișierul: mesaj`)."""


class UnknownUserError(ValueError):
    """No user of that name."""


class LastAdminError(ValueError):
    """The change would leave no active administrator."""


class WriteRefusedError(PermissionError):
    """The acting user may not write (unknown, disabled, or a role that no longer allows it);
    nothing was written and the attempt is in the audit log. `str()` is the Romanian reason."""

    def __init__(self, username: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.username, self.reason = username, reason


class ConflictError(ValueError):
    """A save would overwrite values that someone else changed after the person read them;
    nothing was written. `conflicts` lists each one (store.values.Conflict)."""

    def __init__(self, conflicts: list) -> None:
        super().__init__(f"{len(conflicts)} values changed meanwhile")
        self.conflicts = conflicts
