"""One quote from a script: pair, send, wait until the host has stored it, leave.

Used by ``samtal colisten send``. The mark goes through the same encrypted outbox as in the
window (a fresh one under the app's data folder), which is erased afterwards whatever
happened: a script that wants to retry simply runs again.
"""

from __future__ import annotations

import queue
import secrets
import time
from pathlib import Path

from app.paths import data_dir
from app.team.live import events as ev
from app.team.live.colistener import LiveColistener
from app.team.live.errors import LiveError, NotHost, PairingRefused
from app.team.live.outbox import Outbox, erase_folder
from app.team.live.pairing_code import PairingCode


class Unreachable(LiveError):
    """No host answered at that address in time."""

    code = "colisten_unreachable"


class NotStored(LiveError):
    """The host refused the quote (``detail``: consent, quote_empty, …)."""

    code = "colisten_not_stored"


def send_one(
    address: tuple[str, int],
    code: PairingCode,
    text: str,
    *,
    star: bool = False,
    theme: str | None = None,
    timeout_s: float = 20.0,
    outbox_folder: Path | None = None,
) -> int:
    """Send one quote; returns its sequence number once the host has stored it.

    Raises:
        PairingRefused: wrong, expired or used code (nothing was sent).
        NotHost: the other side did not know the code.
        Unreachable: no connection within ``timeout_s``.
        NotStored: the host refused the quote.
    """
    folder = outbox_folder or data_dir() / "colisten" / f"send-{secrets.token_hex(8)}"
    events: queue.Queue[ev.Event] = queue.Queue()
    outbox = Outbox.open(folder)
    client = LiveColistener(outbox, events.put, address=address, code=code)
    deadline = time.monotonic() + timeout_s
    try:
        client.start()
        seq, marked = 0, False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Unreachable()
            try:
                event = events.get(timeout=left)
            except queue.Empty:
                continue
            match event:
                case ev.Welcome() if not marked:
                    client.mark(text, star=star, theme=theme)
                    marked = True
                case ev.Queued(queued_seq, _):
                    seq = queued_seq
                case ev.Delivered(upto, _) if seq and upto >= seq:
                    client.leave()
                    return seq
                case ev.Refused(_, reason):
                    client.leave()
                    raise NotStored("colisten_" + reason)
                case ev.WrongCode(reason):
                    raise PairingRefused("colisten_" + reason)
                case ev.NotTheHost():
                    raise NotHost()
                case ev.Ended():
                    raise Unreachable("colisten_ended")
    finally:
        client.stop()
        outbox.close()
        erase_folder(folder)
