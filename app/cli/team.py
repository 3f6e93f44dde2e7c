"""``samtal package``: recipient key, export, import (with --dry-run), co-listener return.

Project passphrases come from ``--passphrase-file`` / ``SAMTAL_PASSPHRASE`` / a prompt; a
package password only from ``--password-file`` (never an argument). Output names codes and
counts, never content.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import EXIT_OK, add_passphrase_options, open_project
from app.errors import InvalidInput
from app.security.passphrase import read_passphrase_file
from app.team.colisten import export_colistener, export_quotes
from app.team.colisten_store import session_by_code
from app.team.export import export_interviews
from app.team.importer import ImportOptions, import_package
from app.team.keys import check_code, recipient_key
from app.team.report import ImportReport
from app.team.themes import ThemeResolver


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    package = sub.add_parser("package", help="krypterade paket mellan datorer (teamarbete)")
    psub = package.add_subparsers(dest="package_command", metavar="DELKOMMANDO", required=True)

    key = psub.add_parser("key", help="skriv ut projektets mottagarnyckel")
    key.add_argument("project", type=Path)
    key.add_argument("--json", action="store_true", help="nyckel och kontrollkod som JSON")
    add_passphrase_options(key)
    key.set_defaults(func=_key)

    export = psub.add_parser("export", help="skriv ett krypterat paket med intervjuer")
    export.add_argument("project", type=Path)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--interview", nargs="+", metavar="KOD", help="deltagarkoder")
    which.add_argument("--all", action="store_true", help="alla intervjuer")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="X.samtalpkg")
    export.add_argument(
        "--to", action="append", default=[], metavar="NYCKEL", help="mottagarnyckel (age1…)"
    )
    export.add_argument("--password-file", type=Path, metavar="F", help="paketlösenord från F")
    export.add_argument(
        "--colistener",
        action="store_true",
        help="medlyssnarpaket för en intervju (inga anteckningar)",
    )
    add_passphrase_options(export)
    export.set_defaults(func=_export)

    imp = psub.add_parser("import", help="ta emot ett paket (förhandsvisa med --dry-run)")
    imp.add_argument("project", type=Path)
    imp.add_argument("package", type=Path, metavar="X.samtalpkg")
    imp.add_argument("--password-file", type=Path, metavar="F", help="paketlösenord från F")
    imp.add_argument(
        "--dry-run", action="store_true", help="visa vad som skulle hända, ändra inget"
    )
    imp.add_argument("--json", action="store_true", help="resultatet som JSON")
    imp.add_argument(
        "--map-theme",
        action="append",
        default=[],
        metavar="DERAS=VÅRT",
        help="slå ihop ett inkommande tema med ett befintligt",
    )
    imp.add_argument(
        "--map-category",
        action="append",
        default=[],
        metavar="VARIABEL:DERAS=VÅR",
        help="slå ihop en inkommande bakgrundskategori med en av variabelns befintliga",
    )
    imp.add_argument(
        "--offset-seconds",
        type=int,
        metavar="N",
        help="medlyssnarens citat: förskjut tiderna N sekunder (annars automatiskt)",
    )
    add_passphrase_options(imp)
    imp.set_defaults(func=_import)

    ret = psub.add_parser("return", help="medlyssnare: skriv citatpaketet till intervjuaren")
    ret.add_argument("project", type=Path)
    ret.add_argument("--interview", required=True, metavar="KOD")
    ret.add_argument("-o", "--output", type=Path, required=True, metavar="X.samtalpkg")
    ret.add_argument("--password-file", type=Path, metavar="F", help="också ett paketlösenord")
    add_passphrase_options(ret)
    ret.set_defaults(func=_return)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_file is None:
        return None
    return read_passphrase_file(args.password_file, "--password-file")


def _key(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        key = recipient_key(project.db)
    if args.json:
        print(json.dumps({"key": key, "check_code": check_code(key)}))
    else:
        print(key)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    password = _password(args)
    with open_project(args) as project:
        if args.colistener:
            if not args.interview or len(args.interview) != 1:
                raise InvalidInput("colistener_one_interview")
            export_colistener(
                project, args.interview[0], args.output, recipients=args.to, passphrase=password
            )
            print(f"{args.output}: medlyssnarpaket för {args.interview[0].upper()}")
            return EXIT_OK
        summary = export_interviews(
            project,
            args.output,
            None if args.all else args.interview,
            recipients=args.to,
            passphrase=password,
        )
    print(f"{summary.path}: {len(summary.codes)} intervjuer ({' '.join(summary.codes)})")
    if summary.skipped_withdrawn:
        print(f"återkallade, delas inte: {' '.join(summary.skipped_withdrawn)}")
    return EXIT_OK


def _theme_map(project_db: object, pairs: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    resolver = ThemeResolver(project_db)  # type: ignore[arg-type]
    from app.team.themes import path_key

    for pair in pairs:
        if "=" not in pair:
            raise InvalidInput("theme_map")
        theirs, ours = (p.strip() for p in pair.split("=", 1))
        key = path_key(ours.split("/"))
        found = next((tid for tid, path in resolver.paths.items() if path_key(path) == key), None)
        if not theirs or found is None:
            raise InvalidInput("theme_map")
        mapping[theirs] = found
    return mapping


def _category_map(pairs: list[str]) -> dict[tuple[str, str], str]:
    """``VARIABEL:DERAS=VÅR`` pairs; whether VÅR is a category is checked on import."""
    mapping: dict[tuple[str, str], str] = {}
    for pair in pairs:
        head, _, ours = pair.partition("=")
        variable, _, theirs = head.partition(":")
        if not (variable.strip() and theirs.strip() and ours.strip()):
            raise InvalidInput("category_map")
        mapping[variable.strip(), theirs.strip()] = ours.strip()
    return mapping


def _import(args: argparse.Namespace) -> int:
    password = _password(args)
    with open_project(args) as project:
        options = ImportOptions(
            passphrase=password,
            dry_run=args.dry_run,
            theme_map=_theme_map(project.db, args.map_theme),
            category_map=_category_map(args.map_category),
            offset_ms=None if args.offset_seconds is None else args.offset_seconds * 1000,
        )
        report = import_package(project, args.package, options)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(describe(report))
    return EXIT_OK


def describe(report: ImportReport) -> str:
    """A short human summary: codes and counts only."""
    lines = [
        ("förhandsvisning (inget ändrat): " if report.dry_run else "") + f"paket ({report.kind})"
    ]
    for i in report.interviews:
        extra = f", {i.conflicts} konflikter" if i.conflicts else ""
        lines.append(f"  {i.code}: {i.outcome} (+{i.added} ~{i.changed} -{i.removed}{extra})")
    if report.erased:
        lines.append(f"  raderade här: {' '.join(report.erased)}")
    if report.deletions_logged:
        lines.append(f"  raderingar noterade: {report.deletions_logged}")
    if report.themes_added:
        lines.append(f"  nya teman: {', '.join(report.themes_added)}")
    if report.guides_added:
        lines.append(f"  nya guideversioner: {len(report.guides_added)}")
    if report.variables_added:
        lines.append(f"  nya bakgrundsvariabler: {', '.join(report.variables_added)}")
    for n in report.new_categories:
        lines.append(
            f"  ny kategori i {n.variable}: {n.category}"
            + ("" if n.placed else " (ryms inte: slå ihop med --map-category)")
        )
    if report.quotes is not None:
        q = report.quotes
        lines.append(
            f"  citat till {q.code}: {q.added} nya, {q.changed} ändrade, {q.unchanged} redan här,"
            f" {q.refused} avvisade{' (' + q.refused_reason + ')' if q.refused else ''},"
            f" förskjutning {q.offset_ms / 1000:+.0f} s{' (automatisk)' if q.aligned else ''}"
        )
    if report.colistener_code:
        lines.append(f"  medlyssnarläge för {report.colistener_code}")
    if not report.changes_anything and not report.colistener_code:
        lines.append("  inget nytt")
    return "\n".join(lines)


def _return(args: argparse.Namespace) -> int:
    password = _password(args)
    with open_project(args) as project:
        session = session_by_code(project.db, args.interview)
        export_quotes(project, session, args.output, passphrase=password)
    print(f"{args.output}: citatpaket för {session.briefing.code}")
    return EXIT_OK
