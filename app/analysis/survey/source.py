"""The summaries' input, read from a project: closed questions, counted interviews, settings.

Counted: every interview still in the project whose newest consent is not withdrawn (erased
interviews are gone altogether). Questions are matched across guide versions by their stable
key; the newest version's wording, options and order are shown. When a project holds more
than one guide and two share a key, the id is prefixed with the guide ("g2:under-tiden/3").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.analysis.survey.data import (
    DEFAULT_MIN_GROUP,
    BackgroundVariable,
    ClosedQuestion,
    InterviewAnswers,
    QuestionSummary,
    SurveySummary,
)
from app.analysis.survey.summary import summarise
from app.errors import InvalidInput
from app.guide.model import QuestionKind
from app.interview.background import list_variables
from app.store.database import Database

MIN_GROUP_KEY = "survey_min_group"
MIN_GROUP_LIMITS = (1, 50)

#: Interviews that count: still there, and their newest consent (if any) not withdrawn.
COUNTED_SQL = (
    "SELECT i.id, i.participant_code FROM interview i"
    " WHERE NOT EXISTS (SELECT 1 FROM consent c WHERE c.id ="
    " (SELECT max(c2.id) FROM consent c2 WHERE c2.interview_id = i.id)"
    " AND c.withdrawn_at IS NOT NULL)"
    " ORDER BY i.held_on, i.id"
)


@dataclass(frozen=True)
class SurveyData:
    """Everything a summary needs, read once (no database afterwards)."""

    questions: tuple[ClosedQuestion, ...]
    interviews: tuple[InterviewAnswers, ...]
    variables: tuple[BackgroundVariable, ...]
    min_group: int
    #: Participant code → interview id, to open the interviews behind a figure.
    interview_ids: Mapping[str, int] = field(default_factory=dict)
    #: Question id → the database ids of that question in every guide version.
    question_ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def variable(self, key: str | None) -> BackgroundVariable | None:
        if key is None:
            return None
        for v in self.variables:
            if v.key == key:
                return v
        raise InvalidInput("unknown_variable", name=key)

    def summarise(self, by: str | None = None, language: str = "sv") -> SurveySummary:
        return summarise(
            self.questions,
            self.interviews,
            min_group=self.min_group,
            by=self.variable(by),
            language=language,
        )

    def summarise_question(
        self, question_id: str, by: str | None = None, language: str = "sv"
    ) -> QuestionSummary:
        for q in self.questions:
            if q.id == question_id:
                return summarise(
                    [q],
                    self.interviews,
                    min_group=self.min_group,
                    by=self.variable(by),
                    language=language,
                ).questions[0]
        raise InvalidInput("unknown_question", name=question_id)


# -- settings ---------------------------------------------------------------------------------
def _settings(db: Database) -> dict[str, object]:
    raw = db.scalar("SELECT settings FROM audit WHERE id = 1")
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def min_group(db: Database) -> int:
    """The project's minimum group for summaries (default 5)."""
    value = _settings(db).get(MIN_GROUP_KEY, DEFAULT_MIN_GROUP)
    return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_MIN_GROUP


def set_min_group(db: Database, n: int) -> None:
    """Set the minimum group (1–50). Raises InvalidInput outside that range (nothing changes)."""
    low, high = MIN_GROUP_LIMITS
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= high:
        raise InvalidInput("min_group", low=low, high=high)
    with db.atomic():
        data = _settings(db)
        data[MIN_GROUP_KEY] = n
        db.execute("UPDATE audit SET settings = ? WHERE id = 1", (json.dumps(data),))


# -- reading ------------------------------------------------------------------------------------
def closed_questions(db: Database) -> tuple[list[ClosedQuestion], dict[str, tuple[int, ...]]]:
    """Closed questions of every guide version, newest wording first, matched by key."""
    rows = db.query(
        "SELECT q.id, q.key, q.number, q.text, q.kind, q.options, s.title AS section,"
        " gv.guide_id, gv.version FROM question q"
        " JOIN section s ON s.id = q.section_id"
        " JOIN guide_version gv ON gv.id = s.guide_version_id"
        " WHERE q.kind != 'open'"
        " ORDER BY gv.guide_id, gv.version DESC, s.position, q.position"
    )
    guides_by_key: dict[str, set[int]] = {}
    for r in rows:
        guides_by_key.setdefault(r["key"], set()).add(int(r["guide_id"]))
    several_guides = len({int(r["guide_id"]) for r in rows}) > 1
    out: dict[str, ClosedQuestion] = {}
    ids: dict[str, list[int]] = {}
    for r in rows:
        key = r["key"]
        qid = f"g{r['guide_id']}:{key}" if several_guides and len(guides_by_key[key]) > 1 else key
        ids.setdefault(qid, []).append(int(r["id"]))
        if qid in out:
            continue  # an older version: the newest wording is already there
        try:
            options = tuple(str(o) for o in json.loads(r["options"] or "[]"))
        except ValueError:
            options = ()
        out[qid] = ClosedQuestion(
            qid, r["text"], QuestionKind(r["kind"]), options, r["number"], r["section"]
        )
    return list(out.values()), {k: tuple(v) for k, v in ids.items()}


def load_survey(db: Database) -> SurveyData:
    """Read closed questions, counted interviews' answers and background, and the settings."""
    questions, question_ids = closed_questions(db)
    by_db_id = {i: qid for qid, many in question_ids.items() for i in many}
    counted = {int(r["id"]): r["participant_code"] for r in db.query(COUNTED_SQL)}
    answers: dict[int, dict[str, str]] = {i: {} for i in counted}
    for r in db.query(
        "SELECT interview_id, question_id, answer FROM question_state"
        " WHERE answer IS NOT NULL AND answer != ''"
    ):
        iid = int(r["interview_id"])
        qid = by_db_id.get(int(r["question_id"]))
        if iid in answers and qid is not None:
            answers[iid][qid] = r["answer"]
    background: dict[int, dict[str, str]] = {i: {} for i in counted}
    for r in db.query(
        "SELECT ib.interview_id, v.key, ib.category FROM interview_background ib"
        " JOIN background_variable v ON v.id = ib.variable_id"
    ):
        iid = int(r["interview_id"])
        if iid in background:
            background[iid][r["key"]] = r["category"]
    interviews = tuple(
        InterviewAnswers(code, answers[iid], background[iid]) for iid, code in counted.items()
    )
    return SurveyData(
        tuple(questions),
        interviews,
        tuple(list_variables(db)),
        min_group(db),
        {code: iid for iid, code in counted.items()},
        question_ids,
    )


def open_answers(data: SurveyData, db: Database, question_id: str) -> list[tuple[int, str]]:
    """The notes written on a closed question ("Varför?"), as (interview id, text).

    Only counted interviews; empty notes left out. The text is the stored note: every export
    passes it through the pseudonymisation filter before writing it.
    """
    ids = data.question_ids.get(question_id, ())
    if not ids:
        return []
    counted = set(data.interview_ids.values())
    marks = ", ".join("?" for _ in ids)
    return [
        (int(r["interview_id"]), str(r["body"]))
        for r in db.query(
            f"SELECT interview_id, body FROM note WHERE question_id IN ({marks})"  # noqa: S608
            " AND trim(body) != '' ORDER BY interview_id",
            tuple(ids),
        )
        if int(r["interview_id"]) in counted
    ]
