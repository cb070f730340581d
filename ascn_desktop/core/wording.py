"""Counted nouns for people: "1 project", "2 projects", "12,400 projects" — never "1 projects" or "file(s)".

English plurals here; the GUI's translations (i18n) translate the whole phrase.
"""

from __future__ import annotations

_IRREGULAR = {"city": "cities", "city plan": "city plans", "entry": "entries", "milestone": "milestones"}


def plural(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def counted(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 project', '0 projects', '1,234 projects' (thousands separated)."""
    word = noun if count == 1 else (plural_form or plural(noun))
    return f"{count:,} {word}"
