"""Parts of the workspace's views: rich-text rows, a list view, and the filter bar."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRectF, QSize, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from app.analysis import reading
from ui.analysis.models import (
    HtmlRole,
    ThemeTreeModel,
)
from ui.widgets.a11y import DateField
from ui.widgets.labels import mode_name, status_name

NO_DATE = QDate(2000, 1, 1)


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's ``HtmlRole`` (escaped text with marked matches) on one line."""

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        html = index.data(HtmlRole)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(html)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


def narrow(combo: QComboBox, characters: int) -> None:
    """Let ``combo`` be as narrow as ``characters`` (not as wide as its longest item)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def list_view(name: str) -> QTreeView:
    view = QTreeView()
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(name)
    view.header().setStretchLastSection(True)
    return view


class DateFilter(DateField):
    """A date filter: Tab leaves it (QDateEdit keeps Tab altogether while it shows "alla")."""


class FilterBar(QWidget):
    """Interview status, mode, date range, theme and "starred only", each with its label.

    Two rows, so the bar never makes the window wider than a laptop screen at 150 %.

    Signals:
        changed(): any filter changed.
    """

    changed = Signal()

    def __init__(self, themes: ThemeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.themes = themes
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter: intervjuns status"))
        self.status.addItem(self.tr("Alla statusar"), "")
        for s in ("finished", "in_progress", "paused", "interrupted", "consented", "new"):
            self.status.addItem(status_name(s), s)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Filter: intervjusätt"))
        self.mode.addItem(self.tr("Alla sätt"), "")
        for m in ("on_site", "phone", "video", "written"):
            self.mode.addItem(mode_name(m), m)
        self.date_from = self._date_edit(self.tr("Filter: från datum"))
        self.date_to = self._date_edit(self.tr("Filter: till datum"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Filter: tema"))
        self.starred = QCheckBox(self.tr("Bara &nyckelcitat ★"))
        self.starred.setAccessibleName(self.tr("Filter: bara stjärnmärkta"))
        self.reload_themes()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cells = (
            (0, 0, self.tr("Stat&us:"), self.status),
            (0, 2, self.tr("Inter&vjusätt:"), self.mode),
            (0, 4, self.tr("T&ema:"), self.theme),
            (1, 0, self.tr("Fr&ån:"), self.date_from),
            (1, 2, self.tr("till:"), self.date_to),
        )
        for row, col, text, field in cells:
            label = QLabel(text)
            label.setBuddy(field)
            layout.addWidget(label, row, col)
            layout.addWidget(field, row, col + 1)
        layout.addWidget(self.starred, 1, 4, 1, 2)
        layout.setColumnStretch(6, 1)
        for a, b in zip(
            (self.status, self.mode, self.theme, self.date_from, self.date_to),
            (self.mode, self.theme, self.date_from, self.date_to, self.starred),
            strict=True,
        ):
            QWidget.setTabOrder(a, b)
        for combo in (self.status, self.mode, self.theme):
            combo.currentIndexChanged.connect(self.changed)
            narrow(combo, 10)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.starred.toggled.connect(self.changed)

    def _date_edit(self, name: str) -> QDateEdit:
        d = DateFilter()
        d.setAccessibleName(name)
        d.setDisplayFormat("yyyy-MM-dd")
        d.setCalendarPopup(True)
        d.setMinimumDate(NO_DATE)
        d.setSpecialValueText(self.tr("alla"))
        d.setDate(NO_DATE)
        return d

    def reload_themes(self) -> None:
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(self.tr("Alla teman"), None)
        for t in self.themes.ordered():
            self.theme.addItem(self.themes.path(t.id), t.id)
        i = self.theme.findData(current)
        self.theme.setCurrentIndex(max(0, i))
        self.theme.blockSignals(False)

    def value(self) -> reading.Filter:
        def date(d: QDateEdit) -> str | None:
            return None if d.date() == NO_DATE else d.date().toString("yyyy-MM-dd")

        return reading.Filter(
            statuses=frozenset({self.status.currentData()} - {""}),
            modes=frozenset({self.mode.currentData()} - {""}),
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            theme_id=self.theme.currentData(),
            starred_only=self.starred.isChecked(),
        )
