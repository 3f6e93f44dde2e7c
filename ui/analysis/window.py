"""The analyst's workspace: codebook, reading by question / theme / interview, search, reader.

Every view reads through ``app.analysis.reading`` and ``app.analysis.search``; nothing here
holds more than the rows on screen. Search terms live in the search field only: never in
settings, logs or files.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.analysis import reading, search
from app.audit import audit_info
from app.store.project import Project
from ui.analysis.codebook_panel import CodebookPanel
from ui.analysis.models import (
    InterviewCountsModel,
    ItemListModel,
    ObjectRole,
    SearchResultsModel,
    ThemeTreeModel,
)
from ui.analysis.reader import ReaderPane
from ui.analysis.summary_tab import SummaryTab
from ui.analysis.views import FilterBar, HtmlDelegate, list_view, narrow
from ui.settings import settings
from ui.widgets.a11y import describe_as, name_clear_button, name_menus
from ui.widgets.common import fit_to_screen, window_title
from ui.widgets.labels import count_text

SEARCH_LIMIT = 50


class AnalysisWindow(QMainWindow):
    """The analyst's workspace for one project.

    Signals:
        closed(): the window was closed.
    """

    closed = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnalysisWindow")
        self.project = project
        self.db = project.db
        self.themes = ThemeTreeModel(self.db)
        self.codebook = CodebookPanel(self.db, self.themes)
        self.reader = ReaderPane(self.db, self.themes)
        self.filters = FilterBar(self.themes)
        self._loaded: set[int] = set()

        # by question
        self.question_combo = QComboBox()
        self.question_combo.setAccessibleName(self.tr("Fråga i guiden"))
        narrow(self.question_combo, 24)
        self.question_model = ItemListModel(self.themes)
        self.question_view = list_view(self.tr("Svar på frågan"))
        self.question_view.setModel(self.question_model)
        self.question_count = QLabel()
        by_question = self._tab(
            self.question_combo, self.question_count, self.question_view, self.tr("Frå&ga:")
        )
        # by theme
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Tema att läsa"))
        narrow(self.theme_combo, 16)
        self.theme_model = ItemListModel(self.themes)
        self.theme_view = list_view(self.tr("Stycken och citat med temat"))
        self.theme_view.setModel(self.theme_model)
        self.theme_count = QLabel()
        by_theme = self._tab(
            self.theme_combo, self.theme_count, self.theme_view, self.tr("&Läs temat:")
        )
        # by interview
        self.interview_model = InterviewCountsModel()
        self.interview_view = list_view(self.tr("Intervjuer med antal"))
        self.interview_view.setModel(self.interview_model)
        self.interview_view.header().setStretchLastSection(False)
        self.interview_items_model = ItemListModel(self.themes)
        self.interview_items_view = list_view(self.tr("Intervjuns anteckningar och citat"))
        self.interview_items_view.setModel(self.interview_items_model)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.interview_view)
        split.addWidget(self.interview_items_view)
        split.setSizes([200, 300])
        by_interview = QWidget()
        QVBoxLayout(by_interview).addWidget(split)
        # search
        self.search_field = QLineEdit()
        self.search_field.setAccessibleName(self.tr("Sök i anteckningar och citat"))
        self.search_field.setPlaceholderText(
            self.tr("Sök (Ctrl+F): ord, början av ord, \u201dfras\u201d, -utan")
        )
        self.search_field.setClearButtonEnabled(True)
        name_clear_button(self.search_field, self.tr("Töm sökfältet"))
        self.search_field.returnPressed.connect(self.run_search)
        self.search_model = SearchResultsModel()
        self.search_view = list_view(self.tr("Sökträffar"))
        self.search_view.setModel(self.search_model)
        self.search_view.setItemDelegateForColumn(3, HtmlDelegate(self.search_view))
        self.search_count = QLabel()
        search_tab = self._tab(
            self.search_field, self.search_count, self.search_view, self.tr("Sök efter:")
        )
        self.search_limit = SEARCH_LIMIT
        self.search_more = QPushButton(
            self.tr("Visa %1 träffar till").replace("%1", str(SEARCH_LIMIT))
        )
        self.search_more.setAccessibleName(self.tr("Visa fler sökträffar"))
        self.search_more.clicked.connect(self.more_hits)
        self.search_more.hide()
        search_layout = search_tab.layout()
        assert search_layout is not None
        search_layout.addWidget(self.search_more)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Läsvyer"))
        self.tabs.addTab(by_question, self.tr("Per &fråga"))
        self.tabs.addTab(by_theme, self.tr("Per &tema"))
        self.tabs.addTab(by_interview, self.tr("Per &intervju"))
        self.tabs.addTab(search_tab, self.tr("&Sök"))
        # closed questions summarised (issue 15)
        self.summary_tab = SummaryTab(self.db)
        self.summary_tab.open_interview.connect(self.show_interview)
        self.tabs.addTab(self.summary_tab, self.tr("Sa&mmanställning"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # The summary needs the width; the reader has nothing to show beside it.
        self.tabs.currentChanged.connect(
            lambda i: self.reader.setVisible(self.tabs.widget(i) is not self.summary_tab)
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        dock = QDockWidget(self.tr("Kodbok"), self)
        dock.setObjectName("CodebookDock")
        dock.setWidget(self.codebook)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        for view in (
            self.question_view,
            self.theme_view,
            self.interview_items_view,
            self.search_view,
        ):
            # arrowing through a list shows each row and leaves focus in the list;
            # Enter (or a double click) opens the row in the reader to work on it
            view.selectionModel().currentRowChanged.connect(
                lambda cur, _prev, v=view: self._open(v, cur)
            )
            view.activated.connect(lambda idx, v=view: self._open(v, idx, focus=True))
        self.interview_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._interview_chosen()
        )
        self.question_combo.currentIndexChanged.connect(lambda _i: self.load_by_question())
        self.theme_combo.currentIndexChanged.connect(lambda _i: self.load_by_theme())
        self.filters.changed.connect(self.refresh)
        self.codebook.changed.connect(self._codebook_changed)
        self.codebook.theme_activated.connect(self.show_theme)
        self.reader.tags_changed.connect(self._tags_changed)
        self._build_menu()
        name_menus(self)
        self.setWindowTitle(window_title(self.tr("Analys"), audit_info(self.db).name))
        geometry = settings().get("window/analysis_geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
            fit_to_screen(self)  # saved on a bigger screen, or before the text grew
        else:
            fit_to_screen(self, 1280, 800)
        state = settings().get("window/analysis_state")
        if not state.isEmpty():
            self.restoreState(state)
        self._fill_questions()
        self._fill_theme_combo()
        self._tab_changed(self.tabs.currentIndex())

    def _tab(self, top: QWidget, count: QLabel, view: QTreeView, label: str) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        row = QHBoxLayout()
        buddy = QLabel(label)
        buddy.setBuddy(top)
        row.addWidget(buddy)
        row.addWidget(top, 1)
        row.addWidget(count)
        describe_as(count, self.tr("Antal"))
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return w

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Analys"))
        self.search_action = QAction(self.tr("&Sök…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.tag_action = QAction(self.tr("&Tagga markeringen…"), self)
        self.tag_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tag_action.triggered.connect(lambda: self.reader.tag())
        self.new_theme_action = QAction(self.tr("&Nytt tema…"), self)
        self.new_theme_action.triggered.connect(lambda: self.codebook.add_theme())
        self.close_action = QAction(self.tr("S&täng analysen"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        for a in (self.search_action, self.tag_action, self.new_theme_action):
            menu.addAction(a)
        tag_menu = menu.addMenu(self.tr("Tagga med tema nummer"))
        self.nth_actions: list[QAction] = []
        for n in range(1, 10):
            a = QAction(self.tr("Tema {n}").replace("{n}", str(n)), self)
            a.setShortcut(QKeySequence(f"Ctrl+{n}"))
            a.triggered.connect(lambda _c=False, n=n: self.reader.tag_with_nth(n))
            tag_menu.addAction(a)
            self.addAction(a)
            self.nth_actions.append(a)
        menu.addSeparator()
        menu.addAction(self.close_action)
        for a in (self.search_action, self.tag_action, self.close_action):
            self.addAction(a)

    # -- loading the views ---------------------------------------------------------------
    def _fill_questions(self) -> None:
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        for g in reading.question_groups(self.db):
            self.question_combo.addItem(g.label, g.key)
        self.question_combo.blockSignals(False)

    def _fill_theme_combo(self) -> None:
        current = self.theme_combo.currentData()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        for t in self.themes.ordered():
            self.theme_combo.addItem(self.themes.path(t.id), t.id)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current)))
        self.theme_combo.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        if index in self._loaded:
            return
        self._loaded.add(index)
        (
            self.load_by_question,
            self.load_by_theme,
            self.load_by_interview,
            lambda: None,
            self.summary_tab.reload,
        )[index]()

    def refresh(self) -> None:
        """Reload what is showing (the other views reload when they are next shown)."""
        self.themes.reload(self.filters.value())
        self.codebook.tree.expandAll()
        self._loaded = set()
        self._tab_changed(self.tabs.currentIndex())

    def load_by_question(self) -> None:
        key = self.question_combo.currentData()
        items = reading.by_question(self.db, key, self.filters.value()) if key else []
        self.question_model.set_rows(items)
        notes = sum(i.kind == "note" for i in items)
        self.question_count.setText(
            count_text(notes, self.tr("1 anteckning"), self.tr("{n} anteckningar"))
            + ", "
            + count_text(len(items) - notes, self.tr("1 citat"), self.tr("{n} citat"))
        )
        self._fit(self.question_view)

    def _theme_items(self) -> list[reading.Item]:
        tid = self.theme_combo.currentData()
        f = self.filters.value()
        if not tid:
            return []
        return reading.by_theme(
            self.db,
            tid,
            reading.Filter(f.statuses, f.modes, f.date_from, f.date_to, None, f.starred_only),
        )

    def load_by_theme(self) -> None:
        items = self._theme_items()
        self.theme_model.set_rows(items)
        passages = sum(i.kind == "passage" for i in items)
        self.theme_count.setText(
            count_text(passages, self.tr("1 stycke"), self.tr("{n} stycken"))
            + ", "
            + count_text(len(items) - passages, self.tr("1 citat"), self.tr("{n} citat"))
        )
        self._fit(self.theme_view)

    def load_by_interview(self) -> None:
        current = self.interview_view.currentIndex().row()
        f = self.filters.value()
        self.interview_model.set_rows(reading.interview_counts(self.db, f))
        for col in range(self.interview_model.columnCount()):
            self.interview_view.resizeColumnToContents(col)
        if self.interview_model.rowCount():
            row = max(0, min(current, self.interview_model.rowCount() - 1))
            self.interview_view.selectionModel().setCurrentIndex(
                self.interview_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._interview_chosen()

    def _interview_chosen(self) -> None:
        count = self.interview_model.row_object(self.interview_view.currentIndex().row())
        items = (
            reading.by_interview(self.db, count.interview_id, self.filters.value()) if count else []
        )
        self.interview_items_model.set_rows(items)
        self._fit(self.interview_items_view)

    def _fit(self, view: QTreeView) -> None:
        """Column widths from the font, not from the rows: sizing to contents reads every row."""
        if view.property("fitted"):
            return
        em = view.fontMetrics().horizontalAdvance("M")
        widths = (7 * em, 6 * em, 8 * em, 36 * em)
        for col, width in enumerate(widths[: view.model().columnCount() - 1]):
            view.setColumnWidth(col, width)
        view.setProperty("fitted", True)

    # -- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(3)
        self.search_field.setFocus()
        self.search_field.selectAll()

    def run_search(self) -> None:
        """A new search: the best 50 hits (more with :meth:`more_hits`)."""
        self.search_limit = SEARCH_LIMIT
        self._search(keep=False)

    def more_hits(self) -> None:
        """The next 50 hits below the ones shown (the list does not move)."""
        self.search_limit += SEARCH_LIMIT
        self._search(keep=True)

    def _search(self, keep: bool) -> None:
        query = self.search_field.text()
        theme = self.filters.value().theme_id
        hits = search.search(self.db, query, theme_id=theme, limit=self.search_limit)
        if keep:
            self.search_model.update_rows(hits)
        else:
            self.search_model.set_rows(hits)
        more = len(hits) >= self.search_limit
        if not hits:
            self.search_count.setText(self.tr("Inga träffar"))
        elif not more:
            self.search_count.setText(
                count_text(len(hits), self.tr("1 träff"), self.tr("{n} träffar"))
            )
        elif theme is None:
            total = search.count_hits(self.db, query)
            self.search_count.setText(
                self.tr("{n} av {total} träffar")
                .replace("{n}", str(len(hits)))
                .replace("{total}", str(total))
            )
        else:
            self.search_count.setText(
                self.tr("De {n} bästa träffarna").replace("{n}", str(len(hits)))
            )
        self.search_more.setVisible(more)
        self._fit(self.search_view)

    # -- opening -------------------------------------------------------------------------------
    def _open(self, view: QTreeView, index: QModelIndex, focus: bool = False) -> None:
        if not index.isValid():
            return
        obj = view.model().index(index.row(), 0).data(ObjectRole)
        if isinstance(obj, search.Hit):
            self.open_hit(obj, focus)
        elif isinstance(obj, reading.Item):
            self.open_item(obj, focus)

    def open_item(self, item: reading.Item, focus: bool = False) -> None:
        """Show ``item`` in the reader; with ``focus`` the reader takes the keyboard."""
        if item.kind == "quote":
            self.reader.show_quote(item.id, None, focus)
        elif item.kind == "passage" and item.note_id is not None:
            self.reader.show_note(item.note_id, (item.start, item.end), focus)
        elif item.note_id is not None:
            self.reader.show_note(item.note_id, None, focus)

    def open_hit(self, hit: search.Hit, focus: bool = False) -> None:
        where = search.locate(self.db, hit.kind, hit.id, self.search_field.text())
        if hit.kind == "note":
            self.reader.show_note(hit.id, (where[1], where[2]) if where else None, focus)
        else:
            self.reader.show_quote(hit.id, where, focus)

    def show_interview(self, interview_id: int) -> None:
        """Open an interview in the "Per intervju" view (from the summary's drill-down)."""
        self.tabs.setCurrentIndex(2)
        for row in range(self.interview_model.rowCount()):
            count = self.interview_model.row_object(row)
            if count is not None and count.interview_id == interview_id:
                self.interview_view.selectionModel().setCurrentIndex(
                    self.interview_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.interview_view.setFocus()
                return

    def show_theme(self, theme_id: int) -> None:
        i = self.theme_combo.findData(theme_id)
        if i >= 0:
            self.theme_combo.blockSignals(True)
            self.theme_combo.setCurrentIndex(i)
            self.theme_combo.blockSignals(False)
        if self.tabs.currentIndex() == 1 or 1 in self._loaded:
            self.tabs.setCurrentIndex(1)
            self.load_by_theme()
        else:
            self.tabs.setCurrentIndex(1)  # loads it

    # -- changes -------------------------------------------------------------------------------
    def _codebook_changed(self) -> None:
        self.filters.reload_themes()
        self._fill_theme_combo()
        self.reader.note.reload_tags()
        self._loaded = set()
        self._tab_changed(self.tabs.currentIndex())

    def _tags_changed(self) -> None:
        current = self.codebook.current_theme_id()
        self.themes.reload(self.filters.value())
        self.codebook.tree.expandAll()
        if current is not None:
            self.codebook.select(current)
        # the new tag shows at once in the list the analyst is working through, which keeps
        # its order and its current row; the other views reload when they are next shown
        index = self.tabs.currentIndex()
        self._loaded = {index}
        if index == 0:
            key = self.question_combo.currentData()
            items = reading.by_question(self.db, key, self.filters.value()) if key else []
            self.question_model.update_rows(items)
        elif index == 1:
            self.theme_model.update_rows(self._theme_items())
        elif index == 2:
            count = self.interview_model.row_object(self.interview_view.currentIndex().row())
            if count is not None:
                self.interview_items_model.update_rows(
                    reading.by_interview(self.db, count.interview_id, self.filters.value())
                )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.reader.save_now()
        settings().set("window/analysis_geometry", self.saveGeometry())
        settings().set("window/analysis_state", self.saveState())
        self.closed.emit()
        super().closeEvent(event)
