"""Issue 14, analysis: questions named by section everywhere, the seed's themes for a new project,
distinct theme colours, a tag visible at once, search paged past 50 (real widgets, real project)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.analysis import reading
from app.guide.service import add_default_guide
from app.interview import quotes
from app.interview.consent import ConsentRecord, record_consent
from app.interview.notes import Paragraph, save_note
from app.interview.records import create_interview
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from ui.analysis.window import AnalysisWindow
from ui.errors import ErrorBox


def question_id(db, section: str, number: str) -> int:
    return int(
        db.scalar(
            "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
            " WHERE s.title = ? AND q.number = ?",
            (section, number),
        )
    )


@pytest.fixture
def audit(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "a", PASSPHRASE, kdf=fast_kdf())
    add_default_guide(p.db)
    from app.analysis.themes import add_default_themes

    add_default_themes(p.db)
    iv = create_interview(p.db, held_on="2023-01-10", participant_code="TST-001")
    record_consent(p.db, iv.id, ConsentRecord.all_required("AB", consent_quotes=True))
    q7 = question_id(p.db, "Under tiden", "7")
    save_note(p.db, iv.id, q7, [Paragraph(0, "Handläggaren var vänlig och lyssnade.")])
    quotes.add_quote(p.db, iv.id, "Hen lyssnade verkligen på mig.", question_id=q7)
    yield p
    if not p.closed:
        p.close()


@pytest.fixture
def window(qtbot: QtBot, audit: Project) -> AnalysisWindow:
    ErrorBox.captured = []
    w = AnalysisWindow(audit)
    qtbot.addWidget(w)
    w.show()
    return w


def test_questions_are_named_by_section_in_views_pickers_and_search(window, qtbot):
    combo = window.question_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Under tiden · 7 – Hur upplever du bemötandet från handläggaren?" in labels
    assert not any(label.startswith("7 ") for label in labels)
    window.tabs.setCurrentIndex(2)  # by interview
    model = window.interview_items_model
    assert model.rowCount() == 2
    assert {model.index(r, 1).data() for r in range(2)} == {"Under tiden · 7"}
    window.search_field.setText("lyssnade")
    window.run_search()
    names = {window.search_model.index(r, 1).data() for r in range(window.search_model.rowCount())}
    assert names == {"Under tiden · 7"}
    items = reading.by_interview(window.db, reading.interview_counts(window.db)[0].interview_id)
    assert {i.question_name for i in items} == {"Under tiden · 7"}


def test_quotes_export_names_questions_by_section(audit):
    from app.export.builders import build_quotes_by_theme

    ids = [int(r[0]) for r in audit.db.query("SELECT id FROM interview")]
    doc = build_quotes_by_theme(audit.db, ids, lambda text, _i, _q: text)
    captions = [p.text for p in doc.paragraphs if "TST-001" in p.text]
    assert captions and all("Under tiden · 7: Hur upplever du" in c for c in captions)
