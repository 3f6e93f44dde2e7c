"""Passphrases from files: the one reader every command uses, and the rule for a new one.

A passphrase, a recovery code or an export password given as a file is the file's first
line (UTF-8, without the line end). Messages name the option, never the file's content.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import InvalidInput
from app.store.keyfile import MIN_PASSPHRASE_LENGTH, check_new_passphrase

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "check_new_passphrase",
    "check_utf8",
    "read_passphrase_file",
]


def check_utf8(secret: str, source: str) -> str:
    """``secret`` as given, unless it holds bytes that were not UTF-8 (``os.environ`` keeps
    them as lone surrogates): then a one-line error naming ``source``, never the content.
    """
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("secret_env_not_utf8", source=source) from None
    return secret


def read_passphrase_file(path: Path, option: str) -> str:
    """The first line of ``path``.

    Args:
        path: the file named on the command line.
        option: the option that named it (``--passphrase-file``), for the message.

    Raises:
        InvalidInput: the file cannot be read, is not UTF-8, or its first line is empty.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InvalidInput(f"{option}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput("secret_file_not_utf8", option=option) from None
    if not lines or not lines[0]:
        raise InvalidInput("passphrase_missing")
    return lines[0]
