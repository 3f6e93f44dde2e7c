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
from app.store.project import Project

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
        print(
            f"  {i['participant_code']}  {i['held_on']}  {i['mode']:<8} {i['status']:<12}"
            f" anteckningar {i['notes']:>3}  citat {i['quotes']:>3}"
        )
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


def cmd_guide_import(args: argparse.Namespace) -> int:
    from app.guide import service

    imported = service.import_guide_file(args.file)  # read and check before opening anything
    with open_project(args) as project:
        target = service.find_guide(project.db, args.as_version_of) if args.as_version_of else None
        version_id = service.add_imported_guide(project.db, imported.guide, target)
        guide_id = service.guide_id_of_version(project.db, version_id)
    g = imported.guide
    for warning in imported.warnings:
        print(f"varning: {warning}", file=sys.stderr)
    print(
        f"Importerade ”{g.title}” som guide {guide_id} version {g.version}:"
        f" {len(g.sections)} avsnitt, {len(g.questions())} frågor"
    )
    return EXIT_OK


def cmd_guide_export(args: argparse.Namespace) -> int:
    from app.guide import service
    from app.store.atomic_file import write_atomic

    with open_project(args) as project:
        db = project.db
        guide_id = (
            service.find_guide(db, args.guide) if args.guide else service.default_guide_id(db)
        )
        text = service.export_guide_json(db, service.version_id_of(db, guide_id, args.version))
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text.encode("utf-8"))
        print(f"Skrev {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_guide_list(args: argparse.Namespace) -> int:
    from app.guide import service

    with open_project(args) as project:
        for g in service.list_guides(project.db):
            mark = "*" if g.is_default else " "
            print(f"{mark} {g.id:>3}  v{g.latest_version:<3} {g.title}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.export.document import ExportKind, cloud_sync_folder
    from app.export.service import ExportRequest, export_to_file
    from app.interviews import find_interview

    kind = ExportKind(args.kind)
    out: Path = args.output
    if out.suffix.lower() != ".docx":
        raise InvalidInput("export_suffix")
    if out.exists() and not args.force:
        raise InvalidInput(f"{out.name} finns redan (använd --force för att ersätta)")
    password: str | None = None
    if not args.no_encrypt:
        if args.password_file is None:
            raise InvalidInput("--password-file FIL eller --no-encrypt krävs")
        try:
            password = args.password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError):
            raise InvalidInput("--password-file") from None
    with open_project(args) as project:
        ids: tuple[int, ...] = ()
        if args.interview:
            ids = tuple(find_interview(project.db, code).id for code in args.interview)
        elif kind is ExportKind.TRANSCRIPT and not args.all:
            raise InvalidInput("--interview KOD eller --all krävs")
        if kind is ExportKind.TRANSCRIPT and (args.all or len(ids) > 1):
            all_ids = ids or tuple(
                int(r[0]) for r in project.db.query("SELECT id FROM interview ORDER BY id")
            )
            if len(all_ids) != 1:
                raise InvalidInput("en utskrift gäller en intervju: ange --interview KOD")
            ids = all_ids
        export_to_file(project.db, ExportRequest(kind, ids, password), out)
    cloud = cloud_sync_folder(out)
    if cloud:
        print(f"samtal: varning: {out.parent} synkas till molnet ({cloud})", file=sys.stderr)
    if password is None:
        print("samtal: varning: filen är inte krypterad", file=sys.stderr)
    print(f"Skrev {out}")
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from app import review
    from app.interviews import find_interview, list_interviews

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
    p = gsub.add_parser("import", help="importera en frågeguide från Word (.docx) eller JSON")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("file", type=Path, metavar="FIL", help="FIL.docx eller FIL.json")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--new", action="store_true", help="som en ny guide (standard)")
    which.add_argument(
        "--as-version-of", metavar="GUIDE", help="som ny version av GUIDE (id eller titel)"
    )
    add_passphrase_options(p)
    p.set_defaults(func=cmd_guide_import)
    p = gsub.add_parser("export", help="skriv ut en frågeguide som JSON")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    p.add_argument("--guide", metavar="GUIDE", help="id eller titel (annars standardguiden)")
    p.add_argument("--version", type=int, metavar="N", help="versionsnummer (standard: senaste)")
    p.add_argument("-o", "--output", type=Path, metavar="FIL", help="JSON-fil (annars stdout)")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_guide_export)
    p = gsub.add_parser("list", help="lista frågeguiderna i ett projekt (* = standard)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_guide_list)
    guide.set_defaults(func=lambda _a: _usage(guide))

    p = sub.add_parser("export", help="exportera Word-dokument (pseudonymiserade, krypterade)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    who = p.add_mutually_exclusive_group()
    who.add_argument(
        "--interview", action="append", metavar="KOD", help="deltagarkod (kan upprepas)"
    )
    who.add_argument("--all", action="store_true", help="alla intervjuer")
    p.add_argument("--kind", required=True, choices=["transcript", "quotes", "guide", "consent"])
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.docx")
    enc = p.add_mutually_exclusive_group()
    enc.add_argument(
        "--password-file", type=Path, metavar="FIL", help="lösenord för den krypterade filen"
    )
    enc.add_argument("--no-encrypt", action="store_true", help="skriv en okrypterad fil (avrådes)")
    p.add_argument("--force", action="store_true", help="ersätt en befintlig fil")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_export)

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
