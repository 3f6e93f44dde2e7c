"""Screenshots of the foundation screens for the README: ``make screenshots``.

Runs offscreen with fictional demo data; writes PNGs to the folder given (docs/screenshots).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path) -> None:
    home = tempfile.mkdtemp()
    os.environ["SAMTAL_HOME"] = home
    from PySide6.QtWidgets import QApplication

    from app.demo import create_demo
    from app.store import Project
    from ui.app_controller import DEMO_PASSPHRASE
    from ui.project.window import ProjectWindow
    from ui.start.unlock import UnlockDialog
    from ui.start.window import StartWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Samtal")
    out.mkdir(parents=True, exist_ok=True)
    projects = Path(home) / "projekt"
    projects.mkdir()
    demo = Project.create(projects / "Demo", DEMO_PASSPHRASE)
    create_demo(demo.db, interviews=8, words_per_interview=1500)
    Project.create(projects / "Ekonomiskt bistånd 2026", DEMO_PASSPHRASE).close()

    def shoot(widget: object, name: str) -> None:
        widget.show()  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    start = StartWindow(projects)
    start.resize(760, 500)
    shoot(start, "start-window.png")
    window = ProjectWindow(demo)
    window.resize(960, 560)
    shoot(window, "project-window.png")
    unlock = UnlockDialog(projects / "Ekonomiskt bistånd 2026.samtal")
    unlock.error.setText(unlock.tr("Fel lösenord. Inget har ändrats. Försök igen."))
    unlock.error.show()
    shoot(unlock, "unlock-dialog.png")
    from ui import i18n
    from ui.review.window import ReviewWindow
    from ui.settings import settings
    from ui.tasks import Tasks

    Tasks.synchronous = True  # the review analyses the project in the background otherwise
    for language, name in (("sv", "review-window.png"), ("en", "review-window-en.png")):
        i18n.install(language)
        settings().set("ui/language", language)  # the review's plain-language reasons follow it
        review_window = ReviewWindow(demo)  # the whole project
        review_window.resize(1250, 700)
        shoot(review_window, name)
        review_window.close()
    i18n.install("sv")
    settings().set("ui/language", "sv")
    from ui.export.dialog import ExportDialog

    export = ExportDialog(demo, None, folder=Path.home() / "Dokument")
    export.qdpx_button.setChecked(True)
    export.adjustSize()
    shoot(export, "export-dialog-qdpx.png")
    window.close_for_good()
    demo.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
