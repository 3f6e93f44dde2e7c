"""Background work that reports its steps: key rotation, restore, erasure with its backups.

Like :class:`ui.tasks.Tasks` (the work runs off the UI thread, results come back by signal,
``Tasks.synchronous`` runs it inline in tests), but the work gets a ``progress(step, done,
total)`` callback whose calls arrive on the UI thread as :attr:`StepRunner.progressed`, so a
dialog can show a real progress bar and say which step it is on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from ui.tasks import Tasks

Progress = Callable[[str, int, int], None]


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], runner: StepRunner) -> None:
        super().__init__()
        self.fn = fn
        self.runner = runner
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.runner.progressed.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.runner.failed.emit(exc)
        else:
            self.runner.done.emit(result)


class StepRunner(QObject):
    """Signals:
    progressed(str, int, int): a step began (step, done, total), on the UI thread.
    done(object): the work's result.
    failed(object): the exception it raised.
    """

    progressed = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(object)
    _live: set[StepRunner] = set()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False

    def start(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``fn(progress)`` in the background; then ``on_done(result)`` or ``on_error``."""
        self.running = True

        def finish() -> None:
            self.running = False
            for signal in (self.done, self.failed):
                signal.disconnect()
            StepRunner._live.discard(self)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            on_error(exc)

        if Tasks.synchronous:
            try:
                result = fn(self.progressed.emit)
            except BaseException as exc:  # noqa: BLE001 - as the threaded path
                self.running = False
                on_error(exc)
            else:
                self.running = False
                on_done(result)
            return
        StepRunner._live.add(self)
        self.done.connect(done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(_Job(fn, self))
