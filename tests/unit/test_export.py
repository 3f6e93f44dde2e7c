"""Word exports read back with python-docx: structure, pseudonymisation, consent, neutrality."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from app.analysis.themes import add_default_themes
from app.errors import InvalidInput, UnresolvedFindings
from app.export.document import (
    ExportKind,
    cloud_sync_folder,
    decrypt_docx,
    default_file_name,
    is_encrypted_container,
)
from app.export.service import ExportRequest, export_bytes, export_to_file
from app.guide.repository import load_guide
from app.interview import consent, notes, quotes
from app.interview import records as interviews
from app.interview.consent import ConsentRecord
from app.pseudonymise import name_lists as names
from app.pseudonymise import review
from app.store import Project

GENDERED = re.compile(r"(?<![\w-])(han|hon|honom|henne|hans|hennes)(?![\w-])", re.IGNORECASE)
PASSWORD = "exportlösen 123"


def full_consent(quotes_ok: bool = True) -> ConsentRecord:
    return ConsentRecord.all_required("AB", consent_quotes=quotes_ok)


@pytest.fixture
def audit(project_with_guide: Project) -> tuple[Project, int, int]:
    """Two interviews: one with quote consent, one without; notes, quotes, names, themes."""
    db = project_with_guide.db
    themes = add_default_themes(db)
    a = interviews.create_interview(
        db, mode="phone", held_on="2026-02-01", interviewer_code="AB", co_listener_code="CD"
    )
    b = interviews.create_interview(db, mode="video", held_on="2026-02-03", interviewer_code="KL")
    consent.record_consent(db, a.id, full_consent())
    consent.record_consent(db, b.id, full_consent(quotes_ok=False))
    names.add_name(db, "Lena", a.id)
    names.add_name(db, "Ahmed")
    guide = load_guide(db, a.guide_version_id)
    q1, q2, q9 = guide.questions()[0], guide.questions()[3], guide.questions()[10]
    notes.save_note(
        db,
        a.id,
        q1.id,
        [
            notes.Paragraph(1000, "Hon fick informationen av Lena på kontoret."),
            notes.Paragraph(65_000, "Han eller hon visste inte vad hans rättigheter var."),
        ],
    )
    notes.save_note(
        db,
        a.id,
        q2.id,
        [
            notes.Paragraph(300_000, "Ahmed ringde honom två gånger."),
            notes.Paragraph(320_000, "Sen kom Fröjdholm från Försäkringskassan."),
        ],
    )
    notes.save_note(db, a.id, None, [notes.Paragraph(0, "Lugnt rum, paus efter halva tiden.")])
    db.execute(
        "INSERT INTO question_state (interview_id, question_id, status, first_at_ms)"
        " VALUES (?, ?, 'covered', 0)",
        (a.id, q1.id),
    )
    db.execute(
        "INSERT INTO question_state (interview_id, question_id, status, first_at_ms)"
        " VALUES (?, ?, 'covered', 250000)",
        (a.id, q2.id),
    )
    db.execute(
        "INSERT INTO question_state (interview_id, question_id, status) VALUES (?, ?, 'skipped')",
        (a.id, q9.id),
    )
    quotes.add_quote(
        db,
        a.id,
        "Hon förstår mig, Lena är bäst.",
        question_id=q1.id,
        at_ms=61_000,
        starred=True,
        theme_ids=[themes[2]],
    )
    quotes.add_quote(
        db, a.id, "Man vill bli sedd som en människa.", question_id=q2.id, at_ms=310_000
    )
    notes.save_note(
        db, b.id, q1.id, [notes.Paragraph(5000, "Informanten berättade om hennes första besök.")]
    )
    # interview b has no quote consent, so no quote can be added; add one as if from before
    # withdrawal
    db.execute(
        "INSERT INTO quote (interview_id, question_id, at_ms, text, created_at)"
        " VALUES (?, ?, 1, ?, 'x')",
        (b.id, q1.id, "HEMLIGT CITAT UTAN SAMTYCKE"),
    )
    return project_with_guide, a.id, b.id


def all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [
            p.text for p in section.footer.paragraphs
        ]
    return "\n".join(parts)


def read(data: bytes, password: str | None = None) -> docx.document.Document:
    if password is not None:
        assert is_encrypted_container(data) and not zipfile.is_zipfile(io.BytesIO(data))
        data = decrypt_docx(data, password)
    return docx.Document(io.BytesIO(data))


def assert_neutral(document: docx.document.Document) -> None:
    core = document.core_properties
    assert (
        core.author == ""
        and core.last_modified_by == ""
        and core.title == ""
        and core.comments == ""
    )
    assert core.created is not None and core.created.year >= 2026
    assert "python-docx" not in (core.author + core.comments + core.subject)
    body = document.element.xml
    assert "w:ins " not in body and "w:del " not in body and "commentReference" not in body


def test_transcript_refused_until_reviewed_then_complete(audit: tuple[Project, int, int]) -> None:
    project, a, _b = audit
    db = project.db
    with pytest.raises(UnresolvedFindings) as info:
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (a,), PASSWORD))
    code = interviews.get_interview(db, a).participant_code
    assert code in info.value.params["codes"] and info.value.params["count"] > 0
    kept = review.accept_all(db, a, decided_by="AB")
    assert [item.finding.text for item in kept] == ["Fröjdholm"]  # kept, not accepted as a name
    assert review.unresolved_count(db, a) == 0
    document = read(
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (a,), PASSWORD)), PASSWORD
    )
    text = all_text(document)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Vid inledande kontakt" and "Under tiden" in headings
    assert "1. Hur fick du information om ekonomiskt bistånd?" in headings
    assert headings[-1] == "Allmänna anteckningar"
    assert "Frågan hoppades över." in text
    assert code in text and "Telefon" in text
    # every note and quote, pseudonymised
    assert "Hen fick informationen av xxx på kontoret." in text
    assert "Hen visste inte vad hens rättigheter var." in text
    assert "xxx ringde hen två gånger." in text
    assert "Hen förstår mig, xxx är bäst." in text
    assert "Man vill bli sedd som en människa." in text
    assert "[00:01]" in text and "Citat vid 01:01" in text
    assert not GENDERED.search(text), GENDERED.search(text)
    assert "Lena" not in text and "Ahmed" not in text
    quote_paras = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert len(quote_paras) == 2
    assert_neutral(document)


def test_no_quotes_without_consent(audit: tuple[Project, int, int]) -> None:
    project, a, b = audit
    review.accept_all(project.db, a)
    review.accept_all(project.db, b)
    transcript = all_text(
        read(export_bytes(project.db, ExportRequest(ExportKind.TRANSCRIPT, (b,), None)))
    )
    assert (
        "HEMLIGT CITAT" not in transcript
        and "Informanten berättade om hens första besök." in transcript
    )
    quotes_doc = read(
        export_bytes(project.db, ExportRequest(ExportKind.QUOTES, (), PASSWORD)), PASSWORD
    )
    text = all_text(quotes_doc)
    assert "HEMLIGT CITAT" not in text


def test_quotes_by_theme(audit: tuple[Project, int, int]) -> None:
    project, a, b = audit
    review.accept_all(project.db, a)
    review.accept_all(project.db, b)
    document = read(
        export_bytes(project.db, ExportRequest(ExportKind.QUOTES, (a, b), PASSWORD)), PASSWORD
    )
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:5] == [
        "Engagemang (0)",
        "Förståelse (0)",
        "Respekt (1)",
        "Tydlighet (0)",
        "Förutsägbarhet (0)",
    ]
    assert headings[-1] == "Citat utan tema (1)"
    text = all_text(document)
    respekt = text.index("Respekt (1)")
    assert text.index("Hen förstår mig, xxx är bäst.") > respekt
    assert "★" in text and interviews.get_interview(project.db, a).participant_code in text
    assert not GENDERED.search(text) and "Lena" not in text
    assert_neutral(document)


def test_guide_and_consent_printouts(audit: tuple[Project, int, int]) -> None:
    project, _a, _b = audit
    guide_doc = read(export_bytes(project.db, ExportRequest(ExportKind.GUIDE, (), None)))
    text = all_text(guide_doc)
    assert [p.text for p in guide_doc.paragraphs if p.style.name == "Heading 1"][0].startswith(
        "Vid inledande kontakt"
    )
    assert "Om ja:" in text and "Följdfrågor:" in text and "☐ Ja" in text
    consent_doc = read(
        export_bytes(project.db, ExportRequest(ExportKind.CONSENT, (), PASSWORD)), PASSWORD
    )
    text = all_text(consent_doc)
    assert (
        "frivilligt" in text
        and "☐ Samtycker till pseudonymiserade citat" in text
        and "Deltagarkod" in text
    )
    assert_neutral(consent_doc)


def test_encrypted_file_on_disk_and_wrong_password(
    audit: tuple[Project, int, int], tmp_path: Path
) -> None:
    project, a, _b = audit
    review.accept_all(project.db, a)
    path = tmp_path / default_file_name(ExportKind.TRANSCRIPT, "K7Q-XMA")
    assert re.fullmatch(r"Samtal_K7Q-XMA_\d{4}-\d\d-\d\d\.docx", path.name)
    export_to_file(project.db, ExportRequest(ExportKind.TRANSCRIPT, (a,), PASSWORD), path)
    data = path.read_bytes()
    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1") and b"informationen" not in data
    with pytest.raises(Exception):  # noqa: B017 - msoffcrypto raises its own error types
        decrypt_docx(data, "fel lösenord")
    with pytest.raises(InvalidInput):
        export_to_file(
            project.db, ExportRequest(ExportKind.TRANSCRIPT, (a,), "kort"), tmp_path / "x.docx"
        )
    assert not (tmp_path / "x.docx").exists()


def test_cloud_folder_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cloud_sync_folder(tmp_path) is None
    assert cloud_sync_folder(tmp_path / "OneDrive - Kommunen" / "Dokument") == "OneDrive - Kommunen"
    assert cloud_sync_folder(tmp_path / "Dropbox" / "x") == "Dropbox"
    monkeypatch.setenv("OneDrive", str(tmp_path / "Moln"))
    assert cloud_sync_folder(tmp_path / "Moln" / "a") == "Moln"


@pytest.mark.slow
def test_transcript_renders_with_libreoffice(
    audit: tuple[Project, int, int], tmp_path: Path
) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office or not shutil.which("pdftoppm"):
        pytest.skip("LibreOffice/pdftoppm not installed")
    project, a, _b = audit
    review.accept_all(project.db, a)
    source = export_to_file(
        project.db, ExportRequest(ExportKind.TRANSCRIPT, (a,), None), tmp_path / "t.docx"
    )
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "t.pdf"
    assert pdf.stat().st_size > 5000
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True, timeout=60
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages and pages[0].stat().st_size > 5000


def test_cli_export_and_review(audit: tuple[Project, int, int], tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE
    from tests.unit.test_cli import samtal

    project, a, _b = audit
    code = interviews.get_interview(project.db, a).participant_code
    folder = project.folder
    project.close()
    out = tmp_path / "t.docx"
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    refused = samtal(
        "export",
        folder,
        "--interview",
        code,
        "--kind",
        "transcript",
        "-o",
        out,
        "--password-file",
        pw,
        passphrase=PASSPHRASE,
    )
    assert (
        refused.returncode == 1
        and refused.stderr.count("\n") == 1
        and "granska" in refused.stderr.lower()
    )
    assert code in refused.stderr and not out.exists()
    reviewed = samtal("review", folder, "--interview", code, "--accept-all", passphrase=PASSPHRASE)
    assert (
        reviewed.returncode == 0
        and '"Fröjdholm"' in reviewed.stdout
        and "namnlistan" in reviewed.stdout
    )
    done = samtal(
        "export",
        folder,
        "--interview",
        code,
        "--kind",
        "transcript",
        "-o",
        out,
        "--password-file",
        pw,
        passphrase=PASSPHRASE,
    )
    assert done.returncode == 0, done.stderr
    assert "Hen fick informationen av xxx" in all_text(read(out.read_bytes(), PASSWORD))
    plain = samtal(
        "export",
        folder,
        "--all",
        "--kind",
        "quotes",
        "-o",
        tmp_path / "q.docx",
        "--no-encrypt",
        passphrase=PASSPHRASE,
    )
    assert plain.returncode == 0 and "inte krypterad" in plain.stderr
