"""The ``samtal`` command line.

Passphrases are never taken as arguments: from a prompt, ``--passphrase-file FILE`` or the
``SAMTAL_PASSPHRASE`` environment variable. Every error is one line on stderr with a
non-zero exit, and changes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import InvalidInput, SamtalError
from app.messages import error_message
from app.store.project import Project, project_path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

#: Modules that add their own sub-commands with ``register(subparsers)``.
PLUGIN_MODULES = [
    "app.pseudonymise.cli",
    "app.maintenance_cli",  # passphrase, recovery-key, backup, restore, erase, retention
    "app.analysis.cli",  # search
]


# -- passphrases ---------------------------------------------------------------------------
def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help="läs lösenordet från första raden i FILE (annars SAMTAL_PASSPHRASE eller fråga)",
    )


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Lösenord: ") -> str:
    """The passphrase from --passphrase-file, $SAMTAL_PASSPHRASE, or an interactive prompt."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InvalidInput(f"--passphrase-file: {exc.strerror}") from None
        if not lines or not lines[0]:
            raise InvalidInput("passphrase_missing")
        return lines[0]
    env = os.environ.get("SAMTAL_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise InvalidInput("passphrase_missing")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Upprepa lösenordet: ") != first:
        raise InvalidInput("passphrase_mismatch")
    return first


def open_project(args: argparse.Namespace) -> Project:
    return Project.open(args.project, read_passphrase(args))


# -- commands ------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide

    guide = load_guide(args.guide) if args.guide else None  # validate before creating anything
    passphrase = read_passphrase(args, confirm=True)
    project = Project.create(args.project, passphrase, audit_name=args.name)
    try:
        if guide is not None:
            add_guide(project.db, guide)
    except BaseException:
        project.close()
        from app.store.project import remove_project

        remove_project(project.folder)
        raise
    project.close()
    print(f"Skapade {project.folder}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import create_demo
    from app.store.project import remove_project

    if args.interviews < 0 or args.interviews > 1000:
        raise InvalidInput("--interviews 0–1000")
    passphrase = read_passphrase(args, confirm=True)
    project = Project.create(args.project, passphrase)
    try:
        show = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\rIntervjuer: {done}/{total}", end="", file=sys.stderr, flush=True)

        create_demo(project.db, interviews=args.interviews, progress=progress)
        if show:
            print(file=sys.stderr)
    except BaseException:
        project.close()
        remove_project(project.folder)
        raise
    project.close()
    print(f"Skapade demoprojektet {project.folder} med {args.interviews} fiktiva intervjuer")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.summary import project_info

    with open_project(args) as project:
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
        print(f"  {i['participant_code']}  {i['held_on']}  {i['mode']:<8} {i['status']:<12}"
              f" anteckningar {i['notes']:>3}  citat {i['quotes']:>3}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        problems = project.integrity_problems()
    if problems:
        print(f"{project.folder.name}: {len(problems)} problem", file=sys.stderr)
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{project.folder.name}: ok")
    return EXIT_OK


def cmd_guide_validate(args: argparse.Namespace) -> int:
    from app.guide.jsonformat import load_guide

    guide = load_guide(args.file)
    print(f"{args.file}: ok – {len(guide.sections)} avsnitt, {len(guide.questions())} frågor")
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samtal",
        description="Samtal – intervjuer för brukarrevision, krypterat och pseudonymiserat.",
    )
    parser.add_argument("--version", action="version", version=f"samtal {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

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
    add_passphrase_options(p)
    p.set_defaults(func=cmd_check)

    guide = sub.add_parser("guide", help="frågeguider")
    gsub = guide.add_subparsers(dest="guide_command", metavar="KOMMANDO")
    p = gsub.add_parser("validate", help="kontrollera en guidefil (JSON)")
    p.add_argument("file", type=Path, metavar="FIL")
    p.set_defaults(func=cmd_guide_validate)
    guide.set_defaults(func=lambda _a: _usage(guide))

    for name in PLUGIN_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if not exc.name or not name.startswith(exc.name):
                raise
            continue
        register: Callable[[Any], None] = module.register
        register(sub)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        return _usage(parser)
    try:
        return int(args.func(args))
    except SamtalError as exc:
        print(f"samtal: {error_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("samtal: avbrutet", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
