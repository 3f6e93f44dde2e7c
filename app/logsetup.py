"""Logging and crash reports that never hold content.

Logs carry event codes and ids only. A filter enforces it: every record's arguments must be
numbers, booleans, short identifiers or error codes; anything else is replaced by its type.
Crash reports hold a stack trace (files, lines, function names) and the exception *type*,
never the exception message, locals or arguments. Nothing is ever uploaded.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import re
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from app.paths import crash_dir, log_dir

_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_.:/\-]{0,64}$")
_fault_file: IO[str] | None = None


def _safe(value: Any) -> Any:
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, str) and _SAFE_TEXT.match(value):
        return value
    return f"<{type(value).__name__}>"


class ContentFreeFilter(logging.Filter):
    """Redacts log arguments that could be content; drops exception text and messages with
    spaces-only payloads.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {k: _safe(v) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(_safe(a) for a in record.args)
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info = None
            record.exc_text = None
        return True


def setup_logging(level: int = logging.INFO) -> Path:
    import logging.handlers  # socket, pickle, queue: not before the start window is up

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "samtal.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ContentFreeFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_samtal", False)]:
        root.removeHandler(old)
        old.close()
    handler._samtal = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def content_free_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [f"{stamp} {exc_type.__module__}.{exc_type.__name__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def install_crash_handler() -> None:
    """Write content-free crash reports to the crash folder (shown at the next start)."""
    global _fault_file
    folder = crash_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if _fault_file is None:
        _fault_file = open(folder / "faulthandler.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_file)
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        report = content_free_traceback(exc_type, tb)
        try:
            with open(folder / "crash.txt", "a", encoding="utf-8") as f:
                f.write(report)
        except OSError:
            pass
        logging.getLogger("samtal.crash").error("unhandled exception %s", exc_type.__name__)
        sys.stderr.write(report)

    sys.excepthook = hook


def pending_crash_report() -> str | None:
    """A crash report from an earlier run, or None. Reading it clears it."""
    texts = []
    for name in ("crash.txt", "faulthandler.log"):
        path = crash_dir() / name
        try:
            text = path.read_text(encoding="utf-8").strip()
        except OSError:
            continue
        if text:
            texts.append(text)
            if name == "crash.txt":
                path.unlink(missing_ok=True)
    fault = crash_dir() / "faulthandler.log"
    if fault.exists() and fault.stat().st_size and _fault_file is None:
        fault.unlink(missing_ok=True)
    return "\n".join(texts) or None


def disable_core_dumps() -> None:
    """No core dump of this process: one would hold notes, quotes and the data key.

    POSIX: the core size limit goes to 0 (soft and hard, so nothing in the process can raise
    it again). Linux: the process is also marked not dumpable (``prctl(PR_SET_DUMPABLE,
    0)``), which covers core pipes such as systemd-coredump and stops other processes of the
    same user from reading its memory through ptrace or ``/proc/PID/mem``. Windows writes a
    user-mode dump only when an administrator turned WER LocalDumps on (off by default); that
    stays an organisational rule (docs/security.md). Best effort: where the OS refuses, the
    program runs as before.
    """
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_dumpable = 4
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)
