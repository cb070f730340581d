"""The core's compiled catalogues (core/catalogue_files.py): a .mo gives exactly what its .po gives, and
a .mo that is not the .po's (stale, damaged, missing) is never used."""

from __future__ import annotations

import gettext
import io
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from ascn_desktop.core.catalogue_files import compile_catalogue, entries_from_catalog, read_entries, read_mo

LOCALE = Path(__file__).resolve().parents[1] / "resources" / "locale"
CODES = sorted(path.stem for path in LOCALE.glob("*.po"))


def _from_po(path: Path) -> object:
    return entries_from_catalog(read_po(io.BytesIO(path.read_bytes()), locale=None, ignore_obsolete=True))


@pytest.mark.parametrize("code", CODES)
def test_the_compiled_catalogue_holds_what_the_po_holds(code: str, tmp_path: Path) -> None:
    po = LOCALE / f"{code}.po"
    compiled = compile_catalogue(po.read_bytes())
    entries, stamp = read_mo(compiled)
    assert entries == _from_po(po)
    assert stamp is not None
    # A standard .mo: gettext's own reader finds the same translations (contexts and plurals too).
    standard = gettext.GNUTranslations(io.BytesIO(compiled))
    for (context, message), translation in entries.messages.items():
        found = standard.pgettext(context, message) if context else standard.gettext(message)
        assert found == translation
    for singular, forms in entries.plurals.items():
        assert standard.ngettext(singular, singular, 1) in forms


def test_a_stale_damaged_or_missing_mo_is_not_used(tmp_path: Path) -> None:
    po = tmp_path / "km.po"
    shutil.copy(LOCALE / "km.po", po)
    mo = po.with_suffix(".mo")
    mo.write_bytes(compile_catalogue(po.read_bytes()))
    assert read_entries(po) == _from_po(po)

    text = po.read_text(encoding="utf-8")
    message = next(m for m in read_po(io.BytesIO(po.read_bytes())) if isinstance(m.id, str) and m.id and m.string)
    po.write_text(text.replace(f'msgstr "{message.string}"', 'msgstr "CHANGED"', 1), encoding="utf-8")
    changed = read_entries(po)  # the .mo is now older than the .po: the .po is read
    assert changed is not None and changed.messages[(message.context, message.id)] == "CHANGED"

    po.write_text(text, encoding="utf-8")
    mo.write_bytes(compile_catalogue(po.read_bytes()))
    po.unlink()  # an installation may ship the compiled catalogue alone
    assert read_entries(po) == _from_po(LOCALE / "km.po")
    po.write_text(text, encoding="utf-8")

    mo.write_bytes(b"not a catalogue")
    assert read_entries(po) == _from_po(po)
    mo.unlink()
    assert read_entries(po) == _from_po(po)
    assert read_entries(tmp_path / "xx.po") is None
