"""``samtal search PROJECT QUERY [--theme T] [--json]``: full-text search from the command line.

Prints what the user asked for (interview code, question, snippet) to stdout; nothing is
logged, and the query is never written anywhere.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project
from app.errors import NotFound


def cmd_search(args: argparse.Namespace) -> int:
    from app.analysis import search

    with open_project(args) as project:
        db = project.db
        theme_id = None
        if args.theme:
            wanted = args.theme.strip().casefold()
            rows = db.query("SELECT id, name FROM theme ORDER BY id")
            matches = [r for r in rows if r["name"].casefold() == wanted]
            if not matches:
                raise NotFound("theme")
            theme_id = int(matches[0]["id"])
        hits = search.search(db, args.query, theme_id=theme_id, limit=args.limit)
    if args.json:
        out: list[dict[str, Any]] = [
            {
                "kind": h.kind,
                "id": h.id,
                "participant_code": h.participant_code,
                "question_number": h.question_number,
                "question": h.question_text,
                "snippet": h.snippet_marked(),
                "starred": h.starred,
            }
            for h in hits
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    for h in hits:
        kind = "citat" if h.kind == "quote" else "anteckning"
        star = " ★" if h.starred else ""
        name = h.question_name
        question = (
            f"{name} – {h.question_text}" if name else h.question_text
        ) or "allmän anteckning"
        print(f"{h.participant_code}  {kind}{star}  {question}")
        print(f"    {h.snippet_marked()}")
    if not hits:
        print("Inga träffar.")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="sök i anteckningar och citat")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("query", metavar="SÖKORD", help='ord (som början av ord), "fras", -uteslut')
    p.add_argument("--theme", metavar="TEMA", help="bara träffar med temat (eller undertema)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="högst N träffar (50)")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_search)
