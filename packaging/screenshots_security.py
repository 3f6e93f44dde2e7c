"""Screenshots of the security dialogs: ``python packaging/screenshots_security.py``.

Writes ``docs/screenshots/security-*.png``: the unlock dialog offering a backup of a damaged
project, the retention prompt at unlock, the preferences dialog, and in Swedish and English
(``-en``) the "Säkerhet" dialog (passphrase with rotation, recovery key, backups) and the
withdrawal flow (the erasure confirmation naming the participant code, and the removal of an
interview nobody consented to). Offscreen or under Xvfb; fictional demo data only.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
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
    from app.security.backup import rolling_backup
    from app.security.retention import overdue_interviews
    from app.store import KdfParams, Project
    from ui import i18n
    from ui.security.preferences import PreferencesDialog
    from ui.security.retention import RetentionDialog
    from ui.start.unlock import UnlockDialog

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)

    def settle() -> None:
        for _ in range(8):
            app.processEvents()
            QTest.qWait(20)

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        widget.adjustSize()
        settle()
        path = out / f"security-{name}.png"
        widget.grab().save(str(path))
        print(path)

    # retention: three demo interviews, two past their keep-until date
    project = Project.create(tmp / "Ekonomiskt bistånd", "demo-samtal", kdf=kdf)
    create_demo(project.db, interviews=3, words_per_interview=200)
    ids = [int(r[0]) for r in project.db.query("SELECT id FROM interview ORDER BY id")]
    project.db.execute("UPDATE interview SET keep_until = '2026-01-31' WHERE id = ?", (ids[0],))
    project.db.execute("UPDATE interview SET keep_until = '2026-02-28' WHERE id = ?", (ids[1],))
    today = date(2026, 3, 15)
    retention = RetentionDialog(project.db, overdue_interviews(project.db, today), today)
    retention.resize(560, 0)
    shot(retention, "retention")
    retention.close()

    shot(PreferencesDialog(), "preferences")

    # damaged project with a good backup: page 1 damaged after the backup
    rolling_backup(project)
    folder = project.folder
    project.close()
    with open(folder / "samtal.db", "r+b") as f:
        f.seek(300)
        f.write(b"\x00\x01\x02\x03")
    unlock = UnlockDialog(folder)
    unlock.resize(520, 0)
    unlock.show()
    unlock.passphrase.setText("demo-samtal")
    unlock._unlock()
    for _ in range(200):
        settle()
        if unlock.restore_button.isVisible():
            break
    unlock.passphrase.setText("demo-samtal")
    shot(unlock, "unlock-restore")
    unlock.close()
    for language in ("sv", "en"):
        security_dialogs(tmp, kdf, language, shot)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def security_dialogs(tmp: Path, kdf: object, language: str, shot: object) -> None:
    """The security dialog's tabs and the withdrawal flow, in one language."""
    from app.demo import create_demo
    from app.interview.records import create_interview
    from app.security.backup import rolling_backup
    from app.store import Project
    from ui import i18n
    from ui.security.dialog import SecurityDialog
    from ui.security.withdrawal import WithdrawalDialog
    from ui.settings import settings

    settings().set("ui/language", language)
    i18n.install(language)
    suffix = "" if language == "sv" else "-en"
    project = Project.create(tmp / f"Hemtjänst {language}", "demo-samtal", kdf=kdf)  # type: ignore[arg-type]
    create_demo(project.db, interviews=3, words_per_interview=200)
    for _ in range(2):
        rolling_backup(project)
    dialog = SecurityDialog(project)
    dialog.resize(660, 0)
    dialog.current.setText("demo-samtal")
    dialog.new.setText("ett nytt långt lösenord")
    dialog.repeat.setText("ett nytt långt lösenord")
    dialog.exposed.setChecked(True)
    shot(dialog, f"dialog-passphrase{suffix}")  # type: ignore[operator]
    dialog.tabs.setCurrentIndex(1)
    dialog.recovery_passphrase.setText("demo-samtal")
    dialog.make_recovery_key()
    shot(dialog, f"dialog-recovery{suffix}")  # type: ignore[operator]
    dialog.tabs.setCurrentIndex(2)
    dialog.backups.passphrase.setText("demo-samtal")
    shot(dialog, f"dialog-backups{suffix}")  # type: ignore[operator]
    dialog.close()

    first = int(project.db.scalar("SELECT id FROM interview ORDER BY id LIMIT 1"))
    flow = WithdrawalDialog(project, first, auditor_code="AB")
    flow.resize(600, 0)
    shot(flow, f"withdrawal{suffix}")  # type: ignore[operator]
    flow.withdraw()
    flow.confirm.setText(flow.code)
    shot(flow, f"withdrawal-confirm{suffix}")  # type: ignore[operator]
    flow.close()
    declined = create_interview(project.db, interviewer_code="AB").id
    removal = WithdrawalDialog(project, declined, auditor_code="AB")
    removal.resize(600, 0)
    shot(removal, f"declined{suffix}")  # type: ignore[operator]
    removal.close()
    project.close()


if __name__ == "__main__":
    sys.exit(main())
