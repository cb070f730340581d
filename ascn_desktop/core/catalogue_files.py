"""The core's catalogues on disk: each language's ``.po`` (the source, edited by translators) and the
``.mo`` compiled from it by the build (``make``; not kept in git, like the GUI's ``.qm``).

Every start of ``ascn`` reads the catalogue of the interface's language, so it reads the compiled
file: a GNU ``.mo`` (the standard gettext format, so ``msgunfmt`` shows it), parsed by the standard
library's ``gettext.GNUTranslations`` in about three milliseconds (``gettext`` is loaded by
argparse anyway), where Babel's ``.po`` reader took a quarter of a second and Babel's import more.
A ``.mo`` names the ``.po`` it was compiled from by its size and CRC-32 (an entry of its own,
context ``ascn-source``): when the ``.po`` has changed since (a translator's edit, a checkout), or
there is no ``.mo``, the ``.po`` is read with Babel instead, so a stale compiled file is never used. Both ways give the same `Entries`: ``compile_catalogue`` writes from
the very entries the ``.po`` gives (tests/test_catalogue_files.py compares them for every language).

What counts as a translation is decided once, in `entries_from_catalog`: every entry with a
non-empty translation, drafts (fuzzy) included; a counted phrase only when all its forms are
translated. Obsolete entries are left out.
"""

from __future__ import annotations

import zlib
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, which mypy reads as True, without importing typing (`ascn --help`)
if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

__all__ = ["Entries", "compile_catalogue", "entries_from_catalog", "read_entries", "read_mo", "write_mo"]

_MAGIC = 0x950412DE
_CONTEXT_SEPARATOR = "\x04"
_SOURCE_CONTEXT = "ascn-source"  # the entry naming the .po a .mo was compiled from
_SOURCE_ID = "po-size-crc32"


class Entries:
    """One language's catalogue as the core uses it."""

    __slots__ = ("messages", "plural_expr", "plurals")

    def __init__(self, messages: dict[tuple[str | None, str], str], plurals: dict[str, tuple[str, ...]],
                 plural_expr: str) -> None:
        self.messages = messages  # (context or None, msgid) -> translation
        self.plurals = plurals  # singular msgid -> every translated form, in the language's order
        self.plural_expr = plural_expr  # the C expression of the Plural-Forms header, e.g. "0", "(n != 1)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entries) and (self.messages, self.plurals, self.plural_expr) == (
            other.messages, other.plurals, other.plural_expr)

    __hash__ = None  # type: ignore[assignment]  # mutable dictionaries inside


def entries_from_catalog(catalog: Catalog) -> Entries:
    """The entries of a catalogue read by Babel (``read_po``)."""
    messages = {(message.context, str(message.id)): str(message.string) for message in catalog
                if message.id and isinstance(message.id, str) and isinstance(message.string, str) and message.string}
    plurals = {str(message.id[0]): tuple(str(form) for form in message.string) for message in catalog
               if isinstance(message.id, (tuple, list)) and isinstance(message.string, (tuple, list))
               and all(message.string)}
    return Entries(messages, plurals, str(catalog.plural_expr or "0"))


def source_stamp(po_bytes: bytes) -> str:
    """What a .mo records of the .po it was compiled from (a check against staleness, not a signature)."""
    return f"{len(po_bytes)}:{zlib.crc32(po_bytes):08x}"


def compile_catalogue(po_bytes: bytes) -> bytes:
    """The .mo of a .po's bytes, stamped with them."""
    from io import BytesIO

    from babel.messages.pofile import read_po

    entries = entries_from_catalog(read_po(BytesIO(po_bytes), locale=None, ignore_obsolete=True))
    return write_mo(entries, stamp=source_stamp(po_bytes))


def write_mo(entries: Entries, *, stamp: str) -> bytes:
    """`entries` as a GNU .mo file (no hash table: gettext's reader looks entries up by dict)."""
    import struct

    pairs: dict[str, str] = {"": f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals="
                                 f"{_plural_count(entries)}; plural={entries.plural_expr};\n"}
    for (context, message), translation in entries.messages.items():
        pairs[message if context is None else f"{context}{_CONTEXT_SEPARATOR}{message}"] = translation
    for singular, forms in entries.plurals.items():
        # msgid "singular\0plural": gettext looks a counted phrase up by its singular; the English plural is
        # not kept in `Entries`, so the singular stands in for it.
        pairs[f"{singular}\x00{singular}"] = "\x00".join(forms)
    pairs[f"{_SOURCE_CONTEXT}{_CONTEXT_SEPARATOR}{_SOURCE_ID}"] = stamp
    keys = sorted(pairs)  # gettext's order: by msgid
    originals = [key.encode("utf-8") for key in keys]
    translations = [pairs[key].encode("utf-8") for key in keys]
    count = len(keys)
    header_size = 7 * 4
    tables_size = 2 * count * 8
    offset = header_size + tables_size
    original_table: list[tuple[int, int]] = []
    translation_table: list[tuple[int, int]] = []
    blob = bytearray()
    for strings, table in ((originals, original_table), (translations, translation_table)):
        for text in strings:
            table.append((len(text), offset + len(blob)))
            blob += text + b"\x00"
    header = struct.pack("<7I", _MAGIC, 0, count, header_size, header_size + count * 8, 0, offset)
    tables = b"".join(struct.pack("<2I", *row) for row in original_table + translation_table)
    return header + tables + bytes(blob)


def _plural_count(entries: Entries) -> int:
    return max((len(forms) for forms in entries.plurals.values()), default=2)


def read_mo(data: bytes) -> tuple[Entries, str | None]:
    """The entries of a GNU .mo (`write_mo`'s, or any other) and its source stamp, read by gettext.

    Raises OSError (gettext's "Bad magic number"), ValueError or struct.error on a file that is not one."""
    import gettext
    from io import BytesIO

    translations = gettext.GNUTranslations(BytesIO(data))
    # gettext keeps what it read in `_catalog`: "msgid" or "context\x04msgid" -> translation, and
    # (singular, n) -> the n-th form of a counted phrase; the header itself is parsed into info().
    table: dict[str | tuple[str, int], str] = dict(translations._catalog)  # type: ignore[attr-defined]
    table.pop("", None)
    stamp = table.pop(f"{_SOURCE_CONTEXT}{_CONTEXT_SEPARATOR}{_SOURCE_ID}", None)
    assert stamp is None or isinstance(stamp, str)
    messages: dict[tuple[str | None, str], str] = {}
    forms: dict[str, dict[int, str]] = {}
    for key, value in table.items():
        if isinstance(key, tuple):
            forms.setdefault(key[0], {})[key[1]] = value
        elif _CONTEXT_SEPARATOR in key:
            context, _separator, message = key.partition(_CONTEXT_SEPARATOR)
            messages[(context, message)] = value
        else:
            messages[(None, key)] = value
    plurals = {singular: tuple(by_index[index] for index in sorted(by_index)) for singular, by_index in forms.items()}
    return Entries(messages, plurals, _plural_expr(translations.info().get("plural-forms", ""))), stamp


def _plural_expr(plural_forms: str) -> str:
    """The expression of a Plural-Forms header's value ("nplurals=1; plural=0;" -> "0"); English's without one."""
    if "plural=" not in plural_forms:
        return "(n != 1)"
    return plural_forms.split("plural=", 1)[1].strip().rstrip(";").strip()


def read_entries(po_path: Path) -> Entries | None:
    """The catalogue of `po_path` (None when there is none): its compiled .mo when that was compiled from
    the .po as it is now (or when an installation ships the .mo alone), else the .po itself read with Babel."""
    import struct  # gettext's own reader imports it too

    try:
        entries, stamp = read_mo(po_path.with_suffix(".mo").read_bytes())
    except (OSError, ValueError, LookupError, struct.error):  # damaged, foreign or truncated: not used
        entries, stamp = None, None
    try:
        po_bytes = po_path.read_bytes()
    except FileNotFoundError:
        return entries
    if entries is not None and stamp == source_stamp(po_bytes):
        return entries
    from io import BytesIO

    from babel.messages.pofile import read_po

    return entries_from_catalog(read_po(BytesIO(po_bytes), locale=None, ignore_obsolete=True))
