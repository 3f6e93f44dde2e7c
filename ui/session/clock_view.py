"""The session's clocks on screen: the interview against its plan, the section against its
plan ("00:48 / 05:00"), every section in the outline, and the pause button (a seam of
:mod:`ui.session.window`; strings keep its ``SessionWindow`` translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.interview.runner import format_progress
from ui.style.look import set_tone
from ui.style.palette import WARNING

if TYPE_CHECKING:
    from ui.session.window import SessionWindow


def show_clock(w: SessionWindow) -> None:
    p = w.page
    p.clock_label.setText(format_progress(w.clock.elapsed_ms(), w.interview.planned_minutes))
    section = w.runner.current_section
    if section is not None:
        spent = format_progress(w.runner.section_time_ms(section), section.planned_minutes)
        p.section_clock.setText(
            QCoreApplication.translate("SessionWindow", "Avsnittet: %1").replace("%1", spent)
        )
    p.outline.update_section_times(w.runner)
    running = w.clock.running
    p.pause_button.setText(
        QCoreApplication.translate("SessionWindow", "Paus (Ctrl+P)")
        if running
        else QCoreApplication.translate("SessionWindow", "Starta klockan (Ctrl+P)")
    )
    set_tone(p.clock_label, None if running else WARNING)
    p.clock_label.setAccessibleDescription(
        QCoreApplication.translate("SessionWindow", "går")
        if running
        else QCoreApplication.translate("SessionWindow", "pausad")
    )
