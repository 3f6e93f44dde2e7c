"""The audit as a REFI-QDA project: gather from the store, pseudonymise, write a .qdpx.

Gathering takes the same road as the Word exports: the review gate first (an interview with
unresolved findings stops the export), then every text through the export pseudonymiser.
Withdrawn interviews (and erased ones, which no longer exist) are never in it; quotes only
where the informant consented to quotes. The result is a neutral :class:`refi.model.Project`
that :mod:`app.export.refi.qdpx` writes; see ``docs/refi-qda.md``.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyzipper

from app.analysis.tagging import PassageTag, passage_tags
from app.analysis.themes import Theme, list_themes
from app.audio.records import get_transcript
from app.audio.transcript import format_timestamp, parse_turns
from app.errors import InvalidInput
from app.export.builders import answer_text, question_label
from app.export.document import check_password
from app.export.qdpx_text import Layout, Rebase
from app.export.refi import model as refi
from app.export.refi.qdpx import QdpxSummary, write_qdpx, write_qdpx_stream
from app.guide.model import Guide, Question
from app.guide.repository import load_guide
from app.interview import consent as consent_service
from app.interview.background import interview_background, list_variables
from app.interview.notes import Note, notes_for_interview
from app.interview.quotes import QuoteMark, quotes_for_interview
from app.interview.records import Interview, get_interview, list_interviews
from app.pseudonymise import review
from app.store.atomic_file import write_atomic
from app.store.database import Database

#: (text, interview_id, is_quote) -> pseudonymised text: the Word exports' filter.
TextFilter = Callable[[str, int | None, bool], str]

STARRED_CODE = "Stjärnmärkt"
QUOTE_CODE = "Citat"
GUIDE_CODE = "Frågeguide"
GENERAL_HEADING = "Allmänna anteckningar"
TRANSCRIPT_HEADING = "Utskrift"
APPENDIX_HEADING = "Bilaga: anteckningar under intervjun"
SPEAKER_CODE = "Talare"
MODE_SV = {"on_site": "På plats", "phone": "Telefon", "video": "Video", "written": "Skriftligt"}
ANSWER_SV = {"yes": "Ja", "no": "Nej", "dont_know": "Vet ej"}
_META_KEY = "refi_project_id"


def refi_project_id(db: Database) -> str:
    """The project's own random identifier for REFI-QDA GUIDs, made on first use and kept."""
    with db.atomic():
        value = db.scalar("SELECT value FROM meta WHERE key = ?", (_META_KEY,))
        if value:
            return str(value)
        value = secrets.token_hex(16)
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_META_KEY, value))
        return value


def _time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class _Gathered:
    """What the interviews contributed, beyond their sources."""

    users: dict[str, refi.User] = field(default_factory=dict)
    questions: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # key: section, label
    sections: dict[str, str] = field(default_factory=dict)  # section key: title
    used_codes: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)  # speaker labels of transcript turns

    def user(self, code: str) -> str | None:
        code = code.strip()
        if not code:
            return None
        key = f"user/{code}"
        self.users.setdefault(key, refi.User(key, code))
        return key


# -- one interview -------------------------------------------------------------------------------
def _question_order(db: Database, interview_id: int, guide: Guide) -> list[Question]:
    """As the Word transcript: asked questions by when they were taken up, then the rest."""
    first = {
        int(r["question_id"]): r["first_at_ms"]
        for r in db.query(
            "SELECT question_id, first_at_ms FROM question_state WHERE interview_id = ?",
            (interview_id,),
        )
    }
    order = guide.questions()
    position = {q.id: i for i, q in enumerate(order)}

    def key(q: Question) -> tuple[int, int, int]:
        at = first.get(q.id or -1)
        return (0, at, position[q.id]) if at is not None else (1, 0, position[q.id])

    return sorted(order, key=key)


class _InterviewText:
    """Lays out one interview and collects its coded selections."""

    def __init__(
        self, db: Database, interview: Interview, pseudo: TextFilter, gathered: _Gathered
    ) -> None:
        self.db = db
        self.interview = interview
        self.pseudo = pseudo
        self.gathered = gathered
        self.layout = Layout()
        self.selections: list[refi.Selection] = []
        self.quotes_allowed = consent_service.allows(db, interview.id, "quotes")

    def select(
        self,
        key: str,
        span: tuple[int, int],
        codes: list[str],
        user: str | None = None,
        created: datetime | None = None,
    ) -> None:
        if span[0] >= span[1] or not codes:
            return
        self.gathered.used_codes.update(codes)
        self.selections.append(
            refi.Selection(key, span[0], span[1], tuple(dict.fromkeys(codes)), user, created)
        )

    def note(self, note: Note) -> None:
        raw = note.text
        # paragraph by paragraph: the unit the review decided (app.pseudonymise.review)
        text = "\n".join(self.pseudo(p.text, self.interview.id, False) for p in note.paragraphs)
        offset = self.layout.add(text)[0]
        self.layout.add("\n")
        rebase = Rebase(raw, text)
        spans: dict[tuple[int, int], list[PassageTag]] = {}
        for tag in passage_tags(self.db, note.id):
            start, end = tag.start, tag.end
            if tag.orphaned or not 0 <= start < end <= len(raw) or raw[start:end] != tag.exact:
                found = raw.find(tag.exact) if tag.exact else -1
                if found < 0:
                    continue  # the words are gone: nothing to point at
                start, end = found, found + len(tag.exact)
            spans.setdefault((start, end), []).append(tag)
        for (start, end), tags in sorted(spans.items()):
            codes = [f"theme/{t.theme_id}" for t in tags]
            if any(t.starred for t in tags):
                codes.append("samtal/starred")
            span = (offset + rebase.start(start), offset + rebase.end(end))
            created = _time(
                str(
                    self.db.scalar("SELECT created_at FROM passage_tag WHERE id = ?", (tags[0].id,))
                )
            )
            self.select(f"passage/{min(t.id for t in tags)}", span, codes, None, created)

    def quote(self, quote: QuoteMark) -> None:
        text = " ".join(self.pseudo(quote.report_text, self.interview.id, True).split("\n"))
        self.layout.add("\u201d")
        span = self.layout.add(text)
        self.layout.add("\u201d\n")
        codes = [f"theme/{t}" for t in quote.theme_ids] + ["samtal/quote"]
        if quote.starred:
            codes.append("samtal/starred")
        user = self.gathered.user(quote.created_by)
        self.select(f"quote/{quote.id}", span, codes, user, _time(quote.created_at))

    def transcript(self) -> bool:
        """The reviewed transcript first, one line per speaker turn, each turn coded with its
        speaker; True if there was one (the notes then follow as an appendix)."""
        t = get_transcript(self.db, self.interview.id)
        if t is None or not t.body.strip():
            return False
        self.layout.line(TRANSCRIPT_HEADING)
        for turn in parse_turns(t.body):
            stamp = format_timestamp(turn.start_ms) + " " if turn.start_ms is not None else ""
            label = f"{turn.speaker}: " if turn.speaker else ""
            self.layout.add(stamp + label)
            # each turn's words through the gate, as the Word transcript writes them: the
            # units the review looked at (app.pseudonymise.review.interview_units)
            span = self.layout.line(self.pseudo(turn.text, self.interview.id, False))
            if turn.speaker:
                self.gathered.speakers.add(turn.speaker)
                self.select(
                    f"turn/{self.interview.id}/{span[0]}", span, [f"speaker/{turn.speaker}"]
                )
        self.layout.add("\n")
        self.layout.line(APPENDIX_HEADING)
        return True

    def build(self) -> refi.Source:
        interview = self.interview
        self.transcript()
        guide = (
            load_guide(self.db, interview.guide_version_id)
            if interview.guide_version_id
            else Guide("")
        )
        answers = {
            int(r["question_id"]): str(r["answer"])
            for r in self.db.query(
                "SELECT question_id, answer FROM question_state"
                " WHERE interview_id = ? AND answer IS NOT NULL AND answer != ''",
                (interview.id,),
            )
        }
        done = {
            int(r[0])
            for r in self.db.query(
                "SELECT follow_up_id FROM follow_up_state WHERE interview_id = ? AND done = 1",
                (interview.id,),
            )
        }
        notes = {n.question_id: n for n in notes_for_interview(self.db, interview.id)}
        quotes: dict[int | None, list[QuoteMark]] = {}
        if self.quotes_allowed:
            for mark in quotes_for_interview(self.db, interview.id):
                quotes.setdefault(mark.question_id, []).append(mark)
        current_section = None
        for q in _question_order(self.db, interview.id, guide):
            note = notes.get(q.id)
            has_note = note is not None and not note.is_empty
            if not (has_note or quotes.get(q.id) or q.id in answers):
                continue
            section = guide.section_of(q)
            section_key = section.key or f"s{section.id}"
            if section is not current_section:
                self.layout.line(section.title)
                current_section = section
            question_key = q.key or f"q{q.id}"
            self.gathered.sections.setdefault(section_key, section.title)
            self.gathered.questions[question_key] = (section_key, question_label(q), q.text)
            start = self.layout.line(question_label(q))[0]
            if q.id in answers:
                self.layout.line(f"Svar: {answer_text(q, answers[q.id])}")
            asked = [f.text for f in q.follow_ups if f.id in done]
            if asked:
                self.layout.line("Följdfrågor som togs upp: " + "; ".join(asked))
            if has_note and note is not None:
                self.note(note)
            for mark in quotes.get(q.id, []):
                self.quote(mark)
            self.select(
                f"question/{interview.id}/{question_key}",
                (start, self.layout.length - 1),
                [f"question/{question_key}"],
            )
            self.layout.add("\n")
        general = notes.get(None)
        loose = quotes.get(None, [])
        if (general is not None and not general.is_empty) or loose:
            self.layout.line(GENERAL_HEADING)
            if general is not None and not general.is_empty:
                self.note(general)
            for mark in loose:
                self.quote(mark)
        return refi.Source(
            key=f"interview/{interview.id}",
            name=interview.participant_code,
            text=self.layout.text.rstrip("\n") + "\n",
            selections=tuple(self.selections),
            variables=(
                ("var/mode", MODE_SV.get(interview.mode.value, interview.mode.value)),
                # Background variables: the project's coarse categories, only those set.
                *(
                    (f"var/background/{key}", category)
                    for key, category in interview_background(self.db, interview.id).items()
                ),
            ),
            user=self.gathered.user(interview.interviewer_code),
            created=_time(interview.created_at),
        )


# -- the whole audit -----------------------------------------------------------------------------
def exportable_interviews(db: Database, interview_ids: tuple[int, ...] = ()) -> tuple[int, ...]:
    """The interviews to export: the given ones, or every one whose consent allows notes.

    Raises:
        InvalidInput: a given interview's consent was withdrawn or never recorded
            (``interview_withdrawn``), or there is nothing to export (``no_interviews``).
    """
    if interview_ids:
        for interview_id in interview_ids:
            if not consent_service.allows(db, interview_id, "notes"):
                code = get_interview(db, interview_id).participant_code
                raise InvalidInput("interview_withdrawn", code=code)
        ids = tuple(dict.fromkeys(interview_ids))
    else:
        ids = tuple(i.id for i in list_interviews(db) if consent_service.allows(db, i.id, "notes"))
    if not ids:
        raise InvalidInput("no_interviews")
    return ids


def never_exported(db: Database) -> set[int]:
    """Interviews a .qdpx leaves out: consent withdrawn (or none recorded)."""
    return {i.id for i in list_interviews(db) if not consent_service.allows(db, i.id, "notes")}


def theme_codes(db: Database) -> list[refi.Code]:
    """Every theme as a code (hierarchy, colour, description), in codebook order."""
    themes = list_themes(db)
    order = {t.id: i for i, t in enumerate(themes)}
    children: dict[int | None, list[Theme]] = {}
    for t in themes:
        children.setdefault(t.parent_id, []).append(t)
    out: list[refi.Code] = []

    def walk(parent: int | None) -> None:
        for t in sorted(children.get(parent, []), key=lambda t: (t.position, order[t.id])):
            out.append(
                refi.Code(
                    f"theme/{t.id}",
                    t.name,
                    t.colour,
                    t.description,
                    f"theme/{t.parent_id}" if t.parent_id is not None else None,
                )
            )
            walk(t.id)

    walk(None)
    return out


def gather(
    db: Database, interview_ids: tuple[int, ...], pseudo: TextFilter, now: datetime | None = None
) -> refi.Project:
    """The neutral project for these interviews (already checked: reviewed, exportable)."""
    moment = now or datetime.now(UTC)
    gathered = _Gathered()
    sources: list[refi.Source] = []
    cases: list[refi.Case] = []
    for interview_id in interview_ids:
        interview = get_interview(db, interview_id)
        source = _InterviewText(db, interview, pseudo, gathered).build()
        sources.append(source)
        cases.append(
            refi.Case(
                f"interview/{interview_id}",
                interview.participant_code,
                (source.key,),
                source.variables,
            )
        )
    codes = theme_codes(db)
    codes.append(refi.Code("samtal/quote", QUOTE_CODE, "#5b6770", "Citat som markerats."))
    codes.append(refi.Code("samtal/starred", STARRED_CODE, "#d4a017", "Stjärnmärkta citat."))
    if gathered.speakers:
        codes.append(
            refi.Code("speakers", SPEAKER_CODE, None, "Repliker i utskrifterna.", None, False)
        )
        for label in sorted(gathered.speakers):
            codes.append(refi.Code(f"speaker/{label}", label, None, "", "speakers"))
    if gathered.questions:
        codes.append(
            refi.Code("guide", GUIDE_CODE, None, "Frågorna, för att läsa per fråga.", None, False)
        )
        for key, title in gathered.sections.items():
            codes.append(refi.Code(f"section/{key}", title, None, "", "guide", False))
        for key, (section, label, _text) in gathered.questions.items():
            codes.append(refi.Code(f"question/{key}", label, None, "", f"section/{section}"))
    audit = db.query_one("SELECT name, created_at FROM audit WHERE id = 1")
    name = str(audit["name"]) if audit else "Samtal"
    created = _time(str(audit["created_at"])) if audit else None
    about = (
        f"Export från Samtal {moment.date().isoformat()}: {len(sources)} intervjuer, "
        "pseudonymiserade och granskade. Citat har koden "
        f"\u201d{QUOTE_CODE}\u201d, stjärnmärkta passager och citat \u201d{STARRED_CODE}\u201d; "
        f"frågorna finns som koder under \u201d{GUIDE_CODE}\u201d."
    )
    return refi.Project(
        project_id=refi_project_id(db),
        name=name,
        created=created or moment,
        origin="Samtal",
        description=about,
        users=tuple(gathered.users.values()),
        codes=tuple(codes),
        variables=(
            refi.Variable("var/mode", "Intervjuform"),
            *(
                refi.Variable(
                    f"var/background/{v.key}", v.label, description=", ".join(v.categories)
                )
                for v in list_variables(db)
            ),
        ),
        cases=tuple(cases),
        sources=tuple(sources),
        notes=(refi.Note("samtal/about", "Om exporten", about, moment),),
    )


def export_qdpx(
    db: Database,
    path: Path,
    interview_ids: tuple[int, ...] = (),
    pseudo: TextFilter | None = None,
    password: str | None = None,
) -> QdpxSummary:
    """Check, gather, pseudonymise and write a .qdpx (or an AES zip holding one)."""
    ids = exportable_interviews(db, interview_ids)
    # the one gate: each text analysed once, refused while anything waits for a decision
    project = gather(db, ids, pseudo or review.decided_texts(db, ids))
    if password is None:
        if not path.parent.is_dir():
            raise InvalidInput("export_folder_missing")
        return write_qdpx(project, path)
    return write_encrypted_zip(project, path, password)


def write_encrypted_zip(project: refi.Project, path: Path, password: str) -> QdpxSummary:
    """The .qdpx, built in memory, inside an AES-256 zip (WinZip AE-2; 7-Zip opens it)."""
    check_password(password)
    if not path.parent.is_dir():
        raise InvalidInput("export_folder_missing")
    inner = io.BytesIO()
    summary = write_qdpx_stream(project, inner)
    outer = io.BytesIO()
    with pyzipper.AESZipFile(outer, "w", compression=pyzipper.ZIP_STORED) as zf:
        zf.setpassword(password.encode("utf-8"))
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        zf.writestr(path.with_suffix(".qdpx").name, inner.getvalue())
    write_atomic(path, outer.getvalue())
    return summary
