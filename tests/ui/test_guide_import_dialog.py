"""The import dialog: a Word guide shown with its warnings, corrected, and saved."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.guide.jsonformat import load_guide
from app.guide.repository import add_guide
from app.guide.repository import load_guide as load_stored
from app.guide.service import import_guide_file, list_guides, list_versions
from app.paths import default_guide_path
from app.store import Project
from ui.guide.import_dialog import GuideImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LINES = [
    "Samtalsguide Hemtjänst",
    "",
    "Inledning",
    "1. Hur länge har du haft hemtjänst?",
    "2. Vet du vem du ska ringa om något blir fel? (numret till samordnaren)",
    "Följdfrågor: Har du behövt ringa? Hur gick det?",
    "",
    "Övrigt: Vill du lägga till något?",
]


@pytest.fixture
def word_file(tmp_path: Path) -> Path:
    d = docx.Document()
    for line in LINES:
        d.add_paragraph(line)
    d.save(tmp_path / "hemtjänst.docx")
    return tmp_path / "hemtjänst.docx"


def _dialog(qtbot, project: Project, path: Path) -> GuideImportDialog:  # type: ignore[no-untyped-def]
    dialog = GuideImportDialog(project.db, import_guide_file(path), path.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_warnings_and_saves_the_corrected_guide(
    qtbot, project: Project, word_file: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, project, word_file)
    warnings = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert warnings == [
        "rad 3: ”Inledning” tolkades som avsnittsrubrik",
        "rad 8: ”Övrigt” tolkades som avsnittsrubrik med en fråga utan nummer",
    ]
    assert dialog.warnings.isVisible()
    assert not dialog.as_version.isEnabled()  # no guide in the project yet

    editor = dialog.editor
    section = editor.model.guide.sections[0]
    assert [q.text for q in section.questions] == [
        "Hur länge har du haft hemtjänst?",
        "Vet du vem du ska ringa om något blir fel?",
    ]
    editor.select(section)
    editor.section_minutes.setValue(10)  # a correction before saving
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (info,) = list_guides(project.db)
    assert info.title == "Samtalsguide Hemtjänst" and info.is_default
    stored = load_stored(project.db, dialog.saved_version_id)  # type: ignore[arg-type]
    assert stored.sections[0].planned_minutes == 10
    q2 = stored.sections[0].questions[1]
    assert q2.hint == "numret till samordnaren"
    assert [f.text for f in q2.follow_ups] == ["Har du behövt ringa?", "Hur gick det?"]


def test_save_as_a_new_version_of_an_existing_guide(
    qtbot, project: Project, word_file: Path
) -> None:  # type: ignore[no-untyped-def]
    add_guide(project.db, load_guide(default_guide_path()))
    dialog = _dialog(qtbot, project, word_file)
    assert dialog.as_version.isEnabled() and not dialog.target_guide.isEnabled()
    qtbot.mouseClick(dialog.as_version, Qt.MouseButton.LeftButton)
    assert dialog.target_guide.isEnabled()
    assert (
        dialog.target_guide.currentText()
        == "Frågeguide Socialtjänst – Ekonomiskt bistånd (version 1)"
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [v.version for v in list_versions(project.db, 1)] == [1, 2]
    assert len(list_guides(project.db)) == 1


def test_an_incomplete_guide_says_why_and_saves_nothing(
    qtbot, project: Project, word_file: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, project, word_file)
    editor = dialog.editor
    editor.select(editor.model.guide.sections[0].questions[0])
    editor.question_text.setPlainText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Fel i frågeguiden: avsnittet ”Inledning”, fråga 1: frågan saknar text"
    )
    assert list_guides(project.db) == []


def test_unreadable_file_is_reported_and_nothing_is_saved(
    qtbot, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        GuideImportDialog,
        "show_error",
        classmethod(lambda cls, parent, message: shown.append(message)),
    )
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"inte ett dokument")
    assert GuideImportDialog.import_file(None, project.db, bad) is None
    assert shown == ["Fel i frågeguiden: trasig.docx: filen är inte ett Word-dokument (.docx)"]
    assert list_guides(project.db) == []
