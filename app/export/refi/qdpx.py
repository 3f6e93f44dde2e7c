"""Write a .qdpx: a zip with ``project.qde`` and the texts under ``sources/``.

The zip is streamed into a hidden file beside the target (owner-only permissions), synced and
renamed onto the target, as every Samtal export is written: no plaintext passes through a
temporary folder, a failure leaves any earlier file untouched and removes the partial one.
The ``.qde`` is validated against ``Project.xsd`` before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from lxml import etree

from app.export.refi.model import Project
from app.export.refi.project_xml import BuiltProject, build_project
from app.export.refi.xml_common import schema_errors
from app.store.atomic_file import fsync_dir, os_error_to_store_error

PROJECT_ENTRY = "project.qde"
SOURCES_FOLDER = "sources"


@dataclass(frozen=True)
class QdpxSummary:
    sources: int
    codes: int
    selections: int
    codings: int
    cases: int
    notes: int


class InvalidRefiDocument(ValueError):
    """What we built breaks the schema: a bug in Samtal, never the user's data."""


def build_checked(project: Project) -> tuple[BuiltProject, bytes]:
    built = build_project(project)
    errors = schema_errors(built.root, "Project.xsd")
    if errors:
        raise InvalidRefiDocument("project.qde breaks Project.xsd at " + ", ".join(errors[:5]))
    xml = etree.tostring(built.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return built, xml


def _entry(name: str, moment: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16  # unzip gives the owner alone read access
    return info


def _write_zip(
    project: Project, built: BuiltProject, xml: bytes, stream: IO[bytes], now: datetime | None
) -> QdpxSummary:
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(_entry(PROJECT_ENTRY, moment), xml)
        for f in built.files:
            with zf.open(_entry(f"{SOURCES_FOLDER}/{f.name}", moment), "w") as out:
                out.write(f.text.encode("utf-8"))  # UTF-8 without a BOM
    return QdpxSummary(
        sources=len(project.sources),
        codes=len(project.codes),
        selections=built.selections,
        codings=built.codings,
        cases=len(project.cases),
        notes=len(project.notes),
    )


def write_qdpx_stream(
    project: Project, stream: IO[bytes], now: datetime | None = None
) -> QdpxSummary:
    """Write the .qdpx into an open binary stream."""
    built, xml = build_checked(project)
    return _write_zip(project, built, xml, stream, now)


def write_qdpx(project: Project, target: Path, now: datetime | None = None) -> QdpxSummary:
    """Write the .qdpx to ``target`` (replacing it only once the new one is complete)."""
    built, xml = build_checked(project)  # a bug surfaces before any file is touched
    partial = target.with_name(f".{target.name}.part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as stream:
            summary = _write_zip(project, built, xml, stream, now)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise os_error_to_store_error(exc, target.name) from None
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    fsync_dir(target.parent)
    return summary
