"""Issue 14, analysis: questions named by section everywhere, the seed's themes for a new project,
distinct theme colours, a tag visible at once, search paged past 50 (real widgets, real project)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
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


# -- 10. a new project with the seed's themes; distinct colours; a tag at once; search pages ------
def test_new_project_can_start_with_the_reports_five_themes(qtbot, tmp_path, monkeypatch):
    from app.analysis.themes import DEFAULT_THEMES, list_themes
    from ui.start.new_project import NewProjectDialog
    from ui.tasks import Tasks

    monkeypatch.setattr(Tasks, "synchronous", True)
    made = []
    for with_themes in (True, False):
        dialog = NewProjectDialog(None, tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.with_themes.isChecked()  # on by default, like the guide
        dialog.with_themes.setChecked(with_themes)
        dialog.name.setText(f"Granskning {with_themes}")
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.create_button.click()
        assert dialog.project is not None
        made.append([t.name for t in list_themes(dialog.project.db)])
        dialog.project.close()
    assert made == [[n for n, _d, _c in DEFAULT_THEMES], []]


def test_new_themes_get_distinct_colours(window, monkeypatch):
    from app.analysis.themes import list_themes
    from ui.analysis.codebook_panel import CodebookPanel

    names = iter(["Väntan", "Tillgänglighet", "Trygghet", "Skam", "Delaktighet", "Miljö", "Tid"])
    monkeypatch.setattr(CodebookPanel, "ask_text", classmethod(lambda cls, *a, **k: next(names)))
    for _ in range(7):
        window.codebook.buttons["add"].click()
    colours = [t.colour for t in list_themes(window.db)]
    assert len(colours) == 12 and len(set(colours)) == 12


def test_a_tag_shows_in_the_view_at_once(window, qtbot, monkeypatch):
    from app.analysis.themes import list_themes
    from ui.analysis.codebook_panel import ThemePicker

    respekt = next(t for t in list_themes(window.db) if t.name == "Respekt")
    window.tabs.setCurrentIndex(0)
    combo = window.question_combo
    combo.setCurrentIndex(combo.findText("Under tiden · 7", Qt.MatchFlag.MatchStartsWith))
    model = window.question_model
    row = next(r for r in range(model.rowCount()) if model.row_object(r).kind == "quote")
    window.question_view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert window.reader.currentWidget() is window.reader.quote
    assert model.index(row, 4).data() == ""
    monkeypatch.setattr(ThemePicker, "ask", classmethod(lambda cls, parent, themes: [respekt.id]))
    window.tag_action.trigger()
    assert model.index(row, 4).data() == "Respekt"  # at once, same row, still current
    assert window.question_view.currentIndex().row() == row


def test_search_pages_past_the_first_fifty(window, qtbot, audit):
    db = audit.db
    iv = create_interview(db, held_on="2023-02-01", participant_code="TST-002")
    record_consent(db, iv.id, ConsentRecord.all_required("AB", consent_quotes=True))
    ids = [int(r[0]) for r in db.query("SELECT id FROM question ORDER BY id")]
    for n, qid in enumerate(ids):
        save_note(db, iv.id, qid, [Paragraph(0, f"Väntetiden var lång, gång {n}.")])
    for n in range(120 - len(ids)):
        quotes.add_quote(db, iv.id, f"Väntetiden var orimlig {n}", question_id=ids[0])
    window.tabs.setCurrentIndex(3)
    window.search_field.setText("väntetiden")
    window.run_search()
    assert window.search_model.rowCount() == 50 and window.search_more.isVisible()
    assert window.search_count.text() == "50 av 120 träffar"
    first = [window.search_model.row_object(r).id for r in range(50)]
    window.search_more.click()
    assert window.search_model.rowCount() == 100
    assert [window.search_model.row_object(r).id for r in range(50)] == first
    window.search_more.click()
    assert window.search_model.rowCount() == 120 and not window.search_more.isVisible()
    assert window.search_count.text() == "120 träffar"
    window.search_field.setText("orimlig 7")
    window.run_search()
    assert window.search_count.text() == "1 träff"


def test_counts_say_one_in_the_singular_in_both_languages(window, qtbot):
    window.tabs.setCurrentIndex(0)
    combo = window.question_combo
    combo.setCurrentIndex(combo.findText("Under tiden · 7", Qt.MatchFlag.MatchStartsWith))
    assert window.question_count.text() == "1 anteckning, 1 citat"
    from ui import i18n

    try:
        assert i18n.install("en")
        window.load_by_question()
        assert window.question_count.text() == "1 note, 1 quote"
        window.search_field.setText("hen lyssnade")
        window.run_search()
        assert window.search_count.text() == "1 hit"
    finally:
        i18n.install("sv")
