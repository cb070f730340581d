"""Text helpers for the users' languages: accent-insensitive matching and slugs."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into base letter + accent.
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss"})


class _DropCombining(dict[int, int | None]):
    """A str.translate table deleting combining marks, each code point looked up
    once per process: one translate call instead of a Python loop per character
    (bundle import folds every project's text; the projects filter folds as you type)."""

    def __missing__(self, codepoint: int) -> int | None:
        answer = None if unicodedata.combining(chr(codepoint)) else codepoint
        self[codepoint] = answer
        return answer


_DROP_COMBINING = _DropCombining()

# str.translate with a table mapping to several letters ("ß" -> "ss") takes its slow path on
# every character; one regex scan first finds whether the text holds any of these rare letters.
_HAS_EXTRA_FOLD = re.compile("[" + "".join(map(chr, _EXTRA_FOLDS)) + "]").search


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used for matching.

    `fold("Hà Nội") == fold("ha noi") == fold("HA  NOI")`.
    """
    if _HAS_EXTRA_FOLD(text):
        text = text.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():  # ASCII holds no combining mark
        decomposed = decomposed.translate(_DROP_COMBINING)
    return " ".join(decomposed.casefold().split())


def match_key(text: str) -> str:
    """`fold` without spaces, hyphens, dots or apostrophes: 'Hà Nội', 'hanoi', 'Ha-Noi' match."""
    return re.sub(r"[\s\-.'’]+", "", fold(text))


# Names Windows keeps for devices, whatever the extension ("CON.ascn" cannot be created there).
_WINDOWS_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


def slug(text: str) -> str:
    """ASCII file-name-safe form on every system: 'Đà Nẵng' -> 'Da-Nang'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(str.maketrans("đĐ", "dD")))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    result = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-") or "plan"
    return f"{result}-" if result.upper() in _WINDOWS_DEVICE_NAMES else result
