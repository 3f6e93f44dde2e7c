"""Export speed: 12 interviews of 15,000 words → quotes by theme + all transcripts, and one
transcript.

Targets (issue 5): everything < 3 s total (median), one transcript < 0.3 s (median). Built in
memory and encrypted as a user's export would be; nothing is written to disk.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.demo import create_demo  # noqa: E402
from app.export.document import ExportKind  # noqa: E402
from app.export.service import ExportRequest, export_bytes  # noqa: E402
from app.pseudonymise import review  # noqa: E402
from app.store import KdfParams, Project  # noqa: E402

PASSWORD = "benchmark export"


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "b", "benchmark lösen", kdf=KdfParams(1, 8192, 1))
        create_demo(project.db, interviews=12, words_per_interview=15_000)
        ids = [int(r[0]) for r in project.db.query("SELECT id FROM interview ORDER BY id")]
        for i in ids:
            review.accept_all(project.db, i)
        words = sum(len(r[0].split()) for r in project.db.query("SELECT body FROM note"))
        totals, singles, sizes = [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            data = export_bytes(project.db, ExportRequest(ExportKind.QUOTES, tuple(ids), PASSWORD))
            sizes.append(len(data))
            for i in ids:
                t1 = time.perf_counter()
                export_bytes(project.db, ExportRequest(ExportKind.TRANSCRIPT, (i,), PASSWORD))
                singles.append(time.perf_counter() - t1)
            totals.append(time.perf_counter() - t0)
        project.close()
    print(
        json.dumps(
            {
                "interviews": len(ids),
                "note_words": words,
                "quotes_and_all_transcripts_s": {
                    "median": round(statistics.median(totals), 3),
                    "max": round(max(totals), 3),
                    "runs": runs,
                    "target": 3.0,
                },
                "one_transcript_s": {
                    "median": round(statistics.median(singles), 3),
                    "max": round(max(singles), 3),
                    "target": 0.3,
                },
                "encrypted": True,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
