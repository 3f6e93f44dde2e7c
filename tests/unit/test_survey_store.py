"""Closed answers and background variables in a real encrypted project: stored, timed, resumed,
counted (withdrawn and erased interviews never), checked (coarse categories only)."""

from __future__ import annotations

import pytest

from app.analysis.survey.source import load_survey, min_group, set_min_group
from app.errors import InvalidInput, NotFound, StoreBug
from app.guide.answers import DECLINED, encode_multi
from app.guide.model import Guide, Question, QuestionKind, Section
from app.guide.repository import add_guide, load_guide
from app.interview.autosave import SaveBatch, save_batch
from app.interview.background import (
    check_categories,
    define_variable,
    interview_background,
    list_variables,
    remove_variable,
    set_background,
    update_variable,
)
from app.interview.consent import ConsentRecord, record_consent, withdraw_consent
from app.interview.records import create_interview
from app.interview.runner import SessionClock, load_runner
from app.security.erasure import erase_interview
from app.store.project import Project

GUIDE = Guide(
    "Enkätguide",
    sections=[
        Section(
            "Frågor",
            questions=[
                Question("Bemöts du med respekt?", kind=QuestionKind.AGREEMENT),
                Question("Fick du besked?", kind=QuestionKind.YES_NO),
                Question("Betyg?", kind=QuestionKind.GRADE),
                Question("Varför?", kind=QuestionKind.MULTI_CHOICE, options=["Kön", "Ålder"]),
                Question("Berätta", kind=QuestionKind.OPEN),
            ],
        )
    ],
)


@pytest.fixture
def survey(project: Project) -> tuple[Project, Guide]:
    version_id = add_guide(project.db, GUIDE)
    return project, load_guide(project.db, version_id)


def interview(project: Project, guide: Guide, consented: bool = True) -> int:
    iv = create_interview(project.db, guide_version_id=guide.id, interviewer_code="AB")
    if consented:
        record_consent(project.db, iv.id, ConsentRecord.all_required("AB"))
    return iv.id


def answer_all(project: Project, guide: Guide, interview_id: int, values: list[str]) -> None:
    from app.interview.records import get_interview

    runner = load_runner(project.db, get_interview(project.db, interview_id), guide, SessionClock())
    runner.begin()
    for i, value in enumerate(values):
        if i:
            runner.next()
        runner.set_answer(value)
    save_batch(project.db, interview_id, SaveBatch(runner=runner.snapshot(everything=True)))


# -- background variables ------------------------------------------------------------------------
def test_categories_are_coarse_only() -> None:
    assert check_categories([" 18–29 ", "30–49", "65 eller äldre", ""]) == (
        "18–29",
        "30–49",
        "65 eller äldre",
    )
    for bad in (["34", "35"], ["1985", "1990"], ["född 850709", "annat"], ["a" * 41, "b"]):
        with pytest.raises(InvalidInput):
            check_categories(bad)
    with pytest.raises(InvalidInput):
        check_categories(["Kvinna", "kvinna"])
    with pytest.raises(InvalidInput):
        check_categories(["Bara en"])
    with pytest.raises(InvalidInput):
        check_categories([f"Grupp {chr(65 + i)}" for i in range(13)])


def test_background_set_read_clear_and_only_categories(survey) -> None:
    project, guide = survey
    db = project.db
    age = define_variable(db, "Åldersgrupp", ["18–29", "30–49", "50+"])
    gender = define_variable(db, "Kön", ["Kvinna", "Man"])
    assert [v.key for v in list_variables(db)] == [age.key, gender.key]
    iid = interview(project, guide)
    set_background(db, iid, {age.key: "30–49", gender.key: "Kvinna"})
    assert interview_background(db, iid) == {age.key: "30–49", gender.key: "Kvinna"}
    with pytest.raises(InvalidInput):
        set_background(db, iid, {age.key: "34", gender.key: "Man"})
    assert interview_background(db, iid)[gender.key] == "Kvinna"  # all or nothing
    with pytest.raises(NotFound):
        set_background(db, iid, {"fritext": "x"})
    set_background(db, iid, {gender.key: None})
    assert interview_background(db, iid) == {age.key: "30–49"}
    # The database itself refuses free text, whatever the caller.
    vid = db.scalar("SELECT id FROM background_variable WHERE key = ?", (age.key,))
    with pytest.raises(StoreBug):  # the trigger: SQLITE_CONSTRAINT
        db.execute(
            "UPDATE interview_background SET category = '37 år' WHERE interview_id = ?", (iid,)
        )
    other = define_variable(db, "Boende", ["Eget", "Annat"])
    with pytest.raises(StoreBug):  # the trigger: SQLITE_CONSTRAINT
        db.execute(
            "INSERT INTO interview_background VALUES (?, ?, ?)",
            (iid, db.scalar("SELECT id FROM background_variable WHERE key = ?", (other.key,)), "x"),
        )
    assert vid is not None


def test_update_and_remove_variable(survey) -> None:
    project, guide = survey
    db = project.db
    v = define_variable(db, "Enhet", ["Norr", "Söder"])
    iid = interview(project, guide)
    set_background(db, iid, {v.key: "Norr"})
    with pytest.raises(InvalidInput):
        update_variable(db, v.key, "Enhet", ["Öster", "Söder"])  # Norr is in use
    assert interview_background(db, iid) == {v.key: "Norr"}
    update_variable(db, v.key, "Enhet", ["Nord", "Söder"], renamed={"Norr": "Nord"})
    assert interview_background(db, iid) == {v.key: "Nord"}
    remove_variable(db, v.key)
    assert list_variables(db) == []
    assert interview_background(db, iid) == {}


def test_min_group_setting(project: Project) -> None:
    assert min_group(project.db) == 5
    set_min_group(project.db, 3)
    assert min_group(project.db) == 3
    for bad in (0, 51, True):
        with pytest.raises(InvalidInput):
            set_min_group(project.db, bad)  # type: ignore[arg-type]
    assert min_group(project.db) == 3


# -- answers -------------------------------------------------------------------------------------
def test_answers_are_timed_saved_and_resumed(survey) -> None:
    project, guide = survey
    iid = interview(project, guide)
    from app.interview.records import get_interview

    now = [100.0]
    clock = SessionClock(now=lambda: now[0])
    clock.start()
    runner = load_runner(project.db, get_interview(project.db, iid), guide, clock)
    runner.begin()
    now[0] += 12.5
    runner.set_answer("2")
    runner.next()
    runner.set_answer(DECLINED)
    save_batch(project.db, iid, SaveBatch(runner=runner.snapshot()))
    resumed = load_runner(project.db, get_interview(project.db, iid), guide, SessionClock())
    first, second = guide.questions()[:2]
    assert resumed.state(first).answer == "2"
    assert resumed.state(first).answered_at_ms == 12_500
    assert resumed.state(second).answer == DECLINED
    # Changing an answer keeps it changeable and re-times it.
    now[0] += 1
    runner.previous()
    runner.set_answer("1")
    save_batch(project.db, iid, SaveBatch(runner=runner.snapshot()))
    again = load_runner(project.db, get_interview(project.db, iid), guide, SessionClock())
    assert again.state(first).answer == "1"
    assert again.state(first).answered_at_ms == 13_500


def test_withdrawn_and_erased_interviews_are_never_counted(survey) -> None:
    project, guide = survey
    db = project.db
    multi = encode_multi(["Kön"], ["Kön", "Ålder"])
    ids = [interview(project, guide) for _ in range(4)]
    for iid in ids:
        answer_all(project, guide, iid, ["1", "yes", "8", multi])
    withdraw_consent(db, ids[1], "AB")
    erase_interview(db, ids[2], "AB", "withdrawal", compact=False)
    data = load_survey(db)
    assert len(data.interviews) == 2
    counted = {data.interview_ids[i.id] for i in data.interviews}
    assert counted == {ids[0], ids[3]}
    assert [q.kind for q in data.questions] == [
        QuestionKind.AGREEMENT,
        QuestionKind.YES_NO,
        QuestionKind.GRADE,
        QuestionKind.MULTI_CHOICE,
    ]
    set_min_group(db, 1)
    summary = load_survey(db).summarise()
    assert [q.answered for q in summary.questions] == [2, 2, 2, 2]
    assert summary.questions[0].answers[0].count == 2


def test_questions_match_across_guide_versions(survey) -> None:
    from app.guide.service import save_guide_edit

    project, guide = survey
    db = project.db
    first = interview(project, guide)
    answer_all(project, guide, first, ["1", "yes"])
    edited = load_guide(db, guide.id)
    edited.sections[0].questions[0].text = "Blir du bemött med respekt?"
    guide_id = int(db.scalar("SELECT guide_id FROM guide_version WHERE id = ?", (guide.id,)))
    new_version = save_guide_edit(db, guide_id, edited)
    assert new_version != guide.id
    second_guide = load_guide(db, new_version)
    second = interview(project, second_guide)
    answer_all(project, second_guide, second, ["2", "no"])
    set_min_group(db, 1)
    data = load_survey(db)
    q = data.summarise().questions[0]
    assert q.text == "Blir du bemött med respekt?"  # the newest wording
    assert q.answered == 2


def test_public_answers_api(survey) -> None:
    """What packages (issue 16) and REFI-QDA (issue 19) read and write."""
    from app.interview.answers import interview_answers, store_answer

    project, guide = survey
    iid = interview(project, guide)
    scale, yes_no, grade, multi, open_q = guide.questions()
    store_answer(project.db, iid, grade.id, "9", 61_000)
    store_answer(project.db, iid, multi.id, encode_multi(["Ålder"], multi.options))
    store_answer(project.db, iid, yes_no.id, DECLINED, 5_000)
    for bad_question, bad in ((grade.id, "11"), (multi.id, '["Religion"]'), (open_q.id, "yes")):
        with pytest.raises(InvalidInput):
            store_answer(project.db, iid, bad_question, bad)
    got = [
        (a.question_key, a.value, a.text, a.answered_at_ms)
        for a in interview_answers(project.db, iid)
    ]
    assert got == [
        (yes_no.key, DECLINED, "Vill inte svara", 5_000),
        (grade.key, "9", "9", 61_000),
        (multi.key, '["Ålder"]', "Ålder", None),
    ]
    store_answer(project.db, iid, grade.id, None)
    assert [a.question_key for a in interview_answers(project.db, iid)] == [yes_no.key, multi.key]
