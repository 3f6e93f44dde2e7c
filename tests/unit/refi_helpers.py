"""Reading a .qdpx back the way an importer does: the zip, the .qde, the texts under sources/."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from app.paths import resource

NS = {"q": "urn:QDA-XML:project:1.0"}


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource("refi_qda", name))))


@dataclass
class ReadBack:
    root: Any
    files: dict[str, bytes]

    def text_of(self, source: Any) -> str:
        path = source.get("plainTextPath")
        assert path.startswith("internal://")
        return self.files["sources/" + path.removeprefix("internal://")].decode("utf-8")

    def spans(self) -> list[tuple[str, str, str]]:
        """(source name, text cut at the selection's positions, PlainTextSelection@name)."""
        out = []
        for source in self.root.iterfind("q:Sources/q:TextSource", NS):
            text = self.text_of(source)
            for sel in source.iterfind("q:PlainTextSelection", NS):
                start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
                out.append((source.get("name"), text[start:end], sel.get("name")))
        return out


def read_qdpx(path: Path) -> ReadBack:
    with zipfile.ZipFile(path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    root = etree.fromstring(files["project.qde"])
    return ReadBack(root, files)
