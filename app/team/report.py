"""What an import did, or would do (the preview): content-free counts and codes only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.team.background import CategoryNote

#: Outcomes of one interview in an import.
NEW, UPDATED, UNCHANGED, OLDER = "new", "updated", "unchanged", "older"
REFUSED_ERASED, REFUSED_CODE, REFUSED_GUIDE = "refused_erased", "refused_code", "refused_guide"


@dataclass
class InterviewOutcome:
    code: str
    outcome: str
    added: int = 0  # notes, quotes, tags, consent records, states, decisions, names new here
    changed: int = 0  # items replaced by their newer version
    removed: int = 0  # items they removed that were unchanged here
    conflicts: int = 0  # items changed on both sides: both versions kept
    refused_quotes: int = 0  # quotes without quote consent

    def touch(self, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)
        if self.outcome == UNCHANGED:
            self.outcome = UPDATED


@dataclass
class QuotesOutcome:
    """A co-listener's quotes package arriving in the interviewer's project."""

    code: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: int = 0
    refused_reason: str = ""
    offset_ms: int = 0
    aligned: bool = False  # the clocks started within a minute and were aligned


@dataclass
class ImportReport:
    kind: str
    origin: str
    seq: int
    created_at: str
    dry_run: bool
    interviews: list[InterviewOutcome] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)  # interviews erased here
    deletions_logged: int = 0  # erasures from elsewhere recorded (nothing here to erase)
    guides_added: list[str] = field(default_factory=list)
    themes_added: list[str] = field(default_factory=list)
    names_added: int = 0
    variables_added: list[str] = field(default_factory=list)  # background variables, new here
    new_categories: list[CategoryNote] = field(default_factory=list)  # in existing variables
    quotes: QuotesOutcome | None = None
    colistener_code: str | None = None
    colistener_new: bool = False

    @property
    def conflicts(self) -> int:
        return sum(i.conflicts for i in self.interviews)

    def count(self, outcome: str) -> int:
        return sum(1 for i in self.interviews if i.outcome == outcome)

    @property
    def changes_anything(self) -> bool:
        return bool(
            any(i.outcome in (NEW, UPDATED) for i in self.interviews)
            or self.erased
            or self.deletions_logged
            or self.guides_added
            or self.themes_added
            or self.names_added
            or self.variables_added
            or self.new_categories
            or (self.quotes and (self.quotes.added or self.quotes.changed))
            or self.colistener_new
        )

    def to_json(self) -> dict[str, Any]:
        """For ``samtal package import --json``: codes and counts, never content."""
        doc: dict[str, Any] = {
            "kind": self.kind,
            "dry_run": self.dry_run,
            "created_at": self.created_at,
            "interviews": [vars(i) for i in self.interviews],
            "erased": self.erased,
            "deletions_logged": self.deletions_logged,
            "guides_added": len(self.guides_added),
            "themes_added": self.themes_added,
            "names_added": self.names_added,
            "variables_added": self.variables_added,
            "new_categories": [vars(n) for n in self.new_categories],
            "conflicts": self.conflicts,
            "changes_anything": self.changes_anything,
        }
        if self.quotes is not None:
            doc["quotes"] = vars(self.quotes)
        if self.colistener_code is not None:
            doc["colistener"] = {"code": self.colistener_code, "new": self.colistener_new}
        return doc
