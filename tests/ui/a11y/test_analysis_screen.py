"""Issue 21: the analysis window, each tab, passes every accessibility check; its date filters
and the reader's text boxes do not keep Tab; choosing a search hit leaves focus on the hits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.ui.a11y.screen import check_screen, report
from tests.ui.a11y.tabwalk import activate, focus, press
from tests.ui.session_helpers import type_text
from ui import i18n
from ui.analysis.window import AnalysisWindow
from ui.style.palette import Look


@pytest.fixture
def audit(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "a", PASSPHRASE, kdf=fast_kdf())
    create_demo(p.db, interviews=3, words_per_interview=400)
    yield p
    if not p.closed:
        p.close()


@pytest.fixture
def window(qtbot: QtBot, audit: Project, look: Look) -> AnalysisWindow:
    w = AnalysisWindow(audit)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    return w


@pytest.mark.parametrize(
    "tab", [0, 1, 2, 3, 4], ids=["question", "theme", "interview", "search", "summary"]
)
def test_each_tab(qtbot: QtBot, window: AnalysisWindow, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    if tab == 3:
        window.search_field.setText("handläggare")
        window.run_search()
    views = (
        window.question_view,
        window.theme_view,
        window.interview_items_view,
        window.search_view,
    )
    activate(qtbot, window)
    if tab < len(views):
        views[tab].setCurrentIndex(views[tab].model().index(0, 0))  # the reader shows something
    else:
        summary = window.summary_tab
        assert summary.questions.count() > 0
        summary.questions.setCurrentRow(0)
        qtbot.waitUntil(lambda: summary.table_model.rowCount() > 0, timeout=10_000)
        qtbot.waitUntil(lambda: summary.chart is not None, timeout=20_000)
    problems = check_screen(qtbot, window)
    assert problems == [], report(problems)


def test_in_english(qtbot: QtBot, audit: Project, look: Look) -> None:
    try:
        assert i18n.install("en")
        window = AnalysisWindow(audit)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        activate(qtbot, window)
        window.question_view.setCurrentIndex(window.question_model.index(0, 0))
        problems = check_screen(qtbot, window, language="en", frames=False)
        assert problems == [], report(problems)
        window.close()
    finally:
        i18n.install("sv")


def test_quote_in_the_reader(qtbot: QtBot, window: AnalysisWindow) -> None:
    window.tabs.setCurrentIndex(1)
    view = window.theme_view
    model = view.model()
    kinds = [str(model.index(r, 2).data()).lower() for r in range(model.rowCount())]
    row = next(r for r, kind in enumerate(kinds) if kind == "citat")
    activate(qtbot, window)
    view.setCurrentIndex(model.index(row, 0))
    assert window.reader.currentWidget() is window.reader.quote
    problems = check_screen(qtbot, window)
    assert problems == [], report(problems)


def test_date_filters_pass_tab_on(qtbot: QtBot, window: AnalysisWindow) -> None:
    activate(qtbot, window)
    window.filters.date_from.setFocus()
    press(Qt.Key.Key_Tab)
    assert focus() is window.filters.date_to
    press(Qt.Key.Key_Tab)
    assert focus() is not window.filters.date_to
    window.filters.date_to.setFocus()
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is window.filters.date_from


def test_reader_text_boxes_pass_tab_on(qtbot: QtBot, window: AnalysisWindow) -> None:
    activate(qtbot, window)
    window.tabs.setCurrentIndex(0)
    window.question_view.setCurrentIndex(window.question_model.index(0, 0))
    editor = window.reader.note.editor
    editor.setFocus()
    before = editor.toPlainText()
    press(Qt.Key.Key_Tab)
    assert focus() is not editor
    assert editor.toPlainText() == before and "\t" not in editor.toPlainText()


def test_search_hits_can_be_arrowed_through(qtbot: QtBot, window: AnalysisWindow) -> None:
    activate(qtbot, window)
    window.focus_search()
    type_text(window.search_field, "jag")
    press(Qt.Key.Key_Return)
    assert window.search_model.rowCount() > 2
    press(Qt.Key.Key_Tab)
    while focus() is not window.search_view:
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)
    first = window.search_view.currentIndex().row()
    assert focus() is window.search_view  # the reader shows the hit, focus stays
    press(Qt.Key.Key_Down)
    assert window.search_view.currentIndex().row() == first + 1
    assert focus() is window.search_view
