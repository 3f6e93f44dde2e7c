"""Locking and unlocking a running session: where the user was, and getting back there.

Only ids, flags and a cursor offset are kept while the project is locked; the window itself
is closed (its text forgotten) and rebuilt after unlock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.session.window import SessionWindow


def resume_state(window: SessionWindow) -> dict[str, object]:
    """Where the user is, to come back to after unlock: ids, flags and a cursor offset only."""
    focus = QApplication.focusWidget()
    where = None
    if focus is window.page.note_editor:
        where = "notes"
    elif focus is window.page.general_editor:
        where = "general"
    elif focus is window.quote_panel.input:
        where = "quote"
    current = window.stack.currentWidget()
    page = (
        "summary"
        if current is window.summary
        else "consent"
        if current is window.consent_page
        else "runner"
    )
    editor = window.page.general_editor if where == "general" else window.page.note_editor
    return {
        "interview_id": window.interview.id,
        "question_id": window._current_qid(),
        "clock_running": window.clock.running,
        "focus": where,
        "cursor": editor.textCursor().position(),
        "page": page,
        "quote_window": window.quote_window is not None,
    }


def apply_resume_state(window: SessionWindow, state: dict[str, object]) -> None:
    """Back where :func:`resume_state` was taken (the window was rebuilt after unlock)."""
    if state.get("interview_id") != window.interview.id:
        return
    qid = state.get("question_id")
    if (
        isinstance(qid, int)
        and qid != window._current_qid()
        and window.stack.currentWidget() is window.page
    ):
        window.go_to_question(qid)
    if state.get("page") == "summary" and window.stack.currentWidget() is not window.summary:
        window.show_summary()
    if state.get("clock_running") and not window.clock.running and window.runner.live:
        window.toggle_pause()
    if state.get("quote_window") and window.quote_window is None:
        window.toggle_quote_window()
    where = state.get("focus")
    if where == "quote":
        window.focus_quote()
    elif where in ("notes", "general") and window.stack.currentWidget() is window.page:
        editor = window.page.general_editor if where == "general" else window.page.note_editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        position = state.get("cursor")
        if isinstance(position, int):
            end = max(0, editor.document().characterCount() - 1)
            cursor.setPosition(min(position, end))
            editor.setTextCursor(cursor)
