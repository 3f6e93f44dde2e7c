"""Ta emot: open a package, preview what it brings (new, changes, conflicts), then import.

The preview is the import itself, rolled back (``dry_run``), so what the dialog shows is what
"Importera" does. New themes can be mapped onto existing ones, and so can a background
category the project's variable does not have (else it is added beside the others); a
co-listener's quotes show the clock offset used and let the user set another. Both run off
the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.themes import list_themes
from app.interview.background import MAX_CATEGORIES
from app.store.project import Project
from app.team.background import CategoryNote, local_categories
from app.team.envelope import OuterHeader, read_outer_header
from app.team.importer import ImportOptions, import_package
from app.team.keys import recipient_key
from app.team.report import ImportReport
from ui.errors import message_for
from ui.style.look import set_tone
from ui.style.palette import ERROR
from ui.tasks import Tasks
from ui.widgets.a11y import describe_as
from ui.widgets.common import ok_cancel_buttons


class ReceiveDialog(QDialog):
    """Signals:
    imported(object): the package was imported (its :class:`ImportReport`).
    colisten_requested(str): a co-listener package was taken in; open co-listener mode for
        this participant code.
    """

    imported = Signal(object)
    colisten_requested = Signal(str)

    def __init__(self, project: Project, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReceiveDialog")
        self.project = project
        self.path = path
        self.report: ImportReport | None = None
        self.outer: OuterHeader | None = None
        self._new_themes: list[str] | None = None
        self.theme_map: dict[str, int] = {}
        self._new_categories: list[CategoryNote] | None = None
        self.category_map: dict[tuple[str, str], str] = {}
        self.offset_ms: int | None = None
        self.setWindowTitle(self.tr("Ta emot paket"))
        self.setMinimumSize(720, 480)

        self.file_label = QLabel(path.name)
        self.file_label.setStyleSheet("font-weight: 600;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        describe_as(self.status, self.tr("Vad paketet innehåller"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Paketets lösenord"))
        self.passphrase.returnPressed.connect(self.preview)
        self.open_button = QPushButton(self.tr("&Öppna"))
        self.open_button.clicked.connect(self.preview)
        self.passphrase_row = QWidget()
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Paketets lösenord:")))
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        self.passphrase_row.hide()

        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Intervjuer i paketet"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Deltagarkod"),
                self.tr("Vad händer"),
                self.tr("Nytt"),
                self.tr("Ändras"),
                self.tr("Tas bort"),
                self.tr("Konflikter"),
            ]
        )
        self.themes_box = QGroupBox(self.tr("Nya teman: skapa eller slå ihop med ett befintligt"))
        self.themes_form = QFormLayout(self.themes_box)
        self.themes_box.hide()
        self.categories_box = QGroupBox(
            self.tr("Bakgrundskategorier som projektet inte har: lägg till eller slå ihop")
        )
        self.categories_form = QFormLayout(self.categories_box)
        self.categories_box.hide()
        self.offset_box = QGroupBox(self.tr("Citatens tider"))
        self.offset = QSpinBox()
        self.offset.setRange(-3 * 3600, 3 * 3600)
        self.offset.setSuffix(self.tr(" s"))
        self.offset.setAccessibleName(self.tr("Tidsförskjutning i sekunder"))
        self.offset.editingFinished.connect(self._offset_changed)
        self.auto_button = QPushButton(self.tr("Automatiskt"))
        self.auto_button.clicked.connect(self._offset_auto)
        self.offset_note = QLabel()
        self.offset_note.setWordWrap(True)
        offset_layout = QHBoxLayout(self.offset_box)
        offset_layout.addWidget(QLabel(self.tr("Förskjutning:")))
        offset_layout.addWidget(self.offset)
        offset_layout.addWidget(self.auto_button)
        offset_layout.addWidget(self.offset_note, 1)
        self.offset_box.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, ERROR)
        describe_as(self.error, self.tr("Felmeddelande"))
        self.error.hide()
        self.buttons, self.import_button = ok_cancel_buttons(
            self, self.tr("Importera"), self.start_import
        )
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.themes_box)
        layout.addWidget(self.categories_box)
        layout.addWidget(self.offset_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._open()

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            self.outer = read_outer_header(self.path)
        except Exception as exc:  # noqa: BLE001 - shown in one line
            self._fail(message_for(exc))
            return
        if not self.outer.for_key(recipient_key(self.project.db)) and self.outer.has_passphrase:
            self.status.setText(self.tr("Paketet är skyddat med ett lösenord."))
            self.passphrase_row.show()
            self.passphrase.setFocus()
            return
        self.preview()

    def options(self, dry_run: bool) -> ImportOptions:
        return ImportOptions(
            passphrase=self.passphrase.text() or None,
            dry_run=dry_run,
            theme_map=dict(self.theme_map),
            category_map=dict(self.category_map),
            offset_ms=self.offset_ms,
        )

    def preview(self) -> None:
        self.error.hide()
        project, path, options = self.project, self.path, self.options(True)
        self.import_button.setEnabled(False)
        self.open_button.setEnabled(False)
        Tasks.run(
            lambda: import_package(project, path, options),
            self.show_preview,
            self._preview_failed,
            self,
            self.tr("Läser paketet…"),
        )

    def _preview_failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self._fail(message_for(exc))

    # -- the preview ---------------------------------------------------------------------------
    def show_preview(self, report: ImportReport) -> None:
        self.report = report
        self.passphrase_row.setVisible(False)
        self.status.setText(self.summary(report))
        self.table.setRowCount(0)
        for outcome in report.interviews:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = [
                outcome.code,
                self.outcome_text(outcome.outcome, outcome.refused_quotes),
                str(outcome.added),
                str(outcome.changed),
                str(outcome.removed),
                str(outcome.conflicts),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5 and outcome.conflicts:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(report.interviews))
        if self._new_themes is None:
            self._new_themes = list(report.themes_added)
            self._build_theme_rows()
        if self._new_categories is None:
            self._new_categories = list(report.new_categories)
            self._build_category_rows()
        if report.quotes is not None:
            self.offset_box.show()
            self.offset.blockSignals(True)
            self.offset.setValue(round(report.quotes.offset_ms / 1000))
            self.offset.blockSignals(False)
            self.offset_note.setText(
                self.tr(
                    "Klockorna startade inom en minut: tiderna är justerade efter intervjuarens."
                )
                if report.quotes.aligned
                else self.tr("Ingen automatisk justering. Ange förskjutningen om du vet den.")
                if self.offset_ms is None
                else self.tr("Din förskjutning används.")
            )
        unplaced = [n for n in report.new_categories if not n.placed]
        can_import = (report.changes_anything or report.colistener_code is not None) and (
            not unplaced
        )
        self.import_button.setEnabled(can_import)
        if report.colistener_code is not None:
            self.import_button.setText(self.tr("Öppna i medlyssnarläge"))

    def summary(self, report: ImportReport) -> str:
        when = report.created_at[:16].replace("T", " ")
        parts = [self.tr("Paketet skapades %1.").replace("%1", when)]
        if report.kind == "interviews":
            counts = [
                (report.count("new"), self.tr("%1 nya")),
                (report.count("updated"), self.tr("%1 uppdateras")),
                (report.count("unchanged"), self.tr("%1 oförändrade")),
                (report.count("older"), self.tr("%1 äldre (hoppas över)")),
            ]
            refused = sum(1 for i in report.interviews if i.outcome.startswith("refused"))
            counts.append((refused, self.tr("%1 tas inte emot")))
            text = ", ".join(t.replace("%1", str(n)) for n, t in counts if n)
            parts.append(self.tr("Intervjuer: %1.").replace("%1", text or "0"))
            if report.conflicts == 1:
                parts.append(
                    self.tr("1 konflikt: båda versionerna behålls och märks, så inga ord tappas.")
                )
            elif report.conflicts:
                parts.append(
                    self.tr(
                        "%1 konflikter: båda versionerna behålls och märks, så inga ord tappas."
                    ).replace("%1", str(report.conflicts))
                )
            if report.erased:
                parts.append(
                    self.tr("Återkallade, raderas här: %1.").replace("%1", ", ".join(report.erased))
                )
            if report.deletions_logged:
                parts.append(
                    self.tr("%1 raderingar från andra datorer noteras.").replace(
                        "%1", str(report.deletions_logged)
                    )
                )
            if report.guides_added:
                parts.append(
                    self.tr("Ny guideversion: %1.").replace("%1", ", ".join(report.guides_added))
                )
            if report.names_added:
                parts.append(
                    self.tr("%1 nya namn i namnlistan.").replace("%1", str(report.names_added))
                )
            if report.variables_added:
                parts.append(
                    self.tr("Nya bakgrundsvariabler: %1.").replace(
                        "%1", ", ".join(report.variables_added)
                    )
                )
            parts.extend(self.category_texts(report.new_categories))
        elif report.quotes is not None:
            q = report.quotes
            if q.refused:
                parts.append(self.refusal_text(q.refused_reason, q.code, q.refused))
            else:
                parts.append(
                    self.tr(
                        "Citat från medlyssnaren till intervju %1: "
                        "%2 nya, %3 ändrade, %4 redan här."
                    )
                    .replace("%1", q.code)
                    .replace("%2", str(q.added))
                    .replace("%3", str(q.changed))
                    .replace("%4", str(q.unchanged))
                )
        elif report.colistener_code is not None:
            parts.append(
                self.tr(
                    "Medlyssnarpaket för intervju %1 (guide, kod och samtycke, inga anteckningar)."
                ).replace("%1", report.colistener_code)
            )
        if not report.changes_anything and report.colistener_code is None:
            parts.append(self.tr("Inget nytt: allt i paketet finns redan här."))
        return " ".join(parts)

    def outcome_text(self, outcome: str, refused_quotes: int) -> str:
        texts = {
            "new": self.tr("Ny intervju"),
            "updated": self.tr("Uppdateras"),
            "unchanged": self.tr("Oförändrad"),
            "older": self.tr("Äldre version – hoppas över"),
            "refused_erased": self.tr("Raderad (återkallad) – tas inte emot"),
            "refused_code": self.tr("Deltagarkoden hör till en annan intervju – tas inte emot"),
            "refused_guide": self.tr("Annan guideversion – tas inte emot"),
        }
        text = texts.get(outcome, outcome)
        if refused_quotes:
            text += " " + self.tr("(%1 citat utan samtycke tas inte emot)").replace(
                "%1", str(refused_quotes)
            )
        return text

    def refusal_text(self, reason: str, code: str, count: int) -> str:
        texts = {
            "erased": self.tr("Intervju %1 är raderad här: %2 citat tas inte emot."),
            "not_here": self.tr(
                "Intervju %1 finns inte i det här projektet: %2 citat tas inte emot."
            ),
            "code": self.tr("Deltagarkoden %1 stämmer inte: %2 citat tas inte emot."),
            "guide": self.tr("Intervju %1 har en annan guideversion: %2 citat tas inte emot."),
            "consent": self.tr(
                "Informanten i intervju %1 har inte samtyckt till citat (eller har återkallat): "
                "%2 citat tas inte emot."
            ),
        }
        return texts.get(reason, "%1 %2").replace("%1", code).replace("%2", str(count))

    def _build_theme_rows(self) -> None:
        if not self._new_themes:
            return
        local = list_themes(self.project.db)
        self.theme_combos: dict[str, QComboBox] = {}
        for text in self._new_themes:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Tema %1").replace("%1", text))
            combo.addItem(self.tr("Skapa som nytt tema"), None)
            for theme in local:
                combo.addItem(self.tr("Slå ihop med %1").replace("%1", theme.name), theme.id)
            combo.currentIndexChanged.connect(lambda _i, t=text: self._theme_mapped(t))
            self.theme_combos[text] = combo
            self.themes_form.addRow(text, combo)
        self.themes_box.show()

    def category_texts(self, notes: list[CategoryNote]) -> list[str]:
        placed = [f"{n.variable}: {n.category}" for n in notes if n.placed]
        unplaced = [f"{n.variable}: {n.category}" for n in notes if not n.placed]
        out = []
        if placed:
            out.append(
                self.tr("Nya kategorier läggs till bredvid de befintliga: %1.").replace(
                    "%1", ", ".join(placed)
                )
            )
        if unplaced:
            out.append(
                self.tr(
                    "Ryms inte (en variabel har högst %2 kategorier), slå ihop med en "
                    "befintlig för att kunna importera: %1."
                )
                .replace("%2", str(MAX_CATEGORIES))
                .replace("%1", ", ".join(unplaced))
            )
        return out

    def _build_category_rows(self) -> None:
        if not self._new_categories:
            return
        self.category_combos: dict[tuple[str, str], QComboBox] = {}
        for note in self._new_categories:
            text = f"{note.variable}: {note.category}"
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kategori %1").replace("%1", text))
            if note.placed:
                combo.addItem(self.tr("Lägg till som ny kategori"), None)
            else:
                combo.addItem(self.tr("Ryms inte: välj en att slå ihop med"), None)
            for category in local_categories(self.project.db, note.variable):
                combo.addItem(self.tr("Slå ihop med %1").replace("%1", category), category)
            key = (note.variable, note.category)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._category_mapped(k))
            self.category_combos[key] = combo
            self.categories_form.addRow(text, combo)
        self.categories_box.show()

    def _category_mapped(self, key: tuple[str, str]) -> None:
        target = self.category_combos[key].currentData()
        if target is None:
            self.category_map.pop(key, None)
        else:
            self.category_map[key] = str(target)
        self.preview()

    def _theme_mapped(self, text: str) -> None:
        key = "/".join(p.strip() for p in text.split(" / "))
        target = self.theme_combos[text].currentData()
        if target is None:
            self.theme_map.pop(key, None)
        else:
            self.theme_map[key] = int(target)
        self.preview()

    def _offset_changed(self) -> None:
        self.offset_ms = self.offset.value() * 1000
        self.preview()

    def _offset_auto(self) -> None:
        self.offset_ms = None
        self.preview()

    # -- import --------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.report is None:
            return
        project, path, options = self.project, self.path, self.options(False)
        self.import_button.setEnabled(False)
        Tasks.run(
            lambda: import_package(project, path, options),
            self._imported,
            self._import_failed,
            self,
            self.tr("Importerar…"),
        )

    def _imported(self, report: ImportReport) -> None:
        self.passphrase.clear()
        self.report = report
        self.imported.emit(report)
        if report.colistener_code is not None:
            self.colisten_requested.emit(report.colistener_code)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._fail(message_for(exc))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
