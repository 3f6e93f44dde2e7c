"""Dela, Ta emot and the recipient keys on real widgets (work runs off the UI thread)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interview.background import define_variable, interview_background, list_variables
from app.interview.records import find_interview
from app.store import Project
from app.team.export import export_interviews
from app.team.keys import check_code, recipient_key
from app.team.recipients import add_recipient, list_recipients
from tests.ui.session_helpers import type_text
from tests.unit.team_helpers import demo_laptop, laptop
from ui.team.key_dialog import RecipientKeyDialog
from ui.team.receive_dialog import ReceiveDialog
from ui.team.share_dialog import PASSPHRASE, ShareDialog


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    interviewer = demo_laptop(tmp_path, "intervjuare", 4, seed=11)
    analysts = laptop(tmp_path, "analytiker")
    yield interviewer, analysts
    interviewer.close()
    analysts.close()


def test_key_dialog_adds_the_analysts_key(qtbot: QtBot, pair: tuple[Project, Project]) -> None:
    interviewer, analysts = pair
    analysts_dialog = RecipientKeyDialog(analysts)
    qtbot.addWidget(analysts_dialog)
    key = analysts_dialog.key_field.text()
    assert key == recipient_key(analysts.db)
    assert check_code(key) in analysts_dialog.code_label.text()
    assert not analysts_dialog.qr.pixmap().isNull()

    dialog = RecipientKeyDialog(interviewer)
    qtbot.addWidget(dialog)
    type_text(dialog.label_field, "Analytikerna")
    dialog.new_key.setText("age1fel")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() and list_recipients(interviewer.db) == []
    dialog.new_key.setText(" " + key.upper() + "\n")
    with qtbot.waitSignal(dialog.recipients_changed):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [r.key for r in list_recipients(interviewer.db)] == [key]
    assert dialog.list.count() == 1 and "Analytikerna" in dialog.list.item(0).text()


def test_share_then_receive_with_preview(
    qtbot: QtBot, tmp_path: Path, pair: tuple[Project, Project]
) -> None:
    interviewer, analysts = pair
    add_recipient(interviewer.db, "Analytikerna", recipient_key(analysts.db))
    share = ShareDialog(interviewer)
    qtbot.addWidget(share)
    share.all_box.setChecked(True)
    assert len(share.checked_codes()) == 4
    assert share.recipient.currentData() == recipient_key(analysts.db)
    target = tmp_path / "ut" / "paket.samtalpkg"
    target.parent.mkdir()
    share.choose_path = lambda codes: target  # type: ignore[method-assign]
    with qtbot.waitSignal(share.shared, timeout=20_000):
        qtbot.mouseClick(share.share_button, Qt.MouseButton.LeftButton)
    assert target.is_file()

    receive = ReceiveDialog(analysts, target)
    qtbot.addWidget(receive)
    qtbot.waitUntil(lambda: receive.report is not None, timeout=20_000)
    assert receive.table.rowCount() == 4
    assert {receive.table.item(r, 1).text() for r in range(4)} == {"Ny intervju"}
    assert "4 nya" in receive.status.text()
    assert analysts.db.scalar("SELECT count(*) FROM interview") == 0  # only a preview
    with qtbot.waitSignal(receive.imported, timeout=20_000):
        qtbot.mouseClick(receive.import_button, Qt.MouseButton.LeftButton)
    assert analysts.db.scalar("SELECT count(*) FROM interview") == 4

    again = ReceiveDialog(analysts, target)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.report is not None, timeout=20_000)
    assert "Inget nytt" in again.status.text() and not again.import_button.isEnabled()


def test_passphrase_package_and_bad_file(
    qtbot: QtBot, tmp_path: Path, pair: tuple[Project, Project]
) -> None:
    interviewer, analysts = pair
    share = ShareDialog(interviewer)
    qtbot.addWidget(share)
    share.recipient.setCurrentIndex(share.recipient.findData(PASSPHRASE))
    type_text(share.passphrase, "delat lösen 7")
    type_text(share.repeat, "delat lösen 8")
    target = tmp_path / "p.samtalpkg"
    share.choose_path = lambda codes: target  # type: ignore[method-assign]
    qtbot.mouseClick(share.share_button, Qt.MouseButton.LeftButton)
    assert "inte lika" in share.error.text() and not target.exists()
    share.repeat.clear()
    type_text(share.repeat, "delat lösen 7")
    with qtbot.waitSignal(share.shared, timeout=30_000):
        qtbot.mouseClick(share.share_button, Qt.MouseButton.LeftButton)

    receive = ReceiveDialog(analysts, target)
    qtbot.addWidget(receive)
    assert receive.passphrase_row.isVisibleTo(receive)
    type_text(receive.passphrase, "fel lösen 1")
    qtbot.mouseClick(receive.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receive.error.isVisibleTo(receive), timeout=30_000)
    assert "lösenord" in receive.error.text().lower()
    receive.passphrase.clear()
    type_text(receive.passphrase, "delat lösen 7")
    qtbot.mouseClick(receive.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receive.report is not None, timeout=30_000)
    assert receive.table.rowCount() == 4

    broken = tmp_path / "trasig.samtalpkg"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x10
    broken.write_bytes(bytes(data))
    other = tmp_path / "other.samtalpkg"
    stranger = laptop(tmp_path, "annat-projekt")
    export_interviews(interviewer, other, recipients=[recipient_key(stranger.db)])
    stranger.close()
    for path in (broken, other):
        dialog = ReceiveDialog(analysts, path)
        qtbot.addWidget(dialog)
        if dialog.passphrase_row.isVisibleTo(dialog):
            type_text(dialog.passphrase, "delat lösen 7")
            qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: d.error.isVisibleTo(d), timeout=30_000)
        assert "\n" not in dialog.error.text() and dialog.error.text()
        assert not dialog.import_button.isEnabled()


def test_receive_shows_background_and_maps_a_category(
    qtbot: QtBot, tmp_path: Path, pair: tuple[Project, Project]
) -> None:
    """New variables are named in the preview; a category the analysts' variable lacks gets
    a row: added beside the others, or merged with one of theirs (the preview follows)."""
    interviewer, analysts = pair
    define_variable(analysts.db, "Åldersgrupp", ["Yngre än 50", "50 eller äldre"])
    target = tmp_path / "bakgrund.samtalpkg"
    export_interviews(interviewer, target, recipients=[recipient_key(analysts.db)])
    receive = ReceiveDialog(analysts, target)
    qtbot.addWidget(receive)
    qtbot.waitUntil(lambda: receive.report is not None, timeout=20_000)
    assert "Nya bakgrundsvariabler: Kön" in receive.status.text()
    assert receive.categories_box.isVisibleTo(receive)
    rows = receive.category_combos
    assert rows and all(variable == "Åldersgrupp" for variable, _ in rows)
    first, combo = next(iter(rows.items()))
    assert combo.currentText() == "Lägg till som ny kategori"
    assert first[1] in receive.status.text()
    receive.report = None
    combo.setCurrentIndex(combo.findData("Yngre än 50"))
    qtbot.waitUntil(lambda: receive.report is not None, timeout=20_000)
    assert first[1] not in receive.status.text()  # mapped: no longer a new category
    assert receive.category_map == {first: "Yngre än 50"}
    with qtbot.waitSignal(receive.imported, timeout=20_000):
        qtbot.mouseClick(receive.import_button, Qt.MouseButton.LeftButton)
    (age,) = [v for v in list_variables(analysts.db) if v.label == "Åldersgrupp"]
    assert first[1] not in age.categories
    sent = {
        str(r[0])
        for r in interviewer.db.query(
            "SELECT i.participant_code FROM interview i"
            " JOIN interview_background ib ON ib.interview_id = i.id"
            " JOIN background_variable v ON v.id = ib.variable_id"
            " WHERE v.label = 'Åldersgrupp' AND ib.category = ?",
            (first[1],),
        )
    }
    for code in sent:
        interview_id = find_interview(analysts.db, code).id
        assert interview_background(analysts.db, interview_id)[age.key] == "Yngre än 50"
