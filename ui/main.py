"""Start the Samtal desktop application: ``python -m ui.main`` (``make run``)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

_T0 = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="samtal-gui", description="Samtal")
    p.add_argument("--projects-dir", type=Path, help="mapp där projekt skapas och listas")
    # For tests, benchmarks and the bundle's smoke test (packaging/dist.py check): a line
    # "READY <seconds> {json}" on stdout, or written to a file (a windowed program on Windows
    # has no stdout), once the start window is shown and the event loop runs.
    p.add_argument("--report-ready", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--ready-file", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    # Imports every module of app/ and ui/ (what a frozen bundle might have missed) and puts
    # the result in the READY line.
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--language", choices=("sv", "en"), help="gränssnittets språk")
    return p


def main(
    argv: Sequence[str] | None = None, on_ready: Callable[[QWidget], None] | None = None
) -> int:
    """Run the program. ``on_ready`` (for the end-to-end first-start test, which drives the
    real program with key presses) is called with the start window once it is interactive."""
    args = build_parser().parse_args(argv)
    from app.logsetup import disable_core_dumps, install_crash_handler, setup_logging

    disable_core_dumps()  # before any content or key is in memory
    install_crash_handler()  # the log file follows once the start window is up
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
    app.setDesktopFileName("samtal")  # ties windows to samtal.desktop (icon on Wayland)
    language = args.language or settings().get("ui/language")
    if args.language:
        settings().set("ui/language", args.language)
    i18n.install(language)
    from ui.widgets.zoom import apply_saved_size

    apply_saved_size()  # the text size chosen last time (Ctrl+= / Ctrl+−)
    controller = AppController(args.projects_dir)
    controller.show_start()

    if not args.quit_after_start:
        box = crash_report_box(controller.start)
        if box is not None:
            QTimer.singleShot(0, box.exec)

    def ready() -> None:
        elapsed = time.perf_counter() - _T0
        if args.report_ready or args.ready_file:
            state = start_window_state(controller.start, language)
            if args.self_test:
                state["self_test"] = self_test()
            line = f"READY {elapsed:.3f} {json.dumps(state, ensure_ascii=False)}\n"
            if args.report_ready and sys.stdout is not None:
                sys.stdout.write(line)
                sys.stdout.flush()
            if args.ready_file:
                write_ready_file(args.ready_file, line)
        set_window_icon(app)
        if on_ready is not None:
            on_ready(controller.start)
        if args.quit_after_start:
            QTimer.singleShot(0, app.quit)  # after start_log, queued behind this

    def start_log() -> None:
        # after the first paint: the rotating log (logging.handlers pulls in socket, pickle
        # and queue, ~7 ms) is not needed to show the start window; nothing is logged before
        setup_logging()
        logging.getLogger(__name__).info("start window shown")

    QTimer.singleShot(0, ready)
    QTimer.singleShot(0, start_log)
    return int(app.exec())


def start_window_state(window: QWidget, language: str) -> dict[str, object]:
    """What the READY line says about the start window: shown, active, usable."""
    from ui.start.window import StartWindow

    assert isinstance(window, StartWindow)
    return {
        "window": window.objectName(),
        "visible": window.isVisible(),
        "enabled": window.isEnabled() and window.new_button.isEnabled(),
        "language": language,
        "new_button": window.new_button.text(),
        "projects_dir": str(window.projects_dir),
        "frozen": bool(getattr(sys, "frozen", False)),
    }


def write_ready_file(path: Path, line: str) -> None:
    """Write the READY line so a reader never sees half of it (write, then rename)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(line, encoding="utf-8")
    os.replace(partial, path)


def set_window_icon(app: QApplication) -> None:
    """Samtal's icon on every window (after the start window is up: it is not needed sooner)."""
    from PySide6.QtGui import QIcon

    from app.paths import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource("icons", f"samtal-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    app.setWindowIcon(icon)


#: Files the program reads at some point, checked by ``--self-test``.
SELF_TEST_RESOURCES = (
    ("guides", "ekonomiskt-bistand.json"),
    ("consent", "information-sv.md"),
    ("consent", "information-en.md"),
    ("export", "mall.docx"),
    ("translations", "samtal_en.qm"),
    ("help", "kom-igang-sv.md"),
    ("help", "kom-igang-en.md"),
    ("icons", "samtal-256.png"),
)


def self_test() -> dict[str, object]:
    """Import every module of ``app`` and ``ui`` and look for the files the program reads;
    for the bundle's smoke test. Every room loads lazily, so start-up alone would not notice
    a module that fails to import in a bundle (a library or Qt plugin left out)."""
    import importlib
    import pkgutil

    import app
    import ui
    from app.paths import SHARED_DATA, resource, share_dirs

    failed: list[str] = []
    count = 0
    for package in (app, ui):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                importlib.import_module(info.name)
                count += 1
            except Exception as exc:  # noqa: BLE001 - reported, not hidden
                failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
    missing = ["/".join(parts) for parts in SELF_TEST_RESOURCES if not resource(*parts).is_file()]
    missing += [
        f"share/{name}/{file}"
        for name, files in SHARED_DATA.items()
        for file in files
        if not any((folder / file).is_file() for folder in share_dirs(name))
    ]
    return {"modules": count, "failed": failed, "missing": missing}


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
