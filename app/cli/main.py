"""The ``samtal`` command line: the parser and the entry point.

Each command group lives in its own module with a ``register(subparsers)`` function; this
module only puts them together, in the order ``samtal --help`` lists them. Every error is one
line on stderr with a non-zero exit, and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import (
    audio,
    backup,
    colisten,
    erase,
    export,
    guide,
    keys,
    project,
    pseudonymise,
    review,
    search,
    summary,
    team,
    themes,
)
from app.cli.common import EXIT_ERROR, usage
from app.errors import SamtalError, SavesLost
from app.logsetup import disable_core_dumps
from app.messages import cli_error_message

#: The command groups, in the order ``samtal --help`` lists them.
COMMANDS = (
    project,
    guide,
    export,
    review,
    pseudonymise,
    keys,
    backup,
    erase,
    search,
    themes,
    summary,
    team,
    audio,
    colisten,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samtal",
        description="Samtal – intervjuer för brukarrevision, krypterat och pseudonymiserat.",
    )
    parser.add_argument("--version", action="version", version=f"samtal {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for group in COMMANDS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()  # before any passphrase, key or content is in memory
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        return usage(parser)
    try:
        return int(args.func(args))
    except SamtalError as exc:
        message = cli_error_message(exc)
        if isinstance(exc, SavesLost):
            message = message.rstrip(".") + " (samtal check --accept-lost-saves)."
        print(f"samtal: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("samtal: avbrutet", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
