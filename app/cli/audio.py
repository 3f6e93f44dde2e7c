"""``samtal audio import|export-info|delete``: recordings from scripts.

``import`` encrypts an audio file (wav, mp3, m4a, …) into an interview (``--delete-original``
removes the file afterwards; other copies are the user's to delete). ``export-info`` prints
duration, chunk count and state per recording — never audio. ``delete`` removes every chunk
of an interview's recordings and leaves a content-free deletion-log row (asks on a terminal
unless ``--yes``). ``transcript`` imports a Word or text transcript.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, confirm, open_project


def cmd_import(args: argparse.Namespace) -> int:
    from app.audio.library import delete_source_file
    from app.audio.service import import_into_interview

    source = Path(args.file)
    with open_project(args) as project:
        info = import_into_interview(project, project.audio_key, args.interview, source)
    print(
        f"Importerade {source.name}: {info.duration_ms / 1000:.1f} s i {info.chunk_count} "
        "krypterade delar"
    )
    if args.delete_original:
        delete_source_file(source)
        print(
            f"Tog bort {source.name}. Andra kopior (inspelaren, molnet, e-post) tar du bort själv."
        )
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.audio.service import audio_facts

    with open_project(args) as project:
        facts = audio_facts(project, project.audio_key, args.interview)
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not facts:
        print("Inga inspelningar.")
    for f in facts:
        state = (
            f"raderat {str(f['deleted_at'])[:10]}"
            if f["deleted_at"]
            else ("avslutad" if f["finished"] else "avbruten (kan fortsätta)")
        )
        print(
            f"{f['interview']}  {f['duration_ms'] / 1000:8.1f} s  {f['chunks']:5d} delar  {state}"
        )
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from app.audio.service import delete_for_interview
    from app.interview.codes import normalise_code
    from app.interview.records import find_interview

    with open_project(args) as project:
        interview = find_interview(project.db, args.interview)
        confirm(
            args,
            f"Ljudet för intervjun {interview.participant_code} raderas för alltid."
            " Skriv deltagarkoden för att bekräfta: ",
            expected=normalise_code(interview.participant_code),
        )
        removed = delete_for_interview(project, args.interview, args.auditor, args.reason)
    print(f"Raderade ljudet för {interview.participant_code}: {removed} filer ({args.reason})")
    return EXIT_OK


def cmd_transcript(args: argparse.Namespace) -> int:
    from app.audio.records import Origin, save_transcript
    from app.audio.transcript import read_transcript_file
    from app.interview.records import find_interview

    text = read_transcript_file(Path(args.file))
    with open_project(args) as project:
        interview = find_interview(project.db, args.interview)
        save_transcript(project.db, interview.id, text, origin=Origin.IMPORTED)
    print(f"Importerade utskriften till {interview.participant_code}")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("audio", help="ljud: importera, visa fakta (aldrig ljud), radera")
    groups = p.add_subparsers(dest="audio_command", metavar="ÅTGÄRD")

    q = groups.add_parser("import", help="kryptera en ljudfil (wav, mp3, m4a …) in i en intervju")
    q.add_argument("project", type=Path, metavar="PROJEKT")
    q.add_argument("file", metavar="FIL")
    q.add_argument("--interview", required=True, metavar="KOD", help="deltagarkoden")
    q.add_argument("--delete-original", action="store_true", help="ta bort filen efteråt")
    add_passphrase_options(q)
    q.set_defaults(func=cmd_import)

    q = groups.add_parser("export-info", help="längd och antal delar per inspelning, aldrig ljud")
    q.add_argument("project", type=Path, metavar="PROJEKT")
    q.add_argument("--interview", metavar="KOD", help="bara den här intervjun")
    q.add_argument("--json", action="store_true", help="som JSON")
    add_passphrase_options(q)
    q.set_defaults(func=cmd_info)

    q = groups.add_parser("delete", help="radera allt ljud för en intervju (loggas utan innehåll)")
    q.add_argument("project", type=Path, metavar="PROJEKT")
    q.add_argument("--interview", required=True, metavar="KOD", help="deltagarkoden")
    q.add_argument("--reason", default="transcribed", choices=["transcribed", "retention", "error"])
    q.add_argument("--auditor", required=True, metavar="KOD", help="din revisorskod (initialer)")
    q.add_argument("--yes", action="store_true", help="fråga inte")
    add_passphrase_options(q)
    q.set_defaults(func=cmd_delete)

    q = groups.add_parser("transcript", help="importera en utskrift (.docx eller .txt)")
    q.add_argument("project", type=Path, metavar="PROJEKT")
    q.add_argument("file", metavar="FIL")
    q.add_argument("--interview", required=True, metavar="KOD", help="deltagarkoden")
    add_passphrase_options(q)
    q.set_defaults(func=cmd_transcript)
    p.set_defaults(func=lambda _a: _help(p))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2
