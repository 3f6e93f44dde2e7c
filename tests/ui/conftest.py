"""Fixtures for the session tests: a real encrypted project with a small guide, per test.

Names are prefixed ``session_`` so they never shadow the shared fixtures in tests/conftest.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from ui import app_controller

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.analysis.themes import add_default_themes  # noqa: E402
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section  # noqa: E402
from app.guide.repository import add_guide  # noqa: E402
from app.store import KdfParams, Project  # noqa: E402

SESSION_PASSPHRASE = "lösenord-för-test"


def session_kdf() -> KdfParams:
    return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def small_guide() -> Guide:
    return Guide(
        title="Testguide",
        sections=[
            Section(
                "Vid inledande kontakt",
                planned_minutes=5,
                questions=[
                    Question(
                        "Hur fick du information om stödet?",
                        number="1",
                        hint="ta reda på hur informationen upplevdes",
                        follow_ups=[
                            FollowUp("Var det tydligt?"),
                            FollowUp("Vem gav informationen?"),
                        ],
                    ),
                    Question(
                        "Har du bytt handläggare?",
                        number="2",
                        kind=QuestionKind.YES_NO,
                        follow_ups=[
                            FollowUp("Hur länge har du haft stöd?"),
                            FollowUp("Hur var överlämningen?", condition="yes"),
                        ],
                    ),
                ],
            ),
            Section(
                "Under tiden",
                planned_minutes=20,
                questions=[
                    Question(
                        "Hur vill du sköta kontakten?", number="1", hint="telefon, e-post, möten"
                    ),
                    Question("Vad är ett gott bemötande?", number="2"),
                ],
            ),
        ],
    )


@pytest.fixture(autouse=True)
def _session_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    from ui import settings as ui_settings
    from ui.errors import ErrorBox
    from ui.session.quote_panel import QuotePanel
    from ui.session.window import SessionWindow

    home = tmp_path_factory.mktemp("session-home")
    monkeypatch.setenv("SAMTAL_HOME", str(home))
    ui_settings.reset_for_tests()
    monkeypatch.setattr(ErrorBox, "captured", [])
    monkeypatch.setattr(SessionWindow, "ask_finish", classmethod(lambda cls, parent: True))
    monkeypatch.setattr(SessionWindow, "ask_close", classmethod(lambda cls, parent: "pause"))
    monkeypatch.setattr(QuotePanel, "ask_delete", classmethod(lambda cls, parent: True))
    yield home
    ui_settings.reset_for_tests()


@pytest.fixture
def session_project(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(
        tmp_path / "session", SESSION_PASSPHRASE, audit_name="Testgranskning", kdf=session_kdf()
    )
    add_guide(p.db, small_guide())
    add_default_themes(p.db)
    yield p
    if not p.closed:
        p.close()


class FakeTime:
    """A monotonic clock the test moves by hand (seconds)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    from ui.session.window import SessionWindow

    ft = FakeTime()
    monkeypatch.setattr(SessionWindow, "time_source", staticmethod(ft))
    return ft


class Clocks:
    """Fake monotonic and wall clocks for the idle watcher."""

    def __init__(self) -> None:
        self.mono = 5000.0
        self.wall = 1_800_000_000.0

    def advance(self, seconds: float, asleep: bool = False) -> None:
        """Time passes; while ``asleep`` the monotonic clock stands still (Linux, macOS)."""
        self.wall += seconds
        if not asleep:
            self.mono += seconds


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    from ui.security.idle_lock import IdleWatcher

    c = Clocks()
    monkeypatch.setattr(IdleWatcher, "monotonic", staticmethod(lambda: c.mono))
    monkeypatch.setattr(IdleWatcher, "wall_clock", staticmethod(lambda: c.wall))
    return c


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[app_controller.AppController]:
    """An app controller over an empty projects folder, shut down and its clipboard copy
    cleared afterwards."""
    from ui.app_controller import AppController
    from ui.widgets import clipboard

    c = AppController(tmp_path / "projekt")
    qtbot.addWidget(c.start)
    yield c
    c.shutdown()
    for w in (c.project_window, c.unlock_dialog):
        if w is not None:
            w.hide()
    clipboard.clear_if_ours()


@pytest.fixture(autouse=True)
def _stop_controllers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every AppController a test makes is stopped afterwards.

    A running controller has an application-wide input filter; left behind, it would watch
    the next test's events (and its teardown once crashed the process).
    """
    from ui import app_controller

    made: list[app_controller.AppController] = []
    original = app_controller.AppController.__init__

    def record(self: app_controller.AppController, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(app_controller.AppController, "__init__", record)
    yield
    for controller in made:
        controller.idle.stop()
