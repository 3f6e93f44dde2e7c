"""Fixtures of the field-readiness tests (issue 14): a controller and fake idle clocks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.app_controller import AppController
from ui.security.idle_lock import IdleWatcher
from ui.widgets import clipboard


class Clocks:
    """Fake monotonic and wall clocks for the idle watcher."""

    def __init__(self) -> None:
        self.mono = 5000.0
        self.wall = 1_800_000_000.0

    def advance(self, seconds: float, asleep: bool = False) -> None:
        self.wall += seconds
        if not asleep:
            self.mono += seconds


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    c = Clocks()
    monkeypatch.setattr(IdleWatcher, "monotonic", staticmethod(lambda: c.mono))
    monkeypatch.setattr(IdleWatcher, "wall_clock", staticmethod(lambda: c.wall))
    return c


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[AppController]:
    c = AppController(tmp_path / "projekt")
    qtbot.addWidget(c.start)
    yield c
    c.shutdown()
    for w in (c.project_window, c.unlock_dialog):
        if w is not None:
            w.hide()
    clipboard.clear_if_ours()
