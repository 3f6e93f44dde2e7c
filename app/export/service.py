"""Export: check, build, pseudonymise, encrypt, write — the one path every export takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument

from app.audit import audit_info
from app.errors import ConsentWithdrawn, InvalidInput
from app.export.builders import (
    build_consent_printout,
    build_guide_printout,
    build_quotes_by_theme,
    build_transcript,
)
from app.export.document import ExportKind, encrypt_docx, to_bytes, write_export
from app.guide.repository import default_guide_version_id, load_guide
from app.interview.consent import RECORDING_AVAILABLE, not_withdrawn, withdrawn_ids
from app.interview.receipt import fill_information
from app.paths import information_template
from app.pseudonymise import review
from app.store.database import Database

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    interview_ids: tuple[int, ...] = ()  # transcript: one; quotes: the selection (empty: all)
    password: str | None = None  # None: unencrypted (an explicit choice)
    guide_version_id: int | None = None
    timestamps: bool = True  # transcript: times before the speaker turns
    by: str | None = None  # survey: a background variable's key to break down by
    language: str = "sv"  # the information letter and checklist: the UI's language


def check_reviewed(db: Database, interview_ids: tuple[int, ...]) -> None:
    """Refuse while any interview has unresolved findings, saying how many and where."""
    review.decided_texts(db, interview_ids)


def refuse_withdrawn(db: Database, interview_ids: tuple[int, ...]) -> None:
    """A withdrawn interview is never exported: refuse, naming it (nothing is written)."""
    gone = withdrawn_ids(db) & set(interview_ids)
    if gone:
        codes = [
            str(db.scalar("SELECT participant_code FROM interview WHERE id = ?", (i,)))
            for i in sorted(gone)
        ]
        raise ConsentWithdrawn("withdrawn_interviews", codes=", ".join(sorted(codes)))


def build(db: Database, request: ExportRequest, progress: Progress | None = None) -> DocxDocument:
    """Build an export. Interview text goes through one gate (``review.decided_texts``):
    each note paragraph and quote is analysed once, the export is refused while any finding
    waits for a decision, and the builders write exactly the decided text."""
    ids = request.interview_ids
    if request.kind in (ExportKind.TRANSCRIPT, ExportKind.QUOTES):
        if request.kind is ExportKind.QUOTES and not ids:
            ids = tuple(
                int(r[0])
                for r in db.query(
                    f"SELECT id FROM interview i WHERE {not_withdrawn('i')} ORDER BY held_on, id"
                )
            )
        if not ids:
            raise InvalidInput("no_interviews")
        refuse_withdrawn(db, ids)
        if request.kind is ExportKind.TRANSCRIPT and len(ids) != 1:
            raise InvalidInput("transcript_one_interview")
        if request.kind is ExportKind.TRANSCRIPT:
            gate = review.decided_texts(db, ids, progress)
            return build_transcript(db, ids[0], gate, request.timestamps)
        # quotes by theme writes quotes only: only they must be decided
        quotes_only = review.decided_texts(db, ids, progress, sources=("quote",))
        return build_quotes_by_theme(db, list(ids), quotes_only)
    if request.kind is ExportKind.SURVEY:
        return _build_survey(db, request, progress)
    if request.kind is ExportKind.GUIDE:
        version_id = request.guide_version_id or default_guide_version_id(db)
        if version_id is None:
            raise InvalidInput("no_guide")
        return build_guide_printout(load_guide(db, version_id))
    audit = audit_info(db)
    text = audit.information_text or information_template(request.language)
    letter = fill_information(text, audit, recording=RECORDING_AVAILABLE)
    return build_consent_printout(letter, audit, request.language)


def _build_survey(db: Database, request: ExportRequest, progress: Progress | None) -> DocxDocument:
    """The closed questions' report. Its "Varför?" notes pass the same review gate and the
    same pseudonymisation filter as every export; withdrawn interviews are never counted."""
    from app.analysis.survey.source import load_survey, open_answers
    from app.export.survey_report import build_survey_report

    data = load_survey(db)
    data.variable(request.by)  # an unknown variable: InvalidInput before anything is built
    with_notes = sorted(
        {iid for q in data.questions for iid, _text in open_answers(data, db, q.id)}
    )
    # the one gate: the notes' paragraphs analysed once, refused while anything waits
    gate = review.decided_texts(db, tuple(with_notes), sources=("note",))
    return build_survey_report(db, data, gate, request.by, audit_info(db).name, progress=progress)


def export_bytes(db: Database, request: ExportRequest) -> bytes:
    data = to_bytes(build(db, request))
    if request.password is not None:
        data = encrypt_docx(data, request.password)
    return data


def export_to_file(db: Database, request: ExportRequest, path: Path) -> Path:
    """Build and write an export. Nothing is written if any step fails."""
    if request.password is not None:
        from app.export.document import check_password

        check_password(request.password)
    data = export_bytes(db, request)
    write_export(path, data)
    return path
