"""Foundation figures: start window interactive, unlock, and `samtal demo --interviews 100`.

Targets (issue 2): start window interactive ≤ 1.0 s and unlock ≤ 1.0 s (median, offscreen).
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
sys.path.insert(0, str(ROOT))

from app.store import Project  # noqa: E402

PASSPHRASE = "benchmark lösenord"


def start_window(runs: int = 7) -> list[float]:
    """Process start to an interactive start window (the event loop runs), offscreen."""
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMTAL_HOME": home}
        for _ in range(runs):
            t0 = time.perf_counter()
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "ui.main",
                    "--report-ready",
                    "--quit-after-start",
                    "--projects-dir",
                    str(Path(home) / "p"),
                ],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            elapsed = time.perf_counter() - t0
            assert out.stdout.startswith("READY"), out.stderr
            times.append(elapsed)
    return times


def unlock(runs: int = 7) -> list[float]:
    """Project.open with the real Argon2id parameters (key derivation + open + quick check)."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        Project.create(Path(tmp) / "p", PASSPHRASE).close()
        for _ in range(runs):
            t0 = time.perf_counter()
            p = Project.open(Path(tmp) / "p", PASSPHRASE)
            times.append(time.perf_counter() - t0)
            p.close()
    return times


def demo(interviews: int = 100) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "SAMTAL_PASSPHRASE": PASSPHRASE}
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app.cli",
                "demo",
                str(Path(tmp) / "d"),
                "--interviews",
                str(interviews),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=1200,
        )
        elapsed = time.perf_counter() - t0
        p = Project.open(Path(tmp) / "d", PASSPHRASE)
        words = sum(len(r[0].split()) for r in p.db.query("SELECT body FROM note"))
        words += sum(len(r[0].split()) for r in p.db.query("SELECT text FROM quote"))
        p.close()
        size = (Path(tmp) / "d.samtal" / "samtal.db").stat().st_size
    return {"seconds": round(elapsed, 2), "words": words, "database_mb": round(size / 2**20, 1)}


def main() -> None:
    s = start_window()
    u = unlock()
    result = {
        "start_window_interactive_s": {
            "median": round(statistics.median(s), 3),
            "max": round(max(s), 3),
            "runs": len(s),
            "target": 1.0,
        },
        "unlock_s": {
            "median": round(statistics.median(u), 3),
            "max": round(max(u), 3),
            "runs": len(u),
            "target": 1.0,
        },
        "demo_100_interviews": demo(int(os.environ.get("BENCH_DEMO_INTERVIEWS", "100"))),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
