"""The interview session without Qt: clock, guide runner, coverage, loading, status moves.

The UI (``ui/session``) is a thin shell around these: it asks the runner where we are,
tells it what the interviewer did, and hands snapshots to a background writer that calls
:func:`app.interview.autosave.save_batch`. Nothing here logs content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.interview.records import Interview, Status, set_status
from app.store.database import Database


# -- clock -------------------------------------------------------------------------------
class SessionClock:
    """Elapsed interview time in milliseconds; paused time does not count.

    Args:
        elapsed_ms: Time already spent (a resumed interview starts from here).
        now: A monotonic clock in seconds (injectable for tests).
    """

    def __init__(self, elapsed_ms: int = 0, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._base_ms = int(elapsed_ms)
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._now()

    def pause(self) -> None:
        if self._since is not None:
            self._base_ms = self.elapsed_ms()
            self._since = None

    def toggle(self) -> bool:
        """Pause if running, else resume. Returns True if the clock now runs."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def elapsed_ms(self) -> int:
        if self._since is None:
            return self._base_ms
        return self._base_ms + int((self._now() - self._since) * 1000)


def format_clock(ms: int) -> str:
    """``3_725_000`` → ``"1:02:05"``; under an hour ``"12:05"``."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def format_progress(elapsed_ms: int, planned_minutes: int | None) -> str:
    """Time spent against the plan, both in minutes and seconds: ``"00:48 / 05:00"``,
    ``"75:12 / 90:00"`` (interviews run 45–90 minutes); just the time without a plan."""

    def minutes(ms: int) -> str:
        seconds = max(0, int(ms)) // 1000
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    if not planned_minutes:
        return minutes(elapsed_ms)
    return f"{minutes(elapsed_ms)} / {minutes(planned_minutes * 60_000)}"


# -- guide runner --------------------------------------------------------------------------
class QuestionStatus(StrEnum):
    NOT_ASKED = "not_asked"
    COVERED = "covered"
    SKIPPED = "skipped"


@dataclass
class QuestionState:
    status: QuestionStatus = QuestionStatus.NOT_ASKED
    answer: str | None = None
    first_at_ms: int | None = None
    time_spent_ms: int = 0
    #: When the answer was given (or last changed), ms since the interview's start.
    answered_at_ms: int | None = None


@dataclass(frozen=True)
class Coverage:
    covered: int
    skipped: int
    not_asked: int

    @property
    def total(self) -> int:
        return self.covered + self.skipped + self.not_asked


@dataclass(frozen=True)
class RunnerSnapshot:
    """What the background writer stores: copied on the UI thread, immutable afterwards."""

    elapsed_ms: int
    current_question_id: int | None
    questions: dict[int, QuestionState]
    follow_ups: dict[int, tuple[bool, int | None]]


class GuideRunner:
    """Where the interview is in the guide, and what has been asked.

    Entering a question marks it covered (it is being asked); :meth:`skip` marks it skipped
    and moves on. Time on a question is added when the interviewer leaves it.
    """

    def __init__(
        self,
        guide: Guide,
        clock: SessionClock,
        states: dict[int, QuestionState] | None = None,
        follow_ups: dict[int, tuple[bool, int | None]] | None = None,
        current_question_id: int | None = None,
    ) -> None:
        self.guide = guide
        self.clock = clock
        self.questions: list[Question] = guide.questions()
        self.states: dict[int, QuestionState] = {
            q.id: QuestionState() for q in self.questions if q.id is not None
        }
        self.states.update(states or {})
        self.follow_ups: dict[int, tuple[bool, int | None]] = dict(follow_ups or {})
        self._dirty_q: set[int] = set()
        self._dirty_f: set[int] = set()
        self._entered_at: int | None = None
        #: False when reviewing a finished interview: moving around changes no state.
        self.live = True
        self.index = 0
        if current_question_id is not None:
            for i, q in enumerate(self.questions):
                if q.id == current_question_id:
                    self.index = i

    # -- where we are ------------------------------------------------------------
    @property
    def current(self) -> Question | None:
        return self.questions[self.index] if self.questions else None

    @property
    def current_section(self) -> Section | None:
        q = self.current
        return None if q is None else self.guide.section_of(q)

    def state(self, question: Question) -> QuestionState:
        assert question.id is not None
        return self.states[question.id]

    def position_text(self) -> tuple[int, int]:
        return self.index + 1, len(self.questions)

    # -- moving ------------------------------------------------------------------
    def begin(self) -> None:
        """The interview (re)starts at the current question."""
        self._enter()

    def _leave(self) -> None:
        q = self.current
        if q is None or q.id is None or self._entered_at is None or not self.live:
            self._entered_at = None
            return
        spent = max(0, self.clock.elapsed_ms() - self._entered_at)
        if spent:
            self.states[q.id].time_spent_ms += spent
            self._dirty_q.add(q.id)
        self._entered_at = None

    def _enter(self) -> None:
        q = self.current
        if q is None or q.id is None:
            return
        now = self.clock.elapsed_ms()
        if not self.live:
            self._entered_at = now
            return
        st = self.states[q.id]
        if st.status is not QuestionStatus.COVERED:
            st.status = QuestionStatus.COVERED
            self._dirty_q.add(q.id)
        if st.first_at_ms is None:
            st.first_at_ms = now
            self._dirty_q.add(q.id)
        self._entered_at = now

    def go_to(self, question_id: int) -> bool:
        for i, q in enumerate(self.questions):
            if q.id == question_id:
                if i == self.index and self._entered_at is not None:
                    return False
                self._leave()
                self.index = i
                self._enter()
                return True
        raise KeyError(question_id)

    def next(self) -> bool:
        if self.index + 1 >= len(self.questions):
            return False
        nxt = self.questions[self.index + 1].id
        assert nxt is not None
        return self.go_to(nxt)

    def previous(self) -> bool:
        if self.index == 0:
            return False
        prev = self.questions[self.index - 1].id
        assert prev is not None
        return self.go_to(prev)

    def skip(self) -> bool:
        """Mark the current question skipped and move to the next one (if any)."""
        q = self.current
        if q is None or q.id is None:
            return False
        self._leave()
        st = self.states[q.id]
        st.status = QuestionStatus.SKIPPED
        self._dirty_q.add(q.id)
        if self.index + 1 < len(self.questions):
            self.index += 1
            self._enter()
        return True

    def pause_question(self) -> None:
        """Book the time on the current question (before pause, finish or close)."""
        self._leave()

    def resume_question(self) -> None:
        if self._entered_at is None:
            self._entered_at = self.clock.elapsed_ms()

    # -- answers and follow-ups ----------------------------------------------------
    def set_answer(self, answer: str | None) -> None:
        """Answer the current question (None clears); the answer is timed."""
        q = self.current
        if q is None or q.id is None:
            return
        st = self.states[q.id]
        if st.answer == answer:
            return
        st.answer = answer
        st.answered_at_ms = None if answer is None else self.clock.elapsed_ms()
        self._dirty_q.add(q.id)

    def visible_follow_ups(self, question: Question | None = None) -> list[FollowUp]:
        q = question or self.current
        if q is None:
            return []
        answer = self.state(q).answer if q.kind is QuestionKind.YES_NO else None
        return q.follow_ups_for(answer)

    def follow_up_done(self, follow_up_id: int) -> bool:
        return self.follow_ups.get(follow_up_id, (False, None))[0]

    def set_follow_up(self, follow_up_id: int, done: bool) -> None:
        self.follow_ups[follow_up_id] = (done, self.clock.elapsed_ms() if done else None)
        self._dirty_f.add(follow_up_id)

    def toggle_follow_up_number(self, n: int) -> int | None:
        """Tick or untick the n-th (1-based) visible follow-up. Returns its id, or None."""
        visible = self.visible_follow_ups()
        fid = visible[n - 1].id if 1 <= n <= len(visible) else None
        if fid is None:
            return None
        self.set_follow_up(fid, not self.follow_up_done(fid))
        return fid

    # -- summaries -------------------------------------------------------------------
    def coverage(self) -> Coverage:
        counts = {s: 0 for s in QuestionStatus}
        for st in self.states.values():
            counts[st.status] += 1
        return Coverage(
            counts[QuestionStatus.COVERED],
            counts[QuestionStatus.SKIPPED],
            counts[QuestionStatus.NOT_ASKED],
        )

    def section_time_ms(self, section: Section) -> int:
        total = sum(
            self.states[q.id].time_spent_ms for q in section.questions if q.id in self.states
        )
        cur = self.current
        if cur is not None and self._entered_at is not None and cur in section.questions:
            total += max(0, self.clock.elapsed_ms() - self._entered_at)
        return total

    def snapshot(self, everything: bool = False) -> RunnerSnapshot:
        """Copy what changed since the last snapshot (or ``everything``)."""
        q_ids = set(self.states) if everything else self._dirty_q
        f_ids = set(self.follow_ups) if everything else self._dirty_f
        snap = RunnerSnapshot(
            elapsed_ms=self.clock.elapsed_ms(),
            current_question_id=self.current.id if self.current else None,
            questions={i: replace(self.states[i]) for i in q_ids},
            follow_ups={i: self.follow_ups[i] for i in f_ids},
        )
        self._dirty_q = set()
        self._dirty_f = set()
        return snap


# -- persistence -----------------------------------------------------------------------------
def load_states(
    db: Database, interview_id: int
) -> tuple[dict[int, QuestionState], dict[int, tuple[bool, int | None]]]:
    states = {
        int(r["question_id"]): QuestionState(
            QuestionStatus(r["status"]),
            r["answer"],
            r["first_at_ms"],
            int(r["time_spent_ms"]),
            r["answered_at_ms"],
        )
        for r in db.query("SELECT * FROM question_state WHERE interview_id = ?", (interview_id,))
    }
    follow = {
        int(r["follow_up_id"]): (bool(r["done"]), r["done_at_ms"])
        for r in db.query("SELECT * FROM follow_up_state WHERE interview_id = ?", (interview_id,))
    }
    return states, follow


def load_runner(
    db: Database, interview: Interview, guide: Guide, clock: SessionClock
) -> GuideRunner:
    states, follow = load_states(db, interview.id)
    return GuideRunner(guide, clock, states, follow, interview.current_question_id)


def start_session(db: Database, interview: Interview) -> None:
    """Move a consented (or resumed) interview to ``in_progress``."""
    if interview.status is not Status.IN_PROGRESS:
        set_status(db, interview.id, Status.IN_PROGRESS)


def finish_session(db: Database, interview_id: int) -> None:
    set_status(db, interview_id, Status.FINISHED)


def pause_session(db: Database, interview: Interview) -> None:
    """The interviewer paused the interview on purpose (closing its window): ``paused``."""
    if interview.status in (Status.IN_PROGRESS, Status.INTERRUPTED):
        set_status(db, interview.id, Status.PAUSED)


def interrupt_session(db: Database, interview: Interview) -> None:
    """Closing an interview that is still running leaves it ``interrupted`` (it can be resumed)."""
    if interview.status in (Status.IN_PROGRESS, Status.PAUSED):
        set_status(db, interview.id, Status.INTERRUPTED)
