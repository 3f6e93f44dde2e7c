"""``samtal review``: the pseudonymisation findings of interviews, and decisions for scripts.

``--accept-all`` accepts the automatic findings and keeps the flags (as a reviewer who
trusts the engine); ``--replace-flags`` decides every flag as "replace" instead (a flag that
offers no replacement is kept). ``--json`` lists every finding with its kind, its text, its
decision (replace/keep/undecided) and where it is, after any decisions were recorded. The
review itself is done in the app (one window for the whole project).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project


def cmd_review(args: argparse.Namespace) -> int:
    from app.interview.records import find_interview, list_interviews
    from app.pseudonymise import review

    with open_project(args) as project:
        db = project.db
        targets = (
            [find_interview(db, c) for c in args.interview]
            if args.interview
            else list_interviews(db)
        )
        decide = args.accept_all or args.replace_flags
        for interview in targets:
            if decide:
                kept = review.accept_all(
                    db, interview.id, decided_by="cli", replace_flags=args.replace_flags
                )
                if not args.json:
                    _report(interview.participant_code, kept, args.replace_flags)
        reviews = review.analyse_project(db, [i.id for i in targets])
        if args.json:
            rows = [_row(r.code, item) for r in reviews for item in r.items()]
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        elif not decide:
            for r in reviews:
                items = r.items()
                waiting = sum(1 for i in items if i.unresolved)
                print(f"{r.code}: {len(items)} fynd, {waiting} väntar på granskning")
    return EXIT_OK


def _report(code: str, kept: list[Any], replace_flags: bool) -> None:
    if replace_flags:
        print(f"{code}: automatiska fynd godkända, flaggor ersatta; {len(kept)} behölls")
    else:
        print(f"{code}: automatiska fynd godkända; {len(kept)} flaggor behölls oförändrade")
    for item in kept:
        f = item.finding
        print(f'  behölls: "{f.text}" ({f.kind}) i {item.unit.source} {item.unit.source_id}')
    if any(item.finding.kind == "name" for item in kept):
        print(
            "  OBS: möjliga namn ovan finns kvar i exporten. "
            "Lägg till dem i namnlistan om de är namn."
        )


def _row(code: str, item: Any) -> dict[str, Any]:
    from app.pseudonymise import review

    f = item.finding
    unit = item.unit
    return {
        "interview": code,
        "source": unit.source,
        "source_id": unit.source_id,
        "question_id": unit.question_id,
        "paragraph": unit.paragraph,
        "start": f.start,
        "end": f.end,
        "kind": str(f.kind),
        "rule": f.rule,
        "text": f.text,
        "replacement": f.replacement,
        "decision": review.DECISION_WORDS[item.decision],
        "needs_review": f.needs_review,
        "applied": item.applied,
    }


def register(sub: Any) -> None:
    p = sub.add_parser(
        "review",
        help="pseudonymiseringsfynden: lista dem, godkänn automatiska, ersätt flaggor",
        description="Visar eller beslutar pseudonymiseringsfynden i intervjuer. "
        "Själva granskningen görs i programmet.",
    )
    p.add_argument("project", type=Path, metavar="PROJEKT")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--interview", action="append", metavar="KOD")
    who.add_argument("--all", action="store_true")
    p.add_argument(
        "--accept-all", action="store_true", help="godkänn automatiska fynd, behåll flaggor"
    )
    p.add_argument(
        "--replace-flags",
        action="store_true",
        help="besluta varje flagga som 'ersätt' (och godkänn automatiska fynd)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="lista varje fynd som JSON: typ, text, beslut (replace/keep/undecided), var",
    )
    add_passphrase_options(p)
    p.set_defaults(func=cmd_review)
