"""The summary of closed questions in the analysis window, on real widgets: the table model
never holds a number under the minimum group, the chart is drawn, a bar or a table cell lists
the interviews behind it (never those of a hidden figure), and one of them opens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.analysis.survey.source import load_survey
from app.demo import create_demo
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from ui.analysis.summary_tab import CellRole, SummaryTab
from ui.analysis.window import AnalysisWindow
from ui.errors import ErrorBox
from ui.tasks import Tasks


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "d", PASSPHRASE, kdf=fast_kdf())
    create_demo(p.db, interviews=30, words_per_interview=300)
    yield p
    if not p.closed:
        p.close()


@pytest.fixture
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)


def every_number(tab: SummaryTab) -> list[int]:
    model = tab.table_model
    out = []
    for r in range(model.rowCount()):
        for c in range(1, model.columnCount()):
            text = model.data(model.index(r, c))
            match = re.match(r"\d+", text or "")
            if match:  # "16 (42 %)" or a bare count
                out.append(int(match.group()))
    return out


def test_model_passes_qtmodeltester(qtmodeltester: object, qtbot: QtBot, demo: Project, sync_tasks):
    tab = SummaryTab(demo.db)
    qtbot.addWidget(tab)
    tab.reload()
    qtmodeltester.check(tab.table_model)  # type: ignore[attr-defined]


def test_no_number_under_n_in_any_view_and_hidden_is_not_drillable(
    qtbot: QtBot, demo: Project, sync_tasks
) -> None:
    tab = SummaryTab(demo.db)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    data = load_survey(demo.db)
    assert tab.questions.count() == len(data.questions)
    for by in range(tab.by_combo.count()):
        tab.by_combo.setCurrentIndex(by)
        for row in range(tab.questions.count()):
            tab.questions.setCurrentRow(row)
            assert all(n >= 5 for n in every_number(tab)), (by, row)
            assert tab.chart is not None and tab.chart.png.startswith(b"\x89PNG")
            for hit in tab.chart.hits:
                assert hit.interviews  # a drawn bar always stands for >= N interviews
                assert len(hit.interviews) >= 5
            model = tab.table_model
            for r in range(model.rowCount()):
                for c in range(1, model.columnCount()):
                    cell = model.data(model.index(r, c), CellRole)
                    if cell.hidden:
                        assert cell.interviews == ()
                        tab._cell_activated(model.index(r, c))
                        assert tab.drill.count() == 0
                        assert "dolt" in tab.drill_label.text()
    assert "– = färre än 5 informanter" in tab.note.text() or not tab.note.isVisible()


def test_click_a_bar_then_open_an_interview(qtbot: QtBot, demo: Project, sync_tasks) -> None:
    ErrorBox.captured = []
    window = AnalysisWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.summary_tab)
    tab = window.summary_tab
    assert tab.questions.count() > 0
    tab.questions.setCurrentRow(tab.questions.count() - 1)  # the grade question
    assert tab.chart is not None and tab.chart.hits
    hit = tab.chart.hits[0]
    scale = tab.chart_label.scale  # the chart is scaled down to fit the view
    x, y = int((hit.x0 + hit.x1) / 2 * scale), int((hit.y0 + hit.y1) / 2 * scale)
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(tab.chart_label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert tab.drill.count() == len(hit.interviews)
    code = tab.drill.item(0).text()
    tab.drill.setCurrentRow(0)
    tab._drill_activated(tab.drill.item(0))
    assert window.tabs.currentIndex() == 2  # "Per intervju", with that interview chosen
    chosen = window.interview_model.row_object(window.interview_view.currentIndex().row())
    assert chosen.participant_code == code
    assert ErrorBox.captured == []
    ErrorBox.captured = None
