"""The summaries as JSON for scripts (``samtal summary P --json``).

Shape (keys the issue fixes, plus a few extra ones scripts may ignore)::

    {"min_group": 5,
     "questions": [{"id", "text", "kind", "answered",
                    "answers": [{"label", "count", "share", "value"}],
                    "by": {VAR: [{"group", "answered", "answers": [...],
                                  "mean", "median", "agree_share"}]},
                    "number", "declined", "mean", "median", "agree_share"}]}

A hidden cell has ``"count": null`` and ``"share": null``: never a number under the minimum
group. ``"group": null`` is the group whose variable was not set. No participant code is ever
written (the interviews behind a count stay inside the program).
"""

from __future__ import annotations

from typing import Any

from app.analysis.survey.data import AnswerCount, GroupSummary, QuestionSummary, SurveySummary


def _answer(a: AnswerCount) -> dict[str, Any]:
    return {"label": a.label, "count": a.count, "share": a.share, "value": a.value}


def _group(g: GroupSummary) -> dict[str, Any]:
    return {
        "group": g.group,
        "answered": g.answered,
        "answers": [_answer(a) for a in g.answers],
        "mean": g.mean,
        "median": g.median,
        "agree_share": g.agree_share,
    }


def question_json(q: QuestionSummary) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "kind": q.kind.value,
        "answered": q.answered,
        "answers": [_answer(a) for a in q.answers],
        "by": {var: [_group(g) for g in groups] for var, groups in q.by.items()},
        "number": q.number,
        "declined": q.declined,
        "mean": q.mean,
        "median": q.median,
        "agree_share": q.agree_share,
    }


def summary_json(summary: SurveySummary) -> dict[str, Any]:
    return {
        "min_group": summary.min_group,
        "questions": [question_json(q) for q in summary.questions],
    }
