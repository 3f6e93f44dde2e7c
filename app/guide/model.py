"""The question guide as plain data: sections → questions → follow-ups.

``id`` fields are database ids when the guide was loaded from a project, else ``None``.
``key`` fields are stable names ("under-tiden/3") that survive new guide versions, so
notes can be read across interviews by question even when the guide was edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionKind(StrEnum):
    OPEN = "open"
    YES_NO = "yes_no"  # ja / nej / vet ej
    AGREEMENT = "agreement"  # five-step scale, "Stämmer mycket bra" … "Stämmer inte alls"
    GRADE = "grade"  # 1–10
    MULTI_CHOICE = "multi_choice"


YES_NO_ANSWERS = ("yes", "no", "dont_know")

#: The five steps of the agreement scale used in the survey seed, best first.
AGREEMENT_SCALE = (
    "Stämmer mycket bra",
    "Stämmer ganska bra",
    "Stämmer varken bra eller dåligt",
    "Stämmer ganska dåligt",
    "Stämmer inte alls",
)


@dataclass
class FollowUp:
    text: str
    hint: str = ""
    condition: str | None = None  # None: always; "yes": shown when the answer is yes ("Om ja")
    id: int | None = None


@dataclass
class Question:
    text: str
    key: str = ""
    number: str = ""
    hint: str = ""
    kind: QuestionKind = QuestionKind.OPEN
    options: list[str] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    id: int | None = None

    @property
    def has_branches(self) -> bool:
        return any(f.condition for f in self.follow_ups)

    def follow_ups_for(self, answer: str | None) -> list[FollowUp]:
        """Follow-ups to show: unconditional ones, plus those whose condition matches."""
        return [f for f in self.follow_ups if f.condition is None or f.condition == answer]


@dataclass
class Section:
    title: str
    key: str = ""
    intro: str = ""
    planned_minutes: int | None = None
    questions: list[Question] = field(default_factory=list)
    id: int | None = None


@dataclass
class Guide:
    title: str
    sections: list[Section] = field(default_factory=list)
    intro: str = ""
    language: str = "sv"
    version: int | None = None  # the stored version number, when loaded from a project
    id: int | None = None  # guide_version id, when loaded from a project

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def section_of(self, question: Question) -> Section:
        for s in self.sections:
            if any(q is question for q in s.questions):
                return s
        raise KeyError(question.key)

    def question_name(self, question: Question) -> str:
        """The question's name: its section and its own number ("Under tiden · 7")."""
        return question_name(self.section_of(question).title, question.number)

    def is_first_in_section(self, question: Question) -> bool:
        section = self.section_of(question)
        return bool(section.questions) and section.questions[0] is question

    def question_by_id(self, question_id: int) -> Question:
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    @property
    def planned_minutes(self) -> int | None:
        minutes = [s.planned_minutes for s in self.sections if s.planned_minutes]
        return sum(minutes) if minutes else None

    def assign_keys(self) -> None:
        """Give every section and question a stable key where it has none."""
        used_sections: set[str] = {s.key for s in self.sections if s.key}
        for i, s in enumerate(self.sections, 1):
            if not s.key:
                s.key = _unique(slugify(s.title) or f"avsnitt-{i}", used_sections)
                used_sections.add(s.key)
            used_q: set[str] = {q.key for q in s.questions if q.key}
            for j, q in enumerate(s.questions, 1):
                if not q.key:
                    q.key = _unique(f"{s.key}/{q.number or j}", used_q)
                    used_q.add(q.key)


def question_name(section_title: str, number: str) -> str:
    """How a question is named everywhere (runner, reading views, pickers, exports): by its
    section and its own number, as the guide numbers them ("Under tiden · 7"), never by its
    position in the whole guide. A question without a number is named by its section alone."""
    parts = [section_title.strip().rstrip(":").strip(), number.strip().rstrip(".)").strip()]
    return " · ".join(p for p in parts if p)


def slugify(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
    out = []
    for ch in text.lower().translate(table):
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    slug = "-".join(p for p in "".join(out).split("-") if p)
    return slug[:40]


def _unique(candidate: str, used: set[str]) -> str:
    if candidate not in used:
        return candidate
    n = 2
    while f"{candidate}-{n}" in used:
        n += 1
    return f"{candidate}-{n}"
