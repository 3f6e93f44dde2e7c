"""``samtal review --accept-all``: accept the automatic pseudonymisation findings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project
from app.errors import InvalidInput


def cmd_review(args: argparse.Namespace) -> int:
    from app.interview.records import find_interview, list_interviews
    from app.pseudonymise import review

    if not args.accept_all:
        raise InvalidInput("ange --accept-all (granskning i övrigt görs i programmet)")
    with open_project(args) as project:
        db = project.db
        targets = (
            [find_interview(db, c) for c in args.interview]
            if args.interview
            else list_interviews(db)
        )
        for interview in targets:
            kept = review.accept_all(db, interview.id, decided_by="cli")
            print(
                f"{interview.participant_code}: automatiska fynd godkända; "
                f"{len(kept)} flaggor behölls oförändrade"
            )
            for item in kept:
                f = item.finding
                print(
                    f'  behölls: "{f.text}" ({f.kind}) i {item.text.source} {item.text.source_id}'
                )
            if any(item.finding.kind == "name" for item in kept):
                print(
                    "  OBS: möjliga namn ovan finns kvar i exporten. "
                    "Lägg till dem i namnlistan om de är namn."
                )
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("review", help="godkänn de automatiska pseudonymiseringsfynden")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--interview", action="append", metavar="KOD")
    who.add_argument("--all", action="store_true")
    p.add_argument(
        "--accept-all", action="store_true", help="godkänn automatiska fynd, behåll flaggor"
    )
    add_passphrase_options(p)
    p.set_defaults(func=cmd_review)
