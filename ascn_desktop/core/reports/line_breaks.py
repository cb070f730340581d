"""Where a line of text may break, from ICU's dictionary-based line break iterator.

Thai, Lao, Khmer and Burmese put no space between words, so breaking only at
spaces would run a whole sentence off the page, and breaking anywhere would
split words and even glyph clusters (a Khmer consonant from its subscript).
ICU's line break iterator knows these languages' words from its dictionaries;
``icu4py`` is a maintained binding whose wheels carry ICU itself, so nothing
is compiled and nothing depends on the ICU version of the machine.

``pieces(text)`` cuts a text into the units a line is built from: each ends
where a break is allowed (trailing spaces stay with the piece before them).
``clusters(text)`` cuts it into user-perceived characters (grapheme clusters),
the smallest unit ever put on a line when a single word is wider than the line.
"""

from __future__ import annotations

from functools import lru_cache

from icu4py.breakers import CharacterBreaker, LineBreaker

__all__ = ["clusters", "pieces"]

# The root locale: ICU picks the dictionary from the script of the text itself, so one text can
# mix Thai, Khmer and Latin words.
_LOCALE = "und"


@lru_cache(maxsize=16_384)
def pieces(text: str) -> tuple[str, ...]:
    """`text` cut at every allowed line break (joined back, the pieces are `text`)."""
    if not text:
        return ()
    return tuple(LineBreaker(text, _LOCALE))


def clusters(text: str) -> tuple[str, ...]:
    """`text` cut into grapheme clusters (a Khmer consonant stays with its subscript and vowels)."""
    if not text:
        return ()
    return tuple(CharacterBreaker(text, _LOCALE))
