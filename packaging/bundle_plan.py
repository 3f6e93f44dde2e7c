"""What goes into Samtal's bundle and what stays out.

Read by the PyInstaller recipe (``samtal.spec``, at build time) and by the smoke test
(``dist.py check``, which asserts the same rules on the built folder). Plain Python, no
PyInstaller import, so the unit tests can exercise every rule.

- Qt: only the plugins a desktop window needs (platforms for the three OSes and offscreen,
  image formats, icon engines, input methods, Wayland integration, the desktop-portal theme,
  and the multimedia back end when QtMultimedia is installed); nothing of WebEngine, QML/Quick
  or Qt's own SQL drivers; translations for Swedish and English only.
- Python: no test, lint or build tools; the optional extras (``[stt]``) only when asked for.
- Data: every resource via ``app.paths.bundle_data()``; never test data, project folders,
  databases or virtual-environment leftovers (``forbidden_files``).
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]

#: Python modules never bundled: tools of development, testing and building, and Qt modules
#: Samtal does not use (their Python bindings would drag their libraries in).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pip",
    "setuptools",
    "pkg_resources",
    "distutils",
    "wheel",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "IPython",
    "tests",
    "bench",
    *(
        f"PySide6.{m}"
        for m in (
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "QtWebView",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickWidgets",
            "QtQuickControls2",
            "QtDesigner",
            "QtUiTools",
            "QtSql",
            "QtTest",
            "QtCharts",
            "QtDataVisualization",
            "QtGraphs",
            "Qt3DCore",
            "QtPdf",
            "QtPdfWidgets",
            "QtBluetooth",
            "QtNfc",
            "QtPositioning",
            "QtLocation",
            "QtSensors",
            "QtSerialPort",
            "QtSerialBus",
            "QtRemoteObjects",
            "QtScxml",
            "QtTextToSpeech",
            "QtHttpServer",
            "QtSpatialAudio",
            "QtNetworkAuth",
            "QtHelp",
            "QtOpenGLWidgets",
            "QtPrintSupport",
            # not QtNetwork: nothing of Samtal's uses it, but QtMultimedia's binding imports it
        )
    ),
]

#: Extras that are development tools, never in a bundle whatever is asked.
TOOL_EXTRAS = frozenset({"test", "dev", "dist"})

#: Qt plugin folders kept (all others are dropped), and within ``platforms`` the back ends kept.
KEPT_PLUGIN_DIRS = frozenset(
    {
        "platforms",
        "platformthemes",
        "platforminputcontexts",
        "imageformats",
        "iconengines",
        "styles",
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
        "multimedia",
    }
)
KEPT_PLATFORMS = ("qxcb", "qwayland", "qoffscreen", "qminimal.", "qwindows", "qcocoa")
#: The GTK theme needs the system's GTK 3 beside a bundled GLib/Cairo/Pango (a known source
#: of crashes); the desktop-portal theme gives native file dialogs without it.
DROPPED_PLUGINS = ("qgtk3",)
#: Qt libraries of the excluded modules and of the dropped plugins (Linux ``libQt6Qml.so.6``,
#: Windows ``Qt6Qml.dll``, macOS ``QtQml.framework/…/QtQml``).
DROPPED_QT_LIBS = re.compile(
    r"Qt6?(WebEngine|Qml|Quick|Pdf|EglFS|EglFsKms|VirtualKeyboard|Designer|Sql|Test)", re.I
)
KEPT_TRANSLATION = re.compile(r"^(qt|qtbase|qtmultimedia)_(sv|en)\.qm$")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def keep_qt_file(dest: str) -> bool:
    """Is this file of the bundle (its path inside the bundle) one Samtal needs?"""
    parts = _parts(dest)
    name = parts[-1] if parts else ""
    if DROPPED_QT_LIBS.search(name) or "qml" in parts:
        return False
    if "PySide6" not in parts:
        return True
    if "translations" in parts:
        return bool(KEPT_TRANSLATION.match(name))
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) < i + 3:
            return True
        folder = parts[i + 1]
        if folder not in KEPT_PLUGIN_DIRS or any(d in name for d in DROPPED_PLUGINS):
            return False
        if folder == "platforms":
            return any(p in name for p in KEPT_PLATFORMS)
    return not name.startswith("QtWebEngineProcess")


# -- optional extras ---------------------------------------------------------------------------
def _requirement_name(spec: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _closure(names: Iterable[str]) -> set[str]:
    """The installed distributions ``names`` need, themselves included (lower-case)."""
    seen: set[str] = set()
    todo = [n.lower().replace("_", "-") for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo += [_requirement_name(r) for r in requires if "extra ==" not in r]
    return seen


def _top_level_modules(optional: set[str], core: set[str]) -> set[str]:
    """Modules only optional distributions provide: a module that a core distribution also
    provides stays (``pyrage-stubs`` in the dev extra installs a ``pyrage`` too)."""
    modules = set()
    for module, dists in metadata.packages_distributions().items():
        names = {d.lower().replace("_", "-") for d in dists}
        if names & optional and not names & core:
            modules.add(module)
    return modules


def extras_to_exclude(wanted: Iterable[str] = (), pyproject: Path | None = None) -> list[str]:
    """Top-level modules of installed optional extras that were not asked for (and that the
    core dependencies do not need themselves)."""
    data = tomllib.loads((pyproject or ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    core = _closure(_requirement_name(r) for r in project.get("dependencies", []))
    wanted = set(wanted)
    optional: set[str] = set()
    for extra, requirements in project.get("optional-dependencies", {}).items():
        if extra in wanted and extra not in TOOL_EXTRAS:
            continue
        optional |= _closure(_requirement_name(r) for r in requirements)
    return sorted(_top_level_modules(optional - core, core) - {"app", "ui", "resources"})


def known_extras(pyproject: Path | None = None) -> list[str]:
    data = tomllib.loads((pyproject or ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = data["project"].get("optional-dependencies", {})
    return sorted(e for e in extras if e not in TOOL_EXTRAS)


# -- what must never be in a bundle ------------------------------------------------------------
FORBIDDEN_DIRS = frozenset(
    {
        "tests",
        "fixtures",
        "seeds",
        ".venv",
        "venv",
        "site-packages",
        "_pytest",
        "pytest",
        "pytestqt",
        "hypothesis",
        "mypy",
        "ruff",
        "pip",
        "setuptools",
        "PyInstaller",
        ".git",
        ".pytest_cache",
        ".mypy_cache",
        ".hypothesis",
    }
)
FORBIDDEN_NAMES = re.compile(
    r"^(conftest\.py|pyvenv\.cfg|samtal\.(db|key|lock)(-wal|-shm)?|.*\.samtal|"
    r"samtal\.ini|.*\.log|.*\.qdpx|.*\.ts)$",
    re.I,
)
#: The only Word files a bundle carries: the export template and python-docx's own.
ALLOWED_DOCX = ("resources/export/", "docx/templates/")
SQLITE_MAGIC = b"SQLite format 3\x00"


def forbidden_files(bundle: Path) -> list[str]:
    """Files and folders of ``bundle`` that must not be there, each with the reason."""
    found: list[str] = []
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle)
        where = rel.as_posix()
        if path.is_dir():
            if path.name in FORBIDDEN_DIRS and not _third_party_test_dir(rel):
                found.append(f"{where}/: a {path.name} folder")
            if path.suffix == ".samtal":
                found.append(f"{where}/: a project folder")
            continue
        if FORBIDDEN_NAMES.match(path.name):
            found.append(f"{where}: not for a bundle")
        elif path.suffix.lower() == ".docx" and not any(a in where for a in ALLOWED_DOCX):
            found.append(f"{where}: a Word file that is not a template")
        elif not keep_qt_file(where):
            found.append(f"{where}: a Qt part Samtal does not use")
        else:
            with path.open("rb") as f:
                if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                    found.append(f"{where}: a plaintext SQLite database")
    return found


def _third_party_test_dir(rel: Path) -> bool:
    """Some libraries ship their own ``tests`` package inside themselves (numpy); those are
    theirs, not our test data. Ours would sit at the top of the bundle."""
    parts = rel.parts
    top = parts[1:] if parts and parts[0] == "_internal" else parts
    return rel.name == "tests" and len(top) > 1 and top[0] not in ("app", "ui", "resources")


def required_files(bundle_internal: Path) -> list[str]:
    """Paths (relative to the bundle's data folder) that must be there."""
    from app.paths import bundle_data

    needed = [f"{dest}/{src.name}" for src, dest in bundle_data()]
    return [p for p in needed if not (bundle_internal / p).is_file()]


def platform_tag() -> str:
    machine = {"amd64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}
    import platform

    arch = machine.get(platform.machine().lower(), platform.machine().lower())
    os_name = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{os_name}-{arch}"
