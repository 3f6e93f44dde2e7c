"""What goes into the bundle (packaging/bundle_plan.py, app.paths.bundle_data) and the checks
the smoke test runs on it: each rule is shown to keep what it should and to bite."""

from __future__ import annotations

import importlib.util
import struct
import sys
import tomllib
from pathlib import Path

import pytest

from app import paths

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_plan  # noqa: E402

SQLITE_HEADER = b"SQLite format 3\x00" + bytes(84)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libstdc++.so.6",
        "resources/translations/samtal_en.qm",
    ],
)
def test_the_qt_parts_a_desktop_window_needs_are_kept(dest: str) -> None:
    assert bundle_plan.keep_qt_file(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/libexec/QtWebEngineProcess",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/qml/QtQuick/Controls/qmldir",
        "PySide6\\Qt6Qml.dll",
        "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_sv.qm",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    ],
)
def test_webengine_qml_and_unused_plugins_are_dropped(dest: str) -> None:
    assert not bundle_plan.keep_qt_file(dest)


def test_qt_modules_samtal_does_not_use_are_excluded_and_the_used_ones_are_not() -> None:
    excluded = set(bundle_plan.EXCLUDED_MODULES)
    for module in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "pytest"):
        assert module in excluded
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtDBus"):
        assert used not in excluded
    assert "PySide6.QtMultimedia" not in excluded  # audio needs it once pyside6-addons is in


def _pyproject(tmp_path: Path, core: list[str], extras: dict[str, list[str]]) -> Path:
    lines = ["[project]", 'name = "x"', f"dependencies = {core!r}".replace("'", '"')]
    lines.append("[project.optional-dependencies]")
    lines += [f"{k} = {v!r}".replace("'", '"') for k, v in extras.items()]
    path = tmp_path / "pyproject.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_optional_extra_is_left_out_unless_asked_for(tmp_path: Path) -> None:
    # hypothesis is installed here (the test extra); pretend it is an optional feature
    pyproject = _pyproject(tmp_path, ["lxml>=4"], {"stt": ["hypothesis>=6"], "test": ["pytest"]})
    assert "hypothesis" in bundle_plan.extras_to_exclude([], pyproject)
    assert "hypothesis" not in bundle_plan.extras_to_exclude(["stt"], pyproject)
    # tool extras stay out even when named
    assert "pytest" in bundle_plan.extras_to_exclude(["stt", "test"], pyproject)
    # a package the core needs is never excluded, even if an extra names it too
    both = _pyproject(tmp_path, ["lxml>=4"], {"stt": ["lxml", "hypothesis"]})
    assert "lxml" not in bundle_plan.extras_to_exclude([], both)


def test_the_real_extras_leave_the_core_alone() -> None:
    excluded = set(bundle_plan.extras_to_exclude())
    assert {"pytest", "hypothesis"} <= excluded  # the test extra: installed wherever this runs
    if importlib.util.find_spec("PyInstaller") is not None:  # the dist extra, once installed
        assert "PyInstaller" in excluded
    for core in ("PySide6", "sqlcipher3", "docx", "argon2", "cryptography", "lxml", "app"):
        assert core not in excluded
    # every module a core dependency provides stays, even when a tool also installs it
    # (pyrage-stubs, in the dev extra, puts a "pyrage" beside pyrage's)
    from importlib import metadata

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    core = bundle_plan._closure(
        bundle_plan._requirement_name(r) for r in data["project"]["dependencies"]
    )
    for module, dists in metadata.packages_distributions().items():
        if {d.lower().replace("_", "-") for d in dists} & core:
            assert module not in excluded, module
    assert "test" not in bundle_plan.known_extras()


# -- the resources the bundle carries -----------------------------------------------------------
def test_bundle_data_is_every_resource_file_where_the_app_finds_it() -> None:
    data = {f"{dest}/{src.name}": src for src, dest in paths.bundle_data()}
    on_disk = {
        "resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".ts") and "__pycache__" not in p.parts
    }
    assert on_disk <= set(data)
    for needed in (
        "resources/translations/samtal_en.qm",
        "resources/export/mall.docx",
        "resources/help/kom-igang-sv.md",
        "resources/help/kom-igang-en.md",
        "resources/icons/samtal-256.png",
    ):
        assert needed in data
    assert not any(k.endswith((".py", ".ts")) for k in data)
    for key, src in data.items():
        if key.startswith("resources/"):
            assert src == paths.resource(*Path(key).parts[1:])


def test_shared_data_is_bundled_from_where_its_wheel_put_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share" / "hunspell"
    share.mkdir(parents=True)
    for name in ("sv_SE.dic", "sv_SE.aff"):
        (share / name).write_text("x\n", encoding="utf-8")
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    data = [(src, dest) for src, dest in paths.bundle_data() if dest.startswith("share")]
    assert sorted((src.name, dest) for src, dest in data) == [
        ("sv_SE.aff", "share/hunspell"),
        ("sv_SE.dic", "share/hunspell"),
    ]
    # and in a frozen bundle, the bundle's own share/ is looked at first
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.frozen_dir() == tmp_path / "bundle"
    assert paths.share_dirs("hunspell")[0] == tmp_path / "bundle" / "share" / "hunspell"


# -- what must never be in a bundle -------------------------------------------------------------
def _clean_bundle(root: Path) -> Path:
    internal = root / "Samtal" / "_internal"
    for rel in (
        "resources/export/mall.docx",
        "resources/translations/samtal_en.qm",
        "docx/templates/default.docx",
        "numpy/tests/__init__.py",  # a library's own tests package: theirs, not test data
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libpython3.11.so.1.0",
    ):
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(b"PK\x03\x04 not a database")
    (root / "Samtal" / "samtal").write_bytes(b"\x7fELF")
    return root / "Samtal"


def test_a_clean_bundle_passes(tmp_path: Path) -> None:
    assert bundle_plan.forbidden_files(_clean_bundle(tmp_path)) == []


@pytest.mark.parametrize(
    ("rel", "content", "reason"),
    [
        ("_internal/tests/fixtures/seed.txt", b"x", "tests folder"),
        ("_internal/Demo.samtal/samtal.key", b"x", "project folder"),
        ("_internal/data/samtal.db", b"x", "not for a bundle"),
        ("_internal/resources/cache.bin", SQLITE_HEADER, "plaintext SQLite"),
        ("_internal/conftest.py", b"x", "not for a bundle"),
        ("_internal/pyvenv.cfg", b"home = /usr", "not for a bundle"),
        ("_internal/.venv/lib/x.py", b"x", ".venv folder"),
        ("_internal/_pytest/python.py", b"x", "_pytest folder"),
        ("_internal/resources/Samtal_K7Q-XMA_2026-03-01.docx", b"x", "Word file"),
        ("_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6", b"x", "Qt part"),
        ("_internal/logs/samtal.log", b"x", "not for a bundle"),
    ],
)
def test_test_data_projects_databases_and_venv_leftovers_are_found(
    tmp_path: Path, rel: str, content: bytes, reason: str
) -> None:
    bundle = _clean_bundle(tmp_path)
    (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
    (bundle / rel).write_bytes(content)
    found = bundle_plan.forbidden_files(bundle)
    assert len(found) >= 1 and any(reason in f for f in found), found


def test_required_files_name_what_is_missing(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    missing = bundle_plan.required_files(internal)
    assert "resources/help/kom-igang-sv.md" in missing
    for src, dest in paths.bundle_data():
        (internal / dest).mkdir(parents=True, exist_ok=True)
        (internal / dest / src.name).write_bytes(b"x")
    assert bundle_plan.required_files(internal) == []


# -- the icon in the sizes each OS needs ------------------------------------------------------
def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_the_icon_exists_in_every_size_and_format() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "samtal.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(icons / f"samtal-{size}.png") == (size, size)
    ico = (ROOT / "packaging" / "icons" / "samtal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # 0 means 256 in an ICONDIR entry
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    icns = (ROOT / "packaging" / "icons" / "samtal.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_desktop_entry_names_the_program_and_the_icon() -> None:
    text = (ROOT / "packaging" / "linux" / "samtal.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert lines["Type"] == "Application" and lines["Icon"] == "samtal"
    assert lines["Exec"] and lines["Categories"].endswith(";")
    assert lines["StartupWMClass"] == "Samtal"
