"""Is a project folder somewhere a database should not live? (R11)

SQLite can be corrupted by sync clients and network file systems (``reference/
security-research.md`` §5.1), and a synced folder copies the encrypted database to a
server. This module only *recognises* such places; the UI warns and suggests the local
app data folder. Content-free: it looks at the path and environment variables only.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath

#: Environment variables that name sync roots (OneDrive sets these on Windows).
SYNC_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

#: Folder names that sync clients use, compared case-insensitively.
SYNC_FOLDER_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "icloud~com~apple~clouddocs",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "box sync",
)


def risky_location(path: str | Path) -> str | None:
    """``"network"``, ``"sync"`` or None for a good local place."""
    text = str(path)
    if text.startswith(("\\\\", "//")) or PureWindowsPath(text).drive.startswith("\\\\"):
        return "network"
    parts = [p.casefold() for p in PurePath(text).parts]
    for var in SYNC_ENV_VARS:
        root = os.environ.get(var)
        if root and _is_within(text, root):
            return "sync"
    if any(p in SYNC_FOLDER_NAMES or p.startswith(("onedrive - ", "dropbox (")) for p in parts):
        return "sync"
    return None


def _is_within(path: str, root: str) -> bool:
    a = [p.casefold() for p in PurePath(path).parts]
    b = [p.casefold() for p in PurePath(root).parts]
    return len(b) > 0 and a[: len(b)] == b
