"""``samtal erase`` and ``retention``: erase an interview, or those past their keep-until date.

Destructive commands ask on a terminal unless ``--yes``; without a terminal and without
``--yes`` they refuse and change nothing.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, confirm, open_project
from app.errors import InvalidInput


def cmd_erase(args: argparse.Namespace) -> int:
    from app.interview.codes import normalise_code
    from app.interview.records import find_interview
    from app.security.erasure import erase_interview

    with open_project(args) as project:
        interview = find_interview(project.db, args.interview)
        confirm(
            args,
            f"Allt om intervjun {interview.participant_code} raderas för alltid."
            " Skriv deltagarkoden för att bekräfta: ",
            expected=normalise_code(interview.participant_code),
        )
        code = erase_interview(project.db, interview.id, args.auditor, args.reason)
    print(f"Raderade intervjun {code} ({args.reason})")
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from app.security.retention import erase_overdue, overdue_interviews

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
        confirm(args, f"Radera {len(overdue)} intervjuer för alltid? [ja/nej] ")
        codes = erase_overdue(project.db, [o.interview_id for o in overdue], args.auditor, today)
    print(f"Raderade {len(codes)} intervjuer (gallring)")
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("date") from None


def register(sub: Any) -> None:
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
