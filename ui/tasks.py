"""Background work: run a function off the UI thread and get the result back by signal.

Widgets are never touched from the worker. A progress dialog appears only if the work
takes longer than half a second. ``Tasks.synchronous = True`` (tests) runs work inline and
catches exactly what the threaded path catches.

A job outlives the window that started it: if its parent (or the progress dialog) was
deleted meanwhile, the job still finishes cleanly; a result meant for a widget that no longer
exists is dropped, as Qt drops a signal to a deleted receiver, and a result for a live
object (the app controller) is delivered. Errors go to the error funnel
(:func:`ui.errors.show_error`) unless the caller handles them. :meth:`Tasks.wait_all` lets
quitting wait for running jobs and delivers their results.

Autosave does not use this helper: it keeps one writer thread of its own
(:mod:`ui.session.autosave`) because its writes must run one at a time, in order, merge
while one is pending, and be flushed synchronously on close, lock and quit — a pool of
independent jobs gives none of that.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
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


def _alive(obj: object) -> bool:
    """False for a Qt object whose C++ side was deleted; True for anything else."""
    return not isinstance(obj, shiboken6.Shiboken.Object) or shiboken6.isValid(obj)


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """A bound method of a deleted widget must not run (its ``self`` is gone)."""
    return _alive(getattr(callback, "__self__", None))


class Tasks:
    synchronous = False
    _live: set[_Signals] = set()

    @classmethod
    def run(
        cls,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        label: str | None = None,
    ) -> None:
        """Run ``fn`` in the background; ``on_done(result)`` or ``on_error(exc)`` on the UI
        thread. Without ``on_error`` the error is shown through the error funnel.
        """
        if on_error is None:
            on_error = _funnel(parent)
        if cls.synchronous:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - as the threaded path
                _deliver(on_error, exc)
            else:
                _deliver(on_done, result)
            return
        signals = _Signals()
        cls._live.add(signals)
        dialog: list[QProgressDialog] = []
        timer = QTimer(signals)
        timer.setSingleShot(True)

        def show_progress() -> None:
            if label is None or (parent is not None and not _alive(parent)):
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
                if _alive(d):  # deleted with its parent window: nothing left to close
                    d.close()
                    d.deleteLater()
            dialog.clear()
            cls._live.discard(signals)
            signals.deleteLater()

        def done(result: Any) -> None:
            finish()
            _deliver(on_done, result)

        def failed(exc: BaseException) -> None:
            finish()
            _deliver(on_error, exc)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        timer.timeout.connect(show_progress)
        timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Job(fn, signals))

    @classmethod
    def running(cls) -> int:
        """How many jobs have not delivered their result yet."""
        return len(cls._live)

    @classmethod
    def wait_all(cls, timeout_ms: int = -1) -> bool:
        """Wait for every running job and deliver its result (quitting). False on timeout."""
        finished = QThreadPool.globalInstance().waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()  # the queued done/failed calls
        return finished and not cls._live


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    if _receiver_alive(callback):
        callback(value)
    else:
        log.info("task result dropped: its window was closed")


def _funnel(parent: QWidget | None) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        from ui.errors import show_error

        show_error(parent if parent is not None and _alive(parent) else None, exc)

    return show
