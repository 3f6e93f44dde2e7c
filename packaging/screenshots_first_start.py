"""Screenshots of the first start: ``make screenshots`` (offscreen).

The empty start window, the "Kom igång" page in Swedish and English, the new-project dialog
warning about a synced folder, and the settings with the language choice. The folders shown
are those of a made-up Linux user (nothing is written there).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path) -> None:
    os.environ.pop("SAMTAL_HOME", None)
    os.environ["XDG_DATA_HOME"] = "/home/anna/.local/share"  # shown, never written
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # the settings file goes here
    from PySide6.QtWidgets import QApplication

    from app.paths import default_projects_dir
    from ui import i18n
    from ui.security.preferences import PreferencesDialog
    from ui.start.help import HelpDialog
    from ui.start.new_project import NewProjectDialog
    from ui.start.window import StartWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Samtal")
    out.mkdir(parents=True, exist_ok=True)

    def shoot(widget: object, name: str) -> None:
        widget.show()  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    i18n.install("sv")
    start = StartWindow(default_projects_dir())  # nothing there yet: the very first start
    start.resize(760, 500)
    shoot(start, "first-start-empty.png")
    shoot(HelpDialog(None, "sv", default_projects_dir()), "first-start-help-sv.png")
    dialog = NewProjectDialog(None, default_projects_dir())
    dialog.name.setText("Ekonomiskt bistånd 2026")
    dialog.folder.setText("/home/anna/OneDrive - Kommunen/Samtal")
    dialog.resize(dialog.sizeHint())  # as it opens: every line whole
    shoot(dialog, "first-start-new-project-cloud.png")
    shoot(PreferencesDialog(None), "first-start-preferences.png")
    i18n.install("en")
    shoot(HelpDialog(None, "en", default_projects_dir()), "first-start-help-en.png")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
