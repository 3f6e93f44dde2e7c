"""What a closed question admits as an answer, and how an answer is stored.

One stored text per interview and question (``question_state.answer``):

=============  ============================================  =====================
kind           stored value                                   example
=============  ============================================  =====================
yes_no         ``yes`` / ``no`` / ``dont_know``               ``"yes"``
agreement      the step, 1 = "Stämmer mycket bra" … 5         ``"2"``
grade          the grade 1–10                                 ``"7"``
multi_choice   a JSON list of the chosen options' texts       ``'["Kön", "Ålder"]'``
every kind     ``declined`` ("vill inte svara")               ``"declined"``
=============  ============================================  =====================

Multiple choice keeps option *texts*, not positions, so an answer still means the same after
a new guide version reorders the options. Nothing here logs or formats content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.guide.model import AGREEMENT_SCALE, Question, QuestionKind

DECLINED = "declined"

#: Kinds that have answers to count (everything but open questions).
CLOSED_KINDS = (
    QuestionKind.YES_NO,
    QuestionKind.AGREEMENT,
    QuestionKind.GRADE,
    QuestionKind.MULTI_CHOICE,
)

#: How many of the agreement scale's top steps count as agreeing ("instämmer"), as the survey
#: seed counts them: "Stämmer mycket bra" and "Stämmer ganska bra".
AGREE_TOP_STEPS = 2

GRADE_MIN = 1
GRADE_MAX = 10

_LABELS = {
    "sv": {
        "yes": "Ja",
        "no": "Nej",
        "dont_know": "Vet ej",
        DECLINED: "Vill inte svara",
    },
    "en": {
        "yes": "Yes",
        "no": "No",
        "dont_know": "Don't know",
        DECLINED: "Prefers not to answer",
    },
}

AGREEMENT_SCALE_EN = (
    "Agree completely",
    "Agree mostly",
    "Neither agree nor disagree",
    "Disagree mostly",
    "Disagree completely",
)


@dataclass(frozen=True)
class Choice:
    """One answer a question offers: the stored ``value`` and the text shown for it."""

    value: str
    label: str


def is_closed(question: Question) -> bool:
    return question.kind in CLOSED_KINDS


def declined_label(language: str = "sv") -> str:
    return _LABELS.get(language, _LABELS["sv"])[DECLINED]


def choices(question: Question, language: str = "sv") -> list[Choice]:
    """The answers ``question`` offers, in the order they are shown (``declined`` not included).

    For multiple choice, each option is a choice of its own (any number may be chosen).
    """
    return kind_choices(question.kind, question.options, language)


def kind_choices(
    kind: QuestionKind, options: list[str] | tuple[str, ...] = (), language: str = "sv"
) -> list[Choice]:
    labels = _LABELS.get(language, _LABELS["sv"])
    if kind is QuestionKind.YES_NO:
        return [Choice(v, labels[v]) for v in ("yes", "no", "dont_know")]
    if kind is QuestionKind.AGREEMENT:
        scale = AGREEMENT_SCALE_EN if language == "en" else AGREEMENT_SCALE
        return [Choice(str(i), text) for i, text in enumerate(scale, 1)]
    if kind is QuestionKind.GRADE:
        return [Choice(str(n), str(n)) for n in range(GRADE_MIN, GRADE_MAX + 1)]
    if kind is QuestionKind.MULTI_CHOICE:
        return [Choice(o, o) for o in options]
    return []


def is_valid(question: Question, value: str | None) -> bool:
    """True for None (no answer), ``declined``, and any value the question's kind admits."""
    return value_is_valid(question.kind, question.options, value)


def value_is_valid(
    kind: QuestionKind, options: list[str] | tuple[str, ...], value: str | None
) -> bool:
    if value is None or value == DECLINED:
        return kind is not QuestionKind.OPEN or value is None
    if kind is QuestionKind.MULTI_CHOICE:
        chosen = decode_multi(value)
        return chosen is not None and all(c in options for c in chosen)
    return value in {c.value for c in kind_choices(kind, options)}


def encode_multi(chosen: list[str] | tuple[str, ...] | set[str], options: list[str]) -> str:
    """The stored value of a multiple-choice answer: chosen options in the guide's order."""
    order = {o: i for i, o in enumerate(options)}
    picked = sorted(set(chosen), key=lambda o: (order.get(o, len(order)), o))
    return json.dumps(picked, ensure_ascii=False)


def decode_multi(value: str | None) -> list[str] | None:
    """The chosen options of a stored multiple-choice answer; None if it is not one."""
    if value is None or value == DECLINED:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    if not isinstance(parsed, list) or not all(isinstance(x, str) for x in parsed):
        return None
    return list(parsed)


def toggle_multi(value: str | None, option: str, options: list[str]) -> str:
    """``value`` with ``option`` chosen or unchosen (a declined answer starts afresh)."""
    chosen = set(decode_multi(value) or [])
    chosen.symmetric_difference_update({option})
    return encode_multi(chosen, options)


def answer_text(question: Question, value: str | None, language: str = "sv") -> str:
    """The answer as words ("Ja", "Stämmer ganska bra", "7", "Kön, Ålder"); "" for none."""
    if value is None or value == "":
        return ""
    if value == DECLINED:
        return declined_label(language)
    if question.kind is QuestionKind.MULTI_CHOICE:
        chosen = decode_multi(value)
        return ", ".join(chosen) if chosen is not None else value
    for c in choices(question, language):
        if c.value == value:
            return c.label
    return value


def short_answer(question: Question, value: str | None, language: str = "sv") -> str:
    """The answer in as few words as will do, for an outline: "Ja", "Ganska bra", "8"."""
    text = answer_text(question, value, language)
    if (
        question.kind is QuestionKind.AGREEMENT
        and value != DECLINED
        and text.startswith("Stämmer ")
    ):
        rest = text.removeprefix("Stämmer ")
        return rest[:1].upper() + rest[1:]
    return text


def grade_value(value: str | None) -> int | None:
    """The grade as a number, or None when ``value`` is not a grade 1–10."""
    if value is None or not value.isdigit():
        return None
    n = int(value)
    return n if GRADE_MIN <= n <= GRADE_MAX else None
