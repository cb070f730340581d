"""The translation catalogues: refresh the core's .po from the sources, and read .ts/.po for the tests.

    python tools/catalogues.py refresh     # what `make translations` runs after pyside6-lupdate

Babel's own ``pybabel update`` refuses a language its locale data lacks
(Tetum), so the merge is done here with Babel's API, the same for every
language. Entries of the draft catalogues are marked ``fuzzy`` (.po) or
``type="unfinished"`` (.ts): translations awaiting review by native speakers.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TRANSLATIONS = ROOT / "resources" / "translations"
REFERENCE = ROOT / "resources" / "reference"


def add_reference_labels(template: Catalog) -> None:
    """The labels of the reference data, one entry per code with the kind as context ("focus_areas",
    "BI"), the English label as a comment for the translator (core/i18n ``label``)."""
    vocabularies = json.loads((REFERENCE / "vocabularies.json").read_text(encoding="utf-8"))
    for kind, items in vocabularies.items():
        if isinstance(items, list):
            for item in items:
                template.add(item["code"], context=kind, auto_comments=[item["label"]])
    states = json.loads((REFERENCE / "member_states.json").read_text(encoding="utf-8"))["member_states"]
    for state in states:
        template.add(state["code"], context="member_states", auto_comments=[state["name"]])


def refresh_po() -> None:
    with (LOCALE / "ascn.pot").open("rb") as handle:
        template = read_po(handle)
    add_reference_labels(template)
    with (LOCALE / "ascn.pot").open("wb") as handle:
        write_po(handle, template, omit_header=True, width=100)
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
    """msgid (``context|msgid`` for reference labels) -> (translation, fuzzy)."""
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=None)
    return {(f"{m.context}|{m.id}" if m.context else str(m.id)): (str(m.string or ""), m.fuzzy)
            for m in catalogue if m.id and isinstance(m.id, str)}


if __name__ == "__main__":
    if sys.argv[1:] != ["refresh"]:
        sys.exit(__doc__)
    refresh_po()
