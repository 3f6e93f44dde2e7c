"""Sub-commands for keys, backups and erasure: ``passphrase``, ``recovery-key``, ``backup``,
``restore``, ``erase`` and ``retention``. Registered through ``app.cli.PLUGIN_MODULES``.

Secrets never come from arguments: the current passphrase as for every command (file,
``SAMTAL_PASSPHRASE``, prompt), a new one from ``--new-passphrase-file`` or a prompt typed
twice, a recovery code from ``--recovery-file``. Destructive commands ask on a terminal
unless ``--yes``; without a terminal and without ``--yes`` they refuse and change nothing.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, add_passphrase_options, open_project, read_passphrase
from app.errors import InvalidInput
from app.store.keyfile import check_new_passphrase
from app.store.project import Project


# -- secrets -------------------------------------------------------------------------------
def _first_line(file: Path, what: str) -> str:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InvalidInput(f"{what}: {exc.strerror}") from None
    if not lines or not lines[0]:
        raise InvalidInput("passphrase_missing")
    return lines[0]


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file is not None:
        new = _first_line(args.new_passphrase_file, "--new-passphrase-file")
    elif sys.stdin.isatty():
        new = getpass.getpass("Nytt lösenord: ")
        if getpass.getpass("Upprepa det nya lösenordet: ") != new:
            raise InvalidInput("passphrase_mismatch")
    else:
        raise InvalidInput("passphrase_missing")
    check_new_passphrase(new)
    return new


def _old_secret(args: argparse.Namespace) -> tuple[str, str]:
    """The secret that opens the project: (secret, kind)."""
    if getattr(args, "recovery_file", None) is not None:
        return _first_line(args.recovery_file, "--recovery-file"), "recovery"
    return read_passphrase(args), "passphrase"


def _confirm(args: argparse.Namespace, question: str, expected: str | None = None) -> None:
    """Ask on a terminal; ``--yes`` skips it; no terminal and no ``--yes`` refuses."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise InvalidInput("confirmation_needed")
    answer = input(question).strip()
    ok = (
        answer.upper() == expected.upper()
        if expected
        else answer.lower() in ("ja", "j", "yes", "y")
    )
    if not ok:
        raise InvalidInput("not_confirmed")


# -- commands ------------------------------------------------------------------------------
def cmd_passphrase(args: argparse.Namespace) -> int:
    secret, kind = _old_secret(args)
    new = _new_passphrase(args)
    with Project.open(args.project, secret, secret_kind=kind) as project:
        project.change_passphrase(secret, new, old_kind=kind)
    print(f"{project.folder.name}: lösenordet är bytt")
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    with Project.open(args.project, passphrase) as project:
        if project.has_recovery_key and not args.replace:
            raise InvalidInput("recovery_key_exists")
        code = project.add_recovery_key(passphrase)
    print(f"Återställningsnyckel för {project.folder.name} (visas bara nu):")
    print()
    print("    " + "  ".join(code.split("-")[:4]))
    print("    " + "  ".join(code.split("-")[4:]))
    print()
    print("Skriv ut den och förvara den inlåst. Den låser upp projektet om lösenordet glöms bort:")
    print(f"    samtal passphrase {project.folder} --recovery-file FIL")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backup import backup

    with open_project(args) as project:
        made = backup(project, args.dest)
    print(f"Säkerhetskopia kontrollerad och sparad: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backup import restore

    secret, kind = _old_secret(args)
    restored = restore(args.backup, args.target, secret, replace=args.replace, secret_kind=kind)
    print(f"Återställd och kontrollerad: {restored}")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from app.codes import normalise_code
    from app.erasure import erase_interview
    from app.interviews import find_interview

    with open_project(args) as project:
        interview = find_interview(project.db, args.interview)
        _confirm(
            args,
            f"Allt om intervjun {interview.participant_code} raderas för alltid."
            " Skriv deltagarkoden för att bekräfta: ",
            expected=normalise_code(interview.participant_code),
        )
        code = erase_interview(project.db, interview.id, args.auditor, args.reason)
    print(f"Raderade intervjun {code} ({args.reason})")
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from app.erasure import erase_overdue, overdue_interviews

    today = _date(args.today) if args.today else date.today()
    with open_project(args) as project:
        overdue = overdue_interviews(project.db, today)
        if not overdue:
            print("Inga intervjuer har passerat sitt gallringsdatum.")
            return EXIT_OK
        print(f"{len(overdue)} intervjuer har passerat sitt gallringsdatum:")
        for o in overdue:
            print(f"  {o.participant_code}  {o.keep_until[:10]}")
        if not args.erase:
            print("Radera dem med --erase.")
            return EXIT_OK
        _confirm(args, f"Radera {len(overdue)} intervjuer för alltid? [ja/nej] ")
        codes = erase_overdue(project.db, [o.interview_id for o in overdue], args.auditor, today)
    print(f"Raderade {len(codes)} intervjuer (gallring)")
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("date") from None


# -- registration --------------------------------------------------------------------------
def register(sub: Any) -> None:
    p = sub.add_parser(
        "passphrase", help="byt lösenord (eller sätt ett nytt med återställningsnyckeln)"
    )
    p.add_argument("project", type=Path, metavar="PROJEKT")
    add_passphrase_options(p)
    p.add_argument(
        "--new-passphrase-file", type=Path, metavar="FIL", help="läs det nya lösenordet från FIL"
    )
    p.add_argument(
        "--recovery-file",
        type=Path,
        metavar="FIL",
        help="återställningsnyckeln i FIL i stället för lösenordet",
    )
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("recovery-key", help="skapa en återställningsnyckel (visas en gång)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument(
        "--replace", action="store_true", help="ersätt en tidigare nyckel (den slutar gälla)"
    )
    add_passphrase_options(p)
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser("backup", help="gör en kontrollerad, krypterad säkerhetskopia")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("dest", type=Path, metavar="MAPP", help="mapp där kopian läggs")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="återställ en säkerhetskopia (kontrolleras först)")
    p.add_argument("backup", type=Path, metavar="KOPIA")
    p.add_argument("target", type=Path, metavar="PROJEKT")
    p.add_argument(
        "--replace",
        action="store_true",
        help="flytta ett befintligt projekt åt sidan och ersätt det",
    )
    add_passphrase_options(p)
    p.add_argument(
        "--recovery-file",
        type=Path,
        metavar="FIL",
        help="öppna kopian med återställningsnyckeln i FIL",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("erase", help="radera en intervju helt (återkallat samtycke, gallring)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--interview", required=True, metavar="KOD", help="deltagarkoden")
    p.add_argument("--reason", required=True, choices=["withdrawal", "retention"], help="skäl")
    p.add_argument("--auditor", default="", metavar="KOD", help="din revisorskod (initialer)")
    p.add_argument("--yes", action="store_true", help="fråga inte")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_erase)

    p = sub.add_parser("retention", help="visa (och radera) intervjuer efter gallringsdatum")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--erase", action="store_true", help="radera dem")
    p.add_argument("--yes", action="store_true", help="fråga inte")
    p.add_argument("--auditor", default="", metavar="KOD", help="din revisorskod (initialer)")
    p.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", help=argparse.SUPPRESS)
    add_passphrase_options(p)
    p.set_defaults(func=cmd_retention)
