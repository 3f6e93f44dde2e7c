"""The team features through the real application: drop a package on the project window,
and the co-listener's round trip started from the start window, on real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.interview.consent import current_consent
from app.interview.records import find_interview
from app.team.colisten import export_colistener
from app.team.export import export_interviews
from app.team.importer import import_package
from app.team.keys import recipient_key
from tests.conftest import PASSPHRASE
from tests.ui.session_helpers import CTRL, SHIFT, key, type_text
from tests.unit.team_helpers import demo_laptop, laptop
from ui.app_controller import AppController
from ui.start.window import PackageChooser
from ui.team import actions
from ui.team.colistener_window import ColistenerWindow


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[AppController]:
    c = AppController(tmp_path / "projekt")
    qtbot.addWidget(c.start)
    c.show_start()
    yield c
    c.shutdown()
    if c.project_window:
        c.project_window.close_for_good()


def drop(widget: object, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_drop_a_package_on_the_project_window(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    source = demo_laptop(tmp_path, "laptop", 3, seed=21)
    analysts = laptop(tmp_path, "analytiker")
    package = tmp_path / "in.samtalpkg"
    export_interviews(source, package, recipients=[recipient_key(analysts.db)])
    source.close()
    controller.show_project(analysts)
    window = controller.project_window
    assert window is not None and window.share_button.isVisible()
    assert not window.share_button.isEnabled()  # nothing to share yet
    drop(window, package)
    dialog = controller.team.receive_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.table.rowCount() == 3
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 3 and window.share_button.isEnabled()
    assert not window.conflicts_button.isVisible()
    with qtbot.waitSignal(controller.backup_finished, timeout=30_000):
        window.close_requested.emit()


def test_colistener_round_trip_from_the_start_window(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    interviewer = demo_laptop(tmp_path, "intervjuare", 3, seed=22)
    controller.projects_dir.mkdir()
    mine = laptop(controller.projects_dir, "medlyssnare")
    my_key = recipient_key(mine.db)
    mine.close()
    code = next(
        str(c)
        for (c,) in interviewer.db.query("SELECT participant_code FROM interview ORDER BY id")
        if (consent := current_consent(interviewer.db, find_interview(interviewer.db, str(c)).id))
        and consent.consent_quotes
    )
    briefing = tmp_path / "medlyssnare.samtalpkg"
    export_colistener(interviewer, code, briefing, recipients=[my_key])

    # the start window: co-listener mode, the package, the selected project, its passphrase
    controller.start.refresh_projects()
    monkeypatch.setattr(PackageChooser, "choose", classmethod(lambda cls, parent: briefing))
    qtbot.mouseClick(controller.start.colisten_button, Qt.MouseButton.LeftButton)
    unlock = controller.unlock_dialog
    assert unlock is not None and unlock.isVisible()
    type_text(unlock.passphrase, PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.team.receive_dialog is not None, timeout=20_000)
    receive = controller.team.receive_dialog
    assert receive is not None
    qtbot.waitUntil(lambda: receive.report is not None, timeout=20_000)
    assert code in receive.status.text()
    qtbot.mouseClick(receive.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.team.colistener_window is not None, timeout=20_000)
    window = controller.team.colistener_window
    assert isinstance(window, ColistenerWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.quote.setFocus()

    key(window.quote, Qt.Key.Key_K, CTRL | SHIFT)
    key(window.quote, Qt.Key.Key_Down, CTRL)
    type_text(window.quote, "Jag kände mig lyssnad på för första gången.")
    key(window.quote, Qt.Key.Key_2, CTRL)
    with qtbot.waitSignal(window.mark_saved):
        key(window.quote, Qt.Key.Key_Return)
    key(window.quote, Qt.Key.Key_Down, CTRL)
    key(window.quote, Qt.Key.Key_Down, CTRL)
    type_text(window.quote, "Breven är svåra att förstå.")
    with qtbot.waitSignal(window.mark_saved):
        key(window.quote, Qt.Key.Key_Return)
    theme = window.theme_boxes[1][0]

    back = tmp_path / "citat.samtalpkg"
    monkeypatch.setattr(
        actions.QuotesPackagePath, "choose", classmethod(lambda cls, parent, suggested: back)
    )
    monkeypatch.setattr(actions.EraseCopyQuestion, "ask", classmethod(lambda cls, p, c: True))
    key(window.quote, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.team.colistener_window is None, timeout=30_000)
    assert back.is_file()
    project = controller.project
    assert project is not None
    assert project.db.scalar("SELECT count(*) FROM colisten_session") == 0  # copy erased

    report = import_package(interviewer, back)
    assert report.quotes is not None and report.quotes.added == 2
    iid = find_interview(interviewer.db, code).id
    ids = [
        int(r[0])
        for r in interviewer.db.query(
            "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
            " JOIN interview i ON i.guide_version_id = s.guide_version_id WHERE i.id = ?"
            " ORDER BY s.position, q.position",
            (iid,),
        )
    ]
    rows = interviewer.db.query(
        "SELECT q.text, q.question_id, t.name FROM quote q"
        " LEFT JOIN quote_theme qt ON qt.quote_id = q.id LEFT JOIN theme t ON t.id = qt.theme_id"
        " WHERE q.interview_id = ? AND q.source = 'import' ORDER BY q.at_ms, q.id",
        (iid,),
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Jag kände mig lyssnad på för första gången.", ids[1], theme),
        ("Breven är svåra att förstå.", ids[3], None),
    ]
    interviewer.close()
    with qtbot.waitSignal(controller.backup_finished, timeout=30_000):
        assert controller.project_window is not None
        controller.project_window.close_requested.emit()
