"""Child process for the crash harness: open a real project and session window, and type.

Usage: ``python -m tests.e2e.crash_typist FOLDER INTERVIEW_ID [CHARS_PER_SECOND]``; the
passphrase comes from ``SAMTAL_PASSPHRASE``. Prints ``READY`` once the window shows, then
``ACK n t`` after each typed character (n typed so far, t = ``time.monotonic()``), until killed.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def typed_text(length: int = 5000) -> str:
    """The deterministic text the child types: words with åäö and a paragraph break now and then."""
    words = [
        "hon",
        "sa",
        "att",
        "handläggaren",
        "ringde",
        "två",
        "gånger",
        "och",
        "förklarade",
        "allt",
        "väntan",
        "var",
        "lång",
        "men",
        "bemötandet",
        "öppet",
    ]
    out: list[str] = []
    n = 0
    i = 0
    while n < length:
        w = words[(i * 7 + i // 3) % len(words)]
        i += 1
        sep = "\n" if i % 13 == 0 else " "
        out.append(w + sep)
        n += len(w) + 1
    return "".join(out)[:length]


def main() -> int:
    folder, interview_id = sys.argv[1], int(sys.argv[2])
    cps = float(sys.argv[3]) if len(sys.argv) > 3 else 20.0
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.store import Project
    from ui.session.window import SessionWindow

    app = QApplication(sys.argv[:1])
    project = Project.open(folder, os.environ["SAMTAL_PASSPHRASE"])
    window = SessionWindow(project, interview_id)
    window.show()
    window.activateWindow()
    editor = window.page.note_editor
    editor.setFocus()
    text = typed_text()
    state = {"n": 0}

    def type_one() -> None:
        n = state["n"]
        if n >= len(text):
            return
        ch = text[n]
        if ch == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                editor,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
        state["n"] = n + 1
        sys.stdout.write(f"ACK {n + 1} {time.monotonic():.4f}\n")
        sys.stdout.flush()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(int(1000 / cps))
    timer.timeout.connect(type_one)
    timer.start()
    sys.stdout.write(f"READY {window.autosaver.interval_ms}\n")
    sys.stdout.flush()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
