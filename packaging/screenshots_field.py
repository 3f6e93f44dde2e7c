"""Screenshots of the field-ready screens (issue 14), in Swedish and English:
``python packaging/screenshots_field.py``.

Writes ``docs/screenshots/field-*-{sv,en}.png``: the runner on a section's first question with
its introduction, the quote panel docked beside the runner, the informant's receipt and the
project settings. Runs offscreen or under Xvfb; only fictional demo text is shown.
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
    tmp = Path(tempfile.mkdtemp(prefix="samtal-field-shots-"))
    os.environ["SAMTAL_HOME"] = str(tmp / "home")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.audit import audit_info
    from app.demo import create_demo
    from app.interview.consent import ConsentRecord, record_consent
    from app.interview.receipt import receipt
    from app.interview.records import create_interview, get_interview
    from app.store import KdfParams, Project
    from tests.ui.session_helpers import type_text
    from ui import i18n
    from ui.project.settings_dialog import ProjectSettingsDialog
    from ui.session.receipt_dialog import ReceiptDialog
    from ui.session.window import SessionWindow
    from ui.settings import settings

    app = QApplication(sys.argv[:1])
    project = Project.create(
        tmp / "Demo", "demo-samtal", kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    )
    create_demo(project.db, interviews=2, words_per_interview=600)
    db = project.db

    def settle() -> None:
        for _ in range(6):
            app.processEvents()
            QTest.qWait(20)

    def shot(widget: QWidget, name: str, language: str) -> None:
        settle()
        path = out / f"field-{name}-{language}.png"
        widget.grab().save(str(path))
        print(path)

    for language in ("sv", "en"):
        settings().set("ui/language", language)
        i18n.install(language)
        interview = create_interview(db, interviewer_code="AB", co_listener_code="CD")
        record_consent(db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True))

        # 1. the runner on the first question of a section: its introduction, read out
        window = SessionWindow(project, interview.id)
        window.resize(1366, 800)
        window.show()
        window.clock._base_ms = 48_000
        window._tick()
        window.page.note_editor.setFocus()
        shot(window, "runner-intro", language)

        # 2. the quote panel docked beside the runner, showing the question being asked
        while window.guide.question_name(window.runner.current) != "Under tiden · 7":
            window.next_question()
        window.clock._base_ms = 21 * 60_000 + 13_000
        window._tick()
        type_text(window.page.note_editor, "Bemötandet har varit vänligt men stressat.")
        for text in (
            "Hen tog sig tid att lyssna, det var första gången.",
            "Man vill ju bli sedd som en människa.",
        ):
            window.quote_panel.input.setText(text)
            window.quote_panel.submit()
        window.quote_panel.theme_boxes[2][1].setChecked(True)
        window.quote_panel.input.setText("Jag kände mig respekterad")
        window.quote_panel.focus_input()
        shot(window, "quote-docked", language)

        # 3. the informant's receipt
        fresh = get_interview(db, interview.id)
        dialog = ReceiptDialog(
            receipt(fresh.participant_code, audit_info(db), fresh.keep_until, language),
            window,
        )
        dialog.show()
        dialog.adjustSize()
        shot(dialog, "receipt", language)
        dialog.close()
        window.save_and_close()

        # 4. the project settings, with the letter as the informant will hear it
        settings_dialog = ProjectSettingsDialog(db)
        settings_dialog.show()
        shot(settings_dialog, "settings", language)
        settings_dialog.close()

    i18n.install("sv")
    settings().set("ui/language", "sv")
    project.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects (a PySide6 finaliser crash)


if __name__ == "__main__":
    sys.exit(main())
