"""The guide editor on real widgets: add, reorder, branch, undo, save to an encrypted project,
versions, accessibility, and the Qt model under qtmodeltester."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeView,
    QWidget,
)

from app.guide.jsonformat import load_guide
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.guide.repository import add_guide
from app.guide.repository import load_guide as load_stored
from app.guide.service import list_versions
from app.interview.records import create_interview, get_interview
from app.paths import default_guide_path
from app.store import Project
from tests.conftest import PASSPHRASE
from ui.guide.editor import GuideEditor
from ui.guide.model import GuideTreeModel


def _script_main(path: Path) -> Callable[[list[str]], int]:
    """``main`` of a script in packaging/ (not importable: PyPI's ``packaging`` owns the name)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main: Callable[[list[str]], int] = module.main
    return main


editor_main = _script_main(Path(__file__).parents[2] / "packaging" / "guide_editor.py")

#: The offscreen platform says this whenever a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_text(widget: QWidget, text: str) -> None:
    """Type character by character: QTest.keyClicks crashes on ä, ö, é (see STACK.md)."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)


def seed() -> Guide:
    return load_guide(default_guide_path())


@pytest.fixture
def editor(qtbot) -> GuideEditor:  # type: ignore[no-untyped-def]
    widget = GuideEditor(seed())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def click(qtbot, action_button_text: str, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    (button,) = [b for b in editor.buttons if b.text() == action_button_text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def preview_texts(editor: GuideEditor, name: str) -> list[str]:
    return [
        w.text() for w in editor.preview.findChildren(QLabel) if w.accessibleDescription() == name
    ]


# -- the model -----------------------------------------------------------------------------
def test_model_passes_qtmodeltester_while_it_changes(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    guide = seed()
    model = GuideTreeModel(guide)
    qtmodeltester.check(model)  # keeps checking every signal from here on
    s0, s1 = guide.sections[0], guide.sections[1]
    model.insert_node(s0, 1, Question("Ny fråga?"))
    model.insert_node(guide, 0, Section("Först"))
    model.move_node(s1.questions[0], s0, 0)
    model.move_node(s0.questions[0], s0, 3)
    model.move_node(guide.sections[0], guide, 3)
    model.insert_node(s0.questions[0], 0, FollowUp("Hur då?"))
    model.set_field(s0.questions[0], "text", "Ändrad")
    model.take_node(s1)
    model.set_guide(Guide("Tom"))
    qtmodeltester.check(model)


def test_drop_rules_and_drop_moves(qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = seed()
    model = GuideTreeModel(guide)
    s0, s1 = guide.sections[0], guide.sections[1]
    q = s0.questions[0]
    mime = model.mimeData([model.index_of(q)])
    move = Qt.DropAction.MoveAction
    # A question cannot become a follow-up or a section.
    assert not model.canDropMimeData(mime, move, 0, 0, model.index_of(s1.questions[0]))
    assert not model.canDropMimeData(mime, move, 0, 0, QModelIndex())
    # Between the questions of another section: it moves there.
    assert model.canDropMimeData(mime, move, 2, 0, model.index_of(s1))
    assert model.dropMimeData(mime, move, 2, 0, model.index_of(s1))
    assert s1.questions[2] is q and q not in s0.questions
    # Onto a question: just after it. Within the same section, rows count before removal.
    mime = model.mimeData([model.index_of(q)])
    assert model.dropMimeData(mime, move, -1, 0, model.index_of(s1.questions[4]))
    assert s1.questions[4] is q
    # Sections only between sections.
    mime = model.mimeData([model.index_of(s0)])
    assert not model.canDropMimeData(mime, move, 0, 0, model.index_of(s1))
    assert model.dropMimeData(mime, move, 5, 0, QModelIndex())
    assert guide.sections[-1] is s0


# -- editing ---------------------------------------------------------------------------------
def test_add_section_question_and_follow_up(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    editor.select(editor.model.guide.sections[-1])
    with qtbot.waitSignal(editor.changed):
        click(qtbot, "Nytt avsnitt", editor)
    assert editor.section_title.hasFocus()
    assert editor.section_title.selectedText() == "Nytt avsnitt"
    type_text(editor.section_title, "Avslutning")
    assert editor.model.guide.sections[-1].title == "Avslutning"

    qtbot.keyClick(
        editor.section_title,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.question_text.hasFocus()
    type_text(editor.question_text, "Hur har det känts att bli intervjuad?")
    type_text(editor.question_hint, "")
    editor.question_hint.setPlainText("tacka för samtalet")

    click(qtbot, "Ny följdfråga", editor)
    type_text(editor.follow_up_text, "Är det något vi borde ha frågat om?")

    section = editor.model.guide.sections[-1]
    assert section.title == "Avslutning"
    (question,) = section.questions
    assert (question.number, question.text, question.hint) == (
        "1",
        "Hur har det känts att bli intervjuad?",
        "tacka för samtalet",
    )
    assert [(f.text, f.condition) for f in question.follow_ups] == [
        ("Är det något vi borde ha frågat om?", None)
    ]
    # The caller's guide is a copy: guide() gives the edits, the original is untouched.
    assert editor.guide().sections[-1].title == "Avslutning"
    assert editor.model.index_of(question).data() == "1. Hur har det känts att bli intervjuad?"
    editor.select(question)
    assert preview_texts(editor, "Frågetext") == ["1. Hur har det känts att bli intervjuad?"]
    assert preview_texts(editor, "Ledtråd") == ["(tacka för samtalet)"]


def test_new_question_gets_the_next_number(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    section = editor.model.guide.sections[1]
    editor.select(section.questions[-1])  # 9. Har du bytt handläggare?
    click(qtbot, "Ny fråga", editor)
    assert section.questions[-1].number == "10"
    editor.select(section.questions[4])  # 5.
    click(qtbot, "Ny fråga", editor)
    assert section.questions[5].number == "6"  # fills the gap the report left


def test_reorder_with_alt_up_and_down(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    s0, s1 = editor.model.guide.sections[:2]
    q1, q2, q3 = s0.questions
    editor.select(q2)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert s0.questions == [q2, q1, q3]
    assert editor.current_node() is q2
    editor.select(q3)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert s0.questions == [q2, q1] and s1.questions[0] is q3  # on into the next section
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s0.questions == [q1, q2, q3]
    # Sections move too, and the tree shows the new order.
    editor.select(s1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.model.guide.sections[0] is s1
    assert editor.model.index(0, 0).data() == "Under tiden · 25 min"


def test_drag_and_drop_goes_through_undo(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    model = editor.model
    s2 = model.guide.sections[2]
    first, last = s2.questions[0], s2.questions[-1]
    mime = model.mimeData([model.index_of(last)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of(s2))
    assert s2.questions[0] is last
    assert editor.undo_action.isEnabled()
    editor.undo_action.trigger()
    assert s2.questions[0] is first and s2.questions[-1] is last


def test_branch_om_ja(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    question = editor.model.guide.sections[1].questions[5]  # 7. Hur upplever du bemötandet …
    assert question.kind is QuestionKind.OPEN
    editor.select(question)
    click(qtbot, "Ny följdfråga", editor)
    type_text(editor.follow_up_text, "Vad var bra?")
    editor.follow_up_condition.setFocus()
    qtbot.keyClick(editor.follow_up_condition, Qt.Key.Key_Down)  # Alltid → Om ja
    (follow_up,) = question.follow_ups
    assert follow_up.condition == "yes"
    assert question.kind is QuestionKind.YES_NO  # "Om ja" makes it a yes/no question
    assert editor.model.index_of(follow_up).data() == "Om ja: Vad var bra?"
    assert set(editor.preview.branch_boxes) == {"yes"}

    click(qtbot, "Ny följdfråga", editor)  # a new follow-up after a branch item joins the branch
    type_text(editor.follow_up_text, "Vad kunde bli bättre?")
    assert question.follow_ups[1].condition == "yes"
    qtbot.keyClick(editor.follow_up_condition, Qt.Key.Key_Down)  # Om ja → Om nej
    assert question.follow_ups[1].condition == "no"
    editor.select(question)
    assert set(editor.preview.branch_boxes) == {"yes", "no"}

    # Making it a 1–10 grade drops the branches, in one undo step.
    editor.question_kind.setCurrentIndex(editor.question_kind.findData("grade"))
    assert question.kind is QuestionKind.GRADE
    assert [f.condition for f in question.follow_ups] == [None, None]
    editor.undo_action.trigger()
    assert question.kind is QuestionKind.YES_NO
    assert [f.condition for f in question.follow_ups] == ["yes", "no"]
    assert editor.question_kind.currentData() == "yes_no"  # the form follows the undo


def test_multi_choice_options(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    question = editor.model.guide.sections[0].questions[0]
    editor.select(question)
    assert not editor.question_options.isVisible()
    editor.question_kind.setCurrentIndex(editor.question_kind.findData("multi_choice"))
    assert editor.question_options.isVisible()
    editor.question_options.setFocus()
    type_text(editor.question_options, "Handläggare\nWebbplatsen\n\nVänner")
    assert question.options == ["Handläggare", "Webbplatsen", "Vänner"]
    assert [b.text() for b in editor.preview.findChildren(QAbstractButton)] == [
        "Handläggare",
        "Webbplatsen",
        "Vänner",
    ]


def test_typing_is_one_undo_step_and_ctrl_z_works_inside_text_fields(
    qtbot, editor: GuideEditor
) -> None:  # type: ignore[no-untyped-def]
    question = editor.model.guide.sections[0].questions[1]
    original = question.text
    editor.select(question)
    editor.question_text.setFocus()
    editor.question_text.moveCursor(editor.question_text.textCursor().MoveOperation.End)
    type_text(editor.question_text, " Berätta gärna.")
    assert question.text == original + " Berätta gärna."
    assert editor.undo_stack.count() == 1
    qtbot.keyClick(editor.question_text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert question.text == original
    assert editor.question_text.toPlainText() == original
    qtbot.keyClick(
        editor.question_text,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert question.text == original + " Berätta gärna."
    assert editor.is_modified()


def test_remove_and_undo(qtbot, editor: GuideEditor) -> None:  # type: ignore[no-untyped-def]
    s1 = editor.model.guide.sections[1]
    q4 = s1.questions[3]
    editor.select(q4)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert q4 not in s1.questions
    assert editor.current_node() is s1.questions[3]  # the next question is selected
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s1.questions[3] is q4
    assert [f.text for f in q4.follow_ups][0] == "Varför vill du ha det så?"
    editor.redo_action.trigger()
    assert q4 not in s1.questions


def test_every_control_has_an_accessible_name(editor: GuideEditor) -> None:
    controls = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTreeView)
    for node in (
        None,
        editor.model.guide.sections[1],
        editor.model.guide.sections[1].questions[-1],
        editor.model.guide.sections[1].questions[-1].follow_ups[0],
    ):
        editor.select(node)
        missing = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in editor.findChildren(QWidget)
            if isinstance(w, controls)
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
            and not w.accessibleName()
        ]
        assert missing == []


# -- saving and versions -----------------------------------------------------------------------
def test_save_to_an_encrypted_project_and_reload(
    qtbot, editor: GuideEditor, project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    v1 = add_guide(project.db, seed())
    editor.set_guide(load_stored(project.db, v1))
    assert not editor.is_modified()
    section = editor.model.guide.sections[4]
    editor.select(section.questions[0])
    click(qtbot, "Ny fråga", editor)
    type_text(editor.question_text, "Får vi höra av oss igen?")
    editor.select(section)
    editor.section_minutes.setValue(10)

    assert editor.save(project.db, 1) == v1  # nobody has used v1: updated in place
    assert not editor.is_modified()
    project.close()

    with Project.open(project.folder, PASSPHRASE) as reopened:
        stored = load_stored(reopened.db, v1)
    last = stored.sections[4]
    assert last.planned_minutes == 10
    assert [q.text for q in last.questions] == [
        "Har du något mer du vill tillägga?",
        "Får vi höra av oss igen?",
    ]
    assert stored.questions()[0].text == "Hur fick du information om ekonomiskt bistånd?"


def test_editing_a_used_guide_makes_a_new_version(
    qtbot, editor: GuideEditor, project: Project
) -> None:  # type: ignore[no-untyped-def]
    v1 = add_guide(project.db, seed())
    interview = create_interview(project.db, guide_version_id=v1)
    editor.set_guide(load_stored(project.db, v1))
    question = editor.model.guide.sections[1].questions[1]
    editor.select(question)
    editor.question_text.setFocus()
    editor.question_text.selectAll()
    type_text(editor.question_text, "Har ni gjort en plan tillsammans?")

    v2 = editor.save(project.db, 1)

    assert v2 != v1
    assert get_interview(project.db, interview.id).guide_version_id == v1
    assert (
        load_stored(project.db, v1)
        .sections[1]
        .questions[1]
        .text.startswith("Har du och din handläggare")
    )
    assert (
        load_stored(project.db, v2).sections[1].questions[1].text
        == "Har ni gjort en plan tillsammans?"
    )
    assert [(v.version, v.interviews) for v in list_versions(project.db, 1)] == [(1, 1), (2, 0)]


def test_an_incomplete_guide_is_not_saved(qtbot, editor: GuideEditor, project: Project) -> None:  # type: ignore[no-untyped-def]
    from app.errors import GuideFormatError

    v1 = add_guide(project.db, seed())
    editor.set_guide(load_stored(project.db, v1))
    editor.select(editor.model.guide.sections[0])
    click(qtbot, "Ny fråga", editor)  # left empty
    with pytest.raises(GuideFormatError, match="frågan saknar text"):
        editor.save(project.db, 1)
    assert editor.is_modified()
    assert len(load_stored(project.db, v1).sections[0].questions) == 3


# -- screenshot ------------------------------------------------------------------------------
def test_demo_renders_the_seed_guide(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "guide-editor.png"
    assert editor_main(["--screenshot", str(target)]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 820)
