"""The interview window as the app controller opens it: built, then wired to the controller
(closing, Ctrl+L, the withdrawal flow, the idle lock that waits while the clock runs, and the
project window's counts that follow the interview)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.errors import show_error

if TYPE_CHECKING:
    from ui.app_controller import AppController
    from ui.session.window import SessionWindow


def open_session(c: AppController, interview_id: int) -> SessionWindow | None:
    """A wired interview window for ``interview_id`` (None, with the error shown, if it could
    not be opened)."""
    from ui.session.window import SessionWindow

    if c.project is None:
        return None
    try:
        window = SessionWindow(c.project, interview_id)
    except Exception as exc:  # noqa: BLE001 - shown through the error funnel
        show_error(c.project_window, exc)
        return None
    window.closed.connect(c._session_closed)
    window.lock_requested.connect(c.lock)
    window.withdrawal_flow = c.security.withdraw
    # no idle lock while the interview clock runs; the counts follow the interview
    window.clock_running_changed.connect(c.idle.set_idle_suspended)
    c.idle.set_idle_suspended(window.clock.running)
    if c.project_window is not None:
        window.content_changed.connect(c.project_window.refresh_soon)
    return window
