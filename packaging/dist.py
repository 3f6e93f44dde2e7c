"""Build Samtal's bundle and smoke-test it: ``python packaging/dist.py build|check|size``.

- ``build [--extras stt]``: the one-folder PyInstaller bundle ``dist/Samtal`` (GUI ``Samtal``
  and command line ``samtal`` sharing one folder; on macOS also ``dist/Samtal.app``), a size
  report, and on Linux a tarball with the desktop entry, the icons and a per-user installer.
  ``make dist`` runs it.
- ``check``: the smoke test of the built bundle (``make dist-check``), run with an
  environment that holds no Python and no virtualenv: ``samtal --version``, ``samtal demo``,
  ``samtal export`` of an encrypted transcript (decrypted and read back here), the GUI started
  offscreen until its start window is interactive (and once more in English with every module
  imported), what the bundle must and must not contain; on Linux the tarball is installed
  into a scratch home and started from there.
- ``size``: the size report alone.

The same script runs on the Windows and macOS CI runners (``.github/workflows/bundles.yml``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import bundle_plan  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "Samtal"
WORK = ROOT / "build" / "pyinstaller"
EXE = ".exe" if sys.platform == "win32" else ""
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DEMO_PASSPHRASE = "bundle-smoke-test"
EXPORT_PASSWORD = "exportlosen-123"
TIMEOUT = 180  # seconds for one program of the bundle; generous for a loaded 2-core machine


# -- build -------------------------------------------------------------------------------------
def build(extras: list[str]) -> int:
    unknown = sorted(set(extras) - set(bundle_plan.known_extras()))
    if unknown:
        print(f"dist: unknown extra {', '.join(unknown)} (known: {bundle_plan.known_extras()})")
        return 2
    for old in (BUNDLE, DIST / "Samtal.app"):
        shutil.rmtree(old, ignore_errors=True)
    env = {**os.environ, "SAMTAL_DIST_EXTRAS": ",".join(extras)}
    t0 = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(HERE / "samtal.spec")]
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        return result.returncode
    if sys.platform.startswith("linux"):
        saved = strip_debug_info(BUNDLE)
        print(f"dist: debug information stripped: {_mb(saved)}")
    built = time.perf_counter() - t0
    print(f"dist: built {BUNDLE.relative_to(ROOT)} in {built:.0f} s", flush=True)
    size_report(BUNDLE)
    if sys.platform.startswith("linux"):
        t1 = time.perf_counter()
        tarball = linux_tarball()
        print(
            f"dist: wrote {tarball.relative_to(ROOT)} ({_mb(tarball.stat().st_size)}) "
            f"in {time.perf_counter() - t1:.0f} s"
        )
    return 0


def strip_debug_info(bundle: Path) -> int:
    """``strip --strip-debug`` every library that carries debug information (the build
    machine's libpython and some wheels do: 40 MB in all), except those auditwheel vendored
    into ``*.libs`` folders: they were patched with patchelf, and stripping breaks them.
    Returns the bytes saved (0 without binutils)."""
    if not shutil.which("strip") or not shutil.which("readelf"):
        print("dist: strip/readelf not found (binutils): debug information stays")
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        sections = subprocess.run(
            ["readelf", "-S", "-W", str(path)], capture_output=True, text=True
        ).stdout
        if ".debug_info" not in sections:
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path) -> dict[str, int]:
    """Print (and return) the bundle's size by part, largest first."""
    if not bundle.is_dir():
        raise SystemExit(f"dist: no bundle at {bundle} (run make dist)")
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    groups: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(internal).parts
        if rel[0] == "PySide6":
            key = "Qt: " + ("/".join(rel[1:3]) if rel[1:2] == ("Qt",) else "bindings")
            if len(rel) > 3 and rel[1:3] == ("Qt", "plugins"):
                key = f"Qt: plugins/{rel[3]}"
        elif rel[0] in ("app", "ui", "resources", "share"):
            key = f"Samtal: {rel[0]}"
        elif len(rel) == 1:
            key = "libraries (top level)" if ".so" in rel[0] or rel[0].endswith(".dll") else rel[0]
        else:
            key = rel[0]
        groups[key] = groups.get(key, 0) + path.stat().st_size
    for exe in bundle.iterdir():
        if exe.is_file():
            groups[f"program: {exe.name}"] = exe.stat().st_size
    total = sum(groups.values())
    print(
        f"dist: size of {bundle.name}: {_mb(total)} in {sum(1 for _ in bundle.rglob('*'))} "
        "files and folders"
    )
    for key, size in sorted(groups.items(), key=lambda kv: -kv[1])[:24]:
        print(f"  {_mb(size):>10}  {key}")
    rest = sorted(groups.items(), key=lambda kv: -kv[1])[24:]
    if rest:
        print(f"  {_mb(sum(s for _, s in rest)):>10}  {len(rest)} smaller parts")
    return groups


# -- Linux tarball -----------------------------------------------------------------------------
INSTALL_SH = HERE / "linux" / "install.sh"
DESKTOP = HERE / "linux" / "samtal.desktop"


def linux_tarball() -> Path:
    """``dist/Samtal-<version>-linux-<arch>.tar.gz``: the bundle, the desktop entry, the icons
    (hicolor sizes + SVG) and ``install.sh`` (per user, no root)."""
    name = f"Samtal-{VERSION}-{bundle_plan.platform_tag()}"
    target = DIST / f"{name}.tar.gz"
    icons = ROOT / "resources" / "icons"

    def add(tar: tarfile.TarFile, src: Path, arcname: str) -> None:
        tar.add(src, arcname=f"{name}/{arcname}", filter=_normalise)

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        add(tar, BUNDLE, "Samtal")
        add(tar, INSTALL_SH, "install.sh")
        add(tar, DESKTOP, "share/applications/samtal.desktop")
        for png in sorted(icons.glob("samtal-*.png")):
            size = png.stem.split("-")[1]
            add(tar, png, f"share/icons/hicolor/{size}x{size}/apps/samtal.png")
        add(tar, icons / "samtal.svg", "share/icons/hicolor/scalable/apps/samtal.svg")
        readme = (HERE / "linux" / "README.txt").read_text(encoding="utf-8")
        info = tarfile.TarInfo(f"{name}/README.txt")
        data = (
            readme.replace("{version}", VERSION)
            .replace("{glibc}", glibc_needed(BUNDLE))
            .replace("{built_on}", built_on())
            .encode("utf-8")
        )
        info.size, info.mode = len(data), 0o644
        tar.addfile(info, io.BytesIO(data))
    return target


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC symbol version any file of the bundle asks for: the oldest Linux the
    bundle runs on (PyInstaller copies the build machine's system libraries)."""
    import re

    newest = (2, 0)
    pattern = re.compile(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00")
    for path in bundle.rglob("*"):
        if (
            path.is_file()
            and not path.is_symlink()
            and (".so" in path.name or path.parent == bundle)
        ):
            for m in pattern.finditer(path.read_bytes()):
                newest = max(newest, (2, int(m.group(1))))
    return f"{newest[0]}.{newest[1]}"


def built_on() -> str:
    try:
        fields = dict(
            line.split("=", 1)
            for line in Path("/etc/os-release").read_text().splitlines()
            if "=" in line
        )
        return fields.get("PRETTY_NAME", "Linux").strip('"')
    except OSError:
        return "Linux"


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


# -- check -------------------------------------------------------------------------------------
class Check:
    """Collects results; every step runs even after a failure, so one run shows everything."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.passed = 0

    def step(self, name: str, fn: Callable[[], str]) -> None:
        t0 = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then counted
            self.failures.append(f"{name}: {exc}")
            print(f"  FAIL  {name}: {exc}", flush=True)
            return
        self.passed += 1
        print(
            f"  ok    {name} ({time.perf_counter() - t0:.1f} s){': ' + detail if detail else ''}",
            flush=True,
        )


def program(bundle: Path, name: str) -> Path:
    return bundle / f"{name}{EXE}"


def clean_env(scratch: Path) -> dict[str, str]:
    """An environment like a user's double-click, with no Python reachable: PATH is an empty
    folder (plus the system folder Windows needs), no PYTHON* or VIRTUAL_ENV variables, a
    scratch home and data folder, and offscreen Qt."""
    empty = scratch / "bin"
    empty.mkdir(exist_ok=True)
    env = {
        "PATH": str(empty),
        "HOME": str(scratch / "home"),
        "SAMTAL_HOME": str(scratch / "samtal-home"),
        "TMPDIR": str(scratch / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8" if sys.platform.startswith("linux") else "en_US.UTF-8",
    }
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            SYSTEMROOT=root,
            WINDIR=root,
            TEMP=str(scratch / "tmp"),
            TMP=str(scratch / "tmp"),
            USERPROFILE=str(scratch / "home"),
            PATH=f"{empty};{root}\\System32",
        )
    for folder in ("home", "samtal-home", "tmp"):
        (scratch / folder).mkdir(exist_ok=True)
    return env


def no_python_on(env: dict[str, str]) -> str:
    names = ("python", "python3", f"python3.{sys.version_info.minor}", "pip")
    found = [n for n in names if shutil.which(n, path=env["PATH"])]
    if found:
        raise AssertionError(f"on PATH: {found}")
    if os.name == "posix":  # and the shell agrees
        shell = subprocess.run(
            ["/bin/sh", "-c", "command -v python3 python pip"], env=env, capture_output=True
        )
        if shell.returncode == 0 or shell.stdout.strip():
            raise AssertionError(f"the shell finds {shell.stdout.decode().split()}")
    return f"PATH={env['PATH']}"


def run(command: list[str], env: dict[str, str], **kw: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT, **kw)
    if result.returncode != 0:
        raise AssertionError(
            f"{Path(command[0]).name} {' '.join(command[1:2])} exited {result.returncode}: "
            f"{(result.stderr or result.stdout).strip()[-600:]}"
        )
    return result


def start_gui(exe: Path, env: dict[str, str], scratch: Path, extra: list[str], stay: bool) -> dict:
    """Start the GUI and wait for its READY line (the file it writes, or its exit). Returns
    the state the line reports, with ``seconds`` measured here from the spawn."""
    ready = scratch / f"ready-{time.monotonic_ns()}.txt"
    command = [str(exe), "--ready-file", str(ready)]
    if "SAMTAL_HOME" in env:  # else a user's first start: the default folders
        command += ["--projects-dir", str(scratch / "projekt")]
    command += extra + ([] if stay else ["--quit-after-start"])
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(proc.stderr.read()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        deadline = time.monotonic() + TIMEOUT
        while not ready.exists():
            if proc.poll() is not None:
                reader.join(5)
                err = b"".join(output).decode(errors="replace")[-800:]
                raise AssertionError(f"exited {proc.returncode} before ready: {err}")
            if time.monotonic() > deadline:
                raise AssertionError(f"not ready after {TIMEOUT} s")
            time.sleep(0.05)
        seconds = time.perf_counter() - t0
        line = ready.read_text(encoding="utf-8")
        if stay and proc.poll() is not None:
            raise AssertionError("the GUI quit by itself after its window was shown")
    finally:
        if stay and proc.poll() is None:
            proc.terminate()
        try:
            proc.wait(timeout=TIMEOUT if not stay else 30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if not stay and proc.returncode != 0:
        raise AssertionError(f"exited {proc.returncode} after --quit-after-start")
    _, _reported, state = line.split(" ", 2)
    result = json.loads(state)
    result["seconds"] = round(seconds, 3)
    return result


def write_tone(path: Path, seconds: int) -> None:
    """A 440 Hz tone as 16-bit mono WAV (stdlib only): made here, nobody's voice."""
    import math
    import struct
    import wave

    rate = 16000
    samples = (int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(rate * seconds))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", s) for s in samples))


def decrypt_docx(path: Path, password: str) -> Any:
    """Decrypt an exported .docx with msoffcrypto (from the build environment, not the bundle)
    and open it with python-docx: proof that the bundle wrote a real encrypted Word file."""
    import msoffcrypto
    from docx import Document

    data = path.read_bytes()
    if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise AssertionError("not an encrypted (OLE) Office file")
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password)
    plain = io.BytesIO()
    office.decrypt(plain)
    return Document(plain)


def docx_text(document: Any) -> str:
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        texts += [p.text for p in section.header.paragraphs]
    return "\n".join(texts)


def check(bundle: Path) -> int:
    exe_cli, exe_gui = program(bundle, "samtal"), program(bundle, "Samtal")
    if not exe_cli.is_file() or not exe_gui.is_file():
        print(f"dist-check: no bundle at {bundle} (run make dist first)")
        return 2
    c = Check()
    scratch = Path(tempfile.mkdtemp(prefix="samtal-dist-check-"))
    try:
        env = clean_env(scratch)
        work = scratch / "work"
        work.mkdir()
        demo = work / "Demo.samtal"
        print(f"dist-check: {bundle} (scratch {scratch})", flush=True)
        c.step("no Python on PATH", lambda: no_python_on(env))

        def version() -> str:
            out = run([str(exe_cli), "--version"], env).stdout.strip()
            assert out == f"samtal {VERSION}", out
            return out

        c.step("samtal --version", version)
        penv = {**env, "SAMTAL_PASSPHRASE": DEMO_PASSPHRASE}

        def make_demo() -> str:
            run([str(exe_cli), "demo", str(demo)], penv)
            assert (demo / "samtal.db").is_file() and (demo / "samtal.key").is_file()
            head = (demo / "samtal.db").read_bytes()[:16]
            assert head != bundle_plan.SQLITE_MAGIC, "the database is not encrypted"
            return "8 interviews, database encrypted"

        c.step("samtal demo", make_demo)
        codes: list[str] = []

        def info() -> str:
            data = json.loads(run([str(exe_cli), "info", str(demo), "--json"], penv).stdout)
            codes.extend(
                i["participant_code"] for i in data["interviews"] if i["status"] == "finished"
            )
            assert codes, data
            return f"{len(data['interviews'])} interviews"

        c.step("samtal info --json", info)

        def review() -> str:
            out = run([str(exe_cli), "review", str(demo), "--all", "--accept-all"], penv)
            return out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""

        c.step("samtal review --accept-all", review)
        password_file = scratch / "export-password.txt"
        password_file.write_text(EXPORT_PASSWORD + "\n", encoding="utf-8")

        def export() -> str:
            out = work / "utskrift.docx"
            command = [str(exe_cli), "export", str(demo), "--interview", codes[0]]
            command += [
                "--kind",
                "transcript",
                "-o",
                str(out),
                "--password-file",
                str(password_file),
            ]
            run(command, penv)
            text = docx_text(decrypt_docx(out, EXPORT_PASSWORD))
            assert codes[0] in text, "the participant code is not in the transcript"
            return f"{out.name}: encrypted, {len(text.split())} words after decryption"

        c.step("samtal export (encrypted transcript)", export)

        def export_survey() -> str:
            out = work / "sammanstallning.docx"
            command = [str(exe_cli), "export", str(demo), "--kind", "survey", "-o", str(out)]
            run([*command, "--password-file", str(password_file)], penv)
            charts = len(decrypt_docx(out, EXPORT_PASSWORD).inline_shapes)
            assert charts > 0, "no chart in the survey summary"
            return f"{charts} charts drawn by matplotlib inside the bundle"

        c.step("samtal export --kind survey (charts)", export_survey)

        def export_qdpx() -> str:
            out = work / "granskning.qdpx"
            run(
                [str(exe_cli), "export", str(demo), "--kind", "qdpx", "--all", "-o", str(out)], penv
            )
            import zipfile

            with zipfile.ZipFile(out) as z:
                assert "project.qde" in z.namelist(), z.namelist()
            return "schema-validated .qdpx"

        c.step("samtal export --kind qdpx", export_qdpx)

        def audio_import() -> str:
            tone = work / "ton.wav"
            write_tone(tone, seconds=2)
            command = [str(exe_cli), "audio", "import", str(demo), str(tone)]
            run([*command, "--interview", codes[0]], penv)
            command = [str(exe_cli), "audio", "export-info", str(demo), "--interview", codes[0]]
            (info,) = json.loads(run([*command, "--json"], penv).stdout)
            assert info["finished"] and abs(info["duration_ms"] - 2000) < 100, info
            assert not info["damaged_chunks"], info
            return f"2 s WAV encoded by av (FFmpeg) and encrypted: {info['bytes']} bytes"

        c.step("samtal audio import (a WAV)", audio_import)

        def pseudonymise() -> str:
            out = run([str(exe_cli), "pseudonymise"], env, input="Han ringde till hans mamma.\n")
            assert "hen" in out.stdout.lower() and "han " not in out.stdout.lower(), out.stdout
            return out.stdout.strip()

        c.step("samtal pseudonymise", pseudonymise)

        def gui_stays() -> str:
            state = start_gui(exe_gui, env, scratch, [], stay=True)
            assert state["visible"] and state["enabled"], state
            assert state["window"] == "StartWindow" and state["frozen"], state
            return f"start window interactive after {state['seconds']:.2f} s ({state['language']})"

        c.step("GUI start window (offscreen)", gui_stays)

        def gui_english_self_test() -> str:
            state = start_gui(exe_gui, env, scratch, ["--language", "en", "--self-test"], False)
            assert "project" in state["new_button"].lower(), state["new_button"]
            test = state["self_test"]
            assert not test["failed"] and not test["missing"], test
            return f"English; {test['modules']} modules of app/ and ui/ import"

        c.step("GUI in English, every module imported", gui_english_self_test)

        def contents() -> str:
            bad = bundle_plan.forbidden_files(bundle)
            assert not bad, "\n        ".join(["must not be in the bundle:", *bad[:40]])
            internal = bundle / "_internal"
            missing = bundle_plan.required_files(internal if internal.is_dir() else bundle)
            assert not missing, f"missing from the bundle: {missing}"
            count = sum(1 for _ in bundle.rglob("*"))
            return f"{count} files checked: no test data, projects, databases, venv or unused Qt"

        c.step("bundle contents", contents)
        if sys.platform.startswith("linux") and bundle == BUNDLE:
            c.step("Linux tarball: install per user and start", lambda: check_tarball(scratch))
        app = DIST / "Samtal.app" / "Contents" / "MacOS"
        if sys.platform == "darwin" and bundle == BUNDLE:
            c.step("macOS Samtal.app: samtal and Samtal start", lambda: check_app(app, scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"dist-check: {c.passed} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


def check_tarball(scratch: Path) -> str:
    tarballs = sorted(DIST.glob(f"Samtal-{VERSION}-linux-*.tar.gz"))
    if not tarballs:
        raise AssertionError("no tarball in dist/ (make dist builds it)")
    unpack = scratch / "unpack"
    with tarfile.open(tarballs[-1]) as tar:
        tar.extractall(unpack, filter="tar")
    (folder,) = list(unpack.iterdir())
    home = scratch / "user"
    env = clean_env(scratch)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    env["PATH"] = f"{env['PATH']}:/usr/bin:/bin"  # install.sh is a shell script (cp, sed, ln)
    run(["/bin/sh", str(folder / "install.sh")], env)
    installed = home / ".local" / "opt" / "Samtal"
    desktop = home / ".local" / "share" / "applications" / "samtal.desktop"
    assert desktop.is_file(), "no desktop entry installed"
    text = desktop.read_text(encoding="utf-8")
    assert f"Exec={installed / 'Samtal'}" in text and "Icon=samtal" in text, text
    icon = home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "samtal.png"
    assert icon.is_file(), "no 256 px icon installed"
    validator = shutil.which("desktop-file-validate")
    if validator:
        run([validator, str(desktop)], env)
    link = home / ".local" / "bin" / "samtal"
    bare = clean_env(scratch)
    bare["HOME"] = str(home)
    out = run([str(link), "--version"], bare).stdout.strip()
    assert out == f"samtal {VERSION}", out
    # a user's first start from the installed copy: no SAMTAL_HOME, the system's language
    first = {k: v for k, v in bare.items() if k != "SAMTAL_HOME"} | {"LANG": "sv_SE.UTF-8"}
    state = start_gui(installed / "Samtal", first, scratch, [], stay=False)
    assert state["visible"] and state["enabled"] and state["language"] == "sv", state
    data = home / ".local" / "share" / "Samtal"
    assert state["projects_dir"] == str(data / "projects"), state
    assert (data / "logs").is_dir(), f"no data folder made in {data}"
    # uninstalling removes the program, the entry, the icons and the link, never the data
    kept = home / ".local" / "share" / "Samtal" / "projects" / "Granskning.samtal" / "samtal.db"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"encrypted bytes of a project")
    run(["/bin/sh", str(folder / "install.sh"), "--uninstall"], env)
    left = [p for p in (installed, desktop, icon, link) if p.exists() or p.is_symlink()]
    assert not left, f"left after --uninstall: {left}"
    assert kept.read_bytes() == b"encrypted bytes of a project", "uninstall touched the data"
    valid = "desktop entry valid" if validator else "desktop-file-validate not installed"
    return (
        f"{tarballs[-1].name}: installed, {valid}, samtal and Samtal start from it (first "
        "start: ~/.local/share/Samtal, Swedish); --uninstall removes it and keeps the projects"
    )


def check_app(macos: Path, scratch: Path) -> str:
    """The programs inside the .app (the layout differs from the folder: Frameworks, Resources)."""
    env = clean_env(scratch)
    out = run([str(macos / "samtal"), "--version"], env).stdout.strip()
    assert out == f"samtal {VERSION}", out
    state = start_gui(macos / "Samtal", env, scratch, ["--self-test"], stay=False)
    test = state["self_test"]
    assert state["visible"] and not test["failed"] and not test["missing"], state
    return f"{test['modules']} modules import, start window after {state['seconds']:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dist.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the bundle (make dist)")
    b.add_argument("--extras", default="", help="optional extras to include, e.g. stt")
    c = sub.add_parser("check", help="smoke-test the built bundle (make dist-check)")
    c.add_argument("--bundle", type=Path, default=BUNDLE)
    s = sub.add_parser("size", help="the size report")
    s.add_argument("--bundle", type=Path, default=BUNDLE)
    args = parser.parse_args(argv)
    if args.command == "build":
        return build([e for e in args.extras.split(",") if e])
    if args.command == "check":
        return check(args.bundle)
    size_report(args.bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
