"""The pseudonymisation review view on real widgets: decide, accept a kind, add a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.pseudonymise import name_lists as names
from app.pseudonymise import review
from app.store import Project
from tests.unit.test_export import audit  # noqa: F401 - fixture
from ui.review.window import ReviewWindow


def listed(window: ReviewWindow) -> dict[str, str]:
    out = {}
    for g in range(window.tree.topLevelItemCount()):
        group = window.tree.topLevelItem(g)
        for i in range(group.childCount()):
            out[group.child(i).text(0)] = group.child(i).text(2)
    return out


def test_review_decisions_are_stored_once(qtbot: QtBot, audit: tuple[Project, int, int]) -> None:  # noqa: F811
    project, a, _b = audit
    window = ReviewWindow(project, a)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert listed(window) == {"Fröjdholm": "väntar"}
    assert "1 fynd väntar" in window.count.text()
    assert (
        "Fröjdholm" in window.source.toPlainText()
        and "xxx ringde hen" in window.preview.toPlainText()
    )
    qtbot.keyClick(window.tree, Qt.Key.Key_B)  # keep
    assert listed(window) == {"Fröjdholm": "behålls"} and "klart för export" in window.count.text()
    assert review.unresolved_count(project.db, a) == 0
    again = ReviewWindow(project, a)  # the decision was stored
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    assert listed(again) == {"Fröjdholm": "behålls"}
    qtbot.keyClick(again.tree, Qt.Key.Key_E)  # replace after all
    assert "Sen kom xxx från Försäkringskassan." in again.preview.toPlainText()


def test_add_selected_word_to_name_list(qtbot: QtBot, audit: tuple[Project, int, int]) -> None:  # noqa: F811
    project, a, _b = audit
    window = ReviewWindow(project, a)
    qtbot.addWidget(window)
    window.show()
    text = window.source.toPlainText()
    start = text.index("Fröjdholm")
    cursor = window.source.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Fröjdholm"), QTextCursor.MoveMode.KeepAnchor)
    window.source.setTextCursor(cursor)
    assert window.add_name_button.isEnabled()
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(window.add_name_button, Qt.MouseButton.LeftButton)
    assert "Fröjdholm" in names.interview_names(project.db, a)
    assert listed(window) == {} and review.unresolved_count(project.db, a) == 0


def test_accept_all_of_a_kind(qtbot: QtBot, project_with_guide: Project) -> None:
    from app.interview import consent, notes
    from app.interview import records as interviews
    from app.interview.consent import ConsentRecord

    db = project_with_guide.db
    iv = interviews.create_interview(db)
    consent.record_consent(db, iv.id, ConsentRecord.all_required("AB"))
    notes.save_note(
        db, iv.id, None, [notes.Paragraph(0, "Hans mamma och hans pappa kom. Denne var arg.")]
    )
    window = ReviewWindow(project_with_guide, iv.id)
    qtbot.addWidget(window)
    kinds = [
        window.tree.topLevelItem(i).text(0).split(" (")[0]
        for i in range(window.tree.topLevelItemCount())
    ]
    assert "Könsbundna ord" in kinds and "denne/denna" in kinds
    group = window.tree.topLevelItem(kinds.index("Könsbundna ord"))
    window.tree.setCurrentItem(group.child(0))
    window.accept_kind()
    assert {k: v for k, v in listed(window).items() if k in ("mamma", "pappa")} == {
        "mamma": "ersätts",
        "pappa": "ersätts",
    }
    assert (
        review.unresolved_count(db, iv.id)
        == sum(1 for v in listed(window).values() if v == "väntar")
        > 0
    )
