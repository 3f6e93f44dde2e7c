"""Background work: run a function off the UI thread and get the result back by signal.

Widgets are never touched from the worker. A progress dialog appears only if the work
takes longer than half a second. ``Tasks.synchronous = True`` (tests) runs work inline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Tasks:
    synchronous = False
    _live: set[_Signals] = set()

    @classmethod
    def run(
        cls,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
        label: str | None = None,
    ) -> None:
        """Run ``fn`` in the background; ``on_done(result)`` or ``on_error(exc)`` on the UI
        thread.
        """
        if cls.synchronous:
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001
                on_error(exc)
            else:
                on_done(result)
            return
        signals = _Signals()
        cls._live.add(signals)
        dialog: list[QProgressDialog] = []
        timer = QTimer(signals)
        timer.setSingleShot(True)

        def show_progress() -> None:
            if label is None:
                return
            d = QProgressDialog(label, "", 0, 0, parent)
            d.setCancelButton(None)
            d.setWindowModality(Qt.WindowModality.WindowModal)
            d.setMinimumDuration(0)
            d.setAccessibleName(label)
            d.show()
            dialog.append(d)

        def finish() -> None:
            timer.stop()
            for d in dialog:
                d.close()
                d.deleteLater()
            cls._live.discard(signals)
            signals.deleteLater()

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            on_error(exc)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        timer.timeout.connect(show_progress)
        timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Job(fn, signals))
