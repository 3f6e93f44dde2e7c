"""Building the four kinds of export as python-docx documents.

Builders take a ``TextFilter``: every piece of note and quote text goes through it (the
pseudonymiser) before it is written. They never see a file path; the caller writes bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from docx.document import Document as DocxDocument

from app.analysis.themes import list_themes
from app.audit import AuditInfo, audit_info
from app.export.document import (
    add_caption,
    add_heading,
    add_key_value_table,
    add_styled,
    add_table,
    add_text,
    add_time_run,
    format_ms,
    new_document,
)
from app.export.transcript_turns import has_transcript, write_transcript
from app.guide.answers import answer_text as guide_answer_text
from app.guide.model import AGREEMENT_SCALE, Guide, Question, QuestionKind, question_name
from app.guide.repository import load_guide
from app.interview import consent as consent_service
from app.interview.consent import RECORDING_AVAILABLE, offered_items
from app.interview.notes import Paragraph, notes_for_interview
from app.interview.quotes import QuoteMark, quotes_for_interview
from app.interview.records import Interview, get_interview
from app.store.database import Database

#: (text, interview_id, is_quote) -> pseudonymised text
TextFilter = Callable[[str, int | None, bool], str]

MODE_SV = {"on_site": "På plats", "phone": "Telefon", "video": "Video", "written": "Skriftligt"}
ANSWER_SV = {"yes": "Ja", "no": "Nej", "dont_know": "Vet ej"}
CONSENT_LABELS_SV = {
    "informed_purpose": "Informerad om syftet",
    "informed_confidentiality": "Informerad om konfidentialitet och pseudonymiserad rapportering",
    "informed_voluntary": "Informerad om att deltagandet är frivilligt",
    "informed_withdraw": (
        "Informerad om att intervjun kan avbrytas när som helst utan att ange skäl"
    ),
    "informed_no_effect": (
        "Informerad om att deltagandet inte påverkar kontakten med eller stödet från verksamheten"
    ),
    "consent_notes": "Samtycker till anteckningar",
    "consent_audio": "Samtycker till ljudinspelning",
    "informed_audio_deleted": "Informerad om att inspelningen raderas efter utskrift",
    "consent_quotes": "Samtycker till pseudonymiserade citat i rapporten",
    "quotes_after_review": "Vill se citaten innan de används",
    "consent_special_category": "Samtycker till att känsliga uppgifter (t.ex. hälsa) kan antecknas",
}
CONSENT_LABELS_EN = {
    "informed_purpose": "Informed of the purpose",
    "informed_confidentiality": "Informed of confidentiality and pseudonymised reporting",
    "informed_voluntary": "Informed that taking part is voluntary",
    "informed_withdraw": "Informed that the interview can be stopped at any time without a reason",
    "informed_no_effect": (
        "Informed that taking part does not affect contact with or support from the service"
    ),
    "consent_notes": "Consents to notes",
    "consent_audio": "Consents to an audio recording",
    "informed_audio_deleted": "Informed that the recording is deleted once transcribed",
    "consent_quotes": "Consents to pseudonymised quotes in the report",
    "quotes_after_review": "Wants to see the quotes before they are used",
    "consent_special_category": "Consents to sensitive details (e.g. health) being noted",
}


def question_label(q: Question) -> str:
    return f"{q.number}. {q.text}" if q.number else q.text


def _audit_name(db: Database) -> str:
    return audit_info(db).name


# -- transcript ---------------------------------------------------------------------------------
@dataclass
class _QuestionState:
    status: str
    answer: str | None
    first_at_ms: int | None


def build_transcript(
    db: Database, interview_id: int, pseudo: TextFilter, timestamps: bool = True
) -> DocxDocument:
    """The interview as run: the transcript (if there is one) with the notes as an appendix,
    or the notes, quotes and answers along the guide."""
    interview = get_interview(db, interview_id)
    guide = load_guide(db, interview.guide_version_id) if interview.guide_version_id else Guide("")
    states = {
        r["question_id"]: _QuestionState(r["status"], r["answer"], r["first_at_ms"])
        for r in db.query("SELECT * FROM question_state WHERE interview_id = ?", (interview_id,))
    }
    done = {
        r[0]
        for r in db.query(
            "SELECT follow_up_id FROM follow_up_state WHERE interview_id = ? AND done = 1",
            (interview_id,),
        )
    }
    notes = {n.question_id: n for n in notes_for_interview(db, interview_id)}
    consent = consent_service.current_consent(db, interview_id)
    quotes_allowed = consent is not None and consent.allows("quotes")
    quotes: dict[int | None, list[QuoteMark]] = {}
    if quotes_allowed:
        for mark in quotes_for_interview(db, interview_id):
            quotes.setdefault(mark.question_id, []).append(mark)

    doc = new_document()
    add_styled(doc, "Intervjuutskrift", "Title")
    _title_block(doc, db, interview, guide, consent)
    level = 1
    if has_transcript(db, interview_id):
        write_transcript(doc, db, interview_id, pseudo, timestamps)
        doc.add_heading("Bilaga: anteckningar under intervjun", level=1)
        level = 2

    # The guide in the order it was run: asked questions by the time they were first taken up,
    # then the ones never asked, in guide order.
    order = guide.questions()
    position = {q.id: i for i, q in enumerate(order)}

    def run_key(q: Question) -> tuple[int, int, int]:
        st = states.get(q.id)
        if st and st.first_at_ms is not None:
            return (0, st.first_at_ms, position[q.id])
        return (1, 0, position[q.id])

    current_section = None
    for q in sorted(order, key=run_key):
        section = guide.section_of(q)
        if section is not current_section:
            add_heading(doc, section.title, level)
            current_section = section
        add_heading(doc, question_label(q), level + 1)
        st = states.get(q.id)
        status = st.status if st else "not_asked"
        if status == "skipped":
            add_caption(doc, "Frågan hoppades över.")
        elif status == "not_asked" and q.id not in notes and q.id not in quotes:
            add_caption(doc, "Frågan ställdes inte.")
        if st and st.answer:
            doc.add_paragraph(f"Svar: {answer_text(q, st.answer)}")
        asked = [f for f in q.follow_ups if f.id in done]
        if asked:
            doc.add_paragraph("Följdfrågor som togs upp: " + "; ".join(f.text for f in asked))
        note = notes.get(q.id)
        if note is not None:
            _write_note(doc, note.paragraphs, interview_id, pseudo)
        for quote in quotes.get(q.id, []):
            _write_quote(doc, quote, interview_id, pseudo)

    general = notes.get(None)
    loose = quotes.get(None, [])
    if (general and not general.is_empty) or loose:
        add_heading(doc, "Allmänna anteckningar", level)
        if general:
            _write_note(doc, general.paragraphs, interview_id, pseudo)
        for quote in loose:
            _write_quote(doc, quote, interview_id, pseudo)
    return doc


def answer_text(q: Question, answer: str) -> str:
    """The stored answer in words: "Ja", "Stämmer ganska bra", "7", "Kön, Ålder", "Vill inte
    svara" (one wording for every export: :func:`app.guide.answers.answer_text`)."""
    return guide_answer_text(q, answer) or answer


def _write_note(
    doc: DocxDocument, paragraphs: list[Paragraph], interview_id: int, pseudo: TextFilter
) -> None:
    for p in paragraphs:
        if not p.text.strip():
            continue
        para = doc.add_paragraph()
        add_time_run(para, p.at_ms)
        add_text(para, pseudo(p.text, interview_id, False))


def _write_quote(
    doc: DocxDocument,
    quote: QuoteMark,
    interview_id: int | None,
    pseudo: TextFilter,
    caption: str | None = None,
) -> None:
    text = pseudo(quote.report_text, interview_id, True)
    add_styled(doc, f"\u201d{text}\u201d", "Quote")
    star = "★ " if quote.starred else ""
    add_caption(doc, caption or f"{star}Citat vid {format_ms(quote.at_ms)}")


def _title_block(
    doc: DocxDocument,
    db: Database,
    interview: Interview,
    guide: Guide,
    consent: consent_service.ConsentRecord | None,
) -> None:
    if consent is None:
        given = "Inget samtycke registrerat"
    elif not consent.active:
        given = "Samtycket är återkallat"
    else:
        parts = [
            label
            for key, label in (
                ("consent_notes", "anteckningar"),
                ("consent_audio", "ljudinspelning"),
                ("consent_quotes", "citat"),
            )
            if getattr(consent, key) and (RECORDING_AVAILABLE or key != "consent_audio")
        ]
        given = ", ".join(parts) if parts else "inga"
    rows = [
        ("Granskning", _audit_name(db)),
        ("Deltagarkod", interview.participant_code),
        ("Datum", interview.held_on),
        ("Form", MODE_SV.get(interview.mode.value, interview.mode.value)),
        ("Intervjuare", interview.interviewer_code or "–"),
        ("Medlyssnare", interview.co_listener_code or "–"),
        ("Samtycke till", given),
        ("Frågeguide", f"{guide.title}, version {guide.version}" if guide.title else "–"),
        ("Tid", format_ms(interview.elapsed_ms)),
    ]
    add_key_value_table(doc, rows)


# -- quotes by theme ------------------------------------------------------------------------------
def build_quotes_by_theme(
    db: Database, interview_ids: list[int], pseudo: TextFilter
) -> DocxDocument:
    themes = list_themes(db)
    codes: dict[int, str] = {}
    questions: dict[int, str] = {}
    by_theme: dict[int | None, list[QuoteMark]] = {}
    for interview_id in interview_ids:
        if not consent_service.allows(db, interview_id, "quotes"):
            continue  # never export quotes without quote consent
        codes[interview_id] = get_interview(db, interview_id).participant_code
        for mark in quotes_for_interview(db, interview_id):
            tags: list[int | None] = list(mark.theme_ids) or [None]
            for theme_id in tags:
                by_theme.setdefault(theme_id, []).append(mark)
    for r in db.query(
        "SELECT q.id, q.number, q.text, s.title FROM question q"
        " JOIN section s ON s.id = q.section_id"
    ):
        name = question_name(r["title"], r["number"])
        questions[r["id"]] = f"{name}: {r['text']}" if name else r["text"]

    doc = new_document()
    add_styled(doc, "Citat per tema", "Title")
    add_key_value_table(
        doc,
        [
            ("Granskning", _audit_name(db)),
            ("Intervjuer", str(len(codes))),
            ("Citat", str(len({q.id for qs in by_theme.values() for q in qs}))),
        ],
    )
    ordered: list[tuple[int | None, str, str]] = [(t.id, t.name, t.description) for t in themes]
    ordered.append((None, "Citat utan tema", ""))
    add_table(
        doc,
        [(name, str(len(by_theme.get(theme_id, [])))) for theme_id, name, _d in ordered],
        widths_cm=(8, 3),
        header=("Tema", "Antal citat"),
    )
    for theme_id, name, description in ordered:
        items = by_theme.get(theme_id, [])
        if theme_id is None and not items:
            continue
        add_heading(doc, f"{name} ({len(items)})", 1)
        if description:
            add_caption(doc, description)
        for q in sorted(
            items, key=lambda q: (not q.starred, codes.get(q.interview_id, ""), q.at_ms)
        ):
            where = questions.get(q.question_id, "") if q.question_id else "allmänt"
            star = "★ " if q.starred else ""
            caption = f"{star}{codes[q.interview_id]}, {where} ({format_ms(q.at_ms)})"
            _write_quote(doc, q, q.interview_id, pseudo, caption)
    return doc


# -- printouts ------------------------------------------------------------------------------------
def build_guide_printout(guide: Guide) -> DocxDocument:
    doc = new_document()
    add_styled(doc, guide.title, "Title")
    add_caption(doc, f"Frågeguide, version {guide.version or 1}. Papperskopia för intervjuaren.")
    if guide.intro:
        doc.add_paragraph(guide.intro)
    for section in guide.sections:
        heading = section.title + (
            f" (ca {section.planned_minutes} min)" if section.planned_minutes else ""
        )
        add_heading(doc, heading, 1)
        if section.intro:
            p = doc.add_paragraph(section.intro)
            p.runs[0].italic = True
        for q in section.questions:
            p = doc.add_paragraph()
            p.add_run(question_label(q)).bold = True
            if q.hint:
                hint = p.add_run(f" ({q.hint})")
                hint.italic = True
            if q.kind is QuestionKind.YES_NO:
                doc.add_paragraph("☐ Ja   ☐ Nej   ☐ Vet ej")
            elif q.kind is QuestionKind.AGREEMENT:
                doc.add_paragraph("   ".join(f"☐ {step}" for step in AGREEMENT_SCALE))
            elif q.kind is QuestionKind.GRADE:
                doc.add_paragraph("  ".join(f"☐ {n}" for n in range(1, 11)))
            elif q.kind is QuestionKind.MULTI_CHOICE:
                for option in q.options:
                    add_styled(doc, f"☐ {option}", "List Bullet")
            always = [f for f in q.follow_ups if f.condition is None]
            if always:
                doc.add_paragraph("Följdfrågor:")
                for f in always:
                    doc.add_paragraph(
                        f.text + (f" ({f.hint})" if f.hint else ""), style="List Bullet"
                    )
            for cond, label in (("yes", "Om ja:"), ("no", "Om nej:")):
                branch = [f for f in q.follow_ups if f.condition == cond]
                if branch:
                    doc.add_paragraph(label)
                    for f in branch:
                        doc.add_paragraph(
                            f.text + (f" ({f.hint})" if f.hint else ""), style="List Bullet"
                        )
    return doc


_CONSENT_WORDS = {
    "sv": (
        "Samtycke – checklista för intervjuaren",
        "{audit}. Fylls i tillsammans med informanten. Inget namn skrivs på blanketten.",
        " (krävs)",
        "Samtycket gavs:  ☐ muntligt   ☐ skriftligt (blanketten förvaras utanför Samtal)",
        ("Deltagarkod", "Datum och tid", "Revisorskod", "Uppgifterna raderas senast"),
    ),
    "en": (
        "Consent – checklist for the interviewer",
        "{audit}. Filled in together with the informant. No name is written on the form.",
        " (required)",
        "Consent was given:  ☐ orally   ☐ in writing (the form is kept outside Samtal)",
        ("Participant code", "Date and time", "Auditor code", "The data is erased no later than"),
    ),
}


def build_consent_printout(
    information_text: str,
    audit: AuditInfo,
    language: str = "sv",
    recording: bool = RECORDING_AVAILABLE,
) -> DocxDocument:
    """The information letter (already filled in) and the consent checklist on paper, in the
    UI's language; the recording lines only where the app can record."""
    heading, caption, required, given, rows = _CONSENT_WORDS.get(language, _CONSENT_WORDS["sv"])
    labels = CONSENT_LABELS_EN if language == "en" else CONSENT_LABELS_SV
    doc = new_document()
    _markdown_lite(doc, information_text)
    add_heading(doc, heading, 1)
    add_caption(doc, caption.replace("{audit}", audit.name))
    for item in offered_items(recording):
        mark = required if item.required else ""
        doc.add_paragraph(f"☐ {labels[item.key]}{mark}")
    doc.add_paragraph(given)
    until = (audit.keep_until or "")[:10]
    add_table(
        doc,
        list(zip(rows, ("", "", "", until), strict=True)),
        widths_cm=(6, 10),
        row_height_cm=0.9,
    )
    return doc


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _markdown_lite(doc: DocxDocument, text: str) -> None:
    """The information texts use '# heading' and '**bold**' only."""
    paragraph: list[str] = []

    def flush() -> None:
        if not paragraph:
            return
        joined = " ".join(paragraph)
        p = doc.add_paragraph()
        pos = 0
        for m in _BOLD.finditer(joined):
            p.add_run(joined[pos : m.start()])
            p.add_run(m.group(1)).bold = True
            pos = m.end()
        p.add_run(joined[pos:])
        paragraph.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            flush()
            level = min(len(stripped) - len(stripped.lstrip("#")), 3)
            add_heading(doc, stripped.lstrip("#").strip(), level)
        elif not stripped:
            flush()
        else:
            paragraph.append(stripped)
    flush()
