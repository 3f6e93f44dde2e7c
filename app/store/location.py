"""Is a project folder somewhere a database should not live? (R11)

SQLite can be corrupted by sync clients and network file systems (``reference/
security-research.md`` §5.1), and a synced folder copies the encrypted database to a
server. This module only *recognises* such places; the UI warns and suggests the local
app data folder. Content-free: it looks at the path and environment variables only.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PureWindowsPath

#: Environment variables that name sync roots (OneDrive sets these on Windows).
SYNC_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

#: Folder names that sync clients use, compared case-insensitively.
_CLOUD_PARTS = re.compile(
    r"^(onedrive( - .*)?|dropbox( \(.*\))?|google ?drive|googledrive|my drive|icloud ?drive|"
    r"icloud~com~apple~clouddocs|mobile documents|nextcloud|owncloud|box|box sync|sync|"
    r"pcloud ?drive|megasync)$",
    re.IGNORECASE,
)


def cloud_sync_folder(path: str | Path) -> str | None:
    """The name of the cloud-synced folder that ``path`` is inside, or None.

    The one check for "is this synced?": project folders (new project, start window) and
    export targets use it."""
    resolved = Path(path).expanduser().resolve()
    for env in SYNC_ENV_VARS:
        root = os.environ.get(env)
        if root:
            try:
                resolved.relative_to(Path(root).resolve())
                return Path(root).name
            except ValueError:
                pass
    for part in resolved.parts:
        if _CLOUD_PARTS.match(part):
            return part
    return None


def risky_location(path: str | Path) -> str | None:
    """``"network"``, ``"sync"`` or None for a good local place."""
    text = str(path)
    if text.startswith(("\\\\", "//")) or PureWindowsPath(text).drive.startswith("\\\\"):
        return "network"
    return "sync" if cloud_sync_folder(text) else None
