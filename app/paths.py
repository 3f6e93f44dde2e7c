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


def resources_dir() -> Path:
    """The ``resources`` package folder: in a checkout, a wheel's site-packages or a bundle."""
    from importlib import resources  # loaded on first use: the start window needs none

    return Path(str(resources.files("resources")))


def resource(*parts: str) -> Path:
    """A bundled file under ``resources/``."""
    return resources_dir().joinpath(*parts)


def frozen_dir() -> Path | None:
    """The folder a PyInstaller bundle keeps its files in, or None when not frozen."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if getattr(sys, "frozen", False) and base else None


def share_dirs(name: str) -> list[Path]:
    """``share/<name>`` folders where data-only wheels put files (hunspell-sv does), first the
    bundle's, then the environment's; the caller checks which exist."""
    prefixes = [d for d in (frozen_dir(),) if d is not None]
    prefixes += [Path(p) for p in dict.fromkeys((sys.prefix, sys.base_prefix, sys.exec_prefix))]
    return [p / "share" / name for p in prefixes]


#: Data files (not Python) that a bundle must carry: file patterns under ``share/<name>``.
SHARED_DATA = {"hunspell": ("sv_SE.dic", "sv_SE.aff")}
#: What in ``resources/`` stays out of a bundle: sources of generated files and Python.
_NOT_BUNDLED = (".py", ".pyc", ".ts")


def bundle_data() -> list[tuple[Path, str]]:
    """Everything a frozen bundle needs besides code, as (file here, folder in the bundle):
    every file of the ``resources`` package and the shared data of :data:`SHARED_DATA` that is
    installed. The PyInstaller recipe (``packaging/samtal.spec``) collects exactly this, and at
    run time :func:`resource` and :func:`share_dirs` find it again."""
    base = resources_dir()
    found = [
        (path, str(Path("resources", path.parent.relative_to(base))))
        for path in sorted(base.rglob("*"))
        if path.is_file() and path.suffix not in _NOT_BUNDLED and "__pycache__" not in path.parts
    ]
    for name, files in SHARED_DATA.items():
        for folder in share_dirs(name):
            if all((folder / f).is_file() for f in files):
                found += [(folder / f, str(Path("share", name))) for f in files]
                break
    return found


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
