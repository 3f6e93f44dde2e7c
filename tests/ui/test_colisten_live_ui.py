"""The interviewer's window with a live co-listener in a real second process (loopback):
'Bjud in medlyssnare' shows a code, the co-listener follows the questions, its quotes land in
the quote list tied to the question and the clock, the window never asks anything; closing
the window keeps the session, reopening resumes it, finishing the interview ends it."""

from __future__ import annotations

import re
import time

from app.interview.consent import ConsentRecord, record_consent
from app.interview.quotes import quotes_for_interview
from app.interview.records import create_interview
from app.team.live.project_store import has_peers
from tests.e2e.colisten_harness import Child
from ui.session.window import SessionWindow
from ui.settings import settings

PEER = "tests.e2e.colisten_peer"


def _window(qtbot, project, interview_id: int) -> SessionWindow:
    window = SessionWindow(project, interview_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_invite_follow_receive_close_resume_finish(qtbot, session_project, tmp_path, samtal_home):
    settings().set("live/bind", "127.0.0.1")  # never announce on a real network in a test
    project = session_project
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record_consent(project.db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True))
    window = _window(qtbot, project, interview.id)
    assert window.stack.currentWidget() is window.page and window.clock.running
    assert window.live.session is None and not window.page.live_label.isVisible()

    window.menu_actions.invite_action.trigger()
    live = window.live.session
    assert live is not None and live.dialog is not None and live.dialog.isVisible()
    code = live.dialog.code_label.text()
    assert re.fullmatch(r"\d{3}-\d{3}-\d{3}", code)
    port = live.bridge.service.port
    assert f"127.0.0.1:{port}" in live.dialog.address_label.text()
    assert not live.dialog.qr_label.pixmap().isNull()

    outbox = tmp_path / "medlyssnare"
    with Child(PEER, str(outbox), f"127.0.0.1:{port}", code, home=samtal_home) as peer:
        peer.expect("PAIRED")
        first = window.runner.current
        assert first is not None
        peer.expect(f"QUESTION {first.id}$")
        qtbot.waitUntil(lambda: bool(live.bridge.connected), timeout=30_000)
        assert "ansluten" in window.page.live_label.text()

        window.next_question()
        second = window.runner.current
        assert second is not None and second.id != first.id
        peer.expect(f"QUESTION {second.id}$")
        before = window.clock.elapsed_ms()
        for i in range(3):
            peer.send(f"MARK {'*' if i == 0 else '-'} - citat {i} från medlyssnaren")
        qtbot.waitUntil(lambda: live.bridge.stored == 3, timeout=30_000)
        after = window.clock.elapsed_ms()
        qtbot.waitUntil(lambda: window.quote_panel.list.count() == 3, timeout=30_000)
        assert "3 citat" in window.page.live_label.text()
        marks = quotes_for_interview(project.db, interview.id)
        assert [m.text for m in marks] == [f"citat {i} från medlyssnaren" for i in range(3)]
        assert all(m.question_id == second.id for m in marks)
        assert all(before - 1000 <= m.at_ms <= after + 1000 for m in marks)
        assert marks[0].starred and marks[0].created_by == "CD"

        # closing the window keeps the session: the co-listener waits and queues
        window.close()
        peer.expect("DISCONNECTED")
        assert has_peers(project.db, interview.id)
        peer.send("MARK - - medan fönstret var stängt")
        peer.expect("QUEUED 4 1")
        # reopening resumes it without a new code; the queued quote arrives
        window = _window(qtbot, project, interview.id)
        assert window.live.session is not None
        peer.expect("RESUMED")
        peer.expect("DELIVERED 4 0")
        qtbot.waitUntil(lambda: window.quote_panel.list.count() == 4, timeout=30_000)

        # finishing the interview ends live co-listening on both laptops
        window.ask_finish = lambda parent: True  # type: ignore[method-assign]
        window.finish()
        peer.expect("ENDED")
        assert peer.wait() == 0
    assert not has_peers(project.db, interview.id)
    window.close()


def test_a_wrong_code_shows_quietly_in_the_window(qtbot, session_project, tmp_path, samtal_home):
    settings().set("live/bind", "127.0.0.1")
    project = session_project
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record_consent(project.db, interview.id, ConsentRecord.all_required("AB"))
    window = _window(qtbot, project, interview.id)
    window.live.invite()
    live = window.live.session
    assert live is not None and live.dialog is not None
    code = live.dialog.code_label.text().replace("-", "")
    wrong = code[:8] + str((int(code[8]) + 1) % 10)
    port = live.bridge.service.port
    with Child(PEER, str(tmp_path / "fel"), f"127.0.0.1:{port}", wrong, home=samtal_home) as peer:
        peer.expect("WRONGCODE code")
        assert peer.wait() == 3
    qtbot.waitUntil(lambda: live.dialog is not None and live.dialog.warning_label.isVisible())
    assert "fel kod" in live.dialog.warning_label.text()
    assert "2 försök kvar" in live.dialog.warning_label.text()
    assert "fel kod" in window.page.live_label.text()
    start = time.monotonic()
    live.dialog.end_button.click()  # ending never waits for the network
    assert time.monotonic() - start < 0.5
    assert not window.page.live_label.isVisible()
    window.close()
