"""The translation catalogues: refresh the core's .po from the sources, and read .ts/.po for the tests.

    python tools/catalogues.py refresh     # what `make translations` runs after pyside6-lupdate
    python tools/catalogues.py compile resources/locale/km.po ...   # the .mo each start reads (`make`)

Babel's own ``pybabel update`` refuses a language its locale data lacks
(Tetum), so the merge is done here with Babel's API, the same for every
language. Entries of the draft catalogues are marked ``fuzzy`` (.po) or
``type="unfinished"`` (.ts): translations awaiting review by native speakers.
Both are still used: lrelease compiles unfinished translations into the .qm
(only ``-nounfinished`` would drop them) and core/i18n reads fuzzy entries.

The status of each language (``catalogues.json``) is also written at the top
of its files: the .po's header comment and an XML comment after the .ts's
DOCTYPE. pyside6-lupdate drops comments and unknown elements from a .ts, so
``refresh`` puts the line back after every extraction.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TRANSLATIONS = ROOT / "resources" / "translations"
REFERENCE = ROOT / "resources" / "reference"

# What the top of each catalogue says, per status (catalogues.json holds the status of each language);
# {mark} is how the file marks a translation awaiting review.
HEADERS = {
    "complete": ["COMPLETE: every entry translated and reviewed by native speakers."],
    "complete-draft": ["COMPLETE DRAFT: every entry translated by non-native speakers; draft translations",
                       "awaiting review by native speakers, every entry marked {mark} until a reviewer",
                       "clears the flag."],
    "draft": ["DRAFT: written by non-native speakers, awaiting review by native speakers; every entry",
              "is marked {mark} until a reviewer clears the flag."],
    "ready-for-translators": ["READY FOR TRANSLATORS: every entry is present and untranslated (English is shown "
                              "meanwhile)."],
}


def statuses() -> dict[str, str]:
    """Language code -> status, from catalogues.json."""
    raw = json.loads((TRANSLATIONS / "catalogues.json").read_text(encoding="utf-8"))
    return {code: status for code, status in raw.items() if not code.startswith("_")}


def po_header(code: str, status: str) -> str:
    lines = [f"{code} catalogue of ASCN Desktop's core (CLI messages, refusals, PDF and workbook labels).",
             *(line.format(mark="fuzzy") for line in HEADERS[status])]
    return "\n".join(f"# {line}" for line in lines)


def ts_header(status: str) -> str:
    return "<!-- " + " ".join(HEADERS[status]).format(mark='type="unfinished"') + " -->"


def add_reference_labels(template: Catalog) -> None:
    """The labels of the reference data, one entry per code with the kind as context ("focus_areas",
    "BI"), the English label as a comment for the translator (core/i18n ``label``)."""
    vocabularies = json.loads((REFERENCE / "vocabularies.json").read_text(encoding="utf-8"))
    for kind, items in vocabularies.items():
        if isinstance(items, list):
            for item in items:
                template.add(item["code"], context=kind, auto_comments=[item["label"]])
    cycles = json.loads((REFERENCE / "cycles.json").read_text(encoding="utf-8"))["cycles"]
    for cycle in cycles:
        template.add(cycle["code"], context="cycles", auto_comments=[cycle["label"]])
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
        status = statuses().get(path.stem)
        if status is not None:
            catalogue.header_comment = po_header(path.stem, status)
        with path.open("wb") as handle:
            write_po(handle, catalogue, ignore_obsolete=True, include_previous=False, width=100)


_TS_HEADER = re.compile(r"(<!DOCTYPE TS>\n)(<!--.*?-->\n)?", re.S)


def refresh_ts_headers() -> None:
    """Put each .ts's status line back after its DOCTYPE (lupdate drops it)."""
    for code, status in statuses().items():
        path = TRANSLATIONS / f"ascn_desktop_{code}.ts"
        text = path.read_text(encoding="utf-8")
        updated = _TS_HEADER.sub(lambda match: match.group(1) + ts_header(status) + "\n", text, count=1)
        if updated != text:
            path.write_text(updated, encoding="utf-8")


def ts_header_status(path: Path) -> str | None:
    """The status the .ts's header line states (None: no header line)."""
    match = _TS_HEADER.search(path.read_text(encoding="utf-8"))
    if match is None or match.group(2) is None:
        return None
    return next((status for status in HEADERS if match.group(2) == ts_header(status) + "\n"), None)


def ts_messages(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, its type: '' finished, 'unfinished' draft or empty). A plural
    (numerus) message's translation is its forms joined by newlines, '' while any form is empty."""
    return {key: ("\n".join(forms) if all(forms) else "", kind) for key, (forms, kind) in ts_forms(path).items()}


def ts_forms(path: Path) -> dict[tuple[str, str], tuple[list[str], str]]:
    """(context, source) -> (the translation's forms: one, or one per plural form for %n, and its type)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None:
                forms, kind = [""], ""
            elif message.get("numerus") == "yes":
                forms = [form.text or "" for form in element.iter("numerusform")] or [""]
                kind = element.get("type", "")
            else:
                forms, kind = [element.text or ""], element.get("type", "")
            messages[(name, message.findtext("source") or "")] = (forms, kind)
    return messages


def po_messages(path: Path) -> dict[str, tuple[str, bool]]:
    """msgid (``context|msgid`` for reference labels; the singular for a plural entry) -> (translation,
    fuzzy). A plural entry's translation is its forms joined by newlines, '' while any form is empty."""
    return {key: ("\n".join(forms) if all(forms) else "", fuzzy)
            for key, (_sources, forms, fuzzy) in po_forms(path).items()}


def po_forms(path: Path) -> dict[str, tuple[list[str], list[str], bool]]:
    """msgid key (as po_messages) -> (the source forms, the translated forms, fuzzy)."""
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=None)
    entries = {}
    for m in catalogue:
        if not m.id:
            continue
        sources = [str(m.id)] if isinstance(m.id, str) else [str(form) for form in m.id]
        plural = isinstance(m.string, (tuple, list))
        forms = [str(form or "") for form in m.string] if plural else [str(m.string or "")]
        entries[f"{m.context}|{sources[0]}" if m.context else sources[0]] = (sources, forms, m.fuzzy)
    return entries


# Placeholders a translation must keep: {0}/{name}/{0:,} (str.format), %1/%L1/%n (Qt), HTML tags.
_BRACES = re.compile(r"\{[^{}]*\}")
_QT_ARGS = re.compile(r"%(?:L?\d{1,2}|n)")
_TAGS = re.compile(r"</?[a-zA-Z][^<>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")


def accelerators(text: str) -> list[str]:
    """The characters marked as keyboard accelerators ('&File' -> ['F']); '&&' is a literal ampersand and
    '&amp;'-style entities in rich text are not accelerators."""
    text = _ENTITY.sub("", text).replace("&&", "")
    return [text[at + 1] for at in range(len(text) - 1) if text[at] == "&" and not text[at + 1].isspace()]


def placeholder_problems(source: str, translation: str, *, rich: bool = True) -> list[str]:
    """What a translation loses or adds against its source: the same placeholders (any order), the same
    HTML tags, the spaces at the edges of a fragment, and one accelerator (a letter or digit typable on any keyboard: 'ឯកសារ(&F)') when the
    source has one. `rich`: the text may be shown as rich text (Qt labels), so tags count."""
    problems = []
    if sorted(_BRACES.findall(source)) != sorted(_BRACES.findall(translation)):
        problems.append(f"placeholders {sorted(_BRACES.findall(source))} became "
                        f"{sorted(_BRACES.findall(translation))}")
    bare_source, bare_translation = _BRACES.sub("", source), _BRACES.sub("", translation)
    if sorted(set(_QT_ARGS.findall(bare_source))) != sorted(set(_QT_ARGS.findall(bare_translation))):
        problems.append(f"Qt arguments {sorted(set(_QT_ARGS.findall(bare_source)))} became "
                        f"{sorted(set(_QT_ARGS.findall(bare_translation)))}")
    if rich and sorted(_TAGS.findall(source)) != sorted(_TAGS.findall(translation)):
        problems.append(f"tags {sorted(_TAGS.findall(source))} became {sorted(_TAGS.findall(translation))}")
    # A fragment the code glues to other text (" by {0}") keeps its edge spaces.
    if source[:1].isspace() and not translation[:1].isspace():
        problems.append("the source starts with a space (it is glued to other text); the translation does not")
    if source[-1:].isspace() and not translation[-1:].isspace():
        problems.append("the source ends with a space (it is glued to other text); the translation does not")
    wanted, marked = accelerators(source), accelerators(translation)
    if len(wanted) != len(marked):
        problems.append(f"{len(wanted)} accelerator(s) in the source, {len(marked)} in the translation")
    elif any(not (char.isascii() and char.isalnum()) for char in marked):
        problems.append(f"accelerator on {marked}: use a letter or digit any keyboard has, e.g. '(&F)'")
    return problems


def compile_mo(po_path: Path) -> None:
    """Write the .mo beside `po_path` (core/catalogue_files.py; stamped with the .po it comes from)."""
    from ascn_desktop.core.catalogue_files import compile_catalogue
    from ascn_desktop.core.safe_files import atomic_write

    atomic_write(po_path.with_suffix(".mo"), compile_catalogue(po_path.read_bytes()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["compile"] and sys.argv[2:]:
        for name in sys.argv[2:]:
            compile_mo(Path(name))
    elif sys.argv[1:] == ["refresh"]:
        refresh_po()
        refresh_ts_headers()
    else:
        sys.exit(__doc__)
