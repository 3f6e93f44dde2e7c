"""The internal form of a finding before overlaps are resolved."""

from __future__ import annotations

from typing import NamedTuple

from app.pseudonymise.model import Kind


class Candidate(NamedTuple):
    """A span a recogniser proposes.

    ``replacement`` None means "the operator for ``kind``" (filled in by the engine).
    ``auto`` findings are applied unless rejected; ``review`` ones are shown for review.
    """

    start: int
    end: int
    kind: Kind
    score: float
    rule: str
    replacement: str | None = None
    auto: bool = True
    review: bool = False
