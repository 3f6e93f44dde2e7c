"""``samtal guide validate|import|export|list``: question guides from and to files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project, usage
from app.errors import InvalidInput


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

    out: Path | None = args.output
    if out is not None and out.exists() and not args.force:
        raise InvalidInput("output_exists", name=out.name)
    if out is not None and not out.parent.is_dir():
        raise InvalidInput("export_folder_missing")
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


def register(sub: Any) -> None:
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
    p.add_argument("--force", action="store_true", help="ersätt en befintlig fil")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_guide_export)
    p = gsub.add_parser("list", help="lista frågeguiderna i ett projekt (* = standard)")
    p.add_argument("project", type=Path, metavar="PROJEKT")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_guide_list)
    guide.set_defaults(func=lambda _a: usage(guide))
