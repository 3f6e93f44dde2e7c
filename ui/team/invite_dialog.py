"""'Bjud in medlyssnare': the code to read aloud, the address and QR code for networks where
the co-listener's laptop cannot find this one, and what has happened so far.

Not modal: the interview goes on behind it. Closing it keeps the session; "Avsluta
medlyssning" ends it for both laptops.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.team.live.discovery import format_address
from app.team.live.host import CODE_TTL_S
from ui.style.look import set_tone
from ui.style.palette import WARNING
from ui.team.live_host import LiveHostBridge
from ui.widgets.a11y import describe_as


class InviteDialog(QDialog):
    """Signals:
    end_requested(): the interviewer chose to end live co-listening.
    """

    end_requested = Signal()

    def __init__(self, bridge: LiveHostBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Bjud in medlyssnare"))
        self.setMinimumWidth(480)
        self._deadline = time.monotonic() + CODE_TTL_S

        intro = QLabel(
            self.tr(
                "Be medlyssnaren välja <b>Anslut som medlyssnare</b> i Samtal på sin dator "
                "och skriva den här koden:"
            )
        )
        intro.setWordWrap(True)
        self.code_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.valid_label = QLabel()
        self.valid_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.qr_label = QLabel()
        self.qr_label.setAccessibleName(self.tr("QR-kod med adressen"))
        self.address_label = QLabel()
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fallback = QVBoxLayout()
        fallback.addWidget(self.address_label)
        fallback.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(self.qr_label)
        lower.addLayout(fallback, 1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        set_tone(self.warning_label, WARNING)
        self.warning_label.hide()

        self.new_code_button = QPushButton(self.tr("&Ny kod"))
        self.end_button = QPushButton(self.tr("&Avsluta medlyssning"))
        self.close_button = QPushButton(self.tr("&Stäng"))
        self.close_button.setDefault(True)
        self.new_code_button.clicked.connect(self._new_code)
        self.end_button.clicked.connect(self._end)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_code_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.valid_label)
        layout.addLayout(lower)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+N"), self, self._new_code)

        bridge.code_offered.connect(self._show_code)
        bridge.attempt_failed.connect(self._attempt_failed)
        bridge.code_burned.connect(self._code_burned)
        bridge.connected_changed.connect(self._update_status)
        bridge.quote_stored.connect(lambda _mark, _n: self._update_status())
        bridge.problem.connect(self._problem)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        if bridge.service.code is not None:
            self._show_code(bridge.service.code.text)
        self._update_status()

    # -- what is shown ----------------------------------------------------------------------
    def _show_code(self, text: str) -> None:
        self._deadline = time.monotonic() + CODE_TTL_S
        self.code_label.setText(text)
        describe_as(self.code_label, self.tr("Kod: %1").replace("%1", " ".join(text)))
        self.code_label.setEnabled(True)
        service = self.bridge.service
        address = format_address(service.addresses()[0], service.port)
        self.address_label.setText(
            self.tr(
                "Hittar medlyssnarens dator inte din? Skriv in adressen där (eller läs av "
                "QR-koden med en mobil):<br><b>%1</b><br><br>Båda datorerna ska vara på samma "
                "nätverk (kontorets wifi eller en mobils surfzon)."
            ).replace("%1", address)
        )
        pixmap = QPixmap()
        pixmap.loadFromData(service.qr(scale=4), "PNG")
        self.qr_label.setPixmap(pixmap)
        self.warning_label.hide()
        self._tick()

    def _tick(self) -> None:
        left = int(self._deadline - time.monotonic())
        if left <= 0:
            self.valid_label.setText(self.tr("Koden gäller inte längre. Välj Ny kod."))
            self.code_label.setEnabled(False)
        else:
            minutes, seconds = divmod(left, 60)
            self.valid_label.setText(
                self.tr("Koden gäller i %1 till, för en medlyssnare.").replace(
                    "%1", f"{minutes}:{seconds:02d}"
                )
            )

    def _update_status(self, *_args: object) -> None:
        connected = len(self.bridge.connected)
        if connected:
            text = self.tr("Medlyssnaren är ansluten. %n citat har kommit.", "", self.bridge.stored)
        else:
            text = self.tr("Väntar på medlyssnaren …")
            if self.bridge.stored:
                text = self.tr(
                    "Medlyssnaren är inte ansluten just nu (%n citat har kommit). Citat som "
                    "markeras under tiden skickas när anslutningen är tillbaka.",
                    "",
                    self.bridge.stored,
                )
        self.status_label.setText(text)

    def _attempt_failed(self, reason: str, left: int) -> None:
        if reason not in ("code", "expired", "no_code"):
            return
        if left > 0:
            text = self.tr("Någon försökte ansluta med fel kod. %n försök kvar.", "", left)
        else:
            text = self.tr("Någon försökte ansluta, men koden gäller inte. Välj Ny kod.")
        self.warning_label.setText(text)
        self.warning_label.show()

    def _code_burned(self) -> None:
        self.code_label.setEnabled(False)
        self.warning_label.setText(
            self.tr("Fel kod tre gånger: koden är spärrad. Välj Ny kod och läs upp den igen.")
        )
        self.warning_label.show()

    def _problem(self, code: str) -> None:
        texts = {
            "tamper": self.tr(
                "En anslutning bröts: data hade ändrats på vägen. Inget från den sparades."
            ),
            "protocol": self.tr("En anslutning bröts: den följde inte protokollet."),
            "store_failed": self.tr(
                "Ett citat kunde inte sparas just nu; medlyssnaren skickar det igen."
            ),
        }
        self.warning_label.setText(texts.get(code, code))
        self.warning_label.show()

    # -- actions ----------------------------------------------------------------------------
    def _new_code(self) -> None:
        self.bridge.new_code()

    def _end(self) -> None:
        self.end_requested.emit()
        self.close()
