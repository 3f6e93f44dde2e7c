"""Setting an interview's background variables later (the new-interview dialog sets them first)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.errors import SamtalError
from app.interview.background import interview_background, list_variables, set_background
from app.interview.records import get_interview
from app.store.database import Database
from ui.errors import message_for
from ui.session.background_fields import BackgroundFields
from ui.widgets.common import error_label, ok_cancel_buttons


class BackgroundDialog(QDialog):
    """The interview's categories, one drop-down per variable; OK stores them all at once."""

    def __init__(self, db: Database, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackgroundDialog")
        self.db = db
        self.interview_id = interview_id
        code = get_interview(db, interview_id).participant_code
        self.setWindowTitle(self.tr("Bakgrundsuppgifter – %1").replace("%1", code))
        variables = list_variables(db)
        self.fields = BackgroundFields(variables)
        self.fields.set_values(interview_background(db, interview_id))
        intro = QLabel(
            self.tr(
                "Grova kategorier, aldrig fritext. Sammanställningen visar bara grupper med "
                "minst så många informanter som projektets minsta grupp."
            )
            if variables
            else self.tr(
                "Projektet har inga bakgrundsvariabler än. Lägg till dem i projektfönstret: "
                "Bakgrundsvariabler och sammanställning."
            )
        )
        intro.setWordWrap(True)
        self.error = error_label()
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Spara"), self._save)
        self.ok_button.setEnabled(bool(variables))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        try:
            set_background(self.db, self.interview_id, self.fields.values())
        except SamtalError as exc:
            self.error.setText(message_for(exc))
            self.error.show()
            return
        self.accept()

    @classmethod
    def edit(cls, db: Database, interview_id: int, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when something was saved (tests may replace this)."""
        return cls(db, interview_id, parent).exec() == QDialog.DialogCode.Accepted
