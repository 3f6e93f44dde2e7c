"""Issue 21: transcription mode passes every accessibility check (names, Tab, contrast, focus
frame), with a real recording on the real audio stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.audio.test_transcription_window import transcribing  # noqa: F401 - fixture
from tests.ui.a11y.screen import check_screen, report
from ui.style import look as ui_look


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    ui_look.apply(qapp)
    yield
    ui_look.restore(qapp)


def test_transcription_mode(qtbot, look, transcribing) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window, _iv = transcribing
    window.resize(1100, 700)
    problems = check_screen(qtbot, window, start=window.editor)
    assert problems == [], report(problems)
