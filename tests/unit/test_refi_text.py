"""Positions carried over to the text importers read: NFC, \\n only, no BOM, XML-safe."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.export.refi.text import normalise, xml_safe

ATOMS = [
    "ord",
    " ",
    "å",
    "a\u030a",  # å decomposed
    "Ö",
    "O\u0308",  # Ö decomposed
    "😀",
    "🇸🇪",
    "\r\n",
    "\n",
    "\r",
    "\u2028",
    "\t",
    "\x00",
    "e\u0301\u0327",  # two combining marks
    "\u1100\u1161\u11a8",  # Hangul jamo that NFC composes into one syllable
]


@given(st.lists(st.sampled_from(ATOMS), max_size=30), st.data())
def test_a_span_on_atom_boundaries_cuts_the_same_words(
    atoms: list[str], data: st.DataObject
) -> None:
    # "\r" directly before "\n" is one line end; a span cannot end between the two
    joined = [a for i, a in enumerate(atoms) if not (a == "\r" and atoms[i + 1 : i + 2] == ["\n"])]
    text = "".join(joined)
    bounds = [0]
    for a in joined:
        bounds.append(bounds[-1] + len(a))
    i = data.draw(st.integers(0, len(joined)))
    j = data.draw(st.integers(i, len(joined)))
    result = normalise(text)
    cut = result.text[result.start(bounds[i]) : result.end(bounds[j])]
    assert cut == normalise(text[bounds[i] : bounds[j]]).text
    assert "\r" not in result.text
    assert result.text == unicodedata.normalize("NFC", result.text)
    assert xml_safe(result.text) == result.text


@given(st.text())
def test_any_text_normalises_to_encodable_xml_safe_text(text: str) -> None:
    result = normalise(text)
    result.text.encode("utf-8")
    assert xml_safe(result.text) == result.text
    assert "\r" not in result.text and not result.text.startswith("\ufeff")
    assert result.start(0) == 0 and result.end(len(text)) == len(result.text)
    for k in range(len(text) + 1):
        assert 0 <= result.start(k) <= result.end(k) <= len(result.text)


def test_a_leading_bom_is_dropped_and_positions_move_with_it() -> None:
    result = normalise("\ufeffHej då")
    assert result.text == "Hej då"
    assert result.text[result.start(5) : result.end(7)] == "då"


def test_a_span_inside_a_decomposed_letter_takes_the_whole_letter() -> None:
    result = normalise("xa\u030ay")  # x å y, with å as a + ring
    assert result.text == "xåy"
    assert result.text[result.start(2) : result.end(3)] == "å"
