"""An interview's closed answers, read and written outside the runner (packages, exchange).

The runner stores answers through autosave (``question_state``); other features — team
packages (issue 16), REFI-QDA (issue 19) — read them with :func:`interview_answers` and, when
bringing an interview in from elsewhere, write them with :func:`store_answer`. Values are the
stored forms of :mod:`app.guide.answers`; background variables are in
:mod:`app.interview.background`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.errors import InvalidInput, NotFound
from app.guide.answers import answer_text, value_is_valid
from app.guide.model import Question, QuestionKind
from app.store.database import Database


@dataclass(frozen=True)
class Answer:
    """One closed answer: the question (database id and stable key), the stored value, its
    words, and when it was given (ms since the interview's start; None if not known)."""

    question_id: int
    question_key: str
    value: str
    text: str
    answered_at_ms: int | None


def interview_answers(db: Database, interview_id: int) -> list[Answer]:
    """The interview's answers to closed questions, in guide order."""
    rows = db.query(
        "SELECT q.id, q.key, q.kind, q.options, q.text, qs.answer, qs.answered_at_ms"
        " FROM question_state qs JOIN question q ON q.id = qs.question_id"
        " JOIN section s ON s.id = q.section_id"
        " WHERE qs.interview_id = ? AND qs.answer IS NOT NULL AND qs.answer != ''"
        " AND q.kind != 'open' ORDER BY s.position, q.position",
        (interview_id,),
    )
    out = []
    for r in rows:
        question = _question(r["kind"], r["options"], r["text"])
        out.append(
            Answer(
                int(r["id"]),
                r["key"],
                r["answer"],
                answer_text(question, r["answer"]),
                r["answered_at_ms"],
            )
        )
    return out


def _question(kind: str, options: str, text: str) -> Question:
    return Question(text, kind=QuestionKind(kind), options=list(json.loads(options or "[]")))


def store_answer(
    db: Database,
    interview_id: int,
    question_id: int,
    value: str | None,
    answered_at_ms: int | None = None,
) -> None:
    """Set (or with None clear) one answer, checked against the question's kind.

    Raises:
        NotFound: no such question.
        InvalidInput: a value the question does not admit (nothing changes).
    """
    row = db.query_one("SELECT kind, options, text FROM question WHERE id = ?", (question_id,))
    if row is None:
        raise NotFound("question")
    question = _question(row["kind"], row["options"], row["text"])
    if question.kind is QuestionKind.OPEN or not value_is_valid(
        question.kind, question.options, value
    ):
        raise InvalidInput("answer_value")
    db.execute(
        "INSERT INTO question_state (interview_id, question_id, status, answer, answered_at_ms)"
        " VALUES (?, ?, 'covered', ?, ?) ON CONFLICT (interview_id, question_id)"
        " DO UPDATE SET answer = excluded.answer, answered_at_ms = excluded.answered_at_ms",
        (interview_id, question_id, value, None if value is None else answered_at_ms),
    )
