"""The runner's longest UI stall with a live co-listener attached: ``python
bench/bench_colisten_stall.py [--seconds 15]`` prints JSON.

A real encrypted project and session window (offscreen), typing at 25 characters a second into
a long note with autosave on, a 5 ms heartbeat timer measuring the gaps between its ticks.
Runs in pairs in the same process: alone (the floor), then with a co-listener in a real second
process paired over loopback, marking a quote every second (far more often than a person
does). In both the interviewer moves to the next question every 2 s. Three interleaved pairs;
the medians and the worst are printed, since one 10-second longest stall on a shared 2-core
machine is mostly the scheduler's. Target: longest stall under 50 ms, as without.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cps", type=float, default=25.0)
    parser.add_argument("--mark-every-ms", type=int, default=1000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="samtal-live-stall-"))
    home = tmp / "home"
    os.environ["SAMTAL_HOME"] = str(home)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.interview.notes import Paragraph, save_note
    from app.interview.quotes import quotes_for_interview
    from app.interview.records import create_interview
    from app.store import Project
    from tests.e2e.colisten_harness import PASSPHRASE, Child, make_project
    from ui.session.window import SessionWindow
    from ui.settings import settings

    _app = QApplication(sys.argv[:1])
    settings().set("live/bind", "127.0.0.1")
    _first, questions = make_project(tmp / "stall.samtal")
    project = Project.open(tmp / "stall.samtal", PASSPHRASE)
    db = project.db
    sentence = "Informanten berättade om väntan och om bemötandet på kontoret, och om breven. "

    def run(with_colistener: bool) -> dict[str, float | int]:
        from app.interview.consent import ConsentRecord, record_consent

        interview = create_interview(db, interviewer_code="AB", co_listener_code="CD")
        record_consent(db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True))
        save_note(
            db, interview.id, questions[0], [Paragraph(i * 1000, sentence * 4) for i in range(250)]
        )
        window = SessionWindow(project, interview.id)
        window.show()
        editor = window.page.note_editor
        peer: Child | None = None
        stop = threading.Event()
        if with_colistener:
            window.live.invite()
            live = window.live.session
            assert live is not None and live.dialog is not None
            code = live.dialog.code_label.text()
            live.dialog.close()
            address = f"127.0.0.1:{live.bridge.service.port}"
            outbox = str(tmp / f"ut-{interview.id}")
            # the co-listener's laptop is another machine: here it shares the 2 cores, so it
            # runs at a lower priority rather than compete with the interviewer's window
            nice = ["nice", "-n", "10"] if shutil.which("nice") else []
            peer = Child("tests.e2e.colisten_peer", outbox, address, code, home=home, wrap=nice)
            peer.expect("PAIRED")

            def marker() -> None:
                n = 0
                while not stop.wait(args.mark_every_ms / 1000):
                    n += 1
                    assert peer is not None
                    peer.send(f"MARK - - citat nummer {n} från medlyssnaren")

            threading.Thread(target=marker, daemon=True).start()
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        gaps: list[float] = []
        last = [time.perf_counter()]
        text = "hen sa att det tog lång tid innan beskedet kom, och att ingen ringde. " * 100
        pos = [0]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        def type_one() -> None:
            ch = text[pos[0] % len(text)]
            pos[0] += 1
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                window.page.note_editor,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )

        timers = []
        for interval, slot in ((5, beat), (int(1000 / args.cps), type_one)):
            t = QTimer()
            t.setTimerType(Qt.TimerType.PreciseTimer)
            t.setInterval(interval)
            t.timeout.connect(slot)
            timers.append(t)
        mover = QTimer()
        mover.setInterval(2000)
        mover.timeout.connect(window.next_question)  # in both runs: the floor moves too
        timers.append(mover)
        loop = QEventLoop()  # app.quit() would close the window (and suspend the session)
        QTimer.singleShot(int(args.seconds * 1000), loop.quit)
        last[0] = time.perf_counter()
        for t in timers:
            t.start()
        loop.exec()
        for t in timers:
            t.stop()
        stop.set()
        window.autosaver.flush()
        stored = len(quotes_for_interview(db, interview.id))
        window.ask_finish = lambda parent: True  # type: ignore[method-assign]
        window.finish()  # ends live co-listening
        if peer is not None:
            peer.expect("ENDED")
            peer.__exit__(None, None, None)
        window.close()
        stalls = sorted(max(0.0, g - 5.0) for g in gaps[1:])
        return {
            "chars_typed": pos[0],
            "quotes_stored": stored,
            "longest_stall_ms": round(stalls[-1], 1),
            "p99_stall_ms": round(stalls[int(len(stalls) * 0.99)], 1),
        }

    rounds = [(run(False), run(True)) for _ in range(args.rounds)]  # interleaved
    project.close()
    alone = sorted(float(a["longest_stall_ms"]) for a, _ in rounds)
    attached = sorted(float(b["longest_stall_ms"]) for _, b in rounds)
    median_alone, median_attached = alone[len(alone) // 2], attached[len(attached) // 2]
    result = {
        "seconds_per_run": args.seconds,
        "mark_every_ms": args.mark_every_ms,
        "rounds": [{"without_colistener": a, "with_live_colistener": b} for a, b in rounds],
        "longest_stall_ms_without": {"median": median_alone, "worst": alone[-1]},
        "longest_stall_ms_with": {"median": median_attached, "worst": attached[-1]},
        "median_ratio": round(median_attached / max(median_alone, 0.1), 2),
        "target_ms": 50,
    }
    print(json.dumps(result, indent=2))
    sys.stdout.flush()
    os._exit(0 if median_attached < 50 else 1)


if __name__ == "__main__":
    sys.exit(main())
