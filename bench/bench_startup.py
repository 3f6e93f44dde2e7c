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


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to its READY line; a READY line that carries the start
    window's state must say it is visible and enabled."""
    t0 = time.perf_counter()
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - t0
        _, err = process.communicate(timeout=120)
    if not line.startswith("READY"):
        raise RuntimeError(f"no READY line from {command[0]}: {err[-500:]}")
    parts = line.split(" ", 2)
    if len(parts) == 3:
        state = json.loads(parts[2])
        if not (state["visible"] and state["enabled"]):
            raise RuntimeError(f"start window not interactive: {state}")
    return elapsed


def start_env(home: str) -> dict[str, str]:
    """Offscreen, a fresh SAMTAL_HOME, and compiled byte code: an installed program starts
    from it (pip and the bundle compile it; PySide6's own is in site-packages), so the
    warm-up run may write ours; otherwise every run compiles Samtal's modules (~15 ms)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMTAL_HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main(runs: int = 9) -> dict[str, object]:
    samtal: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        env = start_env(home)
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
        time_to_ready(samtal_cmd, env)  # warm the file cache for both
        time_to_ready(bare_cmd, env)
        for _ in range(runs):
            samtal.append(time_to_ready(samtal_cmd, env))
            bare.append(time_to_ready(bare_cmd, env))
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
