"""Read a guide from the lines of a document written by hand (the import heuristics).

A question guide written in Word looks like the seed report's appendix: a title, section
headings ("Under tiden:", or a Word heading, or a short line followed by numbered
questions), a section intro, numbered questions ("1.", "2)", "Fråga 3:", "1.Berätta", or
Word's own numbered list), hints in parentheses or brackets at the end of a question or on
their own line, "Följdfrågor: A? B?" lines, and "Om ja:"/"Om nej:" followed by a dash list.
Lines may be wrapped (a sentence going on over several lines, even across a blank line
while a parenthesis is open).

The parser never guesses silently: every weak decision becomes a :class:`GuideWarning`
with the line number, shown to the user before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import GuideFormatError
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.guide.outline_text import (
    BRANCH_RE,
    BULLET_RE,
    FOLLOW_UPS_RE,
    GUIDE_WORD_RE,
    HEADING_MAX_CHARS,
    HEADING_MAX_WORDS,
    LABELLED_QUESTION_RE,
    LETTER_RE,
    OPENERS,
    QUESTION_RE,
    TERMINATORS,
    bracket_depth,
    clip,
    join_parts,
    split_questions,
    split_trailing_hints,
    starts_lower,
)


@dataclass(frozen=True)
class SourceLine:
    """One line of the document.

    Attributes:
        number: 1-based line number (every paragraph and manual line break counts, blank too).
        text: the text with whitespace collapsed; empty for a blank line.
        heading_level: 0 for a Title style, N for "Heading N", else None.
        list_kind: "number", "letter" or "bullet" for Word's own lists, else None.
        list_number: the number Word shows for a numbered list item ("3").
        depth: list nesting, 0 for the top level.
    """

    number: int
    text: str
    heading_level: int | None = None
    list_kind: str | None = None
    list_number: str = ""
    depth: int = 0


@dataclass(frozen=True)
class GuideWarning:
    """Something the importer decided on weak evidence, for the user to check."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"rad {self.line}: {self.message}" if self.line else self.message


@dataclass
class ImportedGuide:
    guide: Guide
    warnings: list[GuideWarning] = field(default_factory=list)


@dataclass
class _Open:
    """The element whose text may go on over the next lines."""

    kind: str  # title, guide_intro, section_intro, question, follow_ups, follow_up, heading
    line: int
    parts: list[str]
    condition: str | None = None
    question: Question | None = None

    @property
    def text(self) -> str:
        return join_parts(self.parts)


class OutlineParser:
    """Lines in, :class:`ImportedGuide` out. See the module docstring for the rules."""

    def __init__(self, lines: list[SourceLine], fallback_title: str = "Frågeguide") -> None:
        self.lines = lines
        self.fallback_title = fallback_title.strip() or "Frågeguide"
        self.guide = Guide(title="")
        self.warnings: list[GuideWarning] = []
        self.section: Section | None = None
        self.question: Question | None = None
        self.question_numbered = False
        self.last_number: int | None = None
        self.open: _Open | None = None
        self.branch: str | None = None
        self.blank_before = True
        self.title_line = self._styled_title_line()
        self.pos = 0

    # -- entry point ----------------------------------------------------------------------
    def parse(self) -> ImportedGuide:
        if not any(line.text for line in self.lines):
            raise GuideFormatError("dokumentet är tomt")
        for pos, line in enumerate(self.lines):
            self.pos = pos
            if not line.text:
                self.blank_before = True
                continue
            self._line(line)
            self.blank_before = False
        self._close()
        if not self.guide.questions():
            raise GuideFormatError(
                "hittade inga frågor i dokumentet – frågorna ska vara numrerade (1. 2. …) "
                "eller stå i en numrerad lista"
            )
        if not self.guide.title:
            self.guide.title = self.fallback_title
        for s in self.guide.sections:
            if not s.questions:
                self.warn(0, f"avsnittet ”{clip(s.title)}” har inga frågor")
        self.guide.assign_keys()
        return ImportedGuide(self.guide, self.warnings)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(GuideWarning(line, message))

    # -- one line -------------------------------------------------------------------------
    def _line(self, line: SourceLine) -> None:
        text = line.text
        structural = (
            line.heading_level is not None
            or line.list_kind is not None
            or bool(QUESTION_RE.match(text) or FOLLOW_UPS_RE.match(text) or BRANCH_RE.match(text))
        )
        if self.open and bracket_depth(self.open.text):
            if not structural:
                self.open.parts.append(text)
                return
            self.warn(self.open.line, "en parentes stängs aldrig")

        m = FOLLOW_UPS_RE.match(text)
        if m:
            self._start_follow_ups(line, m["rest"], None)
            return
        m = BRANCH_RE.match(text)
        if m:
            self._start_follow_ups(line, m["rest"], "yes" if m["cond"].lower() == "ja" else "no")
            return
        if line.heading_level is not None:
            self._styled_heading(line)
            return
        if line.list_kind == "number" and line.depth == 0:
            self._question(line, line.list_number, text)
            return
        if line.list_kind is not None:
            self._list_item(line, text)
            return
        m = QUESTION_RE.match(text)
        if m:
            self._question(line, (m["n1"] or m["n2"]).lower(), m["rest"])
            return
        m = BULLET_RE.match(text) or LETTER_RE.match(text)
        if m:
            self._list_item(line, m["rest"])
            return
        if (
            text[0] in OPENERS
            and self.open
            and self.open.kind in ("question", "follow_up", "follow_ups")
        ):
            self.open.parts.append(text)  # a hint on its own line
            return
        if self.open and self._continues(self.open, text):
            self.open.parts.append(text)
            return
        if self._labelled_question(line):
            return
        if self._colon_heading(text) or self._short_heading(line):
            self._section(line, text.rstrip(":").strip())
            return
        if (
            self.open
            and not self.blank_before
            and not self.open.text.endswith(TERMINATORS)
            and self.open.kind not in ("heading", "title")
        ):
            self.open.parts.append(text)
            return
        if text.rstrip().endswith("?") or split_trailing_hints(text)[0].endswith("?"):
            self._unnumbered_question(line, text)
            return
        self._plain_text(line, text)

    @property
    def _has_title(self) -> bool:
        return bool(self.guide.title) or (self.open is not None and self.open.kind == "title")

    def _continues(self, item: _Open, text: str) -> bool:
        """Whether ``text`` goes on with the open element (a wrapped line)."""
        if not item.text:
            return item.kind in ("question", "follow_ups")
        if not starts_lower(text):
            return False
        if item.kind in ("heading", "title"):
            return not self.blank_before and not item.text.endswith(":")
        return True

    # -- headings and sections ------------------------------------------------------------
    def _styled_title_line(self) -> int | None:
        """The line of the title when Word styles say so (Title, or one top-level heading)."""
        headings = [
            (i, ln.heading_level) for i, ln in enumerate(self.lines) if ln.heading_level is not None
        ]
        for i, level in headings:
            if level == 0:
                return i
        if len(headings) >= 2:
            levels = [level for _, level in headings]
            top = min(lv for lv in levels if lv is not None)
            first_i, first_level = headings[0]
            first_question = next(
                (
                    i
                    for i, ln in enumerate(self.lines)
                    if ln.list_kind == "number" or QUESTION_RE.match(ln.text)
                ),
                len(self.lines),
            )
            if first_level == top and levels.count(top) == 1 and first_i < first_question:
                return first_i
        return None

    def _styled_heading(self, line: SourceLine) -> None:
        if self.pos == self.title_line:
            self._close()
            self.open = _Open("title", line.number, [line.text])
            return
        if self._labelled_question(line):
            return
        self._section(line, line.text.rstrip(":").strip())

    def _colon_heading(self, text: str) -> bool:
        return (
            text.endswith(":")
            and text[:1].isupper()
            and len(text) <= HEADING_MAX_CHARS + 20
            and len(text.split()) <= HEADING_MAX_WORDS
        )

    def _short_heading(self, line: SourceLine) -> bool:
        """A short unnumbered line followed by numbered questions ("Förbättringsförslag")."""
        text = line.text
        if (
            not text[:1].isupper()
            or len(text) > HEADING_MAX_CHARS
            or len(text.split()) > HEADING_MAX_WORDS
            or text.endswith(("?", ".", ",", ";", "!"))
        ):
            return False
        if self.section is None and self.question is None and not self._has_title:
            # The first line of the document is the title, unless questions follow at once.
            if GUIDE_WORD_RE.search(text) or not self._next_is_question(1):
                return False
        elif (
            self.section is not None
            and not self.section.questions
            and self.open
            and self.open.kind in ("heading", "section_intro")
        ):
            return False  # a short line right under a heading is that section's intro
        nxt = self._next_nonblank(1)
        if nxt is None:
            return False
        if self._is_question(nxt) or (self._is_plain(nxt) and self._next_is_question(2)):
            self.warn(line.number, f"”{clip(text)}” tolkades som avsnittsrubrik")
            return True
        return False

    def _labelled_question(self, line: SourceLine) -> bool:
        """ "Övrigt: Har du något mer du vill tillägga?" – a heading with its question."""
        m = LABELLED_QUESTION_RE.match(line.text)
        if not m:
            return False
        label, rest = m["label"].strip(), m["rest"].strip()
        if not label[:1].isupper() or len(label.split()) > 4:
            return False
        if not split_trailing_hints(rest)[0].endswith("?"):
            return False
        self._section(line, label)
        self.warn(
            line.number, f"”{clip(label)}” tolkades som avsnittsrubrik med en fråga utan nummer"
        )
        self._begin_question(line, "", rest)
        return True

    def _section(self, line: SourceLine, title: str) -> None:
        self._close()
        self.section = Section(title=title)
        self.guide.sections.append(self.section)
        self.question = None
        self.last_number = None
        self.branch = None
        self.open = _Open("heading", line.number, [title])

    def _ensure_section(self, line: SourceLine) -> Section:
        if self.section is None:
            self.section = Section(title="Frågor")
            self.guide.sections.append(self.section)
            self.warn(line.number, "frågor före första avsnittsrubriken lades i avsnittet ”Frågor”")
        return self.section

    # -- questions and follow-ups ---------------------------------------------------------
    def _question(self, line: SourceLine, number: str, rest: str) -> None:
        first = self.section is None and self.question is None and not self._has_title
        if first and not rest.endswith("?") and GUIDE_WORD_RE.search(rest):
            # "2. Frågeguide …": the appendix number of a report, before the guide's title
            self._close()
            self.open = _Open("title", line.number, [rest.strip()])
            self.warn(
                line.number,
                f"”{clip(rest)}” tolkades som guidens titel (numret {number} togs bort)",
            )
            return
        self._check_numbering(line, number)
        self._begin_question(line, number, rest)

    def _check_numbering(self, line: SourceLine, number: str) -> None:
        if not number.isdigit():
            return
        n = int(number)
        last = self.last_number
        if last is not None and n == 1 and last >= 1:
            self.warn(line.number, "numreringen börjar om på 1 utan ny avsnittsrubrik")
        elif last is not None and n != last + 1:
            self.warn(line.number, f"numreringen hoppar från {last} till {n}")
        elif last is None and n != 1 and self.section is not None:
            self.warn(line.number, f"avsnittet börjar med fråga {n}")
        self.last_number = n

    def _begin_question(self, line: SourceLine, number: str, rest: str) -> None:
        self._close()
        section = self._ensure_section(line)
        self.question = Question(text="", number=number)
        self.question_numbered = bool(number)
        section.questions.append(self.question)
        self.branch = None
        self.open = _Open("question", line.number, [rest.strip()], question=self.question)

    def _unnumbered_question(self, line: SourceLine, text: str) -> None:
        if self.question is not None and self.question_numbered:
            self._close()
            self.warn(
                line.number,
                f"”{clip(text)}” tolkades som följdfråga till fråga {self.question.number}",
            )
            self.open = _Open("follow_up", line.number, [text], self.branch, self.question)
            return
        self.warn(line.number, f"”{clip(text)}” tolkades som en fråga utan nummer")
        self._begin_question(line, "", text)

    def _start_follow_ups(self, line: SourceLine, rest: str, condition: str | None) -> None:
        self._close()
        if self.question is None:
            self.warn(line.number, "följdfrågor utan en fråga före – de lades som egen fråga")
            self._begin_question(line, "", rest)
            return
        self.branch = condition
        self.open = _Open("follow_ups", line.number, [rest.strip()], condition, self.question)

    def _list_item(self, line: SourceLine, text: str) -> None:
        """A dash, bullet or letter item: a follow-up of the current question."""
        nested = line.depth > 0
        if self.question is not None and (
            self.question_numbered or nested or self.branch is not None
        ):
            self._close()
            self.open = _Open("follow_up", line.number, [text], self.branch, self.question)
            return
        if self.question is not None and self.open and self.open.kind == "follow_ups":
            self._close()
            self.open = _Open("follow_up", line.number, [text], self.branch, self.question)
            return
        self._begin_question(line, "", text)

    # -- other text -----------------------------------------------------------------------
    def _plain_text(self, line: SourceLine, text: str) -> None:
        if self.section is None and self.question is None:
            self._close()
            if not self._has_title:
                self.open = _Open("title", line.number, [text])
            else:
                self.open = _Open("guide_intro", line.number, [text])
            return
        if self.question is None and self.section is not None:
            if self.open and self.open.kind == "section_intro":
                self.open.parts.append(text)
            else:
                self._close()
                self.open = _Open("section_intro", line.number, [text])
            return
        assert self.question is not None
        self._close()
        self.warn(line.number, f"texten ”{clip(text)}” lades som ledtråd till frågan före")
        self.open = _Open("question_note", line.number, [text], question=self.question)

    # -- lookahead ------------------------------------------------------------------------
    def _next_nonblank(self, nth: int) -> SourceLine | None:
        seen = 0
        for ln in self.lines[self.pos + 1 :]:
            if ln.text:
                seen += 1
                if seen == nth:
                    return ln
        return None

    def _next_is_question(self, nth: int) -> bool:
        ln = self._next_nonblank(nth)
        return ln is not None and self._is_question(ln)

    @staticmethod
    def _is_question(line: SourceLine) -> bool:
        return (line.list_kind == "number" and line.depth == 0) or bool(
            QUESTION_RE.match(line.text)
        )

    @staticmethod
    def _is_plain(line: SourceLine) -> bool:
        t = line.text
        return (
            line.heading_level is None
            and line.list_kind is None
            and not t.endswith(":")
            and not (
                QUESTION_RE.match(t)
                or BULLET_RE.match(t)
                or FOLLOW_UPS_RE.match(t)
                or BRANCH_RE.match(t)
            )
        )

    # -- finishing an element -------------------------------------------------------------
    def _close(self) -> None:
        item, self.open = self.open, None
        if item is None:
            return
        text = item.text
        if item.kind == "title":
            self.guide.title = text
            return
        if item.kind == "heading":
            if self.section is not None:
                self.section.title = text.rstrip(":").strip()
            return
        if item.kind == "guide_intro":
            self.guide.intro = join_parts([self.guide.intro, text])
        elif item.kind == "section_intro" and self.section is not None:
            self.section.intro = join_parts([self.section.intro, text])
        elif item.kind == "question" and item.question is not None:
            q_text, hint = split_trailing_hints(text)
            item.question.text = q_text
            item.question.hint = hint
            if not q_text:
                self.warn(item.line, "frågan saknar text")
                item.question.text = "(frågetext saknas)"
        elif item.kind == "question_note" and item.question is not None:
            inner = text.strip("()[] ") if text[:1] in OPENERS else text
            item.question.hint = join_parts([item.question.hint, inner])
        elif item.kind in ("follow_ups", "follow_up") and item.question is not None:
            pieces = (
                split_questions(text) if item.kind == "follow_ups" else [split_trailing_hints(text)]
            )
            for f_text, f_hint in pieces:
                if f_text:
                    item.question.follow_ups.append(FollowUp(f_text, f_hint, item.condition))
            if item.condition and item.question.kind is QuestionKind.OPEN:
                item.question.kind = QuestionKind.YES_NO


def parse_outline(lines: list[SourceLine], fallback_title: str = "Frågeguide") -> ImportedGuide:
    """Build a guide from document lines.

    Raises:
        GuideFormatError: the document is empty or has no questions.
    """
    return OutlineParser(lines, fallback_title).parse()


def lines_from_text(text: str) -> list[SourceLine]:
    """Plain text (one paragraph per line) as source lines, for tests and pasted text."""
    return [SourceLine(i, " ".join(raw.split())) for i, raw in enumerate(text.splitlines(), 1)]
