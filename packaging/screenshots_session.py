"""Screenshots of the session screens from demo data: ``python packaging/screenshots_session.py``.

Writes ``docs/screenshots/session-*.png`` (new interview, consent, guide runner with notes and
quotes, quote window, summary). Runs offscreen or under Xvfb. Only fictional demo text is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="samtal-shots-"))
    os.environ["SAMTAL_HOME"] = str(tmp / "home")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.demo import create_demo
    from app.interview.records import create_interview, list_interviews
    from app.store import KdfParams, Project
    from ui import i18n
    from ui.session.new_interview import NewInterviewDialog
    from ui.session.window import SessionWindow

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    project = Project.create(
        tmp / "Demo", "demo-samtal", kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    )
    create_demo(project.db, interviews=3, words_per_interview=1500)
    db = project.db

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            QTest.qWait(20)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"session-{name}.png"))
        print(out / f"session-{name}.png")

    from tests.ui.session_helpers import type_text as type_into

    # 1. new interview
    dialog = NewInterviewDialog(db)
    dialog.interviewer.setText("AB")
    dialog.co_listener.setText("CD")
    dialog.show()
    dialog.adjustSize()
    shot(dialog, "new-interview")
    dialog._create()
    interview = dialog.interview
    assert interview is not None

    # 2. consent
    window = SessionWindow(project, interview.id)
    window.resize(1366, 800)
    window.show()
    for key in ("informed_purpose", "informed_confidentiality", "informed_voluntary"):
        window.consent_page.boxes[key].setChecked(True)
    shot(window, "consent")

    # 3. guide runner with notes and quotes
    for key, box in window.consent_page.boxes.items():
        box.setChecked(key != "quotes_after_review")
    window.consent_page.record()
    window.clock._base_ms = 14 * 60_000 + 32_000
    for _ in range(5):
        window.next_question()
    editor = window.page.note_editor
    editor.setFocus()
    type_into(
        editor,
        "Har fått tips om budget- och skuldrådgivning.\n"
        "Handläggaren frågade om egna idéer, men det blev inget mer.\n"
        "Känner sig lyssnad på för det mesta.",
    )
    window.toggle_follow_up(1)
    window.quote_panel.input.setText(
        "Jag visste inte att jag kunde få hjälp med det, ingen hade sagt något."
    )
    window.quote_panel.theme_boxes[3][1].setChecked(True)
    window.quote_panel.submit()
    window.quote_panel.input.setText("Telefontiden är bara en timme om dagen.")
    window.quote_panel.star.setChecked(True)
    window.quote_panel.submit()
    window.autosaver.flush()
    window._on_saved(__import__("time").time())
    window.page.saved_label.setText(window.page.saved_label.text())
    editor.setFocus()
    shot(window, "runner")

    # 4. quote window (second screen)
    window.toggle_quote_window()
    qw = window.quote_window
    assert qw is not None
    qw.resize(560, 620)
    shot(qw, "quote-window")
    window.toggle_quote_window()

    # 5. summary of a finished demo interview
    window.save_and_close()  # closing asks pause or end; the screenshot run just saves
    finished = [i for i in list_interviews(db) if i.status.value == "finished"][0]
    summary = SessionWindow(project, finished.id)
    summary.resize(1366, 800)
    summary.show()
    shot(summary, "summary")
    summary.close()
    del create_interview
    project.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects (a PySide6 finaliser crash)


if __name__ == "__main__":
    sys.exit(main())
