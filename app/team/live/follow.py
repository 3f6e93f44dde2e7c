"""What the co-listener is shown: the guide's outline once, then the current question.

Only the guide's own words (sections, numbers, questions) and the participant code: never a
note, an answer or a quote. Sent only over the paired, encrypted channel.
"""

from __future__ import annotations

from typing import Any

from app.guide.model import Guide, Question


def question_payload(
    guide: Guide, question: Question | None, position: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    if question is None or question.id is None:
        return None
    payload: dict[str, Any] = {
        "id": question.id,
        "number": question.number,
        "text": question.text,
        "section": guide.section_of(question).title,
    }
    if position is not None:
        payload["position"] = list(position)
    return payload


def session_info(guide: Guide, participant_code: str, quotes_allowed: bool) -> dict[str, Any]:
    """The welcome's ``info``: the participant code, quote consent and the guide's outline."""
    return {
        "participant": participant_code,
        "quotes_allowed": quotes_allowed,
        "guide": guide.title,
        "outline": [
            {"id": q.id, "number": q.number, "text": q.text, "section": s.title}
            for s in guide.sections
            for q in s.questions
            if q.id is not None
        ],
    }
