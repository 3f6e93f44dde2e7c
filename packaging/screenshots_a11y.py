"""Screenshots at 150 % on a 1920×1080 screen (issue 21): the analysis window and the
interview runner with three follow-ups, both opened the way the app opens them.

``python packaging/screenshots_a11y.py [FOLDER]`` (default docs/screenshots). It starts itself
again with an offscreen 1920×1080 screen and ``QT_SCALE_FACTOR=1.5``, so the PNGs are in
physical pixels, as a user at 150 % sees them. Fictional demo data only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCREEN = {"width": 1920, "height": 1080}


def relaunch(out: Path) -> int:
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        **SCREEN,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = "1.5"
    env["SAMTAL_A11Y_SHOTS"] = "1"
    return subprocess.call([sys.executable, __file__, str(out)], env=env)


def settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def shoot(window: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    frame = window.frameGeometry()
    area = window.screen().availableGeometry()
    image = window.grab().toImage()
    image.save(str(path))
    print(
        f"{path.name}: {image.width()}×{image.height()} px "
        f"(window {frame.width()}×{frame.height()} in {area.width()}×{area.height()} logical)"
    )
    assert area.contains(frame), f"{path.name} does not fit the screen"


def analysis(project: object, out: Path) -> None:
    from app.store import Project
    from ui.analysis.window import AnalysisWindow

    assert isinstance(project, Project)
    window = AnalysisWindow(project)
    window.show()
    window.tabs.setCurrentIndex(1)
    window.theme_view.setCurrentIndex(window.theme_model.index(0, 0))
    window.theme_view.setFocus()
    settle(window)
    shoot(window, out / "a11y-analysis-150.png")
    window.close()


def runner(project: object, out: Path) -> None:
    """The interview window on the demo guide's question with three follow-ups: one ticked,
    a note typed, the quote panel beside it."""
    from app.interview.consent import ConsentRecord, record_consent
    from app.interview.records import create_interview
    from app.store import Project
    from ui.session.window import SessionWindow

    assert isinstance(project, Project)
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record = ConsentRecord.all_required("AB", consent_quotes=True)
    record_consent(project.db, interview.id, record)
    window = SessionWindow(project, interview.id)
    window.show()
    for _ in range(40):
        current = window.runner.current
        if current is not None and len(current.follow_ups) >= 3:
            break
        window.next_question()
    else:
        raise SystemExit("the demo guide has no question with three follow-ups")
    window.toggle_follow_up(1)
    window.page.note_editor.setFocus()
    window.page.note_editor.insertPlainText("Ringer helst, men e-post fungerar när det är bråttom.")
    settle(window)
    shoot(window, out / "a11y-runner-150.png")
    window.save_and_close()


def main(out: Path) -> None:
    home = tempfile.mkdtemp()
    os.environ["SAMTAL_HOME"] = home
    from PySide6.QtWidgets import QApplication

    from app.demo import create_demo
    from app.store import KdfParams, Project
    from ui.style import look

    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Samtal")
    look.apply(app)
    out.mkdir(parents=True, exist_ok=True)
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    project = Project.create(Path(home) / "Demo", "demo-samtal", kdf=kdf)
    create_demo(project.db, interviews=6, words_per_interview=800)
    analysis(project, out)
    runner(project, out)
    project.close()


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    if not os.environ.get("SAMTAL_A11Y_SHOTS"):
        sys.exit(relaunch(folder))
    main(folder)
