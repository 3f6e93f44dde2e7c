"""The neutral input and the output of survey summaries: plain data, no database, no Qt.

Input: the closed questions (by their stable key), and per interview its answers (stored
values, see :mod:`app.guide.answers`) and its background variables (coarse categories).
Output: per question the counts and shares per answer, grade mean and median, the
"instämmer" share, breakdowns by one background variable — with every count under the
minimum group hidden (``None``), see :mod:`app.analysis.survey.suppress`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.guide.model import QuestionKind
from app.interview.background import BackgroundVariable

__all__ = ["BackgroundVariable"]

DEFAULT_MIN_GROUP = 5


@dataclass(frozen=True)
class ClosedQuestion:
    """A closed question as summaries see it: ``id`` is the guide's stable question key."""

    id: str
    text: str
    kind: QuestionKind
    options: tuple[str, ...] = ()
    number: str = ""
    section: str = ""


@dataclass(frozen=True)
class InterviewAnswers:
    """One counted interview: its participant code, answers by question key, background."""

    id: str
    answers: Mapping[str, str] = field(default_factory=dict)
    background: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AnswerCount:
    """One answer's count and share (of those who answered); None when hidden.

    ``interviews`` are the participant codes behind the count (to open them); empty when
    the count is hidden. They never leave the program in an export or the CLI's JSON.
    """

    value: str
    label: str
    count: int | None
    share: float | None
    interviews: tuple[str, ...] = ()

    @property
    def hidden(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class GroupSummary:
    """One group of a breakdown. ``group`` None: the variable was not set."""

    group: str | None
    answered: int | None
    answers: tuple[AnswerCount, ...]
    mean: float | None = None
    median: float | None = None
    agree_share: float | None = None
    interviews: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionSummary:
    id: str
    text: str
    kind: QuestionKind
    number: str
    section: str
    answered: int | None
    declined: int | None
    answers: tuple[AnswerCount, ...]
    mean: float | None = None
    median: float | None = None
    agree_share: float | None = None
    by: Mapping[str, tuple[GroupSummary, ...]] = field(default_factory=dict)
    #: Participant codes of those who answered (empty when ``answered`` is hidden).
    interviews: tuple[str, ...] = ()

    @property
    def any_hidden(self) -> bool:
        """True when something in this summary is shown as "–"."""
        if self.answered is None or self.declined is None:
            return True
        if any(a.hidden for a in self.answers):
            return True
        return any(
            g.answered is None or any(a.hidden for a in g.answers)
            for groups in self.by.values()
            for g in groups
        )


@dataclass(frozen=True)
class SurveySummary:
    min_group: int
    questions: tuple[QuestionSummary, ...]
    variables: tuple[BackgroundVariable, ...] = ()
