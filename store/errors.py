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

    def __init__(
        self, username: str, reason: str, message: str, detail: dict | None = None
    ) -> None:
        super().__init__(message)
        self.username, self.reason = username, reason
        self.detail = dict(detail or {})  # what the audit entry also names (indicator, unit…)


class OtherUnitError(WriteRefusedError):
    """A reporter wrote a value of an indicator none of its units answers for (reason
    `other_unit`; `detail` names the indicator, the period and the units)."""


class ClosedPeriodError(WriteRefusedError):
    """A write into a closed period (reason `closed`), whoever asks, until it is reopened."""


class SubmittedError(WriteRefusedError):
    """A reporter wrote a value its unit has already submitted (reason `submitted`): frozen
    until the office sends the report back."""


class ReporterUnitsError(ValueError):
    """A user's units do not fit its role (a reporter needs at least one known unit, other
    roles none); `str()` is the Romanian reason."""


class SubmissionError(ValueError):
    """A submission step that does not follow from the unit's state (approve what was not
    submitted, send back without a comment, …); `str()` is the Romanian reason."""


class ConflictError(ValueError):
    """A save would overwrite values that someone else changed after the person read them;
    nothing was written. `conflicts` lists each one (store.values.Conflict)."""

    def __init__(self, conflicts: list) -> None:
        super().__init__(f"{len(conflicts)} values changed meanwhile")
        self.conflicts = conflicts


class PeriodStateError(ValueError):
    """A close or reopen that does not follow from the period's state (closed already, not
    closed, no reason, unknown plan); `str()` is the Romanian reason."""
