"""The Word transcript export with a transcript: speaker turns, optional timestamps, the
transcript reviewed like notes, the notes as an appendix; read back with python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from app.errors import UnresolvedFindings
from app.export.document import ExportKind
from app.export.service import ExportRequest, export_bytes
from app.pseudonymise import review
from app.store import Project
from tests.unit import test_export
from tests.unit.test_export import GENDERED, all_text

audit = test_export.audit  # the two-interview fixture


def test_transcript_export_uses_the_transcript_with_notes_as_appendix(
    audit: tuple[Project, int, int], tmp_path: Path
) -> None:
    from app.audio import records
    from app.audio.transcript import read_transcript_file

    project, a, _b = audit
    db = project.db
    word = docx.Document()
    word.add_paragraph("(00:00:05) I: Hur fick du information om stödet?")
    word.add_paragraph("#00:01:09-2# IP: Han sa att Lena skulle ringa, men hon ringde aldrig.")
    word.add_paragraph("Det tog tre veckor.")
    word.save(str(tmp_path / "utskrift.docx"))
    records.save_transcript(db, a, read_transcript_file(tmp_path / "utskrift.docx"))
    with pytest.raises(UnresolvedFindings):  # the transcript is reviewed like notes
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (a,), None))
    review.accept_all(db, a, decided_by="AB")
    document = docx.Document(
        io.BytesIO(export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (a,))))
    )
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["Utskrift", "Bilaga: anteckningar under intervjun"]
    turns = [p for p in document.paragraphs if any(r.bold for r in p.runs)]
    assert [t.text for t in turns] == [
        "[00:05] I: Hur fick du information om stödet?",
        "[01:09] IP: Hen sa att xxx skulle ringa, men hen ringde aldrig.\nDet tog tre veckor.",
    ]
    assert [r.text for r in turns[1].runs if r.bold] == ["IP: "]
    text = all_text(document)
    assert "Hen fick informationen av xxx på kontoret." in text  # the notes, in the appendix
    assert "Lena" not in text and not GENDERED.search(text)
    records.delete_interview_audio(db, project.folder, a, "AB", "transcribed")  # nothing to delete
    plain = docx.Document(
        io.BytesIO(export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (a,), timestamps=False)))
    )
    assert "IP: Hen sa att xxx" in all_text(plain) and "[01:09]" not in all_text(plain)
