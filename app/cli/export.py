"""``samtal export``: Word documents, pseudonymised and (by default) encrypted; a REFI-QDA
project (.qdpx, plain or inside an AES zip) and the codebook (.qdc) for other QDA tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project
from app.errors import InvalidInput
from app.security.passphrase import read_passphrase_file


def cmd_export(args: argparse.Namespace) -> int:
    from app.export.document import ExportKind, cloud_sync_folder
    from app.export.service import ExportRequest, export_to_file
    from app.interview.records import find_interview

    if args.kind in ("qdpx", "qdc"):
        return _export_refi(args)
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
        password = read_passphrase_file(args.password_file, "--password-file")
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
        by = getattr(args, "by", None)
        export_to_file(project.db, ExportRequest(kind, ids, password, by=by), out)
    cloud = cloud_sync_folder(out)
    if cloud:
        print(f"samtal: varning: {out.parent} synkas till molnet ({cloud})", file=sys.stderr)
    if password is None:
        print("samtal: varning: filen är inte krypterad", file=sys.stderr)
    print(f"Skrev {out}")
    return EXIT_OK


def _export_refi(args: argparse.Namespace) -> int:
    """``--kind qdpx``: the audit for QualCoder, MAXQDA, NVivo, ATLAS.ti; ``--kind qdc``: themes."""
    from app.export.document import cloud_sync_folder
    from app.export.qdpx import export_qdpx
    from app.export.qdpx_codebook import export_qdc
    from app.interview.records import find_interview

    out: Path = args.output
    password: str | None = None
    if args.kind == "qdc":
        if out.suffix.lower() != ".qdc":
            raise InvalidInput("qdc_suffix")
    elif args.password_file is not None:
        if out.suffix.lower() != ".zip":
            raise InvalidInput("qdpx_suffix")
        password = read_passphrase_file(args.password_file, "--password-file")
    elif out.suffix.lower() != ".qdpx":
        raise InvalidInput("qdpx_suffix")
    if out.exists() and not args.force:
        raise InvalidInput(f"{out.name} finns redan (använd --force för att ersätta)")
    with open_project(args) as project:
        if args.kind == "qdc":
            count = export_qdc(project.db, out)
            print(f"Skrev {out} ({count} teman)")
            return EXIT_OK
        ids = tuple(find_interview(project.db, code).id for code in args.interview or ())
        summary = export_qdpx(project.db, out, ids, password=password)
    cloud = cloud_sync_folder(out)
    if cloud:
        print(f"samtal: varning: {out.parent} synkas till molnet ({cloud})", file=sys.stderr)
    if password is None:
        print(
            "samtal: varning: en .qdpx är inte krypterad (--password-file lägger den i en"
            " krypterad zip)",
            file=sys.stderr,
        )
    print(
        f"Skrev {out}: {summary.sources} intervjuer, {summary.codes} koder,"
        f" {summary.selections} markeringar"
    )
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="exportera Word-dokument (pseudonymiserade, krypterade) eller REFI-QDA (.qdpx, .qdc)",
    )
    p.add_argument("project", type=Path, metavar="PROJEKT")
    who = p.add_mutually_exclusive_group()
    who.add_argument(
        "--interview", action="append", metavar="KOD", help="deltagarkod (kan upprepas)"
    )
    who.add_argument("--all", action="store_true", help="alla intervjuer")
    p.add_argument(
        "--kind",
        required=True,
        choices=["transcript", "quotes", "guide", "consent", "survey", "qdpx", "qdc"],
        help="qdpx: projekt för QualCoder, MAXQDA, NVivo, ATLAS.ti (alla intervjuer om inga"
        " anges); qdc: kodboken (teman); survey: sammanställning av slutna frågor",
    )
    p.add_argument(
        "--by", metavar="VARIABEL", help="survey: dela upp efter en bakgrundsvariabel (nyckel)"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL")
    enc = p.add_mutually_exclusive_group()
    enc.add_argument(
        "--password-file", type=Path, metavar="FIL", help="lösenord för den krypterade filen"
    )
    enc.add_argument("--no-encrypt", action="store_true", help="skriv en okrypterad fil (avrådes)")
    p.add_argument("--force", action="store_true", help="ersätt en befintlig fil")
    add_passphrase_options(p)
    p.set_defaults(func=cmd_export)
