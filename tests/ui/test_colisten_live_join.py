"""'Anslut som medlyssnare' on real widgets, against an interviewer's laptop in a real second
process on loopback: type the code, follow the interviewer, quotes arrive at once tied to the
question, a kept package is encrypted, the end closes the window and erases the outbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.interview.quotes import quotes_for_interview
from app.paths import data_dir
from app.store import Project
from tests.e2e.colisten_harness import PASSPHRASE, Child, make_project
from tests.ui.session_helpers import type_text
from ui.team.live_join import JoinDialog, LiveColistenerSession, LiveColistenerWindow

HOST = "tests.e2e.colisten_host"
CANARY = "KANARIE-i-paketet"


def _join(qtbot, code: str, port: str) -> LiveColistenerSession:
    dialog = JoinDialog()
    qtbot.addWidget(dialog)
    joined: list[LiveColistenerSession] = []
    dialog.joined.connect(joined.append)
    dialog.show()
    type_text(dialog.code, code)
    type_text(dialog.address, f"127.0.0.1:{port}")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(joined), timeout=30_000)
    session = joined[0]
    qtbot.addWidget(session.window)
    session.show()
    return session


def test_join_follow_send_keep_and_end(qtbot, tmp_path, samtal_home, monkeypatch):
    folder = tmp_path / "intervjuare.samtal"
    interview_id, questions = make_project(folder)
    with Child(HOST, str(folder), str(interview_id), home=samtal_home) as host:
        port = host.expect(r"LISTENING (\d+)")[1]
        code = host.expect(r"CODE (\d{9})")[1]
        host.send(f"QUESTION {questions[0]}")
        host.expect("MOVED")
        session = _join(qtbot, f"{code[:3]} {code[3:6]} {code[6:]}", port)
        host.expect("PAIRED")
        window = session.window
        assert isinstance(window, LiveColistenerWindow)
        briefing = session.backend.briefing
        assert window.code_label.text().endswith(briefing.code)
        assert not window.clock_button.isVisible() and not window.follow_box.isVisible()
        first = briefing.questions[0]
        assert window.current == first.ref and first.question.text in window.question_label.text()

        # the interviewer moves on: the window follows
        host.send(f"QUESTION {questions[2]}")
        third = briefing.questions[2]
        qtbot.waitUntil(lambda: window.current == third.ref, timeout=30_000)
        assert third.question.text in window.question_label.text()

        # a quote with a star and the first theme key, sent with Enter
        window.quote.setFocus()
        type_text(window.quote, f"det tog tre veckor {CANARY}")
        QTest.keyClick(window.quote, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        window.theme_actions[0].trigger()
        QTest.keyClick(window.quote, Qt.Key.Key_Return)
        assert window.quote.toPlainText() == ""
        host.expect(r"STORED 1 \d+ " + str(questions[2]))
        qtbot.waitUntil(lambda: session.delivered == 1, timeout=30_000)
        assert "1 citat framme" in window.statusBar().currentMessage()
        assert window.marks.count() == 1

        # a sent mark cannot be changed here: the message says so, nothing breaks
        window.marks.setCurrentRow(0)
        window.delete_mark(session.backend.marks.marks()[0].uid)
        assert "skickat" in window.message.text()

        # keep a copy as a quotes package: encrypted, to the interviewer's project
        package = tmp_path / "kopia.samtalpkg"
        monkeypatch.setattr(
            LiveColistenerSession, "choose_package_file", classmethod(lambda cls, p, s: package)
        )
        window.return_requested.emit()
        assert package.is_file() and CANARY.encode() not in package.read_bytes()
        outboxes = list((data_dir() / "colisten").glob("live-*"))
        assert len(outboxes) == 1

        # the interviewer ends the session: the window closes, the outbox is gone
        ended: list[bool] = []
        session.ended.connect(lambda: ended.append(True))
        host.send("END")
        host.expect("ENDED")
        qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
        assert not window.isVisible()
        assert not any(p.exists() for p in outboxes)
        assert session.backend.marks.marks() == []
        assert host.wait() == 0

    with Project.open(folder, PASSPHRASE) as p:
        (quote,) = quotes_for_interview(p.db, interview_id)
        assert quote.text == f"det tog tre veckor {CANARY}"
        assert quote.question_id == questions[2] and quote.starred and len(quote.theme_ids) == 1
        assert quote.created_by == "CD"


@pytest.mark.parametrize("wrong", ["fel", "kod"])
def test_a_wrong_code_stays_in_the_dialog(qtbot, tmp_path, samtal_home, wrong):
    folder = tmp_path / "intervjuare.samtal"
    interview_id, _questions = make_project(folder)
    with Child(HOST, str(folder), str(interview_id), home=samtal_home) as host:
        port = host.expect(r"LISTENING (\d+)")[1]
        code = host.expect(r"CODE (\d{9})")[1]
        dialog = JoinDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        if wrong == "fel":  # not nine digits: refused before any network
            type_text(dialog.code, "12-34")
            dialog.connect_now()
            assert "nio siffror" in dialog.status.text() and dialog.client is None
        else:
            bad = code[:8] + str((int(code[8]) + 1) % 10)
            type_text(dialog.code, bad)
            type_text(dialog.address, f"127.0.0.1:{port}")
            dialog.connect_now()
            qtbot.waitUntil(lambda: "Fel kod" in dialog.status.text(), timeout=30_000)
            host.expect("FAILED code 2")
            assert dialog.connect_button.isEnabled() and dialog.isVisible()
        assert not list((data_dir() / "colisten").glob("live-*"))  # no outbox left behind
        host.send("END")
        assert host.wait() == 0
