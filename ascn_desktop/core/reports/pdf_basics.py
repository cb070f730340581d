"""What every part of the PDF kit shares: the page, the colours, the padding of a table cell, and
`Remembered`, the bounded memo of values made once (see pdf_kit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1B2A41")
ACCENT = colors.HexColor("#1F5AA6")  # headings, table headers
RULE = colors.HexColor("#B8C4D6")
ZEBRA = colors.HexColor("#EEF2F8")
MUTED = colors.HexColor("#5B6778")
SAMPLE_RED = colors.HexColor("#C0392B")

CELL_PADDING = 6.0  # left plus right padding of every kit table cell (see pdf_flowables._table_style)


def escape(text: str) -> str:
    """`text` with &, < and > written as entities for paragraph markup: ``xml.sax.saxutils.escape``
    without importing xml.sax, which brings urllib and http.client with it (a hundredth of a second
    of a first report in a process, for three replacements)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def unescape(text: str) -> str:
    """The reverse of ``escape`` (``xml.sax.saxutils.unescape``: &amp; last, so "&amp;lt;" gives "&lt;")."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_REMEMBERED_LIMIT = 50_000
_K = TypeVar("_K")
_V = TypeVar("_V")


class Remembered(dict[_K, _V]):
    """Values made once per key by `make` and looked up after (a plain dict lookup when present). Bounded so a
    huge report cannot grow it without limit: it forgets everything when full."""

    def __init__(self, make: Callable[[_K], _V]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: _K) -> _V:
        if len(self) > _REMEMBERED_LIMIT:
            self.clear()
        value = self[key] = self._make(key)
        return value
