"""The guide file format (JSON, ``format_version`` 1) and its validator.

The format is documented in ``resources/guide.schema.json`` (JSON Schema) and in
``docs/guide-format.md``. The validator is hand-written so every message can name the
line of the problem: "rad 14: frågan saknar text".
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from pathlib import Path
from typing import Any

from app.errors import GuideFormatError
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section

FORMAT = "samtal-guide"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024

_SECTION_KEYS = {"key", "title", "intro", "planned_minutes", "questions"}
_QUESTION_KEYS = {"key", "number", "text", "hint", "kind", "options", "follow_ups"}
_FOLLOW_UP_KEYS = {"text", "hint", "if"}
_TOP_KEYS = {"format", "format_version", "title", "language", "intro", "sections", "$schema"}


class _PosDict(dict[str, Any]):
    """A JSON object that remembers the line it started on."""

    line = 0


def _positioned_loads(text: str) -> Any:
    """``json.loads`` where every object knows its line number."""
    decoder = json.JSONDecoder()
    original = json.decoder.JSONObject  # type: ignore[attr-defined]

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        s, end = s_and_end
        pairs, new_end = original(s_and_end, *args)
        obj = _PosDict(pairs)
        obj.line = s.count("\n", 0, end) + 1
        return obj, new_end

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text)


def parse_guide(text: str, path: str = "") -> Guide:
    """Parse and validate guide JSON.

    Raises:
        GuideFormatError: with the line and a short Swedish description of the problem.
    """
    try:
        doc = _positioned_loads(text)
    except json.JSONDecodeError as exc:
        raise GuideFormatError(f"ogiltig JSON: {exc.msg}", exc.lineno, path) from None
    except RecursionError:
        raise GuideFormatError("för djupt nästlad JSON", 0, path) from None
    v = _Validator(path)
    return v.guide(doc)


def load_guide(path: str | Path) -> Guide:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise GuideFormatError("filen är för stor för en frågeguide", 0, p.name)
        raw = p.read_bytes()
    except FileNotFoundError:
        raise GuideFormatError("filen finns inte", 0, p.name) from None
    except IsADirectoryError:
        raise GuideFormatError("det är en mapp, inte en fil", 0, p.name) from None
    except OSError as exc:
        raise GuideFormatError(f"kan inte läsas ({exc.strerror})", 0, p.name) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise GuideFormatError("filen är inte UTF-8-text", line, p.name) from None
    return parse_guide(text, p.name)


class _Validator:
    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, obj: Any, message: str) -> GuideFormatError:
        return GuideFormatError(message, getattr(obj, "line", 0), self.path)

    def obj(self, value: Any, parent: Any, what: str) -> _PosDict:
        if not isinstance(value, dict):
            raise self.fail(parent, f"{what} ska vara ett objekt {{…}}")
        return value  # type: ignore[return-value]

    def text(self, obj: _PosDict, key: str, what: str, required: bool = False) -> str:
        value = obj.get(key, "")
        if not isinstance(value, str):
            raise self.fail(obj, f'{what}: fältet "{key}" ska vara text')
        if required and not value.strip():
            raise self.fail(obj, f'{what} saknar "{key}"')
        return value.strip()

    def unknown(self, obj: _PosDict, allowed: set[str], what: str) -> None:
        extra = sorted(set(obj) - allowed)
        if extra:
            raise self.fail(obj, f'{what}: okänt fält "{extra[0]}"')

    def guide(self, doc: Any) -> Guide:
        top = self.obj(doc, None, "filen")
        if top.get("format") != FORMAT:
            raise self.fail(top, f'fältet "format" ska vara "{FORMAT}"')
        version = top.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.fail(top, 'fältet "format_version" ska vara ett heltal')
        if version > FORMAT_VERSION:
            raise self.fail(top, f"formatversion {version} är nyare än denna version av Samtal")
        self.unknown(top, _TOP_KEYS, "guiden")
        guide = Guide(
            title=self.text(top, "title", "guiden", required=True),
            intro=self.text(top, "intro", "guiden"),
            language=self.text(top, "language", "guiden") or "sv",
        )
        sections = top.get("sections")
        if not isinstance(sections, list) or not sections:
            raise self.fail(top, 'guiden har inga avsnitt ("sections")')
        keys: set[str] = set()
        for raw in sections:
            section = self.section(self.obj(raw, top, "ett avsnitt"))
            if section.key and section.key in keys:
                raise self.fail(raw, f'avsnittsnyckeln "{section.key}" finns redan')
            keys.add(section.key)
            guide.sections.append(section)
        if not guide.questions():
            raise self.fail(top, "guiden har inga frågor")
        guide.assign_keys()
        return guide

    def section(self, obj: _PosDict) -> Section:
        self.unknown(obj, _SECTION_KEYS, "avsnittet")
        minutes = obj.get("planned_minutes")
        if minutes is not None and (
            not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 600
        ):
            raise self.fail(obj, '"planned_minutes" ska vara ett heltal mellan 1 och 600')
        section = Section(
            title=self.text(obj, "title", "avsnittet", required=True),
            key=self.text(obj, "key", "avsnittet"),
            intro=self.text(obj, "intro", "avsnittet"),
            planned_minutes=minutes,
        )
        questions = obj.get("questions", [])
        if not isinstance(questions, list):
            raise self.fail(obj, '"questions" ska vara en lista')
        keys: set[str] = set()
        for raw in questions:
            q = self.question(self.obj(raw, obj, "en fråga"))
            if q.key and q.key in keys:
                raise self.fail(raw, f'frågenyckeln "{q.key}" finns redan i avsnittet')
            keys.add(q.key)
            section.questions.append(q)
        return section

    def question(self, obj: _PosDict) -> Question:
        self.unknown(obj, _QUESTION_KEYS, "frågan")
        kind_text = obj.get("kind", "open")
        try:
            kind = QuestionKind(kind_text)
        except ValueError:
            allowed = ", ".join(k.value for k in QuestionKind)
            raise self.fail(obj, f'okänd frågetyp "{kind_text}" (tillåtna: {allowed})') from None
        number = obj.get("number", "")
        if isinstance(number, int) and not isinstance(number, bool):
            number = str(number)
        if not isinstance(number, str):
            raise self.fail(obj, '"number" ska vara text eller ett heltal')
        options = obj.get("options", [])
        if not isinstance(options, list) or not all(
            isinstance(o, str) and o.strip() for o in options
        ):
            raise self.fail(obj, '"options" ska vara en lista med text')
        if kind is QuestionKind.MULTI_CHOICE and len(options) < 2:
            raise self.fail(obj, 'en flervalsfråga behöver minst två svarsalternativ ("options")')
        q = Question(
            text=self.text(obj, "text", "frågan", required=True),
            key=self.text(obj, "key", "frågan"),
            number=number.strip(),
            hint=self.text(obj, "hint", "frågan"),
            kind=kind,
            options=[o.strip() for o in options],
        )
        follow_ups = obj.get("follow_ups", [])
        if not isinstance(follow_ups, list):
            raise self.fail(obj, '"follow_ups" ska vara en lista')
        for raw in follow_ups:
            if isinstance(raw, str):
                if not raw.strip():
                    raise self.fail(obj, "en följdfråga är tom")
                q.follow_ups.append(FollowUp(raw.strip()))
                continue
            f = self.obj(raw, obj, "en följdfråga")
            self.unknown(f, _FOLLOW_UP_KEYS, "följdfrågan")
            cond = f.get("if")
            if cond not in (None, "yes", "no"):
                raise self.fail(f, '"if" ska vara "yes" eller "no"')
            if cond is not None and kind not in (QuestionKind.YES_NO, QuestionKind.OPEN):
                raise self.fail(f, 'villkor ("if") går bara på ja/nej-frågor')
            q.follow_ups.append(
                FollowUp(
                    self.text(f, "text", "följdfrågan", required=True),
                    self.text(f, "hint", "följdfrågan"),
                    cond,
                )
            )
        if q.has_branches and q.kind is QuestionKind.OPEN:
            q.kind = QuestionKind.YES_NO  # an "Om ja" branch makes it a yes/no question
        return q


def guide_to_json(guide: Guide) -> str:
    """Serialise a guide to the file format (keys included, database ids not)."""
    guide.assign_keys()
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": guide.title,
        "language": guide.language,
    }
    if guide.intro:
        doc["intro"] = guide.intro
    doc["sections"] = []
    for s in guide.sections:
        sd: dict[str, Any] = {"key": s.key, "title": s.title}
        if s.intro:
            sd["intro"] = s.intro
        if s.planned_minutes:
            sd["planned_minutes"] = s.planned_minutes
        sd["questions"] = []
        for q in s.questions:
            qd: dict[str, Any] = {"key": q.key}
            if q.number:
                qd["number"] = q.number
            qd["text"] = q.text
            if q.hint:
                qd["hint"] = q.hint
            if q.kind is not QuestionKind.OPEN:
                qd["kind"] = q.kind.value
            if q.options:
                qd["options"] = q.options
            if q.follow_ups:
                qd["follow_ups"] = [
                    {
                        k: v
                        for k, v in (("text", f.text), ("hint", f.hint), ("if", f.condition))
                        if v
                    }
                    for f in q.follow_ups
                ]
            sd["questions"].append(qd)
        doc["sections"].append(sd)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
