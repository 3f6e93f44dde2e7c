"""``samtal passphrase`` and ``recovery-key``.

Secrets never come from arguments: the current passphrase as for every command (file,
``SAMTAL_PASSPHRASE``, prompt), a new one from ``--new-passphrase-file`` or a prompt typed
twice, a recovery code from ``--recovery-file``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, old_secret, read_passphrase
from app.errors import InvalidInput
from app.security.passphrase import check_new_passphrase, read_passphrase_file
from app.store.project import Project


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file is not None:
        new = read_passphrase_file(args.new_passphrase_file, "--new-passphrase-file")
    elif sys.stdin.isatty():
        new = getpass.getpass("Nytt lösenord: ")
        if getpass.getpass("Upprepa det nya lösenordet: ") != new:
            raise InvalidInput("passphrase_mismatch")
    else:
        raise InvalidInput("passphrase_missing")
    check_new_passphrase(new)
    return new


def cmd_passphrase(args: argparse.Namespace) -> int:
    secret, kind = old_secret(args)
    new = _new_passphrase(args)
    with Project.open(args.project, secret, secret_kind=kind) as project:
        if not args.rotate_key:
            project.change_passphrase(secret, new, old_kind=kind)
            print(f"{project.folder.name}: lösenordet är bytt")
            return EXIT_OK
        from app.security.rotation import rotate_key

        show = sys.stderr.isatty()

        def progress(step: str, done: int, total: int) -> None:
            if show:
                print(f"\rKrypterar om: {done}/{total}", end="", file=sys.stderr, flush=True)

        done = rotate_key(project, secret, new, old_kind=kind, progress=progress)
        if show:
            print(file=sys.stderr)
    print(f"{project.folder.name}: lösenordet är bytt och projektet är krypterat med en ny nyckel.")
    print(
        f"{done.backups_rekeyed} säkerhetskopior på den här datorn krypterades om; de öppnas nu"
        " med det nya lösenordet."
    )
    if done.recovery_key_dropped:
        print("Återställningsnyckeln gäller inte längre: skapa en ny med samtal recovery-key.")
    print(
        "Kopior som gjorts på andra ställen (USB-minne, nätverk) öppnas fortfarande med det"
        " gamla lösenordet: radera dem eller byt ut dem mot nya kopior."
    )
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
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help="lösenordet kan ha kommit ut: kryptera om projektet med en ny nyckel",
    )
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("recovery-key", help="skapa en återställningsnyckel (visas en gång)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument(
        "--replace", action="store_true", help="ersätt en tidigare nyckel (den slutar gälla)"
    )
    add_passphrase_options(p)
    p.set_defaults(func=cmd_recovery_key)
