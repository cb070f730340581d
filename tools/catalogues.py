"""The translation catalogues: refresh the core's .po from the sources, and read .ts/.po for the tests.

    python tools/catalogues.py refresh     # what `make translations` runs after pyside6-lupdate

Babel's own ``pybabel update`` refuses a language its locale data lacks
(Tetum), so the merge is done here with Babel's API, the same for every
language. Entries of the draft catalogues are marked ``fuzzy`` (.po) or
``type="unfinished"`` (.ts): translations awaiting review by native speakers.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TRANSLATIONS = ROOT / "resources" / "translations"


def refresh_po() -> None:
    with (LOCALE / "ascn.pot").open("rb") as handle:
        template = read_po(handle)
    for path in sorted(LOCALE.glob("*.po")):
        with path.open("rb") as handle:
            catalogue = read_po(handle, locale=None)
        created = catalogue.creation_date
        catalogue.update(template, no_fuzzy_matching=True)
        catalogue.creation_date = created  # a refresh that changes no entry changes no file
        with path.open("wb") as handle:
            write_po(handle, catalogue, ignore_obsolete=True, include_previous=False, width=100)


def ts_messages(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, its type: '' finished, 'unfinished' draft or empty)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            text = "" if element is None else (element.text or "")
            kind = "" if element is None else element.get("type", "")
            messages[(name, message.findtext("source") or "")] = (text, kind)
    return messages


def po_messages(path: Path) -> dict[str, tuple[str, bool]]:
    """msgid -> (translation, fuzzy)."""
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=None)
    return {str(m.id): (str(m.string or ""), m.fuzzy) for m in catalogue if m.id and isinstance(m.id, str)}


if __name__ == "__main__":
    if sys.argv[1:] != ["refresh"]:
        sys.exit(__doc__)
    refresh_po()
