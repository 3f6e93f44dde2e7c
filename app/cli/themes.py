"""``samtal themes import``: a codebook (.qdc) from another QDA tool becomes themes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project


def cmd_themes_import(args: argparse.Namespace) -> int:
    from app.export.qdpx_codebook import import_qdc, read_qdc_file

    data = read_qdc_file(args.codebook)  # read (and refused) before the project is opened
    with open_project(args) as project:
        result = import_qdc(project.db, data)
    print(f"{result.added} teman tillagda, {result.existing} fanns redan")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("themes", help="teman (kodboken): importera från andra QDA-program")
    themes = p.add_subparsers(dest="themes_command", metavar="ÅTGÄRD", required=True)
    imp = themes.add_parser(
        "import", help="lägg till teman från en REFI-QDA-kodbok (.qdc), med hierarki och färger"
    )
    imp.add_argument("project", type=Path, metavar="PROJEKT")
    imp.add_argument("codebook", type=Path, metavar="FIL.qdc")
    add_passphrase_options(imp)
    imp.set_defaults(func=cmd_themes_import)
