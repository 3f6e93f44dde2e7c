"""The codebook panel's .qdc import and export, in the real analysis window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.analysis import codebook
from tests.ui.test_analysis_window import audit, window  # noqa: F401 - fixtures
from tests.unit.test_refi_codebook import OTHER_TOOL
from ui.analysis.codebook_panel import CodebookPanel
from ui.analysis.window import AnalysisWindow
from ui.errors import ErrorBox


def answer(monkeypatch: pytest.MonkeyPatch, path: Path, said: list[str]) -> None:
    monkeypatch.setattr(CodebookPanel, "ask_open_file", classmethod(lambda cls, *a: str(path)))
    monkeypatch.setattr(CodebookPanel, "ask_save_file", classmethod(lambda cls, *a: str(path)))
    monkeypatch.setattr(
        CodebookPanel, "inform", classmethod(lambda cls, p, text: said.append(text))
    )


def test_import_a_codebook_from_another_tool_once(
    qtbot: QtBot,
    window: AnalysisWindow,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    source = tmp_path / "maxqda.qdc"
    source.write_bytes(OTHER_TOOL)
    said: list[str] = []
    answer(monkeypatch, source, said)
    before = len(codebook.list_themes(window.db))
    with qtbot.waitSignal(window.codebook.changed, timeout=5_000):
        qtbot.mouseClick(window.codebook.buttons["import"], Qt.MouseButton.LeftButton)
    themes = {t.name: t for t in codebook.list_themes(window.db)}
    assert len(themes) == before + 5
    assert themes["Vänligt"].parent_id == themes["Bemötande"].id
    assert themes["Vänligt"].colour == "#00ff00"
    assert window.codebook.model.index_for(themes["Vänligt"].id).isValid()  # shown in the tree
    qtbot.mouseClick(window.codebook.buttons["import"], Qt.MouseButton.LeftButton)
    assert len(codebook.list_themes(window.db)) == before + 5
    assert said == ["5 teman lades till, 0 fanns redan.", "0 teman lades till, 5 fanns redan."]


def test_export_the_codebook_and_a_bad_file_is_refused(
    qtbot: QtBot,
    window: AnalysisWindow,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    said: list[str] = []
    target = tmp_path / "teman.qdc"
    answer(monkeypatch, target, said)
    qtbot.mouseClick(window.codebook.buttons["export"], Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"<?xml") and said and "teman.qdc" in said[0]
    bad = tmp_path / "trasig.qdc"
    bad.write_text("inte xml", encoding="utf-8")
    answer(monkeypatch, bad, said)
    before = [t.name for t in codebook.list_themes(window.db)]
    qtbot.mouseClick(window.codebook.buttons["import"], Qt.MouseButton.LeftButton)
    assert ErrorBox.captured and "kodbok" in ErrorBox.captured[-1]
    assert [t.name for t in codebook.list_themes(window.db)] == before
    ErrorBox.captured.clear()
