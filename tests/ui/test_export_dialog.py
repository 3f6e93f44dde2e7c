"""The export dialog on real widgets: encryption on by default, refusal message, a real file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.export.document import decrypt_docx, is_encrypted_container
from app.pseudonymise import review
from app.store import Project
from tests.unit.test_export import all_text, audit, read  # noqa: F401 - fixture
from ui.export.dialog import ExportDialog
from ui.tasks import Tasks


def test_export_dialog_refuses_then_exports_encrypted(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)
    project, a, _b = audit
    dialog = ExportDialog(project, None, interview_id=a, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.encrypt.isChecked() and not dialog.plain_warning.isVisible()
    target = Path(dialog.target.text())
    assert (
        target.parent == tmp_path and target.name.startswith("Samtal_") and target.suffix == ".docx"
    )
    dialog.password.setText("kort")
    dialog.repeat.setText("kort")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "minst 8 tecken" in dialog.error.text()
    dialog.password.setText("ett bra exportlösen")
    dialog.repeat.setText("ett bra exportlösen")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "granskning" in dialog.error.text().lower() and not target.exists()
    review.accept_all(project.db, a)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert is_encrypted_container(data)
    text = all_text(read(decrypt_docx(data, "ett bra exportlösen")))
    assert "xxx" in text and "Lena" not in text


def test_unencrypted_needs_explicit_choice_and_warns(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)
    project, _a, _b = audit
    dialog = ExportDialog(project, None, folder=tmp_path / "OneDrive - Kommunen")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_buttons[dialog.kind().GUIDE].setChecked(True)
    assert dialog.cloud_warning.isVisible() and "OneDrive" in dialog.cloud_warning.text()
    dialog.target.setText(str(tmp_path / "guide.docx"))
    assert not dialog.cloud_warning.isVisible()
    dialog.encrypt.setChecked(False)
    assert dialog.plain_warning.isVisible() and not dialog.password.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "guide.docx").read_bytes()[:2] == b"PK"
