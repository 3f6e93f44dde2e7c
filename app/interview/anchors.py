"""Text-quote anchors for tagged passages, so tags stay on their words when a note changes.

A passage tag stores offsets (``start_pos``/``end_pos``) and a text-quote selector: the
tagged words (``exact``) with up to :data:`CONTEXT` characters either side (``prefix``,
``suffix``), as the W3C Web Annotation model and Hypothesis/Taguette do. Offsets alone drift
as soon as anything before the passage is edited (``reference/anchors-research.md``).

Re-anchoring after an edit, per tag:

1. ``exact`` still at ``start_pos`` in the new body: keep the offsets.
2. Else map ``start_pos`` through the edit (common prefix/suffix of old and new body) and
   look for ``exact`` at the mapped place.
3. Else every occurrence of ``exact`` in the new body is scored by how much of the stored
   prefix/suffix surrounds it and by its distance from the mapped place; the best wins.
4. Else the tag is *orphaned* (``start_pos = end_pos = -1``); it is never deleted, so the
   analyst can see it and re-tag or remove it.

Pure functions plus :func:`reanchor_note_tags`, called from ``app.interview.notes.save_note``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.database import Database

#: Characters of context kept either side of a tagged passage.
CONTEXT = 32
#: Offsets of an orphaned tag (its words are no longer in the note).
ORPHANED = -1


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str

    @property
    def orphaned(self) -> bool:
        return self.start < 0


def make_anchor(body: str, start: int, end: int) -> Anchor:
    """The anchor of ``body[start:end]`` (clamped to the body)."""
    start = max(0, min(start, len(body)))
    end = max(start, min(end, len(body)))
    return Anchor(
        start,
        end,
        body[start:end],
        body[max(0, start - CONTEXT) : start],
        body[end : end + CONTEXT],
    )


def edit_span(old: str, new: str) -> tuple[int, int, int]:
    """(common prefix length, end of changed region in old, same in new)."""
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return p, len(old) - s, len(new) - s


def map_position(pos: int, old: str, new: str) -> int:
    """Where ``pos`` in ``old`` lands in ``new``, assuming one contiguous edit."""
    p, old_end, new_end = edit_span(old, new)
    if pos <= p:
        return pos
    if pos >= old_end:
        return pos + (new_end - old_end)
    return p  # inside the replaced region: its start is the best guess


def _common_suffix_len(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def reanchor(anchor: Anchor, old_body: str, new_body: str) -> Anchor:
    """Find ``anchor`` (made against ``old_body``) again in ``new_body``."""
    exact = anchor.exact
    if not exact:
        return Anchor(ORPHANED, ORPHANED, exact, anchor.prefix, anchor.suffix)
    if not anchor.orphaned and new_body[anchor.start : anchor.start + len(exact)] == exact:
        return make_anchor(new_body, anchor.start, anchor.start + len(exact))
    hint = map_position(anchor.start, old_body, new_body) if not anchor.orphaned else 0
    if new_body[hint : hint + len(exact)] == exact:
        return make_anchor(new_body, hint, hint + len(exact))
    best: tuple[float, int] | None = None
    i = new_body.find(exact)
    while i != -1:
        context = _common_suffix_len(anchor.prefix, new_body[max(0, i - CONTEXT) : i])
        context += _common_prefix_len(
            anchor.suffix, new_body[i + len(exact) : i + len(exact) + CONTEXT]
        )
        # Context dominates; distance from the expected place breaks ties.
        score = context * 10_000 - abs(i - hint) / (len(new_body) + 1)
        if best is None or score > best[0]:
            best = (score, i)
        i = new_body.find(exact, i + 1)
    if best is None:
        return Anchor(ORPHANED, ORPHANED, exact, anchor.prefix, anchor.suffix)
    return make_anchor(new_body, best[1], best[1] + len(exact))


def reanchor_note_tags(db: Database, note_id: int, old_body: str, new_body: str) -> int:
    """Re-anchor every passage tag of a note after its body changed. Returns how many moved.

    Runs inside the caller's transaction (``save_note``), so body and tags change together.
    """
    if old_body == new_body:
        return 0
    moved = 0
    with db.atomic():
        for r in db.query(
            "SELECT id, start_pos, end_pos, exact, prefix, suffix FROM passage_tag WHERE"
            " note_id = ?",
            (note_id,),
        ):
            before = Anchor(r["start_pos"], r["end_pos"], r["exact"], r["prefix"], r["suffix"])
            after = reanchor(before, old_body, new_body)
            if after != before:
                moved += 1
                db.execute(
                    "UPDATE passage_tag SET start_pos = ?, end_pos = ?, prefix = ?, suffix = ?"
                    " WHERE id = ?",
                    (after.start, after.end, after.prefix, after.suffix, r["id"]),
                )
    return moved
