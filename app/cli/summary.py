"""``samtal summary PROJECT [--by VAR] [--json]``: closed questions summarised across the audit.

Counts and shares per answer, mean and median grade, the "instämmer" share, and a breakdown by
one background variable; every figure under the project's minimum group is "–" (``null`` in
JSON). No participant code and no note text is printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project


def cmd_summary(args: argparse.Namespace) -> int:
    from app.analysis.survey.jsonshape import summary_json
    from app.analysis.survey.source import load_survey
    from app.analysis.survey.tables import summary_table, suppression_note

    with open_project(args) as project:
        data = load_survey(project.db)
    by = None
    if args.by:
        wanted = args.by.strip().casefold()
        for v in data.variables:
            if wanted in (v.key.casefold(), v.label.casefold()):
                by = v.key
        if by is None:
            data.variable(args.by)  # raises the one-line "unknown variable" error
    summary = data.summarise(by)
    if args.json:
        print(json.dumps(summary_json(summary), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Intervjuer som räknas: {len(data.interviews)} · minsta grupp: {summary.min_group}")
    any_hidden = False
    for q in summary.questions:
        print()
        print(f"{q.number}. {q.text}" if q.number else q.text)
        table = summary_table(q, by)
        any_hidden = any_hidden or table.any_hidden
        rows = table.text_rows()
        widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
        for r in rows:
            cells = [r[0].ljust(widths[0])] + [
                v.rjust(w) for v, w in zip(r[1:], widths[1:], strict=True)
            ]
            print("  " + "  ".join(cells).rstrip())
    if not summary.questions:
        print("Guiden har inga slutna frågor.")
    if any_hidden:
        print()
        print(suppression_note(summary.min_group))
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("summary", help="sammanställ de slutna frågorna (antal, andelar, betyg)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--by", metavar="VARIABEL", help="dela upp efter en bakgrundsvariabel")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_summary)
