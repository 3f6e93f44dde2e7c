"""``samtal init``, ``demo``, ``info`` and ``check``: make, fill and look at a project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    add_passphrase_options,
    open_project,
    read_passphrase,
)
from app.errors import InvalidInput
from app.store.project import Project


def cmd_init(args: argparse.Namespace) -> int:
    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide

    guide = load_guide(args.guide) if args.guide else None  # validate before creating anything
    passphrase = read_passphrase(args, confirm=True)
    project = Project.create_filled(
        args.project,
        passphrase,
        lambda p: guide is not None and add_guide(p.db, guide),
        audit_name=args.name,
    )
    project.close()
    print(f"Skapade {project.folder}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import create_demo

    if args.interviews < 0 or args.interviews > 1000:
        raise InvalidInput("--interviews 0–1000")
    passphrase = read_passphrase(args, confirm=True)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rIntervjuer: {done}/{total}", end="", file=sys.stderr, flush=True)

    project = Project.create_filled(
        args.project,
        passphrase,
        lambda p: create_demo(p.db, interviews=args.interviews, progress=progress),
    )
    if show:
        print(file=sys.stderr)
    project.close()
    print(f"Skapade demoprojektet {project.folder} med {args.interviews} fiktiva intervjuer")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.overview import project_info

    with open_project(args, read_only_ok=True) as project:
        info = project_info(project)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return EXIT_OK
    c = info["counts"]
    print(f"Projekt:     {info['project']}")
    print(f"Granskning:  {info['audit']}")
    print(f"Intervjuer:  {c['interviews']}   anteckningar: {c['notes']}   citat: {c['quotes']}")
    print(f"Frågeguider: {c['guides']} ({c['guide_versions']} versioner, {c['questions']} frågor)")
    print(f"Teman: {c['themes']}   namn i namnlistor: {c['names']}   raderingar: {c['deletions']}")
    for i in info["interviews"]:
        print(
            f"  {i['participant_code']}  {i['held_on']}  {i['mode']:<8} {i['status']:<12}"
            f" anteckningar {i['notes']:>3}  citat {i['quotes']:>3}"
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if args.accept_lost_saves:
        project = Project.open(args.project, read_passphrase(args), accept_lost_saves=True)
    else:
        project = open_project(args, read_only_ok=True)
    with project:
        problems = project.integrity_problems()
    if problems:
        print(f"{project.folder.name}: {len(problems)} problem", file=sys.stderr)
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{project.folder.name}: ok")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="skapa ett nytt krypterat projekt")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--guide", type=Path, metavar="FIL", help="frågeguide (JSON) att lägga till")
    p.add_argument("--name", help="granskningens namn")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="skapa ett demoprojekt med fiktiva intervjuer")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--interviews", type=int, default=8, metavar="N", help="antal intervjuer (8)")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="visa antal och deltagarkoder (aldrig innehåll)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="kontrollera projektets integritet")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument(
        "--accept-lost-saves",
        action="store_true",
        help="sparningar saknas efter en krasch: fortsätt med det som finns",
    )
    add_passphrase_options(p)
    p.set_defaults(func=cmd_check)
