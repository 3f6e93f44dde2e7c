"""``samtal pseudonymise``: pseudonymise a text file or a Word document.

The main ``samtal`` command adds this sub-command with :func:`register`. For use on its own:
``python -m app.cli.pseudonymise [pseudonymise] [--names FIL] [INFIL] [-o UTFIL] [--findings]``.

Plain text is read as UTF-8 from INFIL or standard input and written to UTFIL or standard
output; a ``.docx`` INFIL needs a ``.docx`` UTFIL. ``--findings`` prints what was found, one
JSON object a line, instead of the text (a UTFIL is still written when given). On an error the
exit status is 1 (2 for a usage error), one line goes to standard error and no file is
written. Messages name files, never their content.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.docx_limits import MAX_FILE_BYTES, DocxRefused
from app.errors import DiskFull, InvalidInput, ReadOnly, SamtalError
from app.pseudonymise.docx_io import DocumentUnreadable, UnsupportedPart, pseudonymise_docx
from app.pseudonymise.engine import Pseudonymiser, apply
from app.pseudonymise.model import Settings
from app.store.atomic_file import write_atomic

COMMAND = "pseudonymise"
_STDIO = "-"


#: One line for each size or zip-bomb limit (:mod:`app.docx_limits`).
_REFUSED = {
    "too_big": f"filen är för stor (högst {MAX_FILE_BYTES // (1024 * 1024)} MB)",
    "too_many_parts": "dokumentet har för många delar (skadad fil?)",
    "unpacked_too_big": "dokumentet är för stort uppackat (skadad fil?)",
    "part_too_big": "en del av dokumentet är för stor (skadad fil?)",
    "bomb": "dokumentet packas upp till orimlig storlek (skadad eller konstruerad fil)",
}


class CommandError(Exception):
    """A one-line, content-free message for standard error."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``pseudonymise`` sub-command to an ``argparse`` subparsers object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        COMMAND,
        help="byt han/hon mot hen, namn mot xxx och personnummer, telefonnummer, e-post och "
        "adresser mot platshållare",
        description="Pseudonymisera en textfil (UTF-8) eller ett Word-dokument (.docx). "
        "Granskningsflaggor (troliga namn, denne/denna, mamma/pappa ...) ersätts inte; "
        "de syns med --findings.",
    )
    parser.add_argument(
        "input", nargs="?", default=_STDIO, metavar="INFIL",
        help="textfil eller .docx (utan INFIL, eller med -: standard in)",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="UTFIL",
        help="skriv resultatet hit (utan: standard ut; krävs för .docx)",
    )  # fmt: skip
    parser.add_argument(
        "--names", action="append", default=[], metavar="FIL",
        help="namn att ersätta, ett per rad (kan anges flera gånger: intervjuns och projektets)",
    )  # fmt: skip
    parser.add_argument(
        "--stoplist", action="append", default=[], metavar="FIL",
        help="egna ord som inte är namn, ett per rad (utöver den inbyggda stopplistan)",
    )  # fmt: skip
    parser.add_argument(
        "--settings", metavar="FIL",
        help='projektets inställningar (JSON), avsnittet "pseudonymise"',
    )  # fmt: skip
    parser.add_argument(
        "--mark-edits", action="store_true",
        help="skriv ersatta pronomen som [hen] (för citat)",
    )  # fmt: skip
    parser.add_argument(
        "--findings", action="store_true",
        help="skriv fynden som JSON, ett objekt per rad, i stället för texten",
    )  # fmt: skip
    parser.add_argument(
        "--strip-unsupported", action="store_true",
        help="ta bort diagram, SmartArt och inbäddade objekt i stället för att vägra",
    )  # fmt: skip
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the sub-command; returns the exit status."""
    try:
        _run(args)
    except CommandError as exc:
        print(f"samtal {COMMAND}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # never a traceback: it could quote content
        print(f"samtal {COMMAND}: oväntat fel ({type(exc).__name__})", file=sys.stderr)
        return 1
    return 0


def _run(args: argparse.Namespace) -> None:
    source = None if args.input == _STDIO else Path(args.input)
    target = None if args.output in (None, _STDIO) else Path(args.output)
    is_docx = source is not None and source.suffix.lower() == ".docx"
    names = _read_lists(args.names)
    stop_words = _read_lists(args.stoplist)
    settings = _read_settings(args.settings, args.mark_edits)
    _check_target(source, target, is_docx, args.findings)

    if source is not None and is_docx:
        _require_file(source)
        removed: list[str] = []
        try:
            found = pseudonymise_docx(
                source, target, names, stop_words, settings,
                strip_unsupported=args.strip_unsupported, removed=removed,
            )  # fmt: skip
        except OSError:
            raise CommandError(f"kan inte läsa filen: {source}") from None
        except DocumentUnreadable:
            raise CommandError(f"filen är inte ett Word-dokument som kan läsas: {source}") from None
        except DocxRefused as exc:
            raise CommandError(
                f"{_REFUSED.get(str(exc.detail), 'filen vägrades')}: {source}"
            ) from None
        except UnsupportedPart as exc:
            raise CommandError(
                f"{source} har en del som inte kan pseudonymiseras säkert:"
                f" {exc.detail} ({exc.params.get('kind', '')}); ta bort den i Word"
                " eller kör med --strip-unsupported"
            ) from None
        except SamtalError as exc:
            raise _write_error(exc, target) from None
        if args.findings:
            _print_findings(
                [*({"part": f.part, "paragraph": f.paragraph, "where": f.where,
                    **f.finding.as_dict(), "applied": f.applied} for f in found),
                 *({"part": name, "where": "removed part"} for name in removed)]
            )  # fmt: skip
        elif removed:
            print(f"samtal {COMMAND}: tog bort {', '.join(removed)}", file=sys.stderr)
        return

    text = _read_text(source)
    findings = Pseudonymiser(names, stop_words, settings).analyse(text)
    out = apply(text, findings)
    if target is not None:
        _write(target, out.encode("utf-8"))
    if args.findings:
        _print_findings({**f.as_dict(), "applied": f.auto} for f in findings)
    elif target is None:
        _stdout_bytes(out.encode("utf-8"))


def _check_target(source: Path | None, target: Path | None, is_docx: bool, findings: bool) -> None:
    if is_docx and target is None and not findings:
        raise CommandError("ange en utfil med -o för ett Word-dokument")
    if target is None:
        return
    if is_docx != (target.suffix.lower() == ".docx"):
        raise CommandError("utfilen ska vara .docx om och endast om infilen är det")
    if source is not None and source.exists() and _same_file(source, target):
        raise CommandError("utfilen får inte vara samma fil som infilen")
    if not target.parent.is_dir():
        raise CommandError(f"mappen finns inte: {target.parent}")
    if target.is_dir():
        raise CommandError(f"utfilen är en mapp: {target}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _require_file(path: Path) -> None:
    if not path.exists():
        raise CommandError(f"filen finns inte: {path}")
    if path.is_dir():
        raise CommandError(f"är en mapp, inte en fil: {path}")


def _read_bytes(path: Path) -> bytes:
    _require_file(path)
    try:
        return path.read_bytes()
    except OSError:
        raise CommandError(f"kan inte läsa filen: {path}") from None


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError(f"inte UTF-8-text: {what}") from None


def _read_text(source: Path | None) -> str:
    if source is None:
        return _decode(sys.stdin.buffer.read(), "standard in")
    return _decode(_read_bytes(source), str(source))


def _read_lists(paths: Iterable[str]) -> list[str]:
    """Entries of one-a-line list files; blank lines and ``#`` comments are skipped."""
    entries: list[str] = []
    for name in paths:
        text = _decode(_read_bytes(Path(name)), name).removeprefix("\ufeff")
        entries.extend(s for line in text.splitlines() if (s := line.split("#", 1)[0].strip()))
    return entries


def _read_settings(path: str | None, mark_edits: bool) -> Settings:
    settings = Settings()
    if path is not None:
        try:
            data = json.loads(_decode(_read_bytes(Path(path)), path))
        except json.JSONDecodeError:
            raise CommandError(f"inställningsfilen är inte giltig JSON: {path}") from None
        if not isinstance(data, dict):
            raise CommandError(f"inställningsfilen ska innehålla ett JSON-objekt: {path}")
        try:
            settings = (
                Settings.from_project_settings(data)
                if "pseudonymise" in data
                else Settings.from_dict(data)
            )
        except InvalidInput as exc:
            key = exc.params.get("key", "")
            raise CommandError(f"ogiltig inställning {key!s} i {path}") from None
    if mark_edits:
        settings = dataclasses.replace(settings, mark_edits=True)
    return settings


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except SamtalError as exc:
        raise _write_error(exc, target) from None


def _write_error(exc: SamtalError, target: Path | None) -> CommandError:
    if isinstance(exc, DiskFull):
        return CommandError(f"disken är full, inget skrevs: {target}")
    if isinstance(exc, ReadOnly):
        return CommandError(f"får inte skriva filen: {target}")
    return CommandError(f"kan inte skriva filen: {target}")


def _print_findings(rows: Iterable[dict[str, Any]]) -> None:
    _stdout_bytes(b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows))


def _stdout_bytes(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``python -m app.cli.pseudonymise``; the sub-command name is optional."""
    parser = argparse.ArgumentParser(prog="samtal")
    register(parser.add_subparsers(dest="command", required=True))
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] != [COMMAND]:
        arguments.insert(0, COMMAND)
    args = parser.parse_args(arguments)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
