"""Analysis figures (issue 7) on a 100-interview demo project (~1.4 M words), offscreen.

Targets: search p95 < 50 ms over realistic queries (common and rare words, prefixes, phrases);
opening the by-theme view < 300 ms (the real window, until its list is populated); RSS of the
running app with the project open < 300 MB. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark lösenord"
INTERVIEWS = int(os.environ.get("BENCH_DEMO_INTERVIEWS", "100"))
TAGGED_PASSAGES = 2000
QUERIES = [
    "handläggaren",
    "handläg",
    "handläg*",
    "jag",
    "han",
    "det",
    "socialsekreteraren",
    "e-post",
    "budget",
    "respektfullt",
    "skylten",
    "väntrummet",
    '"min handläggare"',
    "busstation",
    "människa",
    "kött",
    "broschyr",
    "planering",
    "avslag -brevet",
    "café",
]
REPEATS = 5


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_project(folder: Path) -> None:
    """The demo in a child process, so its generator's memory does not count here."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from pathlib import Path; from app.store import Project; from app.demo import create_demo;"
        "p = Project.create(Path(sys.argv[2]), sys.argv[3]); create_demo(p.db,"
        " interviews=int(sys.argv[4]));"
        "p.close()"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(folder), PASSPHRASE, str(INTERVIEWS)],
        check=True,
        timeout=1200,
    )


def tag_passages(db: object) -> None:
    from app.analysis import codebook

    rnd = random.Random(7)
    themes = [t.id for t in codebook.list_themes(db)]  # type: ignore[arg-type]
    notes = [(r[0], r[1]) for r in db.query("SELECT id, body FROM note WHERE length(body) > 200")]  # type: ignore[attr-defined]
    with db.atomic():  # type: ignore[attr-defined]
        for _ in range(TAGGED_PASSAGES):
            note, body = rnd.choice(notes)
            start = body.find(". ", rnd.randrange(len(body) - 100)) + 2
            end = body.find(".", start + 10) + 1
            if 2 <= start < end:
                codebook.tag_passage(
                    db, note, rnd.choice(themes), start, end, starred=rnd.random() < 0.1
                )  # type: ignore[arg-type]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SAMTAL_HOME"] = str(Path(tmp) / "home")
        folder = Path(tmp) / "bench"
        t0 = time.perf_counter()
        make_project(folder)
        demo_s = time.perf_counter() - t0

        from PySide6.QtWidgets import QApplication

        from app.analysis import search
        from app.store import Project
        from ui.analysis.window import AnalysisWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        project = Project.open(folder.with_suffix(".samtal"), PASSPHRASE)
        db = project.db
        tag_passages(db)
        words = int(
            db.scalar("SELECT sum(length(body) - length(replace(body, ' ', '')) + 1) FROM note")
        )

        # search
        times: dict[str, list[float]] = {q: [] for q in QUERIES}
        hits: dict[str, int] = {}
        for _ in range(REPEATS):
            for q in QUERIES:
                t = time.perf_counter()
                result = search.search(db, q, limit=50)
                times[q].append((time.perf_counter() - t) * 1000)
                hits[q] = len(result)
        all_ms = sorted(x for v in times.values() for x in v)
        p95 = all_ms[int(0.95 * (len(all_ms) - 1))]

        # the by-theme view: construct the real window, show the busiest theme, until populated
        busiest = int(
            db.scalar(
                "SELECT theme_id FROM (SELECT theme_id FROM quote_theme UNION ALL SELECT"
                " theme_id FROM passage_tag)"
                " GROUP BY theme_id ORDER BY count(*) DESC LIMIT 1"
            )
        )
        open_ms = []
        rows = 0
        for _ in range(5):
            t = time.perf_counter()
            window = AnalysisWindow(project)
            window.show()
            window.show_theme(busiest)
            app.processEvents()
            rows = window.theme_model.rowCount()
            open_ms.append((time.perf_counter() - t) * 1000)
            window.close()
            window.deleteLater()
            app.processEvents()
        window = AnalysisWindow(project)
        window.show()
        window.show_theme(busiest)
        window.tabs.setCurrentIndex(0)
        window.tabs.setCurrentIndex(2)
        window.search_field.setText("handläg")
        window.run_search()
        window.tabs.setCurrentIndex(3)
        app.processEvents()
        rss = rss_mb()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        window.close()
        project.close()

    print(
        json.dumps(
            {
                "interviews": INTERVIEWS,
                "words_in_notes": words,
                "tagged_passages": TAGGED_PASSAGES,
                "demo_seconds": round(demo_s, 1),
                "search_ms": {
                    "p50": round(statistics.median(all_ms), 2),
                    "p95": round(p95, 2),
                    "max": round(all_ms[-1], 2),
                    "runs": len(all_ms),
                    "target_p95": 50,
                    "per_query_median": {
                        q: round(statistics.median(v), 2) for q, v in times.items()
                    },
                    "hits": hits,
                },
                "by_theme_view_ms": {
                    "median": round(statistics.median(open_ms), 1),
                    "max": round(max(open_ms), 1),
                    "rows": rows,
                    "target": 300,
                },
                "rss_mb": {
                    "with_project_and_all_views_open": round(rss, 1),
                    "peak": round(peak, 1),
                    "target": 300,
                },
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
