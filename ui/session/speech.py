"""What a screen reader hears in the session window beyond the control it is on (issue 21).

The save state is read when saving fails (always, at once) and never when it succeeds (every
few seconds would drown the interview); the time is read only when asked for, with one key
(Ctrl+Shift+H, "Läs upp tiden"); the question is read when it changes (see
:meth:`ui.session.runner_page.RunnerPage.show_question`). Nothing of the interview's content
(notes, quotes) is ever announced. Strings keep the ``SessionWindow`` translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from app.interview.runner import format_progress
from ui.style.look import set_tone
from ui.style.palette import ERROR, HINT
from ui.widgets.a11y import announce

if TYPE_CHECKING:
    from ui.session.runner_page import RunnerPage
    from ui.session.window import SessionWindow

#: the key that reads the time aloud
READ_TIME_KEY = "Ctrl+Shift+H"


def show_saved(page: RunnerPage, text: str) -> None:
    """The quiet "Sparat 10:42:03" (not announced)."""
    _bold(page, False)
    set_tone(page.saved_label, HINT)
    page.saved_label.setText(text)


def show_save_failed(page: RunnerPage, text: str) -> None:
    """A failed save: shown in the error tone and announced at once, every time."""
    _bold(page, True)
    set_tone(page.saved_label, ERROR)
    page.saved_label.setText(text)
    announce(page.saved_label, text, assertive=True)


def _bold(page: RunnerPage, on: bool) -> None:
    font = QFont(page.saved_label.font())
    font.setBold(on)
    page.saved_label.setFont(font)


def time_text(w: SessionWindow) -> str:
    """ "Intervjun 12:05 av 60:00, pausad. Avsnittet 03:10 av 05:00." (what the clocks show)."""
    text = QCoreApplication.translate("SessionWindow", "Intervjun %1").replace(
        "%1", format_progress(w.clock.elapsed_ms(), w.interview.planned_minutes)
    )
    if not w.clock.running:
        text += ", " + QCoreApplication.translate("SessionWindow", "pausad")
    section = w.runner.current_section
    if section is not None:
        spent = format_progress(w.runner.section_time_ms(section), section.planned_minutes)
        text += ". " + QCoreApplication.translate("SessionWindow", "Avsnittet %1").replace(
            "%1", spent
        )
    of = QCoreApplication.translate("SessionWindow", "av")  # "12:05 av 60:00"
    return text.replace(" / ", f" {of} ") + "."


def read_time(w: SessionWindow) -> None:
    announce(w.page.clock_label, time_text(w))
