"""Longest UI-thread stall while typing with autosave on: ``python bench/bench_typing_stall.py``.

A real encrypted project and a real session window (offscreen). A 5 ms heartbeat timer
records the gaps between its ticks while text is typed at 25 characters a second into a note
that already holds ~3,000 words; autosave runs on its background thread. Prints JSON; the
target is a longest stall under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--cps", type=float, default=25.0)
    parser.add_argument("--autosave-ms", type=int, default=800)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="samtal-stall-"))
    os.environ["SAMTAL_HOME"] = str(tmp / "home")

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide
    from app.interview.consent import ConsentRecord, record_consent
    from app.interview.notes import Paragraph, save_note
    from app.interview.records import create_interview
    from app.paths import default_guide_path
    from app.store import KdfParams, Project
    from ui.session.window import SessionWindow
    from ui.settings import settings

    app = QApplication(sys.argv[:1])
    settings().set("session/autosave_ms", args.autosave_ms)
    project = Project.create(
        tmp / "stall",
        "lösenord-för-test",
        kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1),
    )
    db = project.db
    version = add_guide(db, load_guide(default_guide_path()))
    interview = create_interview(db, interviewer_code="AB", guide_version_id=version)
    record_consent(
        db,
        interview.id,
        ConsentRecord.all_required("AB"),
    )
    first_q = db.scalar("SELECT id FROM question ORDER BY section_id, position LIMIT 1")
    sentence = "Informanten berättade om väntan och om bemötandet på kontoret, och om breven. "
    save_note(db, interview.id, first_q, [Paragraph(i * 1000, sentence * 4) for i in range(250)])
    window = SessionWindow(project, interview.id)
    window.show()
    editor = window.page.note_editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)

    gaps: list[float] = []
    key_ms: list[float] = []
    saves: list[float] = []
    window.autosaver.saved.connect(saves.append)
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
        t0 = time.perf_counter()
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        key_ms.append((time.perf_counter() - t0) * 1000)

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(5)
    heart.timeout.connect(beat)
    typer = QTimer()
    typer.setTimerType(Qt.TimerType.PreciseTimer)
    typer.setInterval(int(1000 / args.cps))
    typer.timeout.connect(type_one)
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    last[0] = time.perf_counter()
    heart.start()
    typer.start()
    app.exec()
    heart.stop()
    typer.stop()
    window.autosaver.flush()
    stalls = sorted(max(0.0, g - 5.0) for g in gaps[1:])
    keys = sorted(key_ms)
    result = {
        "seconds": args.seconds,
        "chars_typed": pos[0],
        "autosave_ms": window.autosaver.interval_ms,
        "saves": len(saves),
        "note_chars": len(editor.toPlainText()),
        "longest_stall_ms": round(stalls[-1], 1),
        "p99_stall_ms": round(stalls[int(len(stalls) * 0.99)], 1),
        "keystroke_max_ms": round(keys[-1], 2),
        "keystroke_median_ms": round(keys[len(keys) // 2], 2),
        "target_ms": 50,
    }
    window.close()
    project.close()
    print(json.dumps(result, indent=2))
    sys.stdout.flush()
    os._exit(0 if result["longest_stall_ms"] < 50 else 1)


if __name__ == "__main__":
    sys.exit(main())
