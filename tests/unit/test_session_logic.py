"""The Qt-free session logic: clock, guide runner, coverage, batches, receipt."""

from __future__ import annotations

from app.audit import AuditInfo
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.interview.autosave import SaveBatch
from app.interview.receipt import receipt_text
from app.interview.runner import (
    GuideRunner,
    QuestionState,
    QuestionStatus,
    SessionClock,
    format_clock,
)


class Tick:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def guide() -> Guide:
    q = [Question(f"Fråga {i}", number=str(i), id=i) for i in range(1, 5)]
    q[1].kind = QuestionKind.YES_NO
    q[1].follow_ups = [FollowUp("Alltid", id=10), FollowUp("Om ja", condition="yes", id=11)]
    return Guide(
        "G",
        [
            Section("A", planned_minutes=5, questions=q[:2], id=1),
            Section("B", questions=q[2:], id=2),
        ],
    )


def test_clock_counts_only_running_time() -> None:
    tick = Tick()
    clock = SessionClock(5_000, tick)
    tick.t = 10
    assert clock.elapsed_ms() == 5_000
    clock.start()
    tick.t = 12.5
    assert clock.elapsed_ms() == 7_500
    clock.pause()
    tick.t = 100
    assert clock.elapsed_ms() == 7_500 and not clock.running
    assert clock.toggle() is True


def test_format_clock() -> None:
    assert format_clock(0) == "00:00"
    assert format_clock(65_000) == "01:05"
    assert format_clock(3_725_000) == "1:02:05"


def test_runner_marks_covered_skipped_and_times_sections() -> None:
    tick = Tick()
    clock = SessionClock(0, tick)
    clock.start()
    r = GuideRunner(guide(), clock)
    r.begin()
    assert r.state(r.current).status is QuestionStatus.COVERED
    tick.t = 30
    r.next()
    assert r.current.id == 2 and r.states[1].time_spent_ms == 30_000
    assert [f.id for f in r.visible_follow_ups()] == [10]
    r.set_answer("yes")
    assert [f.id for f in r.visible_follow_ups()] == [10, 11]
    assert r.toggle_follow_up_number(2) == 11 and r.follow_up_done(11)
    assert r.toggle_follow_up_number(3) is None
    tick.t = 40
    r.skip()
    assert r.states[2].status is QuestionStatus.SKIPPED and r.current.id == 3
    assert r.section_time_ms(r.guide.sections[0]) == 40_000
    cov = r.coverage()
    assert (cov.covered, cov.skipped, cov.not_asked, cov.total) == (2, 1, 1, 4)
    snap = r.snapshot()
    assert set(snap.questions) == {1, 2, 3} and snap.follow_ups == {11: (True, 30_000)}
    assert r.snapshot().questions == {}  # dirty state is cleared


def test_review_mode_changes_nothing() -> None:
    r = GuideRunner(guide(), SessionClock(0, Tick()), {1: QuestionState(QuestionStatus.SKIPPED)})
    r.live = False
    r.begin()
    r.next()
    r.next()
    assert r.coverage().not_asked == 3 and r.states[1].status is QuestionStatus.SKIPPED


def test_resume_at_stored_question() -> None:
    r = GuideRunner(guide(), SessionClock(0, Tick()), current_question_id=3)
    assert r.current.id == 3 and r.position_text() == (3, 4)


def test_batches_merge_newest_wins() -> None:
    from app.interview.notes import Paragraph

    old = SaveBatch({1: [Paragraph(0, "a")], 2: [Paragraph(0, "b")]})
    new = SaveBatch({1: [Paragraph(0, "a2")]})
    merged = old.merge_under(new)
    assert merged.notes[1][0].text == "a2" and merged.notes[2][0].text == "b"


def test_receipt_has_code_and_no_name() -> None:
    text = receipt_text("K7Q-XMA", AuditInfo(name="Granskning"), "2027-01-01")
    assert "K7Q-XMA" in text and "K 7 Q – X M A" in text and "2027-01-01" in text
    assert "Receipt" in receipt_text("K7Q-XMA", AuditInfo(name="G"), None, "en")
