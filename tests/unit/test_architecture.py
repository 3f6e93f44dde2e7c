"""The rooms keep their shape: `app` is Qt-free, `ui` holds no SQL, no module passes 600 lines,
and each room imports only the rooms below it (``docs/architecture.md``)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "ui")
MAX_LINES = 600

#: What each room of ``app/`` may import besides itself (docs/architecture.md). A new room
#: gets a line here and in the document.
BASE = {"app", "app.errors", "app.paths"}
STORE = BASE | {"app.store"}
AUDIT = STORE | {"app.audit"}
INTERVIEW = AUDIT | {"app.guide", "app.interview"}
APP_ROOMS: dict[str, set[str]] = {
    "app": BASE,
    "app.errors": set(),
    "app.paths": set(),
    "app.messages": BASE,
    "app.logsetup": BASE,
    "app.docx_props": BASE,
    "app.docx_limits": BASE,
    "app.store": BASE | {"app.docx_props"},
    "app.audit": STORE,
    "app.guide": AUDIT | {"app.docx_limits"},
    "app.interview": INTERVIEW,
    "app.pseudonymise": INTERVIEW | {"app.docx_props", "app.docx_limits", "app.audio"},
    "app.analysis": INTERVIEW,
    "app.audio": INTERVIEW,
    "app.security": INTERVIEW | {"app.audio"},  # erasure removes the audio files too
    "app.export": INTERVIEW
    | {"app.docx_props", "app.pseudonymise", "app.analysis", "app.audio", "app.security"},
    "app.overview": INTERVIEW | {"app.analysis", "app.pseudonymise"},
    "app.team": INTERVIEW
    | {
        "app.docx_props",
        "app.pseudonymise",
        "app.analysis",
        "app.audio",
        "app.security",
        "app.export",
        "app.messages",
    },
    "app.demo": INTERVIEW | {"app.pseudonymise", "app.analysis", "app.audio", "app.export"},
    "app.cli": {"*"},
}
#: Modules of ``ui/`` every room may import at module level; another room only inside a
#: function (so start-up loads only the start window).
UI_SHARED = {"ui", "ui.widgets", "ui.tasks", "ui.errors", "ui.settings", "ui.i18n", "ui.style"}
#: What start-up itself shows: the controller opens the start window.
UI_START = {"ui.main": {"ui.app_controller"}, "ui.app_controller": {"ui.start"}}
SQL = re.compile(
    r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|VIEW|TRIGGER|VIRTUAL)|DROP\s+(TABLE|INDEX)|ALTER\s+TABLE"
    r"|PRAGMA\s+\w+)\b",
    re.IGNORECASE,
)


# -- checks (also run on made-up sources below, to show that they bite) ------------------------
def imported_names(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            yield from ((node.lineno, f"{node.module}.{a.name}") for a in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            for a in node.args:
                if isinstance(a, ast.Constant) and isinstance(a.value, str):
                    yield node.lineno, a.value


def qt_imports(source: str) -> list[str]:
    return [
        f"{line} {name}"
        for line, name in imported_names(ast.parse(source))
        if name.split(".")[0] in FORBIDDEN
    ]


def sql_strings(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and SQL.search(text):
            found.append(f"{node.lineno} {text[:40]!r}")
    return found


def too_long(path: Path) -> int | None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    return lines if lines > MAX_LINES else None


def room_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] not in ("app", "ui") or len(parts) == 1:
        return parts[0]
    return ".".join(parts[:2])


def existing(module: str) -> bool:
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def app_layer_offences(module: str, source: str) -> list[str]:
    room = room_of(module)
    allowed = APP_ROOMS.get(room)
    if allowed is None:
        return [f"{module}: new room {room}: add it to APP_ROOMS and docs/architecture.md"]
    if "*" in allowed:
        return []
    bad = []
    for line, name in imported_names(ast.parse(source)):
        if name.split(".")[0] != "app" or not existing(name):
            continue
        target = room_of(name)
        if target != room and target not in allowed:
            bad.append(f"{module}:{line} imports {name}")
    return bad


def ui_eager_room_imports(module: str, source: str) -> list[str]:
    """Module-level imports of another ``ui`` room (only shared modules are allowed there)."""
    room = room_of(module)
    bad = []
    for statement in top_level_imports(ast.parse(source).body):
        for line, name in imported_names(statement):
            if name.split(".")[0] != "ui" or not existing(name):
                continue
            target = room_of(name)
            if target not in (room, *UI_SHARED, *UI_START.get(room, ())):
                bad.append(f"{module}:{line} imports {name} at start-up")
    return bad


def top_level_imports(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Import statements run when the module loads (not those inside functions or classes)."""
    for statement in body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            yield statement
        elif isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
            continue  # for the type checker only
        elif isinstance(statement, ast.If | ast.Try | ast.With):
            for block in ("body", "orelse", "finalbody"):
                yield from top_level_imports(getattr(statement, block, []))
            for handler in getattr(statement, "handlers", []):
                yield from top_level_imports(handler.body)


def sources(top: str) -> list[tuple[str, Path]]:
    files = sorted((ROOT / top).rglob("*.py"))
    return [
        (".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"), p)
        for p in files
    ]


# -- the real tree -----------------------------------------------------------------------------
def test_no_qt_imports_in_app_sources() -> None:
    files = sources("app")
    assert len(files) > 10
    offenders = [
        f"{module}:{hit}" for module, path in files for hit in qt_imports(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_no_sql_in_ui() -> None:
    files = sources("ui")
    assert len(files) > 10
    offenders = [
        f"{module}:{hit}" for module, path in files for hit in sql_strings(path.read_text("utf-8"))
    ]
    assert offenders == [], "SQL belongs in a function in app/"


def test_no_module_over_600_lines() -> None:
    offenders = [
        f"{module}: {n} lines"
        for top in ("app", "ui")
        for module, path in sources(top)
        if (n := too_long(path) or 0)
    ]
    assert offenders == [], "split along its seams (docs/architecture.md)"


def test_app_rooms_import_only_the_rooms_below() -> None:
    offenders = [
        hit
        for module, path in sources("app")
        for hit in app_layer_offences(module, path.read_text("utf-8"))
    ]
    assert offenders == []


def test_ui_rooms_import_other_rooms_only_when_opened() -> None:
    offenders = [
        hit
        for module, path in sources("ui")
        for hit in ui_eager_room_imports(module, path.read_text("utf-8"))
    ]
    assert offenders == []


def test_importing_app_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(len(sys.modules)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- the checks bite ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "source",
    [
        "from PySide6.QtCore import QObject\n",
        "import shiboken6\n",
        "def f():\n    from ui.settings import settings\n",
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')\n",
    ],
)
def test_qt_in_app_is_caught(source: str) -> None:
    assert qt_imports(source)


@pytest.mark.parametrize(
    "source",
    [
        'db.query("SELECT name FROM audit WHERE id = 1")\n',
        'db.execute(\n    "UPDATE interview"\n    " SET keep_until = ?"\n)\n',
        'x = "insert into note (body) values (?)"\n',
        'db.execute("DELETE FROM quote WHERE id = ?", (1,))\n',
        'db.scalar("PRAGMA user_version")\n',
    ],
)
def test_sql_in_ui_is_caught(source: str) -> None:
    assert sql_strings(source)


def test_ui_words_are_not_sql() -> None:
    source = 'tr("Välj intervjuer att exportera")\ntr("Select the interviews to update")\n'
    assert sql_strings(source) == []


def test_a_long_module_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "long.py"
    path.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert too_long(path) == MAX_LINES + 1
    path.write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert too_long(path) is None


def test_an_upward_import_is_caught() -> None:
    assert app_layer_offences("app.interview.notes", "from app.analysis import codebook\n")
    assert app_layer_offences("app.store.x", "from app.interview.records import Interview\n")
    assert not app_layer_offences("app.analysis.x", "from app.interview.notes import get_note\n")
    assert app_layer_offences("app.newroom.x", "import json\n")


def test_an_eager_room_import_in_ui_is_caught() -> None:
    eager = "from ui.session.window import SessionWindow\n"
    lazy = "def open_session():\n    from ui.session.window import SessionWindow\n"
    assert ui_eager_room_imports("ui.app_controller", eager)
    assert ui_eager_room_imports("ui.app_controller", lazy) == []
    assert ui_eager_room_imports("ui.session.x", eager) == []
    typing_only = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    " + eager
    assert ui_eager_room_imports("ui.app_controller", typing_only) == []


def test_start_up_loads_only_the_start_window() -> None:
    """Feature rooms and the store (SQLCipher, Argon2, python-docx) load when first opened."""
    code = (
        "import sys, ui.main, ui.app_controller\n"
        "heavy = ('sqlcipher3', 'argon2', 'docx', 'cryptography', 'app.store.database',\n"
        "         'app.interview', 'app.pseudonymise', 'app.analysis', 'app.export',\n"
        "         'app.security', 'ui.project', 'ui.session', 'ui.analysis', 'ui.guide',\n"
        "         'ui.review', 'ui.export', 'ui.security')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
