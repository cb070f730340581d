"""Counted nouns for people: "1 project", "2 projects", "12,400 projects" — never "1 projects" or "file(s)".

Each counted noun is one plural entry of the core's catalogue (``ngettext``), so every language says it
its own way: Thai, Khmer, Vietnamese and Indonesian have one form for every count, English two; the
number is written with the language's digit grouping.
"""

from __future__ import annotations

from collections.abc import Callable

from ascn_desktop.core.i18n import format_number, ngettext

# One literal ngettext call per noun, so that extraction (make translations) finds each pair.
_NOUNS: dict[str, Callable[[int], str]] = {
    "project": lambda n: ngettext("{count} project", "{count} projects", n),
    "city": lambda n: ngettext("{count} city", "{count} cities", n),
    "city plan": lambda n: ngettext("{count} city plan", "{count} city plans", n),
    "file": lambda n: ngettext("{count} file", "{count} files", n),
    "milestone": lambda n: ngettext("{count} milestone", "{count} milestones", n),
    "indicator": lambda n: ngettext("{count} indicator", "{count} indicators", n),
}


def counted(count: int, noun: str) -> str:
    """'1 project', '0 projects', '1,234 projects' in the current language (`noun`: one of _NOUNS)."""
    return _NOUNS[noun](count).format(count=format_number(count))
