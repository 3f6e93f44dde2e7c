"""Typed errors raised by the domain layer.

Every error carries a stable ``code``; the UI and the command line turn codes into
Swedish or English sentences. Messages and ``detail`` never contain note, quote or
consent text, so an error can be logged or shown without leaking content.
"""

from __future__ import annotations


class SamtalError(Exception):
    """Base class for errors the user can act on.

    Args:
        detail: A short, content-free detail (a path, a line number, a count).
    """

    code = "error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class StoreError(SamtalError):
    """Something about the encrypted project store."""

    code = "store"


class ProjectNotFound(StoreError):
    code = "project_not_found"


class ProjectExists(StoreError):
    code = "project_exists"


class WrongPassphrase(StoreError):
    """The passphrase did not unwrap the data key (or the key file is damaged)."""

    code = "wrong_passphrase"


class DamagedProject(StoreError):
    """The database or key file failed an integrity check or cannot be read."""

    code = "damaged_project"


class SavesLost(DamagedProject):
    """Saves that were acknowledged are missing from the database (``params['lost']``).

    Found at open by comparing the save counter kept outside the database
    (:mod:`app.store.savecounter`). The project opens if the user accepts the loss.
    """

    code = "saves_lost"


class ProjectLocked(StoreError):
    """Another program has the project open."""

    code = "project_locked"


class DiskFull(StoreError):
    code = "disk_full"


class ReadOnly(StoreError):
    code = "read_only"


class UnsupportedFormat(StoreError):
    """The project was written by a newer Samtal (or an unknown key file format)."""

    code = "unsupported_format"


class ProjectClosed(StoreError):
    code = "project_closed"


class StoreBug(StoreError):
    """An SQLite error that is our fault (a bad statement), not the user's."""

    code = "store_bug"


class GuideFormatError(SamtalError):
    """A guide file is malformed. ``line`` is 1-based, or 0 when not known."""

    code = "guide_format"

    def __init__(self, detail: str, line: int = 0, path: str = "") -> None:
        super().__init__(detail, line=line, path=path)
        self.line = line
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}:" if self.path else ""
        if self.line:
            where += f"{self.line}: "
        elif where:
            where += " "
        return f"{where}{self.detail}"


class NotFound(SamtalError):
    """A participant code, question or other record does not exist."""

    code = "not_found"


class InvalidInput(SamtalError):
    code = "invalid_input"


class ConsentRequired(SamtalError):
    """An action needs a consent the informant has not given (``params['consent']``)."""

    code = "consent_required"


class ConsentWithdrawn(SamtalError):
    code = "consent_withdrawn"


class UnresolvedFindings(SamtalError):
    """An export was refused: pseudonymisation findings wait for review.

    ``params``: ``count`` (total) and ``codes`` (participant codes with unresolved findings).
    """

    code = "unresolved_findings"
