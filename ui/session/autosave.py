"""Autosave: snapshots taken on the UI thread, written by one background thread.

Typing marks a source dirty. The first change starts a timer (``session/autosave_ms``,
default 800 ms) that is *not* restarted by later keystrokes, so continuous typing is still
saved at least once per interval. When it fires, each dirty source is snapshotted (cheap:
plain Python data) and handed to a single-thread executor. Batches that wait behind a
running write are merged, so a slow disk never builds a queue. A failed write (disk full)
keeps its data queued, reports through ``failed`` and is retried.

Why not :class:`ui.tasks.Tasks`: autosave needs exactly one writer, writes in the order they
were taken, merging of batches that wait, and a synchronous :meth:`Autosaver.flush` on close,
lock and quit that returns only when the text is on disk (or raises). A pool of independent
jobs offers none of these, so this is the one documented exception to "background work goes
through ``ui/tasks.py``".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.interview.autosave import SaveBatch

log = logging.getLogger(__name__)

RETRY_MS = 5000

Writer = Callable[[SaveBatch], None]
Source = Callable[[SaveBatch], None]


class Autosaver(QObject):
    """Signals:
    saved(float): a batch reached the database (wall-clock ``time.time()``).
    failed(object): a write failed; the exception (its data is kept and retried).
    """

    saved = Signal(float)
    failed = Signal(object)

    def __init__(self, writer: Writer, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer
        self._dirty: dict[object, Source] = {}
        self._queued: SaveBatch | None = None
        self._queue_lock = threading.Lock()
        self._scheduled = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._last_future: Future[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self.failures = 0
        self._closed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def touch(self, key: object, source: Source) -> None:
        """``key`` changed; ``source(batch)`` adds its snapshot to a batch when it is time."""
        if self._closed:
            return
        self._dirty[key] = source
        if not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        with self._queue_lock:
            return bool(self._dirty) or self._queued is not None or self._scheduled

    def _collect(self) -> SaveBatch:
        batch = SaveBatch()
        dirty, self._dirty = self._dirty, {}
        for source in dirty.values():
            source(batch)
        return batch

    def save_now(self) -> None:
        """Snapshot what is dirty and write it in the background (never blocks)."""
        self._timer.stop()
        if self._closed:  # e.g. a focus change while the closed window is cleared
            return
        batch = self._collect()
        with self._queue_lock:
            if batch.empty and self._queued is None:
                return
            self._queued = batch if self._queued is None else self._queued.merge_under(batch)
            if self._scheduled:
                return  # the running worker picks it up
            self._scheduled = True
        self._last_future = self._executor.submit(self._drain)

    def _drain(self) -> None:
        """Worker thread: write queued batches until none is left."""
        while True:
            with self._queue_lock:
                batch = self._queued
                self._queued = None
                if batch is None or batch.empty:
                    self._scheduled = False
                    return
            try:
                self._writer(batch)
            except Exception as exc:  # noqa: BLE001 - reported to the UI thread, data kept
                with self._queue_lock:
                    self._queued = (
                        batch if self._queued is None else batch.merge_under(self._queued)
                    )
                    self._scheduled = False
                log.warning("autosave failed: %s", exc.__class__.__name__)
                self.failed.emit(exc)
                return
            self.saved.emit(time.time())

    def flush(self, timeout: float = 10.0) -> None:
        """Write everything now and wait for it (close, lock, finish).

        Raises:
            The writer's exception if the data could not be written (it stays queued).
        """
        self._timer.stop()
        self._retry.stop()
        batch = self._collect()
        with self._queue_lock:
            if not batch.empty:
                self._queued = batch if self._queued is None else self._queued.merge_under(batch)
        # Wait for a running write, then write what is left on this thread.
        if self._last_future is not None:
            self._last_future.result(timeout)
        with self._queue_lock:
            left = self._queued
            self._queued = None
            self._scheduled = False
        if left is None or left.empty:
            return
        try:
            self._writer(left)
        except Exception:
            with self._queue_lock:
                self._queued = left
            raise
        self.saved.emit(time.time())

    def retry_later(self) -> None:
        self.failures += 1
        self._retry.start()

    def close(self) -> None:
        """Stop the worker (call :meth:`flush` first)."""
        self._closed = True
        self._timer.stop()
        self._retry.stop()
        self._executor.shutdown(wait=True)
