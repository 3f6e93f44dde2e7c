"""The withdrawal flow opened from the interview window itself (without the app controller:
tests, or the window used on its own). The controller's own flow is
:meth:`ui.security.flows.SecurityFlows.withdraw_interview`; both use the same dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.session.window import SessionWindow


def request(window: SessionWindow) -> None:
    """The informant takes back their consent (or declines): the controller's withdrawal flow,
    or without a controller (tests, the window on its own) the dialog opened here."""
    if window.withdrawal_flow is not None:
        window.withdrawal_flow(window.interview.id)
    else:
        window.withdrawal_dialog = open_dialog(window)


def open_dialog(window: SessionWindow) -> QWidget:
    """Open the withdrawal dialog for the window's interview; erasing first saves and closes
    the window (its text is erased with the interview)."""
    from ui.security.withdrawal import WithdrawalDialog

    dialog = WithdrawalDialog(
        window.project,
        window.interview.id,
        None,
        auditor_code=window.consent_page.auditor.text().strip().upper(),
        before_erase=window.save_and_close,
    )
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.withdrawn.connect(lambda _i: consent_withdrawn(window))
    dialog.open()
    return dialog


def consent_withdrawn(window: SessionWindow) -> None:
    """The withdrawal was recorded: quotes stop, the clock pauses, the consent page says so."""
    window.consent_page.show_withdrawn()
    window._consent_withdrawn()
