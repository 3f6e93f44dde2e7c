"""``samtal withdraw``, ``erase`` and ``retention``: withdrawal and erasure of interviews.

Destructive commands ask on a terminal unless ``--yes``; without a terminal and without
``--yes`` they refuse and change nothing. After an erasure the rolling backups on this
computer are re-made without the interview, and the user is told about copies elsewhere.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, confirm, open_project
from app.errors import InvalidInput
from app.store.project import Project

ELSEWHERE = (
    "Kopior som gjorts på andra ställen (USB-minne, nätverk) innehåller den fortfarande;"
    " återställs en sådan kopia raderas intervjun igen."
)


def _confirm_code(args: argparse.Namespace, code: str) -> None:
    from app.interview.codes import normalise_code

    confirm(
        args,
        f"Allt om intervjun {code} raderas för alltid. Skriv deltagarkoden för att bekräfta: ",
        expected=normalise_code(code),
    )


def _after_erasure(project: Project, code: str) -> None:
    from app.security.backup import erase_in_rolling_backups

    remade = erase_in_rolling_backups(project)
    print(f"Raderade intervjun {code}.")
    if remade:
        print(f"{remade} säkerhetskopior på den här datorn gjordes om utan intervjun.")
    print(ELSEWHERE)


def cmd_erase(args: argparse.Namespace) -> int:
    from app.interview.records import find_interview
    from app.security.erasure import erase_interview

    with open_project(args) as project:
        interview = find_interview(project.db, args.interview)
        _confirm_code(args, interview.participant_code)
        code = erase_interview(project.db, interview.id, args.auditor, args.reason)
        _after_erasure(project, code)
    return EXIT_OK


def cmd_withdraw(args: argparse.Namespace) -> int:
    from app.interview.records import find_interview
    from app.security import withdrawal

    with open_project(args) as project:
        db = project.db
        interview = find_interview(db, args.interview)
        code = interview.participant_code
        state = withdrawal.state(db, interview.id)
        if state.removable_without_consent:
            if not args.erase:
                raise InvalidInput("no_consent_use_erase")
            _confirm_code(args, code)
            withdrawal.remove_unconsented(db, interview.id, args.auditor)
            _after_erasure(project, code)
            return EXIT_OK
        withdrawal.withdraw(db, interview.id, args.auditor)
        if not args.erase:
            print(
                f"Samtycket för {code} är återkallat. Intervjun exporteras, visas och söks inte"
                " längre. Radera den med --erase."
            )
            return EXIT_OK
        _confirm_code(args, code)
        withdrawal.erase_withdrawn(db, interview.id, args.auditor)
        _after_erasure(project, code)
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
        from app.security.backup import erase_in_rolling_backups

        erase_in_rolling_backups(project)
    print(f"Raderade {len(codes)} intervjuer (gallring)")
    print(ELSEWHERE)
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("date") from None


def register(sub: Any) -> None:
    p = sub.add_parser(
        "withdraw", help="informanten tar tillbaka sitt samtycke (och intervjun raderas)"
    )
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--interview", required=True, metavar="KOD", help="deltagarkoden")
    p.add_argument("--erase", action="store_true", help="radera intervjun i samma steg")
    p.add_argument("--auditor", default="", metavar="KOD", help="din revisorskod (initialer)")
    p.add_argument("--yes", action="store_true", help="fråga inte")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_withdraw)

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
