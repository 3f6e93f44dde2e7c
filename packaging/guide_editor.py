"""The guide editor on its own, with the seed guide: ``python packaging/guide_editor.py [FILE.json]
[--screenshot PNG]`` (``make screenshots`` renders ``docs/screenshots/guide-editor.png``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: Sequence[str] | None = None) -> int:
    """Open the seed guide (or a guide file) in the editor; ``--screenshot PNG`` renders it."""
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from app.guide.jsonformat import load_guide
    from app.paths import default_guide_path
    from ui.guide.editor import GuideEditor

    parser = argparse.ArgumentParser(prog="python packaging/guide_editor.py")
    parser.add_argument("file", nargs="?", help="guide (.json) to open (default: the seed guide)")
    parser.add_argument("--screenshot", metavar="PNG", help="render offscreen to PNG and exit")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    editor = GuideEditor(load_guide(args.file or default_guide_path()))
    editor.setWindowTitle(editor.tr("Frågeguide – Samtal"))
    editor.resize(1400, 820)
    # "Har du bytt handläggare?" with its "Om ja" branch
    node = editor.model.guide.sections[1].questions[7]
    editor.select(node)
    editor.tree.selectionModel().select(
        editor.model.index_of(node), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    editor.show()
    editor.tree.setFocus()
    if args.screenshot:
        app.processEvents()
        ok = editor.grab().save(args.screenshot)
        editor.close()
        return 0 if ok else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
