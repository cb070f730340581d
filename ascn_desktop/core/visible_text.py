"""Control characters made visible in text a person reads on a terminal or in a window.

A bundle's file name, a plan title or a signer's name comes from someone else.
Printed raw, a carriage return or an escape sequence (``ESC[2K`` clears the
line, ``ESC[8m`` hides what follows) can make ``ascn verify``'s "REFUSED" line
read "VALID"; a line feed can forge a whole extra line; a right-to-left
override can reverse what a window shows. So every such text passes through
`visible()` before it is shown:

* C0 controls and DEL become their Unicode control pictures (ESC -> "␛",
  CR -> "␍", LF -> "␊", TAB -> "␉", DEL -> "␡");
* C1 controls (U+0080..U+009F, which some terminals obey like ESC), the bidi
  embedding, override and isolate controls and the line/paragraph separators
  become an escape a person can read and a program can parse: "\\u202e".

The text itself is never changed in the store; only what is shown.
"""

from __future__ import annotations

import re
from functools import cache

# What `visible` and `terminal_safe` look for, compiled at their first use rather than at import: the
# CLI imports this module for `ascn --help`, which shows no text from anyone else.
_C0_OR_DEL = r"[\x00-\x1f\x7f]"
_OTHER = r"[\x80-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
_ANY = r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
_STREAM = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # what a terminal must never receive (not LF, TAB)


@cache
def _pattern(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: object) -> str:
    """`text` (any value, as str()) with every control character shown instead of obeyed."""
    shown = str(text)
    if not _pattern(_ANY).search(shown):
        return shown
    return _pattern(_OTHER).sub(_escape, _pattern(_C0_OR_DEL).sub(_picture, shown))


def terminal_safe(text: str) -> str:
    """The last line of defence for a whole block of output: every control but line feed and tab shown.

    The CLI's own line breaks stay; a stray ESC or CR in any text (one a print path forgot to pass
    through `visible`) cannot reach the terminal. C1 controls become "\\u0085" escapes, which keep
    JSON output valid.
    """
    stream = _pattern(_STREAM)
    if not stream.search(text):
        return text
    return stream.sub(lambda m: _picture(m) if ord(m.group()) < 0x80 else _escape(m), text)
