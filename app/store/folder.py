"""A project folder's name and shape: ``NAME.samtal`` with a database and a key file.

Kept apart from :mod:`app.store.project` so the start window can list projects without
loading SQLCipher, Argon2 and the rest of the store.
"""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".samtal"
DB_NAME = "samtal.db"
KEY_NAME = "samtal.key"
LOCK_NAME = "samtal.lock"


def project_path(path: str | Path, must_exist: bool = False) -> Path:
    """``X`` → ``X.samtal``; an existing folder is taken as it is."""
    p = Path(path).expanduser()
    if p.suffix == SUFFIX or (must_exist and p.is_dir()):
        return p
    return p.with_name(p.name + SUFFIX)


def is_project_folder(path: Path) -> bool:
    return path.is_dir() and (path / KEY_NAME).is_file() and (path / DB_NAME).is_file()
