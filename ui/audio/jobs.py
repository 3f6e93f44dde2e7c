"""Long audio work off the UI thread, with progress and cancel (import, speech-to-text).

``ui/tasks.py`` runs short jobs without a cancel button; these jobs take minutes, so they get
a progress dialog (after half a second, as everywhere) with **Avbryt**. The work function gets
``progress(fraction)`` and a ``threading.Event`` to check; results and errors come back to the
UI thread by signal. Widgets are never touched from the worker.

Signals:
    progress(float): 0..1.
    finished(object): the work's result.
    failed(object): the exception (``Cancelled`` after a cancel).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[float], None], threading.Event], Any]


class _Runner(QRunnable):
    def __init__(self, job: CancellableJob, work: Work) -> None:
        super().__init__()
        self.job = job
        self.work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.job._progress.emit, self.job.cancel_event)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.job._failed.emit(exc)
        else:
            self.job._finished.emit(result)


class CancellableJob(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    _progress = Signal(float)
    _finished = Signal(object)
    _failed = Signal(object)

    PROGRESS_DELAY_MS = 500
    _live: set[CancellableJob] = set()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__()
        self.label = label
        self.parent_widget = parent
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.running = False
        self._fraction = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        queued = Qt.ConnectionType.QueuedConnection
        self._progress.connect(self._on_progress, queued)
        self._finished.connect(self._on_finished, queued)
        self._failed.connect(self._on_failed, queued)

    def start(self, work: Work) -> None:
        self.running = True
        CancellableJob._live.add(self)  # outlives a closed parent window
        self._timer.start(self.PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Runner(self, work))

    def cancel(self) -> None:
        self.cancel_event.set()

    # -- UI thread ----------------------------------------------------------------------
    def _show_dialog(self) -> None:
        if not self.running:
            return
        if self.parent_widget is not None and not shiboken6.isValid(self.parent_widget):
            self.parent_widget = None
        d = QProgressDialog(self.label, self.tr("Avbryt"), 0, 1000, self.parent_widget)
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(0)
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.setAccessibleName(self.label)
        d.setValue(int(self._fraction * 1000))
        d.canceled.connect(self.cancel)
        d.show()
        self.dialog = d

    def _on_progress(self, fraction: float) -> None:
        self._fraction = fraction
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setValue(int(fraction * 1000))
        self.progress.emit(fraction)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        d, self.dialog = self.dialog, None
        if d is not None and shiboken6.isValid(d):  # its parent window may be gone
            d.canceled.disconnect(self.cancel)
            d.close()
            d.deleteLater()
        CancellableJob._live.discard(self)

    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._close()
        self.failed.emit(exc)
