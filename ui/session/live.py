"""The session window's side of live co-listening: nothing until the interviewer invites a
co-listener (then :mod:`ui.team.session_live` is loaded), or until the window reopens an
interrupted live session whose co-listeners may come back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.interview.records import Status

if TYPE_CHECKING:
    from ui.session.window import SessionWindow
    from ui.team.session_live import LiveInSession


class SessionLive:
    def __init__(self, window: SessionWindow) -> None:
        self.window = window
        self.session: LiveInSession | None = None

    def _session(self) -> LiveInSession:
        if self.session is None:
            from ui.team.session_live import LiveInSession

            self.session = LiveInSession(self.window)
        return self.session

    def resume(self) -> None:
        """At window open: listen again for co-listeners of an interrupted session."""
        from app.team.live.project_store import has_peers

        w = self.window
        if has_peers(w.db, w.interview.id) and w.interview.status is not Status.FINISHED:
            self._session().start(offer_code=False)

    def invite(self) -> None:
        """'Bjud in medlyssnare': a code for a co-listener on their own laptop."""
        if self.window.interview.status is not Status.FINISHED:
            self._session().invite()

    def moved(self) -> None:
        """The question or the clock changed: tell the co-listeners."""
        if self.session is not None:
            self.session.moved()

    def end(self) -> None:
        """The interview is finished: end live co-listening on both laptops."""
        if self.session is not None:
            self.session.end()

    def suspend(self) -> None:
        """The window closes (or the project locks): co-listeners queue and resume later."""
        if self.session is not None:
            self.session.suspend()
