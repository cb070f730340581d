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

A paragraph is segmented once: its pieces are kept (a bounded memo), and a
line cut out of it is ``remember``-ed with the paragraph's pieces, so drawing
the line word by word (``text_writer``) asks ICU nothing more. ``prepare(texts)``
segments many paragraphs one after another before they are laid out (a large
plan's project texts, a few dozen at a time), which costs ICU a fraction of
segmenting each between the layout of other text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import icu

__all__ = ["clusters", "pieces", "prepare", "remember"]

# ICU's iterators are not thread-safe and costly to create: one of each, used under a lock, made at
# the first text to cut. A plan in Latin script never asks (its lines break at spaces), so neither
# its PDF nor a first export in a fresh process pays for loading ICU (about 13 ms).
_lock = threading.Lock()
_iterators: dict[str, icu.BreakIterator] = {}
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters of two UTF-16 units


def _iterator(kind: str) -> icu.BreakIterator:
    # Called under _lock.
    made = _iterators.get(kind)
    if made is None:
        import icu

        # The root locale: ICU picks the dictionary from the script of the text itself, so one text
        # can mix Thai, Khmer and Latin words.
        root = icu.Locale.getRoot()
        _iterators["lines"] = icu.BreakIterator.createLineInstance(root)
        _iterators["clusters"] = icu.BreakIterator.createCharacterInstance(root)
        made = _iterators[kind]
    return made


def _cut(kind: str, text: str) -> tuple[str, ...]:
    # ICU counts UTF-16 units: a text with characters beyond the Basic Multilingual Plane (two units
    # each) is cut as a UnicodeString; any other (every Thai, Lao, Khmer and Burmese text) as the str
    # itself, whose offsets are then the same and whose slices cost no conversion back.
    with _lock:
        iterator = _iterator(kind)
        units: str | icu.UnicodeString = text
        if _ASTRAL.search(text) is not None:
            import icu

            units = icu.UnicodeString(text)
        iterator.setText(units)
        ends = list(iterator)
    out, start = [], 0
    for end in ends:
        if end > start:
            out.append(str(units[start:end]))
        start = end
    return tuple(out)


_KEPT = 16_384  # texts whose pieces are kept; the memo starts afresh when full
_pieces: dict[str, tuple[str, ...]] = {}


def pieces(text: str) -> tuple[str, ...]:
    """`text` cut at every allowed line break (joined back, the pieces are `text`)."""
    cut = _pieces.get(text)
    if cut is None:
        cut = _cut("lines", text) if text else ()
        _keep(text, cut)
    return cut


def prepare(texts: Iterable[str]) -> None:
    """Segment the lines of `texts` (as ``pieces`` would each line when it is laid out) now, one after
    another, and keep their pieces. ICU's dictionaries then stay in the processor's caches from one text
    to the next; segmented one at a time between the layout and drawing of other text, each took three to
    seven times as long (a 1,000-project plan in Khmer: 2,000 paragraphs)."""
    for text in texts:
        for line in text.split("\n"):
            if line:
                pieces(line)


def remember(text: str, cut: tuple[str, ...]) -> None:
    """Keep `cut` as the pieces of `text`: a line made of pieces of a paragraph already segmented
    (the paragraph's breaks, which ICU would give the line alone, but for the context at its ends)."""
    if text not in _pieces and "".join(cut) == text:
        _keep(text, cut)


def _keep(text: str, cut: tuple[str, ...]) -> None:
    if len(_pieces) >= _KEPT:
        _pieces.clear()
    _pieces[text] = cut


def clusters(text: str) -> tuple[str, ...]:
    """`text` cut into grapheme clusters (a Khmer consonant stays with its subscript and vowels)."""
    return _cut("clusters", text) if text else ()
