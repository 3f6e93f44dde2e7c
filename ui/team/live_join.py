"""'Anslut som medlyssnare': type the interviewer's code, then co-listener mode, live.

:class:`JoinDialog` asks for the code (and, where the network hides the interviewer's laptop,
its address), pairs in the background and hands over a :class:`LiveColistenerSession`. That
session shows the same co-listener mode window as the offline round trip
(:class:`ui.team.colistener_window.ColistenerWindow`), with a live backend: the question
follows the interviewer, marks are sent at once (kept encrypted in the outbox until the
interviewer has stored them), and the end of the session closes the window and erases this
laptop's copy unless the co-listener keeps a quotes package.
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.interview.runner import format_clock
from app.paths import data_dir
from app.team.live import events as ev
from app.team.live.colisten_live import LiveColistenBackend, write_quotes_package
from app.team.live.colistener import LiveColistener
from app.team.live.discovery import parse_address
from app.team.live.outbox import Outbox, erase_folder
from app.team.live.pairing_code import PairingCode
from ui.errors import message_for
from ui.style.look import set_tone
from ui.style.palette import ERROR
from ui.team.colistener_window import ColistenerWindow
from ui.widgets import file_dialogs
from ui.widgets.a11y import describe_as

NOT_FOUND_TRIES = 3  # discovery rounds before asking for the address


def outbox_folder() -> Path:
    return data_dir() / "colisten" / f"live-{secrets.token_hex(8)}"


class _Relay(QObject):
    """Network events onto the UI thread (queued)."""

    arrived = Signal(object)

    def send(self, e: ev.Event) -> None:
        with contextlib.suppress(RuntimeError):  # the receiver is gone: nothing to tell
            self.arrived.emit(e)


class JoinDialog(QDialog):
    """Signals:
    joined(object): paired; the :class:`LiveColistenerSession` to show.
    """

    joined = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anslut som medlyssnare"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Skriv koden som intervjuaren läser upp (nio siffror). Båda datorerna ska "
                "vara på samma nätverk."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("274-819-035")
        self.code.setAccessibleName(self.tr("Kod från intervjuaren"))
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.code.setFont(font)
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.20:50123")
        self.address.setAccessibleName(self.tr("Intervjuarens adress (om den inte hittas)"))
        form = QFormLayout()
        form.addRow(self.tr("&Kod:"), self.code)
        form.addRow(self.tr("&Adress (behövs sällan):"), self.address)
        self.status = QLabel()
        self.status.setWordWrap(True)
        describe_as(self.status, self.tr("Status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Anslut"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._on_event)
        self.client: LiveColistener | None = None
        self.outbox: Outbox | None = None
        self._not_found = 0

    # -- connecting -----------------------------------------------------------------------------
    def connect_now(self) -> None:
        if self.client is not None:
            return
        try:
            code = PairingCode.parse(self.code.text())
            typed = self.address.text().strip()
            address = parse_address(typed) if typed else None
        except SamtalError as exc:
            self._say(message_for(exc), error=True)
            return
        folder = outbox_folder()
        try:
            self.outbox = Outbox.open(folder)
        except SamtalError as exc:
            self._say(message_for(exc), error=True)
            return
        self.client = LiveColistener(self.outbox, self._relay.send, address=address, code=code)
        self._not_found = 0
        self.connect_button.setEnabled(False)
        self._say(
            self.tr("Ansluter …") if address else self.tr("Letar efter intervjuarens dator …")
        )
        self.client.start()

    def _on_event(self, e: ev.Event) -> None:
        if self.client is None:
            return
        match e:
            case ev.Welcome(info, _):
                try:
                    backend = LiveColistenBackend(self.client, info)
                except SamtalError as exc:
                    self._give_up(message_for(exc))
                    return
                assert self.outbox is not None
                session = LiveColistenerSession(self.client, self.outbox, backend)
                self._relay.arrived.disconnect(self._on_event)
                self._relay.arrived.connect(session.on_event)
                self._relay.setParent(session)  # the relay lives as long as the session
                self.client = self.outbox = None
                self.accept()
                self.joined.emit(session)
            case ev.WrongCode(reason):
                texts = {
                    "code": self.tr("Fel kod. Kontrollera siffrorna med intervjuaren."),
                    "expired": self.tr("Koden har gått ut. Be intervjuaren om en ny kod."),
                }
                self._give_up(
                    texts.get(
                        reason, self.tr("Intervjuaren tar inte emot någon kod just nu (%1).")
                    ).replace("%1", reason)
                )
            case ev.NotTheHost():
                self._give_up(self.tr("Datorn på den adressen kan inte koden."))
            case ev.Disconnected("not_found"):
                self._not_found += 1
                if self._not_found >= NOT_FOUND_TRIES:
                    self._give_up(
                        self.tr(
                            "Hittar ingen intervjuare med den koden på nätverket. Skriv "
                            "adressen som intervjuaren ser under koden."
                        )
                    )
                    self.address.setFocus()
            case ev.Disconnected("network"):
                self._say(self.tr("Får ingen kontakt ännu – försöker igen …"))

    def _give_up(self, text: str) -> None:
        if self.client is not None:
            self.client.stop()
            self.client = None
        if self.outbox is not None:
            self.outbox.erase()
            self.outbox = None
        self.connect_button.setEnabled(True)
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.status, ERROR if error else None)
        self.status.setText(text)

    def reject(self) -> None:
        self._give_up("")
        super().reject()


class LiveColistenerSession(QObject):
    """One live co-listening session on the co-listener's laptop.

    Signals:
        ended(): the session is over and this laptop's copy is gone (or kept as a package).
    """

    ended = Signal()

    def __init__(
        self, client: LiveColistener, outbox: Outbox, backend: LiveColistenBackend
    ) -> None:
        super().__init__()
        self.client = client
        self.outbox_folder = outbox.folder
        self.backend = backend
        self.kept: Path | None = None
        self.delivered = 0
        self.pending = 0
        self.connected = True
        self.window = LiveColistenerWindow(backend, self)
        self.window.return_requested.connect(self.keep_package)
        self.window.set_current_question(backend.current_question, external=True)
        self._finished = False
        self._update_status()

    def show(self) -> None:
        self.window.show()
        self.window.raise_()

    # -- events from the network -------------------------------------------------------------
    def on_event(self, e: ev.Event) -> None:
        match e:
            case ev.Question(current, _, _):
                self.window.set_current_question(self.backend.ref_of(current), external=True)
            case ev.Queued(_seq, pending):
                self.pending = pending
            case ev.Delivered(upto, pending):
                self.delivered, self.pending = upto, pending
            case ev.Welcome():
                self.connected = True
            case ev.Disconnected():
                self.connected = False
            case ev.NotQueued(code):
                self.window.say(
                    self.tr(
                        "Ett citat kunde inte sparas för att skickas (%1). Skriv det igen."
                    ).replace("%1", code),
                    error=True,
                )
            case ev.Refused(_seq, reason):
                self.window.say(self.tr("Ett citat sparades inte hos intervjuaren (%1).")
                                .replace("%1", reason), error=True)  # fmt: skip
            case ev.Ended():
                self.finish(by_host=True)
                return
        self._update_status()

    def _update_status(self) -> None:
        if self._finished:
            return
        where = (
            self.tr("Ansluten till intervjuaren")
            if self.connected
            else self.tr("Inte ansluten – citaten väntar krypterade och skickas sedan")
        )
        text = self.tr("%1 · %2 citat framme · %3 väntar")
        self.window.statusBar().showMessage(
            text.replace("%1", where)
            .replace("%2", str(self.delivered))
            .replace("%3", str(self.pending))
        )

    # -- keeping a package, ending -----------------------------------------------------------
    @classmethod
    def choose_package_file(cls, parent: QWidget, suggestion: str) -> Path | None:
        """Where to keep the quotes package (tests replace this)."""
        from app.team.envelope import SUFFIX
        from ui.team.share_dialog import default_package_folder

        chosen = file_dialogs.save_file_name(
            parent,
            parent.tr("Spara citatpaket"),
            default_package_folder() / (suggestion + SUFFIX),
            parent.tr("Samtal-paket (*%1)").replace("%1", SUFFIX),
            SUFFIX.lstrip("."),
        )
        return Path(chosen) if chosen else None

    def keep_package(self) -> None:
        """Keep this session's marks as a quotes package for the interviewer (Ctrl+Shift+S)."""
        path = self.choose_package_file(self.window, f"citat-{self.backend.briefing.code}")
        if path is None:
            return
        try:
            write_quotes_package(self.backend, path)
        except SamtalError as exc:
            self.window.say(message_for(exc), error=True)
            return
        self.kept = path
        self.window.say(self.tr("Citatpaketet är sparat: %1").replace("%1", path.name))

    @classmethod
    def ask_keep(cls, parent: QWidget, undelivered: int) -> bool:
        """The session ended with marks that never arrived: keep them as a package? (tests
        replace this)."""
        answer = QMessageBox.question(
            parent,
            parent.tr("Medlyssningen är avslutad"),
            parent.tr(
                "%1 citat kom aldrig fram till intervjuaren. Spara dem som citatpaket? "
                "Annars raderas de från den här datorn."
            ).replace("%1", str(undelivered)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def finish(self, *, by_host: bool, close_window: bool = True) -> None:
        """End this laptop's side: stop, erase the outbox and the marks, close the window."""
        if self._finished:
            return
        if (
            by_host
            and self.pending
            and self.kept is None
            and self.ask_keep(self.window, self.pending)
        ):
            self.keep_package()
        self._finished = True
        if not by_host:
            self.client.leave()
        else:
            self.client.stop()
        erase_folder(self.outbox_folder)
        self.backend.marks.forget()
        if close_window:
            self.window.finish_live()
        self.ended.emit()


class LiveColistenerWindow(ColistenerWindow):
    """Co-listener mode with a live backend: the clock and the question are the interviewer's."""

    def __init__(self, backend: LiveColistenBackend, session: LiveColistenerSession) -> None:
        self.session = session
        self._live_closing = False
        super().__init__(backend)
        self.clock = backend.clock()  # the interviewer's
        self.clock_button.hide()
        self.follow_box.hide()
        self.clock_action.setEnabled(False)
        self.follow_action.setEnabled(False)
        self.return_button.setText(self.tr("Spara kopia som citatpaket… (Ctrl+Shift+S)"))
        self.help.setText(
            self.tr(
                "Intervjuaren styr frågan och klockan · Enter skickar citatet · Alt+S stjärna · "
                "Ctrl+1–9 teman"
            )
        )
        self.mark_saved.connect(self._sent)
        self.setWindowTitle(
            self.tr("Samtal – medlyssnare live, %1").replace("%1", backend.briefing.code)
        )

    def _sent(self, uid: str) -> None:
        mark = next((m for m in self.session.backend.marks.marks() if m.uid == uid), None)
        when = format_clock(mark.at_ms) if mark else ""
        self._say(self.tr("Skickat till intervjuaren (%1).").replace("%1", when))

    def say(self, text: str, error: bool = False) -> None:
        self._say(text, error)

    def finish_live(self) -> None:
        self._live_closing = True
        self.refresh_marks()
        self.close()

    @classmethod
    def ask_leave(cls, parent: QWidget) -> bool:
        """Closing the window mid-session leaves it (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            parent.tr("Lämna medlyssningen"),
            parent.tr(
                "Lämna medlyssningen? Citat som inte har kommit fram raderas från den här "
                "datorn om du inte sparar en kopia först (Ctrl+Shift+S)."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._live_closing:
            if not self.ask_leave(self):
                event.ignore()
                return
            self._live_closing = True
            self.session.finish(by_host=False, close_window=False)
        super().closeEvent(event)
