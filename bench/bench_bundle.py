"""Start-up of the bundle: process start → interactive start window, from the PyInstaller
bundle (``make dist``) beside the same program from the virtualenv, in the same run.

Both are spawned alternately, offscreen, with the same fresh SAMTAL_HOME; each figure is the
time from spawning the process to its READY line (printed from the first event-loop turn once
the start window is shown and enabled). The virtualenv start is the floor the bundle is
compared with: a one-folder bundle unpacks nothing, so it should not be slower than ``python
-m ui.main`` by much (target: ratio ≤ 1.5, median). Without a bundle the benchmark says so and
is skipped.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_startup import start_env, time_to_ready  # noqa: E402

BUNDLE = ROOT / "dist" / "Samtal" / ("Samtal.exe" if sys.platform == "win32" else "Samtal")
TARGET_RATIO = 1.5


def main(runs: int = 9) -> dict[str, object]:
    if not BUNDLE.is_file():
        return {"benchmark": "bundle_startup", "skipped": "no bundle: run make dist first"}
    bundle: list[float] = []
    venv: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        env = start_env(home)
        args = ["--report-ready", "--quit-after-start", "--projects-dir", f"{home}/projekt"]
        bundle_cmd = [str(BUNDLE), *args]
        venv_cmd = [sys.executable, "-m", "ui.main", *args]
        time_to_ready(bundle_cmd, env)  # warm the file cache for both
        time_to_ready(venv_cmd, env)
        for _ in range(runs):
            bundle.append(time_to_ready(bundle_cmd, env))
            venv.append(time_to_ready(venv_cmd, env))
    bundle_s = statistics.median(bundle)
    venv_s = statistics.median(venv)
    return {
        "benchmark": "bundle_startup",
        "runs": runs,
        "bundle_start_window_s": round(bundle_s, 3),
        "virtualenv_start_window_s": round(venv_s, 3),
        "ratio": round(bundle_s / venv_s, 2),
        "target_ratio": TARGET_RATIO,
        "bundle_all_s": [round(t, 3) for t in bundle],
        "virtualenv_all_s": [round(t, 3) for t in venv],
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
