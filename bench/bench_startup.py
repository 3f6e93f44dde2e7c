"""Start-up: Samtal's start window beside a bare PySide6 window with three buttons.

Both are started as fresh processes in the same run, alternately, offscreen; each figure is
the time from spawning the process to the window being shown and the event loop running
(the process prints READY from the first event-loop turn). The bare window is the floor:
the cost of Python + PySide6 + one window, which Samtal cannot go below. Target (issue 11):
``ratio`` ≤ 1.5 (median of the runs).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
TARGET_RATIO = 1.5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
layout = QVBoxLayout(window)
for text in ("Nytt projekt", "Öppna projekt", "Öppna demo"):
    layout.addWidget(QPushButton(text))
window.show()
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def _time_to_ready(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - t0
        _, err = process.communicate(timeout=60)
    if not line.startswith("READY"):
        raise RuntimeError(f"no READY line: {err[-500:]}")
    return elapsed


def main(runs: int = 9) -> dict[str, object]:
    samtal: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMTAL_HOME": home}
        # an installed program starts from compiled byte code (pip and the bundle compile it;
        # PySide6's own is in site-packages): let the warm-up run write ours, else every run
        # compiles Samtal's modules and the floor's are already compiled
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        samtal_cmd = [
            sys.executable,
            "-m",
            "ui.main",
            "--report-ready",
            "--quit-after-start",
            "--projects-dir",
            str(Path(home) / "projekt"),
        ]
        bare_cmd = [sys.executable, "-c", BARE]
        _time_to_ready(samtal_cmd, env)  # warm the file cache for both
        _time_to_ready(bare_cmd, env)
        for _ in range(runs):
            samtal.append(_time_to_ready(samtal_cmd, env))
            bare.append(_time_to_ready(bare_cmd, env))
    samtal_s = statistics.median(samtal)
    bare_s = statistics.median(bare)
    return {
        "benchmark": "startup",
        "runs": runs,
        "samtal_start_window_s": round(samtal_s, 3),
        "bare_pyside6_three_buttons_s": round(bare_s, 3),
        "ratio": round(samtal_s / bare_s, 2),
        "target_ratio": TARGET_RATIO,
        "samtal_all_s": [round(t, 3) for t in samtal],
        "bare_all_s": [round(t, 3) for t in bare],
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
