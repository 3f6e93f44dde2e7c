"""The Word report of the closed questions, written encrypted and read back with python-docx."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document

from app.analysis.survey.source import load_survey
from app.demo import create_demo
from app.errors import InvalidInput, UnresolvedFindings
from app.export.document import ExportKind, decrypt_docx
from app.export.service import ExportRequest, export_to_file
from app.interview.consent import withdraw_consent
from app.interview.notes import Paragraph, save_note
from app.pseudonymise import review
from app.store.project import Project

PASSWORD = "rapport-lösen-1"


@pytest.fixture
def demo(project: Project) -> Project:
    create_demo(project.db, interviews=30, words_per_interview=300)
    return project


def review_all(project: Project) -> None:
    for (iid,) in project.db.query("SELECT id FROM interview"):
        review.accept_all(project.db, int(iid))


def read_report(project: Project, tmp_path: Path, by: str | None = None) -> Document:
    path = tmp_path / "rapport.docx"
    export_to_file(project.db, ExportRequest(ExportKind.SURVEY, (), PASSWORD, by=by), path)
    return Document(io.BytesIO(decrypt_docx(path.read_bytes(), PASSWORD)))


def numbers_in_tables(doc: Document) -> list[int]:
    out = []
    for table in doc.tables:
        for row in table.rows[1:]:
            first = row.cells[0].text
            if first in ("Granskning", "Uppdelat efter", "Minsta grupp"):
                continue
            for cell in row.cells[1:]:
                text = cell.text.strip()
                match = re.match(r"\d+", text)
                if match:  # "16 (42 %)" or a bare count
                    out.append(int(match.group()))
    return out


def test_report_has_a_section_per_question_with_chart_and_table(demo: Project, tmp_path) -> None:
    review_all(demo)
    doc = read_report(demo, tmp_path, by="aldersgrupp")
    data = load_survey(demo.db)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert len(headings) == len(data.questions)
    assert len(doc.inline_shapes) == len(data.questions)  # one chart per question
    descr = doc.inline_shapes[0]._inline.docPr.get("descr")
    assert descr and ":" in descr  # the chart's numbers as alternative text
    assert all(n >= 5 for n in numbers_in_tables(doc))  # never a number under N
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "– = färre än 5 informanter" in text
    assert "Varför?" in text
    for code in data.interview_ids:
        assert code not in text  # no participant codes
    assert doc.core_properties.author == ""


def test_open_answers_are_pseudonymised_and_gated(demo: Project, tmp_path) -> None:
    db = demo.db
    data = load_survey(db)
    first_closed = data.question_ids[data.questions[0].id][0]
    iid = next(iter(data.interview_ids.values()))
    save_note(
        db, iid, first_closed, [Paragraph(0, "Hon sa att Lena på kontoret ringde 070-123 45 67.")]
    )
    with pytest.raises(UnresolvedFindings):  # the same gate as every export
        read_report(demo, tmp_path)
    review_all(demo)
    doc = read_report(demo, tmp_path)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Hen sa att xxx på kontoret ringde [telefonnummer]." in text
    assert "Lena" not in text and "070-123" not in text


def test_withdrawn_interviews_are_not_counted_in_the_report(demo: Project, tmp_path) -> None:
    review_all(demo)
    doc = read_report(demo, tmp_path)
    assert doc.tables[0].rows[1].cells[1].text == "30"
    withdrawn = next(iter(load_survey(demo.db).interview_ids.values()))
    withdraw_consent(demo.db, withdrawn, "AB")
    doc = read_report(demo, tmp_path)
    assert doc.tables[0].rows[1].cells[1].text == "29"


def test_unknown_variable_is_refused_before_anything_is_written(demo: Project, tmp_path) -> None:
    path = tmp_path / "x.docx"
    with pytest.raises(InvalidInput):
        export_to_file(demo.db, ExportRequest(ExportKind.SURVEY, (), PASSWORD, by="nej"), path)
    assert not path.exists()
