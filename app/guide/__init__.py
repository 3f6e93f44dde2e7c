"""Question guides: the model, the JSON file format, and storage in a project."""

from app.guide.model import (
    AGREEMENT_SCALE,
    YES_NO_ANSWERS,
    FollowUp,
    Guide,
    Question,
    QuestionKind,
    Section,
)

__all__ = [
    "AGREEMENT_SCALE",
    "YES_NO_ANSWERS",
    "FollowUp",
    "Guide",
    "Question",
    "QuestionKind",
    "Section",
]
