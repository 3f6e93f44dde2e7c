"""Export speed: 12 interviews of 15,000 words → quotes by theme + all transcripts, and one
transcript, beside the floor measured in the same run.

The floor (issue 12): raw python-docx building and saving the same words — every note
paragraph and quote of each transcript, and every quote of the quotes document, one
paragraph each, no styles — plus the same encryption. Target: export ≤ 1.5 × the floor.
Each text is analysed once per export (the review gate); the Swedish dictionary is loaded
before timing (once per process). Built in memory as a user's export would be; nothing is
written to disk. Issue 5's targets stay: everything < 3 s (median), one transcript < 0.3 s.

Wall-clock medians, and CPU-time medians of this process beside them: on a machine shared
with other work the wall clock of the export and of the floor are taken at different
moments, the CPU time is what each of them cost.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402

from app.demo import create_demo  # noqa: E402
from app.export.document import ExportKind, encrypt_docx  # noqa: E402
from app.export.service import ExportRequest, export_bytes  # noqa: E402
from app.pseudonymise import dictionary, review  # noqa: E402
from app.store import KdfParams, Project  # noqa: E402
from app.store.database import Database  # noqa: E402

PASSWORD = "benchmark export"
RATIO_TARGET = 1.5


def floor_document(texts: list[str]) -> bytes:
    """python-docx building and saving ``texts`` (one paragraph each), then encryption."""
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return encrypt_docx(buffer.getvalue(), PASSWORD)


def texts_of(db: Database, interview_id: int) -> tuple[list[str], list[str]]:
    """(every unit a transcript writes, the quotes alone) of one interview."""
    units = review.interview_units(db, interview_id)
    return [u.text for u in units], [u.text for u in units if u.is_quote]


def main(runs: int = 5) -> None:
    dictionary.get()
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "b", "benchmark lösen", kdf=KdfParams(1, 8192, 1))
        db = project.db
        create_demo(db, interviews=12, words_per_interview=15_000)
        ids = [int(r[0]) for r in db.query("SELECT id FROM interview ORDER BY id")]
        for i in ids:
            review.accept_all(db, i, replace_flags=True)
        words = sum(len(r[0].split()) for r in db.query("SELECT body FROM note"))
        units = {i: texts_of(db, i) for i in ids}
        all_quotes = [q for i in ids for q in units[i][1]]
        totals, floors, singles, single_floors = [], [], [], []
        cpu_totals, cpu_floors = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            export_bytes(db, ExportRequest(ExportKind.QUOTES, tuple(ids), PASSWORD))
            for i in ids:
                t1 = time.perf_counter()
                export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (i,), PASSWORD))
                singles.append(time.perf_counter() - t1)
            totals.append(time.perf_counter() - t0)
            cpu_totals.append(time.process_time() - c0)
            t0, c0 = time.perf_counter(), time.process_time()
            floor_document(all_quotes)
            for i in ids:
                t1 = time.perf_counter()
                floor_document(units[i][0])
                single_floors.append(time.perf_counter() - t1)
            floors.append(time.perf_counter() - t0)
            cpu_floors.append(time.process_time() - c0)
        project.close()
    total, floor = statistics.median(totals), statistics.median(floors)
    single, single_floor = statistics.median(singles), statistics.median(single_floors)
    cpu_total, cpu_floor = statistics.median(cpu_totals), statistics.median(cpu_floors)
    figures = {
        "benchmark": "export",
        "interviews": len(ids),
        "note_words": words,
        "quotes_and_all_transcripts_s": {
            "median": round(total, 3),
            "max": round(max(totals), 3),
            "runs": runs,
            "target": 3.0,
            "floor_python_docx_and_encryption_s": round(floor, 3),
            "ratio_to_floor": round(total / floor, 2),
            "ratio_target": RATIO_TARGET,
            "cpu_s": round(cpu_total, 3),
            "floor_cpu_s": round(cpu_floor, 3),
            "cpu_ratio_to_floor": round(cpu_total / cpu_floor, 2),
        },
        "one_transcript_s": {
            "median": round(single, 3),
            "max": round(max(singles), 3),
            "target": 0.3,
            "floor_s": round(single_floor, 3),
            "ratio_to_floor": round(single / single_floor, 2),
        },
        "encrypted": True,
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
