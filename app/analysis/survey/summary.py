"""Summaries of closed questions across an audit (see ``docs/survey-summaries.md``).

Per question: how many answered, count and share per answer (shares of those who answered;
"vill inte svara" is counted apart and is not in the shares), mean and median grade, the
"instämmer" share (the two top steps of the agreement scale, as the survey seed counts),
and a breakdown by one background variable. Every count under the minimum group, and every
count that could be computed back from the visible ones, is ``None``.

Multiple choice: an informant may choose several options, so the counts add up to more than
the number who answered, and a share is "of those who answered, how many chose this".
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence

from app.analysis.survey.data import (
    DEFAULT_MIN_GROUP,
    AnswerCount,
    BackgroundVariable,
    ClosedQuestion,
    GroupSummary,
    InterviewAnswers,
    QuestionSummary,
    SurveySummary,
)
from app.analysis.survey.suppress import Item, Line, protect
from app.guide.answers import AGREE_TOP_STEPS, DECLINED, decode_multi, kind_choices
from app.guide.model import QuestionKind

Key = tuple[object, ...]

#: Item keys. Overall: ("M", v) per answer, ("A",) answered, ("AG",) agreeing, ("D",) declined.
#: In a group g: ("c", g, v), ("a", g), ("ag", g).
ANSWERED: Key = ("A",)
AGREE: Key = ("AG",)
DECLINED_KEY: Key = ("D",)


def summarise(
    questions: Sequence[ClosedQuestion],
    interviews: Iterable[InterviewAnswers],
    *,
    min_group: int = DEFAULT_MIN_GROUP,
    by: BackgroundVariable | None = None,
    language: str = "sv",
) -> SurveySummary:
    """Summaries of ``questions`` over ``interviews`` (withdrawn ones must not be passed).

    Args:
        questions: closed questions, in the order to report them (open ones are skipped).
        interviews: the counted interviews.
        min_group: the smallest number of informants a shown count may stand for (≥ 1).
        by: a background variable to break every question down by, or None.
        language: of the answer labels ("sv" or "en").
    """
    if min_group < 1:
        raise ValueError("min_group must be at least 1")
    rows = list(interviews)
    closed = [q for q in questions if q.kind is not QuestionKind.OPEN]
    return SurveySummary(
        min_group,
        tuple(summarise_question(q, rows, min_group, by, language) for q in closed),
        (by,) if by else (),
    )


class _Tally:
    """Who gave which answer, overall and per group, in one pass over the interviews."""

    def __init__(
        self, question: ClosedQuestion, rows: list[InterviewAnswers], by: BackgroundVariable | None
    ) -> None:
        self.multi = question.kind is QuestionKind.MULTI_CHOICE
        self.values = [c.value for c in kind_choices(question.kind, question.options)]
        valid = set(self.values)
        self.extra: list[str] = []  # options of older guide versions, kept at the end
        self.by_value: dict[str, list[str]] = {v: [] for v in self.values}
        self.answered: list[str] = []
        self.declined = 0
        self.grades: list[int] = []
        self.cells: dict[tuple[str | None, str], list[str]] = {}
        self.group_answered: dict[str | None, list[str]] = {}
        self.group_grades: dict[str | None, list[int]] = {}
        grade = question.kind is QuestionKind.GRADE
        var = by.key if by else None
        qid = question.id
        for row in rows:
            value = row.answers.get(qid)
            if value is None or value == "":
                continue
            if value == DECLINED:
                self.declined += 1
                continue
            if self.multi:
                chosen = decode_multi(value)
                if chosen is None:
                    continue
                picked = list(dict.fromkeys(chosen))
                for option in picked:
                    if option not in valid:
                        valid.add(option)
                        self.extra.append(option)
                        self.by_value[option] = []
            elif value in valid:
                picked = [value]
            else:
                continue
            code = row.id
            self.answered.append(code)
            for v in picked:
                self.by_value[v].append(code)
            if grade:
                self.grades.append(int(value))
            if var is not None:
                group = row.background.get(var) or None
                self.group_answered.setdefault(group, []).append(code)
                for v in picked:
                    self.cells.setdefault((group, v), []).append(code)
                if grade:
                    self.group_grades.setdefault(group, []).append(int(value))

    @property
    def all_values(self) -> list[str]:
        return self.values + self.extra


def summarise_question(
    question: ClosedQuestion,
    rows: list[InterviewAnswers],
    min_group: int = DEFAULT_MIN_GROUP,
    by: BackgroundVariable | None = None,
    language: str = "sv",
) -> QuestionSummary:
    tally = _Tally(question, rows, by)
    values = tally.all_values
    labels = {c.value: c.label for c in kind_choices(question.kind, question.options, language)}
    agree = (
        [str(i) for i in range(1, AGREE_TOP_STEPS + 1)]
        if question.kind is QuestionKind.AGREEMENT
        else []
    )
    additive = not tally.multi

    # -- overall: one fine cell per answer (+ one for "answered" when not additive) ----------
    items, lines = _overall_items(
        values,
        {v: len(tally.by_value[v]) for v in values},
        len(tally.answered),
        agree,
        additive,
        cell_of=lambda v: frozenset({values.index(v)}),
        answered_cells=frozenset({len(values)}),
    )
    items.append(Item(DECLINED_KEY, tally.declined, frozenset({len(values) + 1})))
    hidden = protect(items, lines, min_group)
    answered = _shown(ANSWERED, len(tally.answered), hidden)

    def share(count: int | None, total: int | None) -> float | None:
        return None if count is None or not total else round(count / total, 4)

    answers = tuple(
        AnswerCount(
            v,
            labels.get(v, v),
            _shown(("M", v), len(tally.by_value[v]), hidden),
            share(_shown(("M", v), len(tally.by_value[v]), hidden), answered),
            () if ("M", v) in hidden else tuple(tally.by_value[v]),
        )
        for v in values
    )
    mean = median = agree_share = None
    if answered is not None and tally.grades:
        mean = round(statistics.fmean(tally.grades), 2)
        median = float(statistics.median(tally.grades))
    if agree and answered is not None and AGREE not in hidden:
        agree_share = share(sum(len(tally.by_value[v]) for v in agree), answered)

    breakdowns = {}
    if by is not None:
        breakdowns[by.key] = _breakdown(
            tally, by, values, labels, agree, additive, hidden, min_group
        )
    return QuestionSummary(
        question.id,
        question.text,
        question.kind,
        question.number,
        question.section,
        answered,
        _shown(DECLINED_KEY, tally.declined, hidden),
        answers,
        mean,
        median,
        agree_share,
        breakdowns,
        () if answered is None else tuple(tally.answered),
    )


def _shown(key: Key, value: int, hidden: set[Key]) -> int | None:
    return None if key in hidden else value


def _overall_items(
    values: list[str],
    counts: dict[str, int],
    answered: int,
    agree: list[str],
    additive: bool,
    cell_of: object,
    answered_cells: frozenset[int],
) -> tuple[list[Item], list[Line]]:
    """The overall items (answers, answered, agreeing) and their lines."""
    assert callable(cell_of)
    items = [Item(("M", v), counts[v], cell_of(v)) for v in values]
    all_cells = frozenset().union(*(cell_of(v) for v in values)) if values else frozenset()
    items.append(Item(ANSWERED, answered, all_cells if additive else answered_cells, rank=2))
    lines: list[Line] = []
    if additive:
        lines.append(Line(ANSWERED, tuple(("M", v) for v in values)))
    if agree:
        agree_cells = frozenset().union(*(cell_of(v) for v in agree))
        items.append(Item(AGREE, sum(counts[v] for v in agree), agree_cells, rank=0))
        lines.append(Line(AGREE, tuple(("M", v) for v in agree)))
        rest = tuple(("M", v) for v in values if v not in agree)
        lines.append(Line(ANSWERED, (AGREE, *rest)))
    return items, lines


def _breakdown(
    tally: _Tally,
    by: BackgroundVariable,
    values: list[str],
    labels: dict[str, str],
    agree: list[str],
    additive: bool,
    overall_hidden: set[Key],
    min_group: int,
) -> tuple[GroupSummary, ...]:
    groups: list[str | None] = list(by.categories)
    groups += sorted(g for g in tally.group_answered if g is not None and g not in by.categories)
    groups.append(None)
    width = len(values) + 1
    gi = {g: i for i, g in enumerate(groups)}

    def cell(g: str | None, v: str) -> int:
        return gi[g] * width + values.index(v)

    def answered_cell(g: str | None) -> int:
        return gi[g] * width + len(values)

    def count(g: str | None, v: str) -> int:
        return len(tally.cells.get((g, v), ()))

    items, lines = _overall_items(
        values,
        {v: len(tally.by_value[v]) for v in values},
        len(tally.answered),
        agree,
        additive,
        cell_of=lambda v: frozenset(cell(g, v) for g in groups),
        answered_cells=frozenset(answered_cell(g) for g in groups),
    )
    overall_keys = [i.key for i in items]
    members: dict[Key, tuple[Key, ...]] = {}
    for g in groups:
        row_cells = frozenset(cell(g, v) for v in values)
        size = len(tally.group_answered.get(g, ()))
        items += [Item(("c", g, v), count(g, v), frozenset({cell(g, v)})) for v in values]
        a_cells = row_cells if additive else frozenset({answered_cell(g)})
        items.append(Item(("a", g), size, a_cells, rank=2))
        own: list[Key] = [("c", g, v) for v in values]
        if additive:
            lines.append(Line(("a", g), tuple(("c", g, v) for v in values)))
        if agree:
            items.append(
                Item(
                    ("ag", g),
                    sum(count(g, v) for v in agree),
                    frozenset(cell(g, v) for v in agree),
                    0,
                )
            )
            own.append(("ag", g))
            lines.append(Line(("ag", g), tuple(("c", g, v) for v in agree)))
            rest = tuple(("c", g, v) for v in values if v not in agree)
            lines.append(Line(("a", g), (("ag", g), *rest)))
        members[("a", g)] = tuple(own)
    for v in values:
        lines.append(Line(("M", v), tuple(("c", g, v) for g in groups)))
    lines.append(Line(ANSWERED, tuple(("a", g) for g in groups)))
    if agree:
        lines.append(Line(AGREE, tuple(("ag", g) for g in groups)))

    also: list[Key] = [("c", g, v) for v in values if ("M", v) in overall_hidden for g in groups]
    if AGREE in overall_hidden:
        also += [("ag", g) for g in groups]
    if ANSWERED in overall_hidden:
        also += [("a", g) for g in groups]
    hidden = protect(
        items,
        lines,
        min_group,
        groups=members,
        fixed_hidden=[k for k in overall_keys if k in overall_hidden],
        fixed_visible=[k for k in overall_keys if k not in overall_hidden],
        also_hide=also,
    )

    out = []
    for g in groups:
        n_answered = _shown(("a", g), len(tally.group_answered.get(g, ())), hidden)
        answers = []
        for v in values:
            shown: int | None = _shown(("c", g, v), count(g, v), hidden)
            answers.append(
                AnswerCount(
                    v,
                    labels.get(v, v),
                    shown,
                    None if shown is None or not n_answered else round(shown / n_answered, 4),
                    () if shown is None else tuple(tally.cells.get((g, v), ())),
                )
            )
        grades = tally.group_grades.get(g, [])
        mean = median = agree_share = None
        if n_answered is not None and grades:
            mean = round(statistics.fmean(grades), 2)
            median = float(statistics.median(grades))
        if agree and n_answered and ("ag", g) not in hidden:
            agree_share = round(sum(count(g, v) for v in agree) / n_answered, 4)
        out.append(
            GroupSummary(
                g,
                n_answered,
                tuple(answers),
                mean,
                median,
                agree_share,
                () if n_answered is None else tuple(tally.group_answered.get(g, ())),
            )
        )
    return tuple(out)
