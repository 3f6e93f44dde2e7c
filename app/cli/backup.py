"""``samtal backup`` and ``restore``: verified, encrypted copies of a project."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, old_secret, open_project


def cmd_backup(args: argparse.Namespace) -> int:
    from app.security.backup import backup

    with open_project(args) as project:
        made = backup(project, args.dest)
    print(f"Säkerhetskopia kontrollerad och sparad: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.security.restore import restore

    secret, kind = old_secret(args)
    restored = restore(args.backup, args.target, secret, replace=args.replace, secret_kind=kind)
    print(f"Återställd och kontrollerad: {restored}")
    return EXIT_OK


def register(sub: Any) -> None:
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
