"""Survey summaries against hand-computed fixtures (counts, shares, mean, median, instämmer)."""

from __future__ import annotations

import json

import pytest

from app.analysis.survey.data import BackgroundVariable, ClosedQuestion, InterviewAnswers
from app.analysis.survey.jsonshape import summary_json
from app.analysis.survey.summary import summarise
from app.guide.answers import DECLINED, encode_multi
from app.guide.model import QuestionKind

YES_NO = ClosedQuestion("q-yn", "Fick du veta hur lång tid det tar?", QuestionKind.YES_NO)
SCALE = ClosedQuestion("q-scale", "Jag blir bemött med respekt", QuestionKind.AGREEMENT)
GRADE = ClosedQuestion("q-grade", "Vilket betyg ger du?", QuestionKind.GRADE)
OPTIONS = ("Kön", "Ålder", "Härkomst")
MULTI = ClosedQuestion("q-multi", "Varför?", QuestionKind.MULTI_CHOICE, OPTIONS)
OPEN = ClosedQuestion("q-open", "Berätta", QuestionKind.OPEN)
GENDER = BackgroundVariable("kon", "Kön", ("Kvinna", "Man"))


def rows(question: str, values: list[str | None], groups: list[str | None] | None = None):
    out = []
    for i, v in enumerate(values):
        answers = {} if v is None else {question: v}
        g = groups[i] if groups else None
        out.append(InterviewAnswers(f"K{i:03d}", answers, {"kon": g} if g else {}))
    return out


def counts(q):
    return [(a.value, a.count, a.share) for a in q.answers]


def test_yes_no_counts_shares_and_declined_apart() -> None:
    # 12 ja, 6 nej, 2 vet ej, 1 vill inte svara, 1 not answered: 20 answered.
    values = ["yes"] * 12 + ["no"] * 6 + ["dont_know"] * 2 + [DECLINED, None]
    (q,) = summarise([YES_NO], rows("q-yn", values), min_group=1).questions
    assert q.answered == 20
    assert q.declined == 1
    assert counts(q) == [("yes", 12, 0.6), ("no", 6, 0.3), ("dont_know", 2, 0.1)]
    assert [a.label for a in q.answers] == ["Ja", "Nej", "Vet ej"]
    assert sum(a.count for a in q.answers) == q.answered


def test_yes_no_suppression_with_complement() -> None:
    # N = 5: "vet ej" (2) is under N; alone it would be 20 - 12 - 6 = 2 by differencing,
    # so the smallest visible answer ("nej", 6) is hidden too: 6 + 2 = 8 >= 5.
    values = ["yes"] * 12 + ["no"] * 6 + ["dont_know"] * 2 + [DECLINED]
    (q,) = summarise([YES_NO], rows("q-yn", values), min_group=5).questions
    assert q.answered == 20
    assert q.declined is None
    assert counts(q) == [("yes", 12, 0.6), ("no", None, None), ("dont_know", None, None)]
    assert q.answers[1].interviews == ()
    assert len(q.answers[0].interviews) == 12
    assert q.any_hidden


def test_grade_mean_and_median() -> None:
    grades = ["3", "5", "7", "7", "8", "9", "10", "10"]  # sum 59: mean 7.375; median (7+8)/2
    (q,) = summarise([GRADE], rows("q-grade", grades), min_group=1).questions
    assert q.answered == 8
    assert q.mean == pytest.approx(7.38)
    assert q.median == 7.5
    # A count of 0 is a count under the minimum group too: shown as "–" even when N = 1.
    assert [a.count for a in q.answers] == [None, None, 1, None, 1, None, 2, 1, 1, 2]
    (q5,) = summarise([GRADE], rows("q-grade", grades), min_group=5).questions
    assert q5.answered == 8 and q5.mean == pytest.approx(7.38) and q5.median == 7.5
    assert all(a.count is None for a in q5.answers)
    (q9,) = summarise([GRADE], rows("q-grade", grades), min_group=9).questions
    assert q9.answered is None and q9.mean is None and q9.median is None


def test_agreement_instammer_share_is_the_two_top_steps() -> None:
    steps = ["1", "1", "2", "3", "4", "5", "2", "2", "1", "3"]  # 1:3 2:3 3:2 4:1 5:1
    (q,) = summarise([SCALE], rows("q-scale", steps), min_group=1).questions
    assert counts(q) == [("1", 3, 0.3), ("2", 3, 0.3), ("3", 2, 0.2), ("4", 1, 0.1), ("5", 1, 0.1)]
    assert q.answers[0].label == "Stämmer mycket bra"
    assert q.agree_share == 0.6


def test_agreement_share_hidden_when_it_would_reveal_a_step() -> None:
    # 9 × step 1 and 3 × step 2 of 15 (3 × step 5): step 2 (3) is hidden; showing the
    # instämmer share (12/15) would give it back as 12 - 9, so that share is hidden instead.
    steps = ["1"] * 9 + ["2"] * 3 + ["5"] * 3
    (q,) = summarise([SCALE], rows("q-scale", steps), min_group=5).questions
    assert q.answers[0].count == 9
    assert q.answers[1].count is None
    assert q.agree_share is None


def test_multi_choice_shares_are_of_those_who_answered() -> None:
    answers = [
        encode_multi(["Kön", "Ålder"], list(OPTIONS)),
        encode_multi(["Kön"], list(OPTIONS)),
        encode_multi(["Härkomst", "Kön"], list(OPTIONS)),
        encode_multi([], list(OPTIONS)),
        DECLINED,
    ]
    (q,) = summarise([MULTI], rows("q-multi", answers), min_group=1).questions
    assert q.answered == 4
    assert q.declined == 1
    assert counts(q) == [("Kön", 3, 0.75), ("Ålder", 1, 0.25), ("Härkomst", 1, 0.25)]
    assert answers[2] == '["Kön", "Härkomst"]'  # stored in the guide's order


def test_multi_choice_keeps_options_of_older_guide_versions() -> None:
    answers = ['["Kön", "Religion"]', '["Religion"]']
    (q,) = summarise([MULTI], rows("q-multi", answers), min_group=1).questions
    assert counts(q)[-1] == ("Religion", 2, 1.0)


def test_open_questions_and_invalid_values_are_not_counted() -> None:
    summary = summarise([OPEN, YES_NO], rows("q-yn", ["yes", "maybe", "5"]), min_group=1)
    assert [q.id for q in summary.questions] == ["q-yn"]
    assert summary.questions[0].answered == 1


def test_breakdown_hand_computed() -> None:
    # Kvinna: 6 ja, 4 nej; Man: 5 ja, 1 nej, 2 vet ej; not set: 1 ja.   N = 2.
    values = ["yes"] * 6 + ["no"] * 4 + ["yes"] * 5 + ["no"] + ["dont_know"] * 2 + ["yes"]
    groups = ["Kvinna"] * 10 + ["Man"] * 8 + [None]
    (q,) = summarise([YES_NO], rows("q-yn", values, groups), min_group=2, by=GENDER).questions
    assert q.answered == 19
    assert counts(q) == [("yes", 12, 0.6316), ("no", 5, 0.2632), ("dont_know", 2, 0.1053)]
    kvinna, man, unset = q.by["kon"]
    assert (kvinna.group, kvinna.answered) == ("Kvinna", 10)
    # Hand-worked, N = 2. Rows: Kvinna (6, 4, 0) hides its 0; Man (5, 1, 2) hides 1, and
    # then 2 so that 8 - 5 does not give the 1 back. Not set (1 informant) is hidden whole,
    # and Man's row with it, or 19 - 10 - 8 would give the 1 back. Column "nej": 5 - 4
    # would then reveal 1 among Man and not set, so Kvinna's 4 is hidden as well.
    assert [a.count for a in kvinna.answers] == [6, None, None]
    assert kvinna.answers[0].share == 0.6
    # Not set: 1 informant < 2, hidden whole; so the rows above must hide enough that
    # 19 - 10 - 8 = 1 cannot be computed: Man's row (the smallest visible) is hidden too.
    assert unset.group is None and unset.answered is None
    assert all(a.count is None for a in unset.answers)
    assert man.answered is None
    assert kvinna.answered == 10
    assert all(a.count is None or a.count >= 2 for a in kvinna.answers)


def test_breakdown_group_under_n_is_not_drillable() -> None:
    values = ["yes"] * 10 + ["no"] * 3
    groups = ["Kvinna"] * 5 + ["Man"] * 5 + ["Kvinna"] * 3
    (q,) = summarise([YES_NO], rows("q-yn", values, groups), min_group=5, by=GENDER).questions
    for g in q.by["kon"]:
        if g.answered is None:
            assert g.interviews == ()
        for a in g.answers:
            assert (a.count is None) == (a.interviews == ())


def test_json_shape_exactly() -> None:
    values = ["yes"] * 6 + ["no"] * 6
    groups = ["Kvinna"] * 6 + ["Man"] * 6
    summary = summarise([YES_NO], rows("q-yn", values, groups), min_group=5, by=GENDER)
    data = json.loads(json.dumps(summary_json(summary)))
    assert set(data) == {"min_group", "questions"}
    assert data["min_group"] == 5
    (q,) = data["questions"]
    assert {"id", "text", "kind", "answered", "answers", "by"} <= set(q)
    assert q["id"] == "q-yn" and q["kind"] == "yes_no" and q["answered"] == 12
    assert {"label", "count", "share"} <= set(q["answers"][0])
    assert q["answers"][0] == {"label": "Ja", "count": 6, "share": 0.5, "value": "yes"}
    assert q["answers"][2]["count"] is None and q["answers"][2]["share"] is None
    groups_out = q["by"]["kon"]
    assert [g["group"] for g in groups_out] == ["Kvinna", "Man", None]
    assert {"group", "answered", "answers"} <= set(groups_out[0])
    assert "K000" not in json.dumps(data)  # participant codes never leave


def test_min_group_must_be_positive() -> None:
    with pytest.raises(ValueError):
        summarise([YES_NO], [], min_group=0)
