"""The transcript as text: speaker turns and timestamps, the way transcribers write them.

A transcript is plain text, one paragraph per turn::

    [00:01:23] I: Hur var det första mötet?
    [00:01:27] IP: Det var ... jag visste inte vad jag skulle säga.

The timestamp (``[mm:ss]`` or ``[hh:mm:ss]``, optional) is the place in the recording; the
speaker label (``I``, ``IP`` or any short label ending in a colon, optional) starts a turn.
A paragraph without a label continues the previous speaker. Word transcripts written by hand
use the same conventions, also with ``(00:01:23)`` or ``#00:01:23-4#`` (f4/f5) stamps, which
:func:`normalise` rewrites to the bracket form.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import InvalidInput

INTERVIEWER = "I"
INFORMANT = "IP"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

_TS = r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,-](\d{1,3}))?"
TIMESTAMP = re.compile(r"\[" + _TS + r"\]")
_ANY_STAMP = re.compile(r"^\s*(?:\[" + _TS + r"\]|\(" + _TS + r"\)|#" + _TS + r"#)\s*")
_SPEAKER = re.compile(r"^([A-ZÅÄÖ][\wÅÄÖåäö.]{0,11})\s?:\s*(?=\S|$)")
_LEADING = re.compile(r"^\s*" + TIMESTAMP.pattern + r"\s*")


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str
    start_ms: int | None = None


def format_timestamp(ms: int) -> str:
    """``[00:01:23]`` (always hours, so stamps sort and read alike)."""
    s = max(0, ms) // 1000
    return f"[{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}]"


def _ms(groups: tuple[str | None, ...]) -> int:
    h, m, s, frac = groups
    ms = ((int(h or 0) * 60 + int(m or 0)) * 60 + int(s or 0)) * 1000
    if frac:
        ms += int(frac.ljust(3, "0")[:3]) if len(frac) > 1 else int(frac) * 100
    return ms


def timestamps(text: str) -> list[tuple[int, int, int]]:
    """Every ``[..]`` timestamp in ``text`` as (start, end, ms): what the editor makes
    clickable."""
    return [(m.start(), m.end(), _ms(m.groups())) for m in TIMESTAMP.finditer(text)]


def parse_turns(text: str) -> list[Turn]:
    """Speaker turns of a transcript (empty paragraphs dropped; unlabelled text continues the
    previous turn, or starts a turn without a speaker)."""
    turns: list[Turn] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        start: int | None = None
        m = _LEADING.match(line)
        if m:
            start = _ms(m.groups())
            line = line[m.end() :]
        s = _SPEAKER.match(line)
        if s:
            turns.append(Turn(s.group(1), line[s.end() :].strip(), start))
        elif turns and start is None:
            prev = turns[-1]
            turns[-1] = Turn(prev.speaker, f"{prev.text}\n{line}".strip(), prev.start_ms)
        else:
            turns.append(Turn("", line, start))
    return turns


def normalise(text: str) -> str:
    """Rewrite hand-made stamps at the start of a paragraph to ``[hh:mm:ss]``, tidy spaces."""
    out = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        m = _ANY_STAMP.match(line)
        if m:
            groups = next(
                (m.groups()[i : i + 4] for i in (0, 4, 8) if m.groups()[i + 2] is not None),
                None,
            )
            if groups is not None:
                line = f"{format_timestamp(_ms(groups))} {line[m.end() :]}".rstrip()
        out.append(line)
    return "\n".join(out).strip("\n")


def read_transcript_file(path: Path) -> str:
    """The text of a transcript file (.docx or .txt), normalised.

    Raises:
        InvalidInput: not a readable .docx/.txt, too big, or empty.
    """
    try:
        data = path.read_bytes()
    except OSError:
        raise InvalidInput(f"{path.name}: kan inte läsas") from None
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"{path.name}: filen är för stor")
    if data[:2] == b"PK":
        text = _docx_text(data, path.name)
    elif path.suffix.lower() in (".docx", ".doc"):
        raise InvalidInput(f"{path.name}: inte ett Word-dokument (.docx)")
    else:
        text = _decode_text(data, path.name)
    text = normalise(text)
    if not text.strip():
        raise InvalidInput(f"{path.name}: filen innehåller ingen text")
    return text


def _decode_text(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise InvalidInput(f"{name}: inte en textfil")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(f"{name}: okänd teckenkodning")  # pragma: no cover - cp1252 takes all


def _docx_text(data: bytes, name: str) -> str:
    bad = InvalidInput(f"{name}: inte ett läsbart Word-dokument (.docx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise bad
            if "word/document.xml" not in {m.filename for m in members}:
                raise bad
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise bad from None
    import docx

    try:
        document: Any = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a damaged package
        raise bad from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(_run_text(t) for t in block.iter(_w("t"), _w("tab"))))
        elif tag == "tbl":  # a two-column speaker | text table, common in transcripts
            for row in block.iter(_w("tr")):
                cells = ["".join(t.text or "" for t in c.iter(_w("t"))) for c in row.iter(_w("tc"))]
                cells = [c.strip() for c in cells if c.strip()]
                if len(cells) == 2 and len(cells[0]) <= 12 and not cells[0].endswith(":"):
                    lines.append(f"{cells[0]}: {cells[1]}")
                else:
                    lines.append(" ".join(cells))
    return "\n".join(lines)


def _run_text(element: Any) -> str:
    return "\t" if element.tag == _w("tab") else str(element.text or "")


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag
