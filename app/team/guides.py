"""Guide versions in packages: matched by content, questions referred to by position.

A guide version travels in the guide file format (``docs/guide-format.md``); its *content
hash* is SHA-256 of that canonical JSON, so two laptops that started from the same guide
file share the hash and the receiver uses the version it already has. Questions and
follow-ups are referred to by position in the version (``"2.3"``, ``"2.3.1"``), which is the
same on both sides because the content is.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from app.errors import GuideFormatError
from app.guide import repository
from app.guide.jsonformat import guide_to_json, parse_guide
from app.guide.model import Guide
from app.guide.service import add_imported_guide
from app.store.database import Database
from app.team.errors import DAMAGED, PackageError


def content_hash(guide: Guide) -> str:
    return hashlib.sha256(guide_to_json(copy.deepcopy(guide)).encode("utf-8")).hexdigest()


@dataclass
class GuideRefs:
    """One stored guide version with its question and follow-up positions."""

    version_id: int
    sha256: str
    guide: Guide
    question_ref: dict[int, str] = field(default_factory=dict)  # question id → "s.q"
    question_id: dict[str, int] = field(default_factory=dict)  # "s.q" → question id
    follow_up_ref: dict[int, str] = field(default_factory=dict)
    follow_up_id: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, db: Database, version_id: int) -> GuideRefs:
        guide = repository.load_guide(db, version_id)
        refs = cls(version_id, content_hash(guide), guide)
        for si, section in enumerate(guide.sections):
            for qi, question in enumerate(section.questions):
                qref = f"{si}.{qi}"
                assert question.id is not None
                refs.question_ref[question.id] = qref
                refs.question_id[qref] = question.id
                for fi, follow_up in enumerate(question.follow_ups):
                    assert follow_up.id is not None
                    refs.follow_up_ref[follow_up.id] = f"{qref}.{fi}"
                    refs.follow_up_id[f"{qref}.{fi}"] = follow_up.id
        return refs

    def doc(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(guide_to_json(copy.deepcopy(self.guide)))
        return result

    def qid(self, ref: object) -> int | None:
        """The local question id of a reference; None for None. Unknown refs are damage."""
        if ref is None:
            return None
        if not isinstance(ref, str) or ref not in self.question_id:
            raise PackageError(DAMAGED)
        return self.question_id[ref]

    def fid(self, ref: object) -> int:
        if not isinstance(ref, str) or ref not in self.follow_up_id:
            raise PackageError(DAMAGED)
        return self.follow_up_id[ref]


class GuideCatalogue:
    """The receiver's guide versions by content hash, loaded once per import."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._by_hash: dict[str, GuideRefs] = {}
        self._by_id: dict[int, GuideRefs] = {}
        for r in db.query("SELECT id FROM guide_version ORDER BY id"):
            self._remember(GuideRefs.load(db, int(r[0])))

    def _remember(self, refs: GuideRefs) -> None:
        self._by_hash.setdefault(refs.sha256, refs)
        self._by_id[refs.version_id] = refs

    def by_id(self, version_id: int) -> GuideRefs:
        if version_id not in self._by_id:
            self._remember(GuideRefs.load(self.db, version_id))
        return self._by_id[version_id]

    def find(self, sha256: str) -> GuideRefs | None:
        return self._by_hash.get(sha256)

    def parse(self, doc: object) -> Guide:
        """An incoming guide document, validated like a guide file (untrusted input)."""
        if not isinstance(doc, dict):
            raise PackageError(DAMAGED)
        try:
            return parse_guide(json.dumps(doc, ensure_ascii=False))
        except GuideFormatError:
            raise PackageError(DAMAGED) from None

    def ensure(self, sha256: str, doc: object) -> tuple[GuideRefs, bool]:
        """The local version with this content, stored first if missing (as the next version
        of the guide with the same title, else as a new guide). Returns (refs, created)."""
        found = self.find(sha256)
        if found is not None:
            return found, False
        guide = self.parse(doc)
        found = self.find(content_hash(guide))
        if found is not None:
            self._by_hash[sha256] = found
            return found, False
        same_title = self.db.scalar(
            "SELECT id FROM guide WHERE title = ? ORDER BY is_default DESC, id LIMIT 1",
            (guide.title,),
        )
        version_id = add_imported_guide(
            self.db, guide, None if same_title is None else int(same_title)
        )
        refs = GuideRefs.load(self.db, version_id)
        self._remember(refs)
        self._by_hash[sha256] = refs
        return refs, True

    def planned(self, sha256: str, doc: object) -> tuple[Guide, bool]:
        """For a preview: the guide and whether importing would store a new version."""
        found = self.find(sha256)
        if found is not None:
            return found.guide, False
        guide = self.parse(doc)
        return guide, self.find(content_hash(guide)) is None
