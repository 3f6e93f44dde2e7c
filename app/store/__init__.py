"""The encrypted project store: a folder ``NAME.samtal`` with a SQLCipher database and a key
file.

``from app.store import Project`` works as before, but the heavy modules (SQLCipher, Argon2)
load only when one of these names is first used, so importing a light part of the store
(:mod:`app.store.folder`) does not load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.database import Database
    from app.store.keyfile import KdfParams, KeyFile
    from app.store.project import Project

__all__ = ["Database", "KdfParams", "KeyFile", "Project"]

_WHERE = {
    "Database": "app.store.database",
    "KdfParams": "app.store.keyfile",
    "KeyFile": "app.store.keyfile",
    "Project": "app.store.project",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'app.store' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_WHERE[name]), name)
