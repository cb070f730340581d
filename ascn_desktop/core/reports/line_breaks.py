"""Where a line of text may break, from ICU's dictionary-based line break iterator.

Thai, Lao, Khmer and Burmese put no space between words, so breaking only at
spaces would run a whole sentence off the page, and breaking anywhere would
split words and even glyph clusters (a Khmer consonant from its subscript).
ICU's line break iterator knows these languages' words from its dictionaries;
PyICU is its Python binding, installed from the ``pyicu-wheels`` wheels that
carry ICU itself, so nothing is compiled and nothing depends on the ICU of the
machine (the same ICU converts Zawgyi text, see ``core/zawgyi``).

``pieces(text)`` cuts a text into the units a line is built from: each ends
where a break is allowed (trailing spaces stay with the piece before them).
``clusters(text)`` cuts it into user-perceived characters (grapheme clusters),
the smallest unit ever put on a line when a single word is wider than the line.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import icu

__all__ = ["clusters", "pieces"]

# ICU's iterators are not thread-safe and costly to create: one of each, used under a lock.
_lock = threading.Lock()
# The root locale: ICU picks the dictionary from the script of the text itself, so one text can
# mix Thai, Khmer and Latin words.
_LINES = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())
_CLUSTERS = icu.BreakIterator.createCharacterInstance(icu.Locale.getRoot())


def _cut(iterator: icu.BreakIterator, text: str) -> tuple[str, ...]:
    units = icu.UnicodeString(text)  # ICU counts UTF-16 units: cut the UnicodeString, not the str
    with _lock:
        iterator.setText(units)
        ends = list(iterator)
    out, start = [], 0
    for end in ends:
        if end > start:
            out.append(str(units[start:end]))
        start = end
    return tuple(out)


@lru_cache(maxsize=16_384)
def pieces(text: str) -> tuple[str, ...]:
    """`text` cut at every allowed line break (joined back, the pieces are `text`)."""
    return _cut(_LINES, text) if text else ()


def clusters(text: str) -> tuple[str, ...]:
    """`text` cut into grapheme clusters (a Khmer consonant stays with its subscript and vowels)."""
    return _cut(_CLUSTERS, text) if text else ()
