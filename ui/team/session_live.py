"""Live co-listening inside the interviewer's session window.

The window calls :meth:`LiveInSession.moved` whenever the question or the clock changes and
:meth:`suspend` / :meth:`end` when it closes or the interview is finished. Arrivals update a
quiet label in the runner's top bar and, a moment later, the quote list: never a dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.team.live.follow import live_briefing, question_payload
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import HINT, WARNING
from ui.team.live_host import LiveHostBridge

if TYPE_CHECKING:
    from app.interview.quotes import QuoteMark
    from ui.session.window import SessionWindow
    from ui.team.invite_dialog import InviteDialog


class LiveInSession(QObject):
    def __init__(self, window: SessionWindow) -> None:
        super().__init__(window)
        self.window = window
        interview = window.interview
        info = live_briefing(window.db, interview.id)
        self.bridge = LiveHostBridge(
            window.db,
            interview.id,
            info=info,
            created_by=interview.co_listener_code,
            bind=str(settings().get("live/bind")),
            parent=self,
        )
        self.dialog: InviteDialog | None = None
        self._tried = False
        self.bridge.quote_stored.connect(self._arrived)
        self.bridge.connected_changed.connect(lambda _n: self._update_label())
        self.bridge.attempt_failed.connect(self._attempt_failed)
        self.label = window.page.live_label

    def start(self, *, offer_code: bool) -> None:
        self.bridge.start(offer_code=offer_code)
        self.moved()
        self._update_label()
        self.label.show()

    def invite(self) -> None:
        """'Bjud in medlyssnare': show the code (a new one if none is valid)."""
        from ui.team.invite_dialog import InviteDialog

        if not self.bridge.running:
            self.start(offer_code=True)
        elif self.bridge.service.code is None:
            self.bridge.new_code()
        if self.dialog is None:
            self.dialog = InviteDialog(self.bridge, self.window)
            self.dialog.end_requested.connect(self.end)
        self.dialog.show()
        self.dialog.raise_()

    def moved(self) -> None:
        w = self.window
        current = question_payload(w.guide, w.runner.current, w.runner.position_text())
        self.bridge.set_question(current, w.clock.elapsed_ms(), w.clock.running)

    def suspend(self) -> None:
        self.bridge.suspend()
        self._close_dialog()

    def end(self) -> None:
        self.bridge.end()
        self._close_dialog()
        self.label.hide()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    # -- quiet updates ----------------------------------------------------------------------
    def _arrived(self, mark: QuoteMark, _count: int) -> None:
        self._update_label()
        self.window.quote_panel.insert_mark(mark)  # no database read on the UI thread

    def _attempt_failed(self, reason: str, _left: int) -> None:
        if reason in ("code", "expired", "no_code"):
            self._tried = True
            self._update_label()

    def _update_label(self) -> None:
        n = self.bridge.stored
        if self.bridge.connected:
            text = self.tr("Medlyssnare ansluten · %n citat", "", n)
        else:
            text = self.tr("Medlyssnare inte ansluten · %n citat", "", n)
        if self._tried:
            text += " · " + self.tr("någon försökte med fel kod")
        self.label.setText(text)
        set_tone(self.label, WARNING if self._tried else HINT)
