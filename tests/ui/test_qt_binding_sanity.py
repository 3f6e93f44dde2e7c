"""Guards against a PySide6 regression that aborts the program far from its cause.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` made from Python
(6.11.3 does not). On Python 3.11, where ``True`` is an ordinary object, a few thousand
emits — a model's ``dataChanged`` while someone types — end in "Fatal Python error:
bool_dealloc". pyproject.toml excludes that release; this test says so if it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(int)


def test_emitting_signals_keeps_references_to_true(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[int] = []
    emitter.with_value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(500):
        emitter.plain.emit()
        emitter.with_value.emit(i)
    lost = before - sys.getrefcount(True)
    assert len(received) == 500
    # A leaking binding loses one per emit (1000 here); a few may come and go elsewhere.
    assert lost < 10, f"this PySide6 lost {lost} references to True in 1000 emits"
