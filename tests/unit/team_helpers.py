"""Shared helpers for the team tests: "laptops" as real encrypted projects, full dumps."""

from __future__ import annotations

from pathlib import Path

from app import demo
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf


def laptop(folder: Path, name: str) -> Project:
    """An empty real encrypted project (one auditor's laptop)."""
    return Project.create(folder / name, PASSPHRASE, audit_name=name, kdf=fast_kdf())


def demo_laptop(folder: Path, name: str, interviews: int, seed: int, words: int = 600) -> Project:
    project = laptop(folder, name)
    demo.create_demo(project.db, interviews=interviews, seed=seed, words_per_interview=words)
    return project


def dump(project: Project) -> list[str]:
    """The whole database as comparable lines: schema, version, every row of every table
    (including the full-text index's own tables), decrypted through the real connection."""
    db = project.db
    lines = [f"user_version {db.user_version}"]
    for r in db.query("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"):
        lines.append(f"{r[0]} {r[1]}: {r[2]}")
        if r[0] == "table" and not str(r[2] or "").upper().startswith("CREATE VIRTUAL"):
            rows = db.query(f'SELECT * FROM "{r[1]}"')
            lines += sorted(f"{r[1]} {tuple(row)!r}" for row in rows)
    return lines
