"""No note or quote text outside the encrypted database: project files, logs, settings."""

from __future__ import annotations

import logging
from pathlib import Path

from app import demo
from app.logsetup import ContentFreeFilter, setup_logging
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf

MARKERS = [
    "Man vill ju bli sedd som en människa",  # a demo quote
    "Receptionen är ljus men det är trångt",  # a demo note sentence
    "Hur fick du information om ekonomiskt bistånd",  # the guide
    "Handläggaren",
]


def all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def contains(data: bytes, marker: str) -> bool:
    return any(marker.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def test_demo_text_never_in_project_files(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "x", PASSPHRASE, kdf=fast_kdf())
    demo.create_demo(p.db, interviews=2, words_per_interview=2000)
    # while open: database, WAL and SHM
    files_open = all_bytes(p.folder)
    assert any(path.name.endswith("-wal") for path, _ in files_open)
    p.close()
    for path, data in [*files_open, *all_bytes(p.folder)]:
        for marker in MARKERS:
            assert not contains(data, marker), f"{marker!r} in {path.name}"


def test_logging_filter_redacts_content(samtal_home: Path) -> None:
    path = setup_logging()
    log = logging.getLogger("samtal.test")
    log.info("saved note %s for interview %d", "Han sa att Lena var där", 7)
    log.info("theme %s", {"x": 1})
    try:
        raise ValueError("Hennes personnummer 850709-9805")
    except ValueError:
        log.exception("failed %s", "K7Q-XMA")
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "interview 7" in text and "K7Q-XMA" in text and "[ValueError]" in text
    assert "Lena" not in text and "850709" not in text and "Hennes" not in text
    assert "<str>" in text


def test_filter_keeps_identifiers() -> None:
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "a %s %s %s", ("abc-123", 5, None), None
    )
    assert ContentFreeFilter().filter(record)
    assert record.getMessage() == "a abc-123 5 None"
