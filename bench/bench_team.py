"""Team packages: export and import of a 100-interview package, and memory while importing.

Targets (issue 16): export < 5 s and import < 5 s on the 2-core machine. The floor, measured
in the same run, is the raw SQLite copy of the same rows: ``sqlcipher_export`` of the whole
source database into a new encrypted database (no JSON, no age, no merge). Memory: the peak
resident size while importing (``VmHWM`` after resetting it), and the peak of Python
allocations (tracemalloc, a separate run).
"""

from __future__ import annotations

import json
import os
import secrets
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.demo import create_demo  # noqa: E402
from app.store import KdfParams, Project  # noqa: E402
from app.team.export import export_interviews  # noqa: E402
from app.team.importer import import_package  # noqa: E402
from app.team.keys import project_identity, recipient_key  # noqa: E402

INTERVIEWS = 100
WORDS = 15_000
PASSPHRASE = "benchmark lösen"


def new_project(folder: Path, name: str) -> Project:
    return Project.create(folder / name, PASSPHRASE, kdf=KdfParams(1, 8192, 1))


def raw_copy(project: Project, dest: Path) -> float:
    """The floor: the same rows into a new encrypted database, by SQLCipher itself."""
    key = secrets.token_hex(32)
    t0 = time.perf_counter()
    project.db.execute(f"ATTACH DATABASE ? AS floor KEY \"x'{key}'\"", (str(dest),))
    try:
        project.db.execute("SELECT sqlcipher_export('floor')")
    finally:
        project.db.execute("DETACH DATABASE floor")
    return time.perf_counter() - t0


def vm(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def main(runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = new_project(folder, "laptop")
        t0 = time.perf_counter()
        create_demo(source.db, interviews=INTERVIEWS, words_per_interview=WORDS)
        demo_s = time.perf_counter() - t0
        words = sum(len(str(r[0]).split()) for r in source.db.query("SELECT body FROM note"))
        target = new_project(folder, "analytiker-0")
        key = recipient_key(target.db)
        identity = str(project_identity(target.db))
        target.close()

        exports, imports, floors, reimports = [], [], [], []
        package = folder / "p.samtalpkg"
        for n in range(runs):
            floors.append(raw_copy(source, folder / f"floor-{n}.db"))
            if package.exists():
                package.unlink()
            t0 = time.perf_counter()
            export_interviews(source, package, recipients=[key])
            exports.append(time.perf_counter() - t0)
            # a fresh analysts' project each run, holding the identity the package is for
            analysts = new_project(folder, f"analytiker-{n + 1}")
            analysts.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('team_identity', ?)",
                (identity,),
            )
            rss_before = vm("VmRSS")
            peak_ok = reset_peak()
            t0 = time.perf_counter()
            report = import_package(analysts, package)
            imports.append(time.perf_counter() - t0)
            peak = vm("VmHWM") if peak_ok else float("nan")
            assert report.count("new") == INTERVIEWS
            t0 = time.perf_counter()
            again = import_package(analysts, package)
            reimports.append(time.perf_counter() - t0)
            assert not again.changes_anything
            if n == runs - 1:
                analysts.close()
                fresh = new_project(folder, "analytiker-mem")
                fresh.db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('team_identity', ?)",
                    (identity,),
                )
                tracemalloc.start()
                import_package(fresh, package)
                _, python_peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                fresh.close()
            else:
                analysts.close()
        size = package.stat().st_size
        db_size = source.db.path.stat().st_size
        source.close()

    floor = statistics.median(floors)
    export_s, import_s = statistics.median(exports), statistics.median(imports)
    print(
        json.dumps(
            {
                "interviews": INTERVIEWS,
                "note_words": words,
                "demo_build_s": round(demo_s, 2),
                "database_mb": round(db_size / 2**20, 1),
                "package_mb": round(size / 2**20, 2),
                "floor_raw_sqlcipher_copy_s": round(floor, 3),
                "export_s": {
                    "median": round(export_s, 3),
                    "max": round(max(exports), 3),
                    "target": 5.0,
                    "ratio_to_floor": round(export_s / floor, 1),
                },
                "import_s": {
                    "median": round(import_s, 3),
                    "max": round(max(imports), 3),
                    "target": 5.0,
                    "ratio_to_floor": round(import_s / floor, 1),
                },
                "reimport_unchanged_s": round(statistics.median(reimports), 3),
                "import_memory_mb": {
                    "rss_before": round(rss_before, 1),
                    "peak_rss_during_import": round(peak, 1),
                    "peak_python_allocations": round(python_peak / 2**20, 1),
                },
                "runs": runs,
                "cpus": os.cpu_count(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
