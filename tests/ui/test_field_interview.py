"""Issue 14, the interview: no idle lock while the clock runs, section introductions, focus and
shortcuts, a calm layout, and closing mid-interview (real widgets, a real encrypted project)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.field_helpers import clocks, consented, controller, open_session  # noqa: F401
from tests.ui.session_helpers import CTRL, key
from ui.settings import settings
from ui.start.unlock import UnlockDialog


# -- 1. no idle lock while the interview clock runs -------------------------------------------
def pass_time(controller, clocks, seconds: int) -> None:
    """Awake: the idle watcher's check runs every 5 s, as its timer would."""
    for _ in range(seconds // 5):
        clocks.advance(5)
        controller.idle.check()


def test_idle_lock_waits_while_the_clock_runs_and_resumes_on_pause(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    settings().set("security/idle_lock_minutes", 1)
    window = open_session(qtbot, controller, session_project, consented(session_project))
    assert window.clock.running
    pass_time(controller, clocks, 15 * 60)  # the interviewer listens for a quarter of an hour
    assert controller.project is not None and window.isVisible()
    key(window.page.note_editor, Qt.Key.Key_P, CTRL)  # pause
    assert not window.clock.running
    pass_time(controller, clocks, 50)
    assert controller.project is not None  # idle time counts from the pause, not from before
    pass_time(controller, clocks, 15)
    assert controller.project is None and session_project.closed


def test_idle_lock_resumes_when_the_interview_ends(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    settings().set("security/idle_lock_minutes", 1)
    window = open_session(qtbot, controller, session_project, consented(session_project))
    pass_time(controller, clocks, 300)
    assert controller.project is not None
    window.finish()
    pass_time(controller, clocks, 65)
    assert controller.project is None


def test_os_lock_sleep_and_ctrl_l_still_lock_while_the_clock_runs(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    interview_id = consented(session_project)
    folder = session_project.folder
    from app.store import Project
    from tests.ui.conftest import SESSION_PASSPHRASE

    triggers = [
        lambda w: controller.idle.os_signals.on_screensaver(True),
        lambda w: controller.idle.os_signals.on_prepare_for_sleep(True),
        lambda w: key(w.page.note_editor, Qt.Key.Key_L, CTRL),
    ]
    project = session_project
    for trigger in triggers:
        window = open_session(qtbot, controller, project, interview_id)
        if not window.clock.running:
            window.toggle_pause()
        assert window.clock.running and controller.idle.idle_suspended
        trigger(window)
        assert controller.project is None and project.closed
        project = Project.open(folder, SESSION_PASSPHRASE)
    # asleep 20 minutes with the clock running: the first tick after waking locks
    window = open_session(qtbot, controller, project, interview_id)
    if not window.clock.running:
        window.toggle_pause()
    controller.idle.check()
    clocks.advance(20 * 60, asleep=True)
    controller.idle.check()
    assert controller.project is None and project.closed
