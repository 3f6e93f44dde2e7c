"""kill -9 while typing, many times: ``python bench/bench_crash.py [--kills 200]`` prints JSON.

Each round opens a real project in a child process with a real session window offscreen,
types 20 characters a second with autosave on, and is killed with SIGKILL at a random moment.
Reports the worst loss (seconds of typing not on disk) and any integrity problem.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.e2e.crash_harness import make_project, one_kill  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_project(Path(tmp) / "krasch")
        home = Path(tmp) / "home"
        home.mkdir()
        results = [one_kill(folder, home, rnd, 0.3, 3.0) for _ in range(args.kills)]
    losses = sorted(r.loss_s for r in results)
    print(
        json.dumps(
            {
                "kills": len(results),
                "worst_loss_s": round(losses[-1], 3),
                "median_loss_s": round(losses[len(losses) // 2], 3),
                "p95_loss_s": round(losses[int(len(losses) * 0.95) - 1], 3),
                "over_1s": sum(1 for x in losses if x > 1.0),
                "not_prefix": sum(1 for r in results if not r.prefix_ok),
                "integrity_failures": sum(1 for r in results if r.integrity),
                "chars_typed_total": sum(r.typed_acked for r in results),
                "seconds": round(time.monotonic() - started, 1),
            },
            indent=2,
        )
    )
    ok = all(r.prefix_ok and not r.integrity and r.loss_s <= 1.0 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
