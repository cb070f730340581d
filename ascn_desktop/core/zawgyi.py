"""Burmese typed in the Zawgyi encoding: detected, and converted to Unicode on request.

Zawgyi is a font hack still common on older machines in Myanmar: it stores
Burmese with code points in visual order and reuses Unicode's Myanmar block
for different letters, so Zawgyi text shows garbled on every other computer
and in every PDF. The store holds Unicode only: the editor and the Excel
import detect Zawgyi and offer the conversion; an import refuses to apply
while Zawgyi text remains.

Detection is Google's ``myanmartools`` model (a probability that a text is
Zawgyi rather than Unicode); conversion is ICU's ``Zawgyi-my`` transform, the
rules CLDR maintains. A text counts as Zawgyi from a probability of 0.95,
the threshold the detector's authors advise for acting on a text.
"""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import icu
    from myanmartools import ZawgyiDetector

# ICU and the detector's model load at the first Burmese text (the editor imports this module at start).

__all__ = ["THRESHOLD", "convert_texts", "is_zawgyi", "to_unicode", "zawgyi_texts"]

THRESHOLD = 0.95
_MYANMAR = re.compile("[\u1000-\u109f]")
_lock = threading.Lock()  # ICU's transliterator is not thread-safe

T = TypeVar("T")


@cache
def _detector() -> ZawgyiDetector:
    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():  # it reads its model with importlib.resources.open_binary (deprecated)
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


@cache
def _transliterator() -> icu.Transliterator:
    import icu

    return icu.Transliterator.createInstance("Zawgyi-my")


def is_zawgyi(text: str) -> bool:
    """Whether `text` holds Burmese that is most likely in the Zawgyi encoding."""
    if _MYANMAR.search(text) is None:
        return False
    return float(_detector().get_zawgyi_probability(text)) >= THRESHOLD


def to_unicode(text: str) -> str:
    """`text` converted from Zawgyi to Unicode (text that is not Zawgyi is returned unchanged)."""
    if not is_zawgyi(text):
        return text
    with _lock:
        return str(_transliterator().transliterate(text))


def _texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value, start=1):
            yield from _texts(item, f"{path} {index}")
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from _texts(getattr(value, field.name), f"{path} › {field.name}" if path else field.name)


def zawgyi_texts(record: Any) -> list[str]:
    """Where a dataclass record (a plan with its projects, a project) holds Zawgyi text, as field paths
    ("projects 3 › title")."""
    return [path for path, text in _texts(record, "") if is_zawgyi(text)]


def convert_texts(record: T) -> T:
    """A copy of the dataclass `record` with every Zawgyi text in it converted to Unicode."""
    if isinstance(record, str):
        return to_unicode(record)  # type: ignore[return-value]
    if isinstance(record, list):
        return [convert_texts(item) for item in record]  # type: ignore[return-value]
    if is_dataclass(record) and not isinstance(record, type):
        changes = {field.name: convert_texts(getattr(record, field.name)) for field in fields(record)}
        return replace(record, **changes)
    return record
