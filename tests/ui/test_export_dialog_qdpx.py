"""The export dialog's REFI-QDA choice on real widgets: the warning, the AES zip by default,
a plain .qdpx only when asked for, the review gate; a screenshot for docs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pyzipper
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interview import consent
from app.pseudonymise import review
from app.store import Project
from tests.unit.refi_helpers import NS, read_qdpx, schema
from tests.unit.test_export import audit  # noqa: F401 - fixture
from ui.export.dialog import ExportDialog
from ui.tasks import Tasks

PASSWORD = "ett bra exportlösen"


def test_qdpx_goes_into_an_encrypted_zip_by_default(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)
    project, a, b = audit
    dialog = ExportDialog(project, None, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.qdpx_note.isVisible()
    qtbot.mouseClick(dialog.qdpx_button, Qt.MouseButton.LeftButton)
    assert dialog.is_qdpx() and dialog.qdpx_note.isVisible()
    assert "inte själv" in dialog.qdpx_note.text()
    assert dialog.encrypt.isChecked() and "zip" in dialog.encrypt.text()
    target = Path(dialog.target.text())
    assert target.parent == tmp_path and target.suffix == ".zip"
    assert dialog.interviews.isEnabled() and set(dialog.selected_ids()) == {a, b}
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "granskning" in dialog.error.text().lower() and not target.exists()
    for interview_id in (a, b):
        review.accept_all(project.db, interview_id)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with pyzipper.AESZipFile(target) as zf:
        inner = zf.read(target.with_suffix(".qdpx").name, pwd=PASSWORD.encode())
    with zipfile.ZipFile(io.BytesIO(inner)) as qdpx:
        assert "project.qde" in qdpx.namelist()
    assert b"Lena" not in target.read_bytes()


def test_a_plain_qdpx_only_when_asked_and_with_a_warning(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)
    project, a, b = audit
    for interview_id in (a, b):
        review.accept_all(project.db, interview_id)
    dialog = ExportDialog(project, None, interview_id=a, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.qdpx_button.setChecked(True)
    assert dialog.selected_ids() == (a,)  # opened from one interview: that one is ticked
    for row in range(dialog.interviews.count()):  # b withdraws: not offered for a .qdpx
        dialog.interviews.item(row).setCheckState(Qt.CheckState.Checked)
    consent.withdraw_consent(project.db, b, "AB")
    dialog.kind_buttons[dialog.kind().QUOTES].setChecked(True)
    dialog.qdpx_button.setChecked(True)
    assert dialog.selected_ids() == (a,)
    withdrawn = next(
        dialog.interviews.item(r)
        for r in range(dialog.interviews.count())
        if dialog.interviews.item(r).data(Qt.ItemDataRole.UserRole) == b
    )
    assert not withdrawn.flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.encrypt.setChecked(False)
    assert dialog.plain_warning.isVisible() and dialog.qdpx_note.isVisible()
    target = Path(dialog.target.text())
    assert target.suffix == ".qdpx"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    back = read_qdpx(target)
    assert schema("Project.xsd").validate(back.root)
    assert len(back.root.findall("q:Sources/q:TextSource", NS)) == 1
    all_text = "\n".join(v.decode("utf-8") for v in back.files.values())
    assert "Lena" not in all_text and "xxx" in all_text


def test_screenshot_of_the_qdpx_choice(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    project, _a, _b = audit
    dialog = ExportDialog(project, None, folder=Path.home() / "Dokument")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.qdpx_button.setChecked(True)
    dialog.adjustSize()
    shot = tmp_path / "export-dialog-qdpx.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 10_000
