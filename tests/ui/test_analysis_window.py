"""The analyst's workspace on real widgets (issue 7): codebook, tagging that survives edits,
reading by question/theme/interview, search, quote editing, and every model under qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.analysis import codebook, reading
from app.demo import create_demo
from app.interview import consent, quotes
from app.interview.notes import Paragraph, save_note
from app.interview.records import create_interview
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from ui.analysis.codebook_panel import CodebookPanel, ThemePicker
from ui.analysis.models import (
    InterviewCountsModel,
    ItemListModel,
    SearchResultsModel,
    ThemeTreeModel,
)
from ui.analysis.window import AnalysisWindow
from ui.errors import ErrorBox
from ui.project.window import ProjectWindow

NOTE = (
    "Första gången visste jag inte vad jag skulle ta med mig.\n"
    "Handläggaren förklarade allt och jag kände mig respekterad som människa.\n"
    "Sedan fick jag vänta länge på beslutet."
)
TAGGED = "jag kände mig respekterad"


def type_text(widget: object, text: str) -> None:
    """Char by char: keyClicks crashes on ä/ö/é (STACK.md)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            ch,  # type: ignore[arg-type]
            Qt.KeyboardModifier.NoModifier,
        )


@pytest.fixture
def audit(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "a", PASSPHRASE, kdf=fast_kdf())
    create_demo(p.db, interviews=3, words_per_interview=600)
    db = p.db
    iv = create_interview(db, held_on="2023-01-10", participant_code="TST-001")
    record = consent.ConsentRecord(auditor_code="AB")
    for item in consent.CONSENT_ITEMS:
        setattr(record, item.key, True)
    consent.record_consent(db, iv.id, record)
    qid = db.scalar("SELECT id FROM question ORDER BY id LIMIT 1")
    save_note(
        db, iv.id, qid, [Paragraph(i * 1000, line) for i, line in enumerate(NOTE.split("\n"))]
    )
    quotes.add_quote(
        db, iv.id, "Handläggaren lyssnade på mig, hen tog sig tid och ringde upp.", question_id=qid
    )
    yield p
    if not p.closed:
        p.close()


@pytest.fixture
def window(qtbot: QtBot, audit: Project) -> AnalysisWindow:
    ErrorBox.captured = []
    w = AnalysisWindow(audit)
    qtbot.addWidget(w)
    w.show()
    yield w
    assert ErrorBox.captured == []
    ErrorBox.captured = None


def marked(editor: object) -> list[str]:
    """The words under the coloured marks (ExtraSelections) of an editor."""
    selections = editor.extraSelections()  # type: ignore[attr-defined]
    return [s.cursor.selectedText() for s in selections]


def note_id(db: object) -> int:
    return int(
        db.scalar(
            "SELECT n.id FROM note n JOIN interview i ON i.id = n.interview_id"  # type: ignore[attr-defined]
            " WHERE i.participant_code = 'TST-001'"
        )
    )


def test_models_pass_qtmodeltester(qtmodeltester: object, audit: Project) -> None:
    db = audit.db
    parent = codebook.list_themes(db)[0].id
    codebook.add_theme(db, "Att bli lyssnad på", parent_id=parent)
    themes = ThemeTreeModel(db)
    qtmodeltester.check(themes)  # type: ignore[attr-defined]
    items = ItemListModel(themes)
    items.set_rows(reading.by_theme(db, parent) + reading.by_interview(db, 1))
    qtmodeltester.check(items)  # type: ignore[attr-defined]
    from app.analysis import search

    hits = SearchResultsModel()
    hits.set_rows(search.search(db, "handläg"))
    assert hits.rowCount() > 2
    qtmodeltester.check(hits)  # type: ignore[attr-defined]
    counts = InterviewCountsModel()
    counts.set_rows(reading.interview_counts(db))
    qtmodeltester.check(counts)  # type: ignore[attr-defined]


def test_create_theme_tag_selection_edit_note_and_read_by_theme(
    qtbot: QtBot, window: AnalysisWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.db
    # 1. a new theme from the codebook panel
    monkeypatch.setattr(CodebookPanel, "ask_text", classmethod(lambda cls, *a, **k: "Värdighet"))
    qtbot.mouseClick(window.codebook.buttons["add"], Qt.MouseButton.LeftButton)
    theme = next(t for t in codebook.list_themes(db) if t.name == "Värdighet")
    assert window.themes.index_for(theme.id).isValid()
    assert window.codebook.current_theme_id() == theme.id

    # 2. open the note through the by-question view, select the words, Ctrl+T
    window.tabs.setCurrentIndex(0)
    rows = [window.question_model.row_object(r) for r in range(window.question_model.rowCount())]
    row = next(
        i for i, it in enumerate(rows) if it.kind == "note" and it.participant_code == "TST-001"
    )
    window.question_view.setCurrentIndex(window.question_model.index(row, 0))
    editor = window.reader.note.editor
    assert window.reader.currentWidget() is window.reader.note and editor.toPlainText() == NOTE
    start = NOTE.index(TAGGED)
    window.reader.note.select_range(start, start + len(TAGGED))
    monkeypatch.setattr(ThemePicker, "ask", classmethod(lambda cls, parent, themes: [theme.id]))
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tags = codebook.passage_tags(db, note_id(db))
    assert [(t.theme_id, t.exact) for t in tags] == [(theme.id, TAGGED)]
    assert marked(editor) == [TAGGED]  # the coloured mark

    # 3. edit the note before and inside the first line: the tag stays on its words
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    type_text(editor, "Vid mötet på kontoret: ")
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, " Det var skönt.")
    assert marked(editor) == [TAGGED]  # moved live with the text
    window.reader.save_now()
    body = db.scalar("SELECT body FROM note WHERE id = ?", (note_id(db),))
    assert body.startswith("Vid mötet på kontoret: Första") and body.endswith("Det var skönt.")
    tag = codebook.passage_tags(db, note_id(db))[0]
    assert body[tag.start : tag.end] == TAGGED and not tag.orphaned

    # ... and also when the note is saved elsewhere (the interview session's save_note)
    iv, qid = db.query("SELECT interview_id, question_id FROM note WHERE id = ?", (note_id(db),))[0]
    save_note(
        db,
        iv,
        qid,
        [Paragraph(0, "Ny första rad."), *[Paragraph(0, line) for line in body.split("\n")]],
    )
    tag = codebook.passage_tags(db, note_id(db))[0]
    body = db.scalar("SELECT body FROM note WHERE id = ?", (note_id(db),))
    assert body[tag.start : tag.end] == TAGGED

    # 4. by theme: the passage is there, and opening it selects its words in the note
    window.show_theme(theme.id)
    assert window.tabs.currentIndex() == 1
    items = [window.theme_model.row_object(r) for r in range(window.theme_model.rowCount())]
    assert [(i.kind, i.text, i.participant_code) for i in items] == [("passage", TAGGED, "TST-001")]
    assert window.theme_count.text().startswith("1 stycke,")
    window.theme_view.setCurrentIndex(window.theme_model.index(0, 0))
    window.reader.note.save_now()
    assert editor.textCursor().selectedText() == TAGGED
    counts = window.themes.data(window.themes.index_for(theme.id).siblingAtColumn(1))
    assert counts == "1"


def test_words_deleted_leave_an_orphaned_tag(qtbot: QtBot, window: AnalysisWindow) -> None:
    db = window.db
    theme = codebook.list_themes(db)[0].id
    start = NOTE.index(TAGGED)
    codebook.tag_passage(db, note_id(db), theme, start, start + len(TAGGED))
    window.reader.show_note(note_id(db))
    editor = window.reader.note.editor
    window.reader.note.select_range(start - 5, start + len(TAGGED) + 3)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    window.reader.save_now()
    tag = codebook.passage_tags(db, note_id(db))[0]
    assert tag.orphaned and tag.exact == TAGGED
    assert "finns inte längre" in window.reader.note.tag_list.item(0).text()


def test_by_question_and_by_interview_with_filters(qtbot: QtBot, window: AnalysisWindow) -> None:
    db = window.db
    window.tabs.setCurrentIndex(0)
    assert window.question_combo.count() == len(reading.question_groups(db)) > 10
    codes = {
        window.question_model.row_object(r).participant_code
        for r in range(window.question_model.rowCount())
    }
    assert len(codes) == 4  # three demo interviews and ours, side by side
    window.filters.date_from.setDate(
        window.filters.date_from.date().fromString("2023-01-01", "yyyy-MM-dd")
    )
    codes = {
        window.question_model.row_object(r).participant_code
        for r in range(window.question_model.rowCount())
    }
    assert codes == {"TST-001"}
    window.filters.date_from.setDate(window.filters.date_from.minimumDate())
    window.filters.starred.setChecked(True)
    starred = [window.question_model.row_object(r) for r in range(window.question_model.rowCount())]
    assert all(i.kind == "quote" and i.starred for i in starred)
    window.filters.starred.setChecked(False)

    window.tabs.setCurrentIndex(2)
    assert window.interview_model.rowCount() == 4
    row = next(
        r for r in range(4) if window.interview_model.row_object(r).participant_code == "TST-001"
    )
    window.interview_view.selectionModel().setCurrentIndex(
        window.interview_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    kinds = [
        window.interview_items_model.row_object(r).kind
        for r in range(window.interview_items_model.rowCount())
    ]
    assert kinds == ["note", "quote"]
    assert window.interview_model.data(window.interview_model.index(row, 5)) == "1"


def test_search_and_open_a_hit(qtbot: QtBot, window: AnalysisWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3 and window.search_field.hasFocus()
    type_text(window.search_field, "respekter")
    QTest.keyClick(window.search_field, Qt.Key.Key_Return)
    hits = [window.search_model.row_object(r) for r in range(window.search_model.rowCount())]
    assert [h.participant_code for h in hits] == ["TST-001"]
    assert "«respekterad»" in hits[0].snippet_marked()
    window.search_view.setCurrentIndex(window.search_model.index(0, 0))
    editor = window.reader.note.editor
    assert window.reader.currentWidget() is window.reader.note
    assert editor.textCursor().selectedText() == "respekterad"
    # Swedish letters: "kande" is not "kände"
    window.search_field.setText("kande")
    window.run_search()
    assert window.search_model.rowCount() == 0 and window.search_count.text() == "Inga träffar"


def test_quote_editing_star_and_quotes_by_theme(
    qtbot: QtBot, window: AnalysisWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.db
    qid = db.scalar(
        "SELECT q.id FROM quote q JOIN interview i ON i.id = q.interview_id"
        " WHERE i.participant_code = 'TST-001'"
    )
    verbatim = "Handläggaren lyssnade på mig, hen tog sig tid och ringde upp."
    window.reader.show_quote(qid)
    reader = window.reader.quote
    edited = reader.edited
    # "[...]" for the omitted words
    cursor = edited.textCursor()
    start = verbatim.index(", hen tog sig tid")
    cursor.setPosition(start)
    cursor.setPosition(start + len(", hen tog sig tid"), QTextCursor.MoveMode.KeepAnchor)
    edited.setTextCursor(cursor)
    qtbot.mouseClick(reader.omit_button, Qt.MouseButton.LeftButton)
    # "Handläggaren" -> "[Handläggaren]"
    cursor = edited.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Handläggaren"), QTextCursor.MoveMode.KeepAnchor)
    edited.setTextCursor(cursor)
    qtbot.mouseClick(reader.bracket_button, Qt.MouseButton.LeftButton)
    reader.save_now()
    q = quotes.get_quote(db, qid)
    assert q.text == verbatim  # the verbatim original is kept
    assert q.edited_text == "[Handläggaren] lyssnade på mig[...] och ringde upp."
    assert reader.verbatim.toPlainText() == verbatim and reader.verbatim.isReadOnly()
    # key quote, and Ctrl+2 tags it with the second theme of the codebook
    reader.star.setChecked(True)
    second = window.themes.ordered()[1]
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert quotes.get_quote(db, qid).starred
    assert second.id in codebook.quote_theme_ids(db, qid)
    assert reader.theme_list.count() == len(codebook.quote_theme_ids(db, qid))
    # the quotes-by-theme data the Word export uses: starred first, report version
    under = reading.quotes_by_theme(db)[second.id]
    mine = next(i for i in under if i.id == qid)
    assert mine.text == q.edited_text and mine.verbatim == verbatim and mine.starred
    assert under[0].starred
    window.show_theme(second.id)
    ids = [window.theme_model.row_object(r).id for r in range(window.theme_model.rowCount())]
    assert qid in ids


def test_codebook_merge_rename_colour(
    qtbot: QtBot, window: AnalysisWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.db
    first, second = window.themes.ordered()[:2]
    before = sum(reading.theme_counts(db).get(first.id, (0, 0))) + sum(
        reading.theme_counts(db).get(second.id, (0, 0))
    )
    window.codebook.select(second.id)
    monkeypatch.setattr(
        CodebookPanel, "ask_item", classmethod(lambda cls, parent, title, label, items: 0)
    )
    qtbot.mouseClick(window.codebook.buttons["merge"], Qt.MouseButton.LeftButton)
    assert second.id not in {t.id for t in codebook.list_themes(db)}
    after = sum(reading.theme_counts(db).get(first.id, (0, 0)))
    assert 0 < after <= before  # a quote tagged with both counts once
    monkeypatch.setattr(
        CodebookPanel, "ask_text", classmethod(lambda cls, *a, **k: "Engagemang och initiativ")
    )
    monkeypatch.setattr(
        CodebookPanel, "ask_colour", classmethod(lambda cls, parent, colour: "#123456")
    )
    window.codebook.select(first.id)
    qtbot.mouseClick(window.codebook.buttons["rename"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.codebook.buttons["colour"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.codebook.buttons["down"], Qt.MouseButton.LeftButton)
    t = next(t for t in codebook.list_themes(db) if t.id == first.id)
    assert (t.name, t.colour, t.position) == ("Engagemang och initiativ", "#123456", 1)
    assert window.theme_combo.findText("Engagemang och initiativ") >= 0
    for w in window.findChildren(object):
        if w.objectName().startswith("qt_"):
            continue  # Qt's own parts of a composite widget (the line edit of a date edit)
        if hasattr(w, "accessibleName") and w.__class__.__name__ in (
            "QPushButton",
            "QLineEdit",
            "QComboBox",
            "QCheckBox",
            "QTreeView",
            "QPlainTextEdit",
            "QListWidget",
            "QDateEdit",
        ):
            assert w.accessibleName(), w


def test_project_window_opens_the_workspace(qtbot: QtBot, audit: Project) -> None:
    from ui.app_controller import AppController

    controller = AppController(audit.folder.parent / "projekt")
    qtbot.addWidget(controller.start)
    controller.show_project(audit)
    pw = controller.project_window
    assert isinstance(pw, ProjectWindow)
    with qtbot.waitSignal(pw.analysis_requested):
        qtbot.mouseClick(pw.analysis_button, Qt.MouseButton.LeftButton)
    assert (
        isinstance(controller.analysis_window, AnalysisWindow)
        and controller.analysis_window.isVisible()
    )
    controller.close_project()  # closes the workspace before the database
    assert controller.analysis_window is None
    pw.deleteLater()
