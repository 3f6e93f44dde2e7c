"""Security figures: the save counter's cost per commit, and a key rotation.

- one write transaction (one autosave) with the save counter written beside the database,
  against the floor measured in the same run: the same transaction without it;
- a key rotation (``rotate_key``) of a demo project of 8 interviews with 5 rolling backups,
  against the floor: one verified ``sqlcipher_export`` of the same database per file it
  rewrites (the database and each backup), which is the least a rotation must do.

Prints one JSON object with each figure, its floor and the ratio.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark lösenord"
NEW = "ett nytt benchmark-lösenord"


def commits(project: object, n: int) -> float:
    """Median milliseconds per one-row write transaction over ``n`` of them."""
    db = project.db  # type: ignore[attr-defined]
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        with db.atomic():
            db.execute("INSERT OR REPLACE INTO stop_word VALUES (?)", (f"ord{i % 50}",))
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SAMTAL_HOME"] = str(Path(tmp) / "home")
        from app.demo import create_demo
        from app.security.backup import backups_dir, list_backups, rolling_backup
        from app.security.rotation import rotate_key
        from app.store import Project
        from app.store.folder import DB_NAME

        project = Project.create(Path(tmp) / "p", PASSPHRASE)
        create_demo(project.db, interviews=8)
        with_counter, without = [], []
        for _ in range(3):
            with_counter.append(commits(project, 200))
            saved, project.db.on_commit = project.db.on_commit, None
            without.append(commits(project, 200))
            project.db.on_commit = saved
        for _ in range(5):
            rolling_backup(project)
        files = 1 + len(list_backups(backups_dir(project.project_id)))
        t0 = time.perf_counter()
        for n in range(files):
            project.db.export_copy(Path(tmp) / f"floor-{n}.db", key=os.urandom(32))
        floor = time.perf_counter() - t0
        t0 = time.perf_counter()
        rotate_key(project, PASSPHRASE, NEW)
        rotation = time.perf_counter() - t0
        size = (project.folder / DB_NAME).stat().st_size
        project.close()
    commit_ms, commit_floor = statistics.median(with_counter), statistics.median(without)
    print(
        json.dumps(
            {
                "commit_with_save_counter_ms": round(commit_ms, 3),
                "commit_floor_ms": round(commit_floor, 3),
                "commit_ratio": round(commit_ms / commit_floor, 2),
                "rotation_s": round(rotation, 3),
                "rotation_floor_s": round(floor, 3),
                "rotation_ratio": round(rotation / floor, 2),
                "rotation_files": files,
                "database_bytes": size,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
