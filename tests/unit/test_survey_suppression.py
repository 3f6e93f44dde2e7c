"""Small-group suppression: properties, attacked by an exact integer solver.

The attacker knows every published number, how each is a sum of the table's fine cells
(informants of a group with an answer), that counts are whole and not negative, and that a
multiple-choice option is chosen by no more than answered. For each hidden count whose
true value is 1 … N-1 it searches for another table that publishes the same numbers with a
different value there. If there is none, the count has been "undone" — the test fails.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from app.analysis.survey.data import (
    BackgroundVariable,
    ClosedQuestion,
    InterviewAnswers,
    QuestionSummary,
)
from app.analysis.survey.summary import summarise
from app.guide.answers import DECLINED, encode_multi
from app.guide.model import QuestionKind

OPTIONS = ("a", "b", "c")
QUESTIONS = {
    QuestionKind.YES_NO: ClosedQuestion("q", "Fråga", QuestionKind.YES_NO),
    QuestionKind.AGREEMENT: ClosedQuestion("q", "Fråga", QuestionKind.AGREEMENT),
    QuestionKind.GRADE: ClosedQuestion("q", "Fråga", QuestionKind.GRADE),
    QuestionKind.MULTI_CHOICE: ClosedQuestion("q", "Fråga", QuestionKind.MULTI_CHOICE, OPTIONS),
}
VAR = BackgroundVariable("v", "Variabel", ("A", "B"))
VAR2 = BackgroundVariable("w", "Variabel 2", ("X", "Y"))


# -- the attacker's solver: an integer programme (HiGHS through SciPy) -----------------------
@dataclass
class Sum:
    cells: tuple[int, ...]
    lo: int
    hi: int


def extremes(
    n_cells: int, bound: int, sums: list[Sum], le: list[tuple[int, int]], target: tuple[int, ...]
) -> tuple[int, int]:
    """The smallest and largest value the cells ``target`` can add up to."""
    rows = []
    lo = []
    hi = []
    for s in sums:
        row = np.zeros(n_cells)
        row[list(s.cells)] = 1
        rows.append(row)
        lo.append(s.lo)
        hi.append(s.hi)
    for x, y in le:
        row = np.zeros(n_cells)
        row[x], row[y] = 1, -1
        rows.append(row)
        lo.append(-np.inf)
        hi.append(0)
    constraints = [LinearConstraint(np.array(rows), lo, hi)] if rows else []
    objective = np.zeros(n_cells)
    objective[list(target)] = 1
    out = []
    for sign in (1, -1):
        result = milp(
            sign * objective,
            constraints=constraints,
            integrality=np.ones(n_cells),
            bounds=Bounds(0, bound),
        )
        assert result.status == 0, result.message
        out.append(round(sign * result.fun))
    return out[0], out[1]


# -- the published table as equations -------------------------------------------------------
class Attack:
    """Fine cells: one per (group tuple, answer), plus "answered" per group tuple (multi)."""

    def __init__(self, q: QuestionSummary, truth: list[tuple[tuple[str | None, ...], list[str]]]):
        self.values = [a.value for a in q.answers]
        self.multi = q.kind is QuestionKind.MULTI_CHOICE
        self.vars = list(q.by)
        group_lists = [[g.group for g in q.by[v]] for v in self.vars]
        self.keys = list(itertools.product(*group_lists)) if self.vars else [()]
        self.index: dict[tuple[object, ...], int] = {}
        for k in self.keys:
            for v in self.values:
                self.index[(k, v)] = len(self.index)
            self.index[(k, None)] = len(self.index)  # answered (used for multi only)
        self.true = [0] * len(self.index)
        for k, chosen in truth:
            for v in chosen:
                self.true[self.index[(k, v)]] += 1
            self.true[self.index[(k, None)]] += 1
        self.n_total = sum(self.true[self.index[(k, None)]] for k in self.keys)
        self.published: list[Sum] = []
        self.secrets: list[tuple[str, tuple[int, ...]]] = []
        self.shown: list[int] = []
        self._read(q)

    def cells(self, value: str | None, where: dict[int, str | None]) -> tuple[int, ...]:
        keys = [k for k in self.keys if all(k[i] == g for i, g in where.items())]
        if value is None and not self.multi:
            return tuple(self.index[(k, v)] for k in keys for v in self.values)
        return tuple(self.index[(k, value)] for k in keys)

    def agree_cells(self, where: dict[int, str | None]) -> tuple[int, ...]:
        return self.cells("1", where) + self.cells("2", where)

    def _item(self, name: str, cells: tuple[int, ...], shown: int | None) -> None:
        true = sum(self.true[c] for c in cells)
        if shown is None:
            self.secrets.append((name, cells))
        else:
            assert shown == true, name
            self.shown.append(shown)
            self.published.append(Sum(cells, shown, shown))

    def _line(self, name: str, total: int | None, parts: list[tuple[tuple[int, ...], int | None]]):
        """Hidden parts of a visible total, taken together, are a count the attacker knows."""
        hidden = tuple(c for cells, shown in parts if shown is None for c in cells)
        if total is not None and hidden:
            self.secrets.append((f"{name} (hidden parts together)", hidden))

    def _read(self, q: QuestionSummary) -> None:
        self._item("answered", self.cells(None, {}), q.answered)
        for a in q.answers:
            self._item(f"overall {a.value}", self.cells(a.value, {}), a.count)
        if not self.multi:
            self._line(
                "overall", q.answered, [(self.cells(a.value, {}), a.count) for a in q.answers]
            )
        for i, var in enumerate(self.vars):
            groups = q.by[var]
            self._line(
                f"{var} answered",
                q.answered,
                [(self.cells(None, {i: g.group}), g.answered) for g in groups],
            )
            for j, a in enumerate(q.answers):
                self._line(
                    f"{var} {a.value}",
                    a.count,
                    [(self.cells(a.value, {i: g.group}), g.answers[j].count) for g in groups],
                )
            for g in groups:
                if not self.multi:
                    self._line(
                        f"{var}={g.group}",
                        g.answered,
                        [(self.cells(a.value, {i: g.group}), a.count) for a in g.answers],
                    )
        if q.kind is QuestionKind.AGREEMENT:
            agree = None if q.agree_share is None else round(q.agree_share * (q.answered or 0))
            self._item("overall agree", self.agree_cells({}), agree)
        for i, var in enumerate(self.vars):
            for g in q.by[var]:
                where = {i: g.group}
                self._item(f"{var}={g.group} answered", self.cells(None, where), g.answered)
                for a in g.answers:
                    self._item(f"{var}={g.group} {a.value}", self.cells(a.value, where), a.count)
                if q.kind is QuestionKind.AGREEMENT:
                    agree = (
                        None if g.agree_share is None else round(g.agree_share * (g.answered or 0))
                    )
                    self._item(f"{var}={g.group} agree", self.agree_cells(where), agree)

    def undone(self, n: int) -> list[str]:
        """Hidden counts of 1 … n-1 that the published numbers pin down."""
        le = []
        if self.multi:
            le = [
                (self.index[(k, v)], self.index[(k, None)]) for k in self.keys for v in self.values
            ]
        else:  # answered cells are unused for single-choice kinds: pin them to 0
            self.published += [Sum((self.index[(k, None)],), 0, 0) for k in self.keys]
            for k in self.keys:
                self.true[self.index[(k, None)]] = 0
        bound = max(self.n_total, 1)
        out = []
        for name, cells in self.secrets:
            true = sum(self.true[c] for c in cells)
            if not 0 < true < n:
                continue
            if extremes(len(self.true), bound, self.published, le, cells) == (true, true):
                out.append(f"{name} = {true}")
        return out


# -- generated data ---------------------------------------------------------------------------
def answers_for(kind: QuestionKind) -> st.SearchStrategy[list[str]]:
    if kind is QuestionKind.YES_NO:
        return st.sampled_from(["yes", "no", "dont_know"]).map(lambda v: [v])
    if kind is QuestionKind.AGREEMENT:
        return st.sampled_from(["1", "1", "2", "2", "3", "4", "5"]).map(lambda v: [v])
    if kind is QuestionKind.GRADE:
        return st.sampled_from(["5", "7", "8", "10"]).map(lambda v: [v])
    return st.lists(st.sampled_from(OPTIONS), unique=True, max_size=3)


@st.composite
def survey(draw: st.DrawFn, linked: bool = False):
    kind = draw(st.sampled_from(list(QUESTIONS)))
    n = draw(st.sampled_from([2, 3, 5]))
    size = draw(st.integers(0, 14 if linked else 22))
    people = []
    for _ in range(size):
        g = draw(st.sampled_from(["A", "A", "B", None]))
        g2 = draw(st.sampled_from(["X", "Y", None])) if linked else None
        declined = draw(st.integers(0, 9)) == 0
        chosen = [] if declined else draw(answers_for(kind))
        people.append((g, g2, declined, chosen))
    return kind, n, people


def interviews(kind: QuestionKind, people) -> list[InterviewAnswers]:
    out = []
    for i, (g, g2, declined, chosen) in enumerate(people):
        if declined:
            value = DECLINED
        elif kind is QuestionKind.MULTI_CHOICE:
            value = encode_multi(chosen, list(OPTIONS))
        else:
            value = chosen[0]
        background = {k: v for k, v in (("v", g), ("w", g2)) if v}
        out.append(InterviewAnswers(f"P{i}", {"q": value}, background))
    return out


def every_count(q: QuestionSummary) -> list[int | None]:
    out: list[int | None] = [q.answered, q.declined, *(a.count for a in q.answers)]
    for groups in q.by.values():
        for g in groups:
            out += [g.answered, *(a.count for a in g.answers)]
    return out


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(survey())
@example((QuestionKind.YES_NO, 2, [("A", None, False, ["yes"])] * 6 + [("B", None, False, ["no"])]))
def test_no_shown_count_is_under_n_and_none_can_be_computed_back(data) -> None:
    kind, n, people = data
    rows = interviews(kind, people)
    (q,) = summarise([QUESTIONS[kind]], rows, min_group=n, by=VAR).questions
    assert all(c is None or c >= n for c in every_count(q))
    for groups in q.by.values():
        for g in groups:
            for a in g.answers:
                assert a.share is None or a.count is not None
            if g.answered is None:
                assert g.mean is None and g.agree_share is None and g.interviews == ()
    truth = [
        ((g,), [] if declined else chosen) for g, _g2, declined, chosen in people if not declined
    ]
    assert Attack(q, truth).undone(n) == []


@SETTINGS
@given(survey())
def test_overall_alone_cannot_be_undone(data) -> None:
    kind, n, people = data
    (q,) = summarise([QUESTIONS[kind]], interviews(kind, people), min_group=n).questions
    assert all(c is None or c >= n for c in every_count(q))
    truth = [((), chosen) for _g, _g2, declined, chosen in people if not declined]
    assert Attack(q, truth).undone(n) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(survey(linked=True))
def test_two_breakdowns_of_one_question_together_cannot_be_undone(data) -> None:
    kind, n, people = data
    rows = interviews(kind, people)
    (by_v,) = summarise([QUESTIONS[kind]], rows, min_group=n, by=VAR).questions
    (by_w,) = summarise([QUESTIONS[kind]], rows, min_group=n, by=VAR2).questions
    assert by_v.answers == by_w.answers  # the overall figures are the same in both
    both = QuestionSummary(
        by_v.id,
        by_v.text,
        by_v.kind,
        by_v.number,
        by_v.section,
        by_v.answered,
        by_v.declined,
        by_v.answers,
        by_v.mean,
        by_v.median,
        by_v.agree_share,
        {**by_v.by, **by_w.by},
    )
    truth = [((g, g2), chosen) for g, g2, declined, chosen in people if not declined]
    assert Attack(both, truth).undone(n) == []


def test_attacker_finds_a_naive_suppression() -> None:
    """The attacker is not toothless: primary suppression alone is undone by differencing."""
    values = ["yes"] * 10 + ["no"] + ["dont_know"] * 6
    rows = [InterviewAnswers(f"P{i}", {"q": v}) for i, v in enumerate(values)]
    (q,) = summarise([QUESTIONS[QuestionKind.YES_NO]], rows, min_group=5).questions
    assert [a.count for a in q.answers] == [10, None, None]
    shown = {"yes": 10, "dont_know": 6}
    naive = QuestionSummary(
        q.id, q.text, q.kind, "", "", 17, None,
        tuple(type(a)(a.value, a.label, shown.get(a.value), None) for a in q.answers),
    )  # fmt: skip
    truth = [((), [v]) for v in values]
    assert Attack(naive, truth).undone(5) == [
        "overall no = 1",
        "overall (hidden parts together) = 1",
    ]
    assert Attack(q, truth).undone(5) == []
