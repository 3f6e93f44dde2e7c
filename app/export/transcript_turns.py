"""The transcript in the Word transcript export: speaker turns, timestamps if wanted.

When an interview has a transcript (typed in transcription mode, imported, or a checked
machine draft), the export leads with it and the interviewer's notes follow as an appendix.
The text passes the pseudonymiser like notes do (``is_quote=False``), with the decisions from
the review, which covers the transcript.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.shared import Pt

from app.audio.records import audio_deleted_at, get_transcript
from app.audio.transcript import parse_turns
from app.export.document import add_caption, add_time_run
from app.store.database import Database

TextFilter = Callable[[str, int | None, bool], str]


def has_transcript(db: Database, interview_id: int) -> bool:
    t = get_transcript(db, interview_id)
    return t is not None and bool(t.body.strip())


def write_transcript(
    doc: DocxDocument,
    db: Database,
    interview_id: int,
    pseudo: TextFilter,
    timestamps: bool = True,
) -> None:
    """The "Utskrift" section: one paragraph per turn, speaker label in bold."""
    t = get_transcript(db, interview_id)
    if t is None:
        return
    doc.add_heading("Utskrift", level=1)
    deleted = audio_deleted_at(db, interview_id)
    if deleted:
        add_caption(doc, f"Ljudinspelningen raderades {deleted[:10]}.")
    if t.machine_draft:
        add_caption(doc, "Maskinutkast från taligenkänning, inte genomgånget mot ljudet.")
    add_caption(doc, "I = intervjuare, IP = intervjuperson.")
    for turn in parse_turns(t.body):
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(6)
        if timestamps and turn.start_ms is not None:
            add_time_run(para, turn.start_ms)
        if turn.speaker:
            para.add_run(f"{turn.speaker}: ").bold = True
        lines = pseudo(turn.text, interview_id, False).split("\n")
        for i, line in enumerate(lines):
            run = para.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
