"""What every ``samtal`` command shares: exit codes, the passphrase options, opening a project,
asking for confirmation.

Passphrases are never taken as arguments: from a prompt, ``--passphrase-file FILE`` or the
``SAMTAL_PASSPHRASE`` environment variable.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.errors import InvalidInput, ReadOnly
from app.security.passphrase import check_utf8, read_passphrase_file
from app.store.project import Project

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="läs lösenordet från första raden i FILE (annars SAMTAL_PASSPHRASE eller fråga)",
    )


def read_passphrase(
    args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Lösenord: "
) -> str:
    """The passphrase from --passphrase-file, $SAMTAL_PASSPHRASE, or an interactive prompt."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_passphrase_file(file, "--passphrase-file")
    env = os.environ.get("SAMTAL_PASSPHRASE")
    if env:
        return check_utf8(env, "SAMTAL_PASSPHRASE")
    if not sys.stdin.isatty():
        raise InvalidInput("passphrase_missing")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Upprepa lösenordet: ") != first:
        raise InvalidInput("passphrase_mismatch")
    return first


def old_secret(args: argparse.Namespace) -> tuple[str, str]:
    """The secret that opens the project: (secret, kind); ``--recovery-file`` or a passphrase."""
    if getattr(args, "recovery_file", None) is not None:
        return read_passphrase_file(args.recovery_file, "--recovery-file"), "recovery"
    return read_passphrase(args), "passphrase"


def open_project(args: argparse.Namespace, *, read_only_ok: bool = False) -> Project:
    """Open the project named on the command line.

    ``read_only_ok``: a command that only reads (``info``, ``check``) also works on a copy on
    a read-only medium or folder, opened without writing anything.
    """
    passphrase = read_passphrase(args)
    try:
        return Project.open(args.project, passphrase)
    except ReadOnly:
        if not read_only_ok:
            raise
    return Project.open(args.project, passphrase, read_only=True)


def confirm(args: argparse.Namespace, question: str, expected: str | None = None) -> None:
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


def usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return EXIT_USAGE
