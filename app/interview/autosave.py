"""The autosave batch: what one background write stores, merged while a write is pending.

The UI's single writer thread (:mod:`ui.session.autosave`) hands a :class:`SaveBatch` to
:func:`save_batch`; one batch is one transaction (one fsync). Nothing here logs content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.interview.notes import Paragraph, save_note
from app.interview.quotes import save_draft
from app.interview.records import save_clock
from app.interview.runner import RunnerSnapshot
from app.store.database import Database


@dataclass
class SaveBatch:
    """One background write: notes by question id (None = general note), runner state, and
    the quote typed but not yet entered (None: unchanged; ``""``: none any more)."""

    notes: dict[int | None, list[Paragraph]] = field(default_factory=dict)
    runner: RunnerSnapshot | None = None
    quote_draft: str | None = None

    def merge_under(self, newer: SaveBatch) -> SaveBatch:
        """This (older, unsaved) batch overlaid by ``newer``."""
        notes = {**self.notes, **newer.notes}
        draft = newer.quote_draft if newer.quote_draft is not None else self.quote_draft
        runner = newer.runner or self.runner
        if self.runner and newer.runner:
            runner = RunnerSnapshot(
                newer.runner.elapsed_ms,
                newer.runner.current_question_id,
                {**self.runner.questions, **newer.runner.questions},
                {**self.runner.follow_ups, **newer.runner.follow_ups},
            )
        return SaveBatch(notes, runner, draft)

    @property
    def empty(self) -> bool:
        return not self.notes and self.runner is None and self.quote_draft is None


def save_batch(db: Database, interview_id: int, batch: SaveBatch) -> None:
    """Write a batch in one transaction (one fsync)."""
    with db.atomic():
        for question_id, paragraphs in batch.notes.items():
            save_note(db, interview_id, question_id, paragraphs)
        if batch.quote_draft is not None:
            save_draft(db, interview_id, batch.quote_draft)
        snap = batch.runner
        if snap is None:
            return
        db.executemany(
            "INSERT INTO question_state (interview_id, question_id, status, answer, first_at_ms,"
            " time_spent_ms, answered_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (interview_id, question_id)"
            " DO UPDATE SET status = excluded.status, answer = excluded.answer,"
            " first_at_ms = excluded.first_at_ms, time_spent_ms = excluded.time_spent_ms,"
            " answered_at_ms = excluded.answered_at_ms",
            [
                (
                    interview_id,
                    qid,
                    st.status.value,
                    st.answer,
                    st.first_at_ms,
                    st.time_spent_ms,
                    st.answered_at_ms,
                )
                for qid, st in snap.questions.items()
            ],
        )
        db.executemany(
            "INSERT INTO follow_up_state (interview_id, follow_up_id, done, done_at_ms)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, follow_up_id)"
            " DO UPDATE SET done = excluded.done, done_at_ms = excluded.done_at_ms",
            [(interview_id, fid, int(done), at) for fid, (done, at) in snap.follow_ups.items()],
        )
        save_clock(db, interview_id, snap.elapsed_ms, snap.current_question_id)
