"""Where things are: bundled resources and the app's own folders (no Qt).

Resources are found through ``importlib.resources`` so a checkout, a wheel and a frozen
bundle all work. User folders follow each platform's convention; on Windows the *local*
(not roaming) app data folder, so nothing syncs to a server. ``SAMTAL_HOME`` overrides
all of them (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Samtal"


def resource(*parts: str) -> Path:
    """A bundled file under ``resources/``."""
    from importlib import resources  # loaded on first use: the start window needs none

    base = resources.files("resources")
    return Path(str(base.joinpath(*parts)))


def default_guide_path() -> Path:
    return resource("guides", "ekonomiskt-bistand.json")


def information_template(language: str = "sv") -> str:
    path = resource("consent", f"information-{language}.md")
    if not path.is_file():
        path = resource("consent", "information-sv.md")
    return path.read_text(encoding="utf-8")


def _home_override() -> Path | None:
    home = os.environ.get("SAMTAL_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    """App data (logs, crash reports, backups): local, not roaming."""
    if (home := _home_override()) is not None:
        return home / "data"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def config_dir() -> Path:
    if (home := _home_override()) is not None:
        return home / "config"
    if sys.platform == "win32":
        return data_dir()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / APP_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APP_NAME


def log_dir() -> Path:
    return data_dir() / "logs"


def crash_dir() -> Path:
    return data_dir() / "crash"


def default_projects_dir() -> Path:
    """Where new projects go by default: the local data folder, not Documents (often synced)."""
    return data_dir() / "projects"
