"""All the checks of issue 21 item 6 on one open window: names, Tab, contrast, focus frame."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.a11y.seeing import check_contrast, check_focus_frame
from tests.ui.a11y.tabwalk import activate, walk_tabs
from tests.ui.a11y.tree import check_names, describe


def check_screen(
    qtbot: object,
    window: QWidget,
    *,
    language: str = "sv",
    start: QWidget | None = None,
    frames: bool = True,
) -> list[str]:
    """Every problem found on ``window`` (shown and made active here)."""
    activate(qtbot, window)
    QApplication.processEvents()
    problems = [f"name: {p}" for p in check_names(window, language)]
    problems += [f"contrast: {p}" for p in check_contrast(window)]
    walk = walk_tabs(window, start)
    problems += [f"tab: {p}" for p in walk.problems]
    if frames:
        for stop in walk.stops:
            stop.setFocus()
            QApplication.processEvents()
            problems += [f"focus frame: {p}" for p in check_focus_frame(stop)]
    return problems


def report(problems: list[str]) -> str:
    return "\n" + "\n".join(problems)


__all__ = ["check_screen", "describe", "report"]
