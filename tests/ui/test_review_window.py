"""The project-wide pseudonymisation review on real widgets: filters, keyboard decisions,
"replace this word in the whole project", "this is a name", and the way in from the export
dialog and the project window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.interview import consent, notes, records
from app.interview.consent import ConsentRecord
from app.pseudonymise import name_lists, review
from app.store import Project
from tests.unit.test_export import audit  # noqa: F401 - fixture
from ui.export.dialog import ExportDialog
from ui.review.window import NameListQuestion, ReviewWindow
from ui.tasks import Tasks


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)


@pytest.fixture
def two_interviews(project_with_guide: Project) -> tuple[Project, int, int]:
    """Two interviews whose notes share an unknown name and have a gendered noun."""
    db = project_with_guide.db
    ids = []
    for day, text in (
        ("2026-04-01", ["Fröjdholm ringde igen.", "Min mamma följde med, sa Fröjdholm."]),
        ("2026-04-02", ["Sen kom Fröjdholm och Tjernqvist.", "Hon var trött."]),
    ):
        iv = records.create_interview(db, mode="phone", held_on=day, interviewer_code="AB")
        consent.record_consent(db, iv.id, ConsentRecord.all_required("AB"))
        notes.save_note(db, iv.id, None, [notes.Paragraph(i, t) for i, t in enumerate(text)])
        ids.append(iv.id)
    return project_with_guide, ids[0], ids[1]


def rows(window: ReviewWindow) -> list[tuple[str, str, str]]:
    """(interview, found text, decision) of every row shown."""
    out = []
    for i in range(window.tree.topLevelItemCount()):
        row = window.tree.topLevelItem(i)
        out.append((row.text(0), row.text(2), row.text(4)))
    return out


def open_window(qtbot: QtBot, project: Project, interview_id: int | None = None) -> ReviewWindow:
    window = ReviewWindow(project, interview_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def code(project: Project, interview_id: int) -> str:
    return records.get_interview(project.db, interview_id).participant_code


def test_one_review_for_the_whole_project(
    qtbot: QtBot, two_interviews: tuple[Project, int, int]
) -> None:
    project, a, b = two_interviews
    window = open_window(qtbot, project)
    ca, cb = code(project, a), code(project, b)
    assert sorted(rows(window)) == sorted(
        [
            (ca, "Fröjdholm", "väntar"),
            (ca, "mamma", "väntar"),
            (ca, "Fröjdholm", "väntar"),
            (cb, "Fröjdholm", "väntar"),
            (cb, "Tjernqvist", "väntar"),
        ]
    )
    assert "5 fynd väntar på granskning i 2 intervjuer" in window.count.text()
    # filters: interview, kind, decision
    window.interview_filter.setCurrentIndex(window.interview_filter.findData(b))
    assert {r[0] for r in rows(window)} == {cb}
    window.interview_filter.setCurrentIndex(0)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("gendered_noun"))
    assert [r[1] for r in rows(window)] == ["mamma"]
    window.kind_filter.setCurrentIndex(0)
    window.decision_filter.setCurrentIndex(window.decision_filter.findData("all"))
    shown = rows(window)
    assert ("" if not shown else shown[0][0]) and any(
        r[2] == "ersätts (automatiskt)" for r in shown
    )


def test_keyboard_decisions_are_stored_and_move_on(
    qtbot: QtBot, two_interviews: tuple[Project, int, int]
) -> None:
    project, a, b = two_interviews
    window = open_window(qtbot, project, a)
    assert window.interview_filter.currentData() == a  # opened on the asked-for interview
    first = window.current_item()
    assert first is not None and first.unresolved
    qtbot.keyClick(window.tree, Qt.Key.Key_B)  # keep
    assert review.decisions(project.db, a)[first.finding.fingerprint] == review.REJECT
    second = window.current_item()
    assert second is not None and second is not first and second.unresolved  # moved on
    qtbot.keyClick(window.tree, Qt.Key.Key_E)  # replace
    assert review.decisions(project.db, a)[second.finding.fingerprint] == review.ACCEPT
    assert "xxx" in window.preview.toPlainText() or "förälder" in window.preview.toPlainText()
    window.decision_filter.setCurrentIndex(window.decision_filter.findData("kept"))
    assert [r[2] for r in rows(window) if r[1] == first.finding.text][:1] == ["behålls"]


def test_replace_this_word_in_the_whole_project(
    qtbot: QtBot, two_interviews: tuple[Project, int, int]
) -> None:
    project, a, b = two_interviews
    window = open_window(qtbot, project)
    target = next(
        i
        for i in range(window.tree.topLevelItemCount())
        if window.tree.topLevelItem(i).text(2) == "Fröjdholm"
    )
    window.tree.setCurrentItem(window.tree.topLevelItem(target))
    qtbot.keyClick(window.tree, Qt.Key.Key_A)
    for interview_id in (a, b):
        waiting = [
            i.finding.text for i in review.analyse_interview(project.db, interview_id).unresolved()
        ]
        assert "Fröjdholm" not in waiting
    assert "2 fynd väntar på granskning i 2 intervjuer" in window.count.text()


def test_this_is_a_name_offers_the_project_name_list(
    qtbot: QtBot, two_interviews: tuple[Project, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    project, a, b = two_interviews
    asked: list[str] = []
    monkeypatch.setattr(
        NameListQuestion, "ask", classmethod(lambda cls, p, w: asked.append(w) or True)
    )
    window = open_window(qtbot, project, b)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("name"))
    target = next(
        i
        for i in range(window.tree.topLevelItemCount())
        if window.tree.topLevelItem(i).text(2) == "Tjernqvist"
    )
    window.tree.setCurrentItem(window.tree.topLevelItem(target))
    with qtbot.waitSignal(window.changed):
        qtbot.keyClick(window.tree, Qt.Key.Key_N)
    assert asked == ["Tjernqvist"]
    assert "Tjernqvist" in name_lists.project_names(project.db)
    # now listed: replaced everywhere automatically, no longer waiting
    assert all(r[1] != "Tjernqvist" for r in rows(window))


def test_add_a_selected_word_to_the_name_list(
    qtbot: QtBot, two_interviews: tuple[Project, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    project, a, _b = two_interviews
    monkeypatch.setattr(NameListQuestion, "ask", classmethod(lambda cls, p, w: True))
    window = open_window(qtbot, project, a)
    text = window.source.toPlainText()
    start = text.index("Fröjdholm")
    cursor = window.source.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Fröjdholm"), QTextCursor.MoveMode.KeepAnchor)
    window.source.setTextCursor(cursor)
    assert window.add_name_button.isEnabled()
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(window.add_name_button, Qt.MouseButton.LeftButton)
    assert "Fröjdholm" in name_lists.project_names(project.db)
    assert all(r[1] != "Fröjdholm" for r in rows(window))


def test_export_dialog_shows_pending_findings_and_opens_the_review(
    qtbot: QtBot, two_interviews: tuple[Project, int, int], tmp_path: Path
) -> None:
    project, a, b = two_interviews
    dialog = ExportDialog(project, None, interview_id=a, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "3 fynd väntar på granskning" in dialog.pending.text()
    assert code(project, a) in dialog.pending.text() and dialog.review_button.isVisible()
    with qtbot.waitSignal(dialog.review_requested) as opened:
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert opened.args == [a]
    # a refused export names the interview and offers the same way in
    dialog.password.setText("ett bra exportlösen")
    dialog.repeat.setText("ett bra exportlösen")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert code(project, a) in dialog.error.text() and dialog.review_button.isVisible()
    review.accept_all(project.db, a, replace_flags=True)
    dialog.refresh_pending()
    assert "inga fynd väntar" in dialog.pending.text() and not dialog.review_button.isVisible()


def test_project_window_opens_the_project_wide_review(
    qtbot: QtBot, two_interviews: tuple[Project, int, int]
) -> None:
    from ui.project.window import ProjectWindow

    project, a, _b = two_interviews
    window = ProjectWindow(project)
    qtbot.addWidget(window)
    window.show()
    window.select_interview(a)
    with qtbot.waitSignal(window.review_requested) as asked:
        qtbot.mouseClick(window.review_button, Qt.MouseButton.LeftButton)
    assert asked.args == [a]


def test_numbered_names_is_a_project_setting_in_the_review(
    qtbot: QtBot, two_interviews: tuple[Project, int, int]
) -> None:
    project, a, _b = two_interviews
    window = open_window(qtbot, project, a)
    assert not window.numbered.isChecked()
    window.decision_filter.setCurrentIndex(window.decision_filter.findData("all"))
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("name"))
    with qtbot.waitSignal(window.changed):
        window.numbered.setChecked(True)
    assert review.project_settings(project.db).numbered_names
    replacements = {
        window.tree.topLevelItem(i).text(3) for i in range(window.tree.topLevelItemCount())
    }
    assert replacements and all(r.startswith("[Person ") for r in replacements), replacements
    assert project.db.scalar("SELECT count(*) FROM pseudonym") > 0  # kept in the project
    again = ReviewWindow(project, a)  # the setting was stored
    qtbot.addWidget(again)
    assert again.numbered.isChecked()


def test_the_review_opens_over_the_export_dialog_through_the_controller(
    qtbot: QtBot, two_interviews: tuple[Project, int, int], tmp_path: Path
) -> None:
    from ui.app_controller import AppController

    project, a, _b = two_interviews
    controller = AppController(tmp_path)
    qtbot.addWidget(controller.start)
    controller.show_project(project)
    controller.export(a)
    dialog = controller.export_dialog
    assert dialog is not None and dialog.review_button.isVisible()
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    window = controller.review_window
    assert window is not None and window.parent() is dialog  # over the export dialog
    assert window.interview_filter.currentData() == a
    review.accept_all(project.db, a, replace_flags=True)
    window.changed.emit()  # a decision in the review: the dialog counts again
    assert "inga fynd väntar" in dialog.pending.text()
    window.reject()
    dialog.reject()
    controller.close_project()
