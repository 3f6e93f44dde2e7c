"""Start the Samtal desktop application: ``python -m ui.main`` (``make run``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

_T0 = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="samtal-gui", description="Samtal")
    p.add_argument("--projects-dir", type=Path, help="mapp där projekt skapas och listas")
    p.add_argument("--report-ready", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--language", choices=("sv", "en"), help="gränssnittets språk")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.logsetup import disable_core_dumps, install_crash_handler, setup_logging

    disable_core_dumps()  # before any content or key is in memory
    setup_logging()
    install_crash_handler()
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.app_controller import AppController
    from ui.settings import settings
    from ui.style import look

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Samtal")
    app.setOrganizationName("Samtal")
    app.setApplicationDisplayName("Samtal")
    look.apply(app, bool(settings().get("ui/high_contrast")))
    language = args.language or settings().get("ui/language")
    if args.language:
        settings().set("ui/language", args.language)
    i18n.install(language)
    from ui.widgets.zoom import apply_saved_size

    apply_saved_size()  # the text size chosen last time (Ctrl+= / Ctrl+−)
    controller = AppController(args.projects_dir)
    controller.show_start()
    logging.getLogger(__name__).info("start window shown")

    if not args.quit_after_start:
        box = crash_report_box(controller.start)
        if box is not None:
            QTimer.singleShot(0, box.exec)

    def ready() -> None:
        if args.report_ready:
            print(f"READY {time.perf_counter() - _T0:.3f}", flush=True)
        if args.quit_after_start:
            app.quit()

    QTimer.singleShot(0, ready)
    return int(app.exec())


def crash_report_box(parent: QWidget | None) -> QMessageBox | None:
    """A message box with the previous run's content-free crash report, or None.

    Reading the report clears it, so it is shown once. Nothing is ever sent anywhere.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.logsetup import pending_crash_report

    report = pending_crash_report()
    if not report:
        return None
    text = QApplication.translate(
        "main",
        "Samtal avslutades oväntat förra gången. En felrapport utan innehåll finns sparad "
        "lokalt; den skickas aldrig någonstans.",
    )
    from ui.widgets.common import message_box

    box = message_box(parent, QMessageBox.Icon.Information, "Samtal", text)
    box.setDetailedText(report)
    return box


if __name__ == "__main__":
    sys.exit(main())
