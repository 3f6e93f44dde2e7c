"""A recording process for the kill test: the real capture stack, nothing else.

``python -m tests.audio.recorder_process PROJECT RECORDING_ID`` (passphrase in
``SAMTAL_PASSPHRASE``) opens the project, records from the default microphone through
QAudioSource → ChunkWriter, and reports on stdout, one line each: ``ready``, ``level N`` for
every level reading (0.1 s of captured audio), ``chunk INDEX MS`` when a chunk is on disk.
It records until killed (or ``--seconds`` have been captured, then stops cleanly).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("recording")
    parser.add_argument("--seconds", type=float, default=0)
    parser.add_argument("--chunk-seconds", type=float, default=5.0)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QTimer

    from app.store import Project
    from ui.audio.capture import AudioCapture

    app = QCoreApplication(sys.argv)
    passphrase = os.environ["SAMTAL_PASSPHRASE"]
    project = Project.open(Path(args.project), passphrase)
    root = project.audio_key

    capture = AudioCapture()
    levels = 0

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def on_level(_db: float) -> None:
        nonlocal levels
        levels += 1
        say(f"level {levels}")
        if args.seconds and capture.recorded_ms >= args.seconds * 1000:
            capture.stop(final=True)
            app.quit()

    def on_failed(exc: object) -> None:
        say(f"failed {type(exc).__name__}")
        app.exit(2)

    capture.level.connect(on_level)
    capture.chunkWritten.connect(lambda index, ms: say(f"chunk {index} {ms}"))
    capture.failed.connect(on_failed)
    capture.open_recording(project.folder, root, args.recording, args.chunk_seconds)

    def begin() -> None:
        capture.start(0)
        say("ready")

    QTimer.singleShot(0, begin)
    code = app.exec()
    project.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
