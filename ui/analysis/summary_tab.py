"""The analysis window's summary of closed questions: a table and a chart per question.

Choose a question on the left and, above, a background variable to break it down by. The
table shows counts and shares (a "–" under the minimum group, with the note); the chart is
drawn off the UI thread. Click a bar, or press Enter on a count in the table, to list the
interviews behind it, then open one (Enter or double-click). A hidden figure lists nobody.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.analysis.survey.charts import Chart, render
from app.analysis.survey.data import QuestionSummary
from app.analysis.survey.fmt import group_label
from app.analysis.survey.source import SurveyData, load_survey
from app.analysis.survey.tables import Cell, SummaryTable, summary_table, suppression_note
from app.guide.model import question_name
from app.store.database import Database
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import HINT
from ui.tasks import Tasks
from ui.widgets.a11y import describe_as

CellRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SummaryTableModel(QAbstractTableModel):
    """One question's summary table (read-only). ``CellRole`` gives the :class:`Cell`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: SummaryTable | None = None

    def set_table(self, table: SummaryTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.header)

    def cell(self, index: Index) -> Cell | None:
        if self.table is None or not index.isValid():
            return None
        return self.table.rows[index.row()][index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.AccessibleTextRole and cell.hidden:
                return self.tr("dolt")
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.hidden:
            return self.tr("Dolt: färre än minsta gruppen, eller skulle kunna räknas fram")
        if role == CellRole:
            return cell
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.header):
            return self.table.header[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ChartLabel(QLabel):
    """Shows a chart's PNG, scaled down to fit; a click on a bar emits ``bar_clicked(x, y)`` in
    the PNG's own pixels."""

    bar_clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0

    def show_png(self, png: bytes, width: int) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.scale = min(1.0, max(200, width) / max(1, pixmap.width()))
        if self.scale < 1.0:
            pixmap = pixmap.scaledToWidth(
                int(pixmap.width() * self.scale), Qt.TransformationMode.SmoothTransformation
            )
        self.setPixmap(pixmap)
        self.setAccessibleName(self.tr("Diagram"))  # a picture: named; its text in the description
        self.resize(pixmap.size())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """A message instead of the chart: read as what it says."""
        self.setAccessibleName("")
        super().setText(text)
        self.adjustSize()  # the scroll area does not size its content

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pixmap = self.pixmap()
        if not pixmap.isNull() and event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()  # the pixmap is drawn at the label's top-left corner
            self.bar_clicked.emit(pos.x() / self.scale, pos.y() / self.scale)
        super().mousePressEvent(event)


class SummaryTab(QWidget):
    """Signals:
    open_interview(int): the analyst asked to open this interview (its database id).
    """

    open_interview = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SummaryTab")
        self.db = db
        self.data: SurveyData | None = None
        self.summary: QuestionSummary | None = None
        self.chart: Chart | None = None
        self._chart_request = 0
        #: Answer labels, table words and chart texts in the UI's language.
        self.language = str(settings().get("ui/language") or "sv")

        self.by_combo = QComboBox()
        self.by_combo.setAccessibleName(self.tr("Dela upp efter bakgrundsvariabel"))
        self.min_label = QLabel()
        describe_as(self.min_label, self.tr("Minsta grupp som visas"))
        top = QHBoxLayout()
        by_label = QLabel(self.tr("&Dela upp efter:"))
        by_label.setBuddy(self.by_combo)
        top.addWidget(by_label)
        top.addWidget(self.by_combo, 1)
        top.addWidget(self.min_label)

        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Slutna frågor"))
        self.questions.setWordWrap(True)
        self.table_model = SummaryTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tabell: antal och andel per svar"))
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_tone(self.note, HINT)
        self.chart_label = ChartLabel()
        self.chart_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setAccessibleName(self.tr("Diagram"))
        self.chart_scroll.setWidget(self.chart_label)
        self.chart_scroll.setWidgetResizable(False)
        self.drill_label = QLabel(self.tr("Klicka på en stapel för att se intervjuerna bakom den."))
        self.drill_label.setWordWrap(True)
        self.drill = QListWidget()
        self.drill.setAccessibleName(self.tr("Intervjuer bakom stapeln"))
        self.drill.setMaximumHeight(110)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.table, 2)
        rl.addWidget(self.note)
        rl.addWidget(self.chart_scroll, 4)
        rl.addWidget(self.drill_label)
        rl.addWidget(self.drill)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.questions)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.questions.currentRowChanged.connect(lambda _r: self.show_question())
        self.by_combo.currentIndexChanged.connect(lambda _i: self.show_question())
        self.table.activated.connect(self._cell_activated)
        self.chart_label.bar_clicked.connect(self._bar_clicked)
        self.drill.itemActivated.connect(self._drill_activated)

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the project again (answers, background, settings) and show the question."""
        current = self.current_question_id()
        by = self.by_combo.currentData()
        self.data = load_survey(self.db)
        self.min_label.setText(self.tr("Minsta grupp: %1").replace("%1", str(self.data.min_group)))
        self.by_combo.blockSignals(True)
        self.by_combo.clear()
        self.by_combo.addItem(self.tr("Ingen uppdelning"), None)
        for v in self.data.variables:
            self.by_combo.addItem(v.label, v.key)
        self.by_combo.setCurrentIndex(max(0, self.by_combo.findData(by)))
        self.by_combo.blockSignals(False)
        self.questions.blockSignals(True)
        self.questions.clear()
        row = 0
        for i, q in enumerate(self.data.questions):
            name = question_name(q.section, q.number)  # "Korta frågor · K1", as everywhere
            item = QListWidgetItem(f"{name} – {q.text}" if name else q.text)
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.questions.addItem(item)
            if q.id == current:
                row = i
        self.questions.blockSignals(False)
        if self.data.questions:
            self.questions.setCurrentRow(row)
        self.show_question()

    def current_question_id(self) -> str | None:
        item = self.questions.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_question(self) -> None:
        qid = self.current_question_id()
        self.drill.clear()
        if self.data is None or qid is None:
            self.summary = None
            self.table_model.set_table(None)
            self.note.setText(self.tr("Guiden har inga slutna frågor."))
            self.chart_label.clear()
            return
        by = self.by_combo.currentData()
        self.summary = self.data.summarise_question(qid, by, self.language)
        table = summary_table(self.summary, by, self.language)
        self.table_model.set_table(table)
        self.note.setText(
            suppression_note(self.data.min_group, self.language) if table.any_hidden else ""
        )
        self.note.setVisible(table.any_hidden)
        self._render(self.summary, by)

    def _render(self, summary: QuestionSummary, by: str | None) -> None:
        self._chart_request += 1
        request = self._chart_request
        self.chart = None
        self.chart_label.setText(self.tr("Ritar diagrammet…"))

        def done(chart: Chart) -> None:
            if request != self._chart_request:
                return  # another question was chosen meanwhile
            self.chart = chart
            self.chart_label.show_png(chart.png, self.chart_scroll.viewport().width() - 4)
            self.chart_label.setAccessibleDescription(chart.alt_text)

        language = self.language
        Tasks.run(lambda: render(summary, by, language), done, parent=self)

    # -- drilling down -------------------------------------------------------------------------
    def _bar_clicked(self, x: float, y: float) -> None:
        if self.chart is None:
            return
        hit = self.chart.hit(x, y)
        if hit is not None:
            where = self.tr("alla") if hit.overall else group_label(hit.group, self.language)
            self.show_interviews(f"{hit.label}, {where}", hit.interviews)

    def _cell_activated(self, index: QModelIndex) -> None:
        cell = self.table_model.cell(index)
        if cell is None or index.column() == 0:
            return
        row_label = (
            self.table_model.table.rows[index.row()][0].text if self.table_model.table else ""
        )
        where = group_label(cell.group, self.language) if cell.in_group else self.tr("alla")
        self.show_interviews(f"{row_label}, {where}", cell.interviews, hidden=cell.hidden)

    def show_interviews(self, title: str, codes: tuple[str, ...], hidden: bool = False) -> None:
        """List the interviews behind a figure; a hidden figure lists none."""
        self.drill.clear()
        if hidden or not codes:
            self.drill_label.setText(
                self.tr("%1: dolt – gruppen är för liten för att visas eller öppnas.").replace(
                    "%1", title
                )
                if hidden
                else self.tr("%1: inga intervjuer att visa.").replace("%1", title)
            )
            return
        self.drill_label.setText(
            self.tr("%1: %2 intervjuer (Enter öppnar)")
            .replace("%1", title)
            .replace("%2", str(len(codes)))
        )
        ids = self.data.interview_ids if self.data else {}
        for code in sorted(codes):
            item = QListWidgetItem(code)
            item.setData(Qt.ItemDataRole.UserRole, ids.get(code))
            self.drill.addItem(item)
        self.drill.setCurrentRow(0)

    def _drill_activated(self, item: QListWidgetItem) -> None:
        interview_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(interview_id, int):
            self.open_interview.emit(interview_id)
