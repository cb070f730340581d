"""The Excel import's cell errors read whole in the interface's language: the frame ('found …, expected …')
and what the cell should hold are catalogue entries with named placeholders, not English pieces."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from openpyxl.workbook.workbook import Workbook

import ascn_desktop.core.i18n as i18n
from ascn_desktop.core.catalogue_files import entries_from_catalog
from ascn_desktop.core.i18n import set_language
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.reader import read_plan_workbook
from fixtures.workbooks.workbook_factory import base_plan, edit_workbook, set_cell

KHMER = {
    "{place}: found '{found}', expected {expected}.": "{place}៖ ឃើញ '{found}' ប៉ុន្តែត្រូវការ {expected}។",
    "{place}: found nothing, expected {expected}.": "{place}៖ ទទេ ប៉ុន្តែត្រូវការ {expected}។",
    "an amount in {currency}": "ចំនួនទឹកប្រាក់ជា {currency}",
    "a title for the plan": "ចំណងជើងផែនការ",
    "a quarter 1 to 4 (or Q1 to Q4)": "ត្រីមាស 1 ដល់ 4 (ឬ Q1 ដល់ Q4)",
}


@pytest.fixture
def khmer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalogue = Catalog(locale=None)
    for message, translation in KHMER.items():
        catalogue.add(message, translation)
    monkeypatch.setattr(i18n, "_read", lambda wanted: entries_from_catalog(catalogue) if wanted == "km" else None)
    for name in ("_catalogue", "_plurals"):  # the catalogue above at each call, not the cached real one
        function = getattr(i18n, name)
        monkeypatch.setattr(i18n, name, getattr(function, "__wrapped__", function))
    # translations_of caches what it read: what it read from this made-up catalogue must not outlive the test
    # (a later test would find no Khmer sheet names).
    i18n.translations_of.cache_clear()
    yield
    set_language("en")
    i18n.translations_of.cache_clear()


def _edit(book: Workbook) -> None:
    set_cell(book, layout.PROJECTS, "Budget", 2, "lots")
    set_cell(book, layout.MILESTONES, "Due quarter", 2, "Q7")
    sheet = book[layout.OVERVIEW]
    title_row = next(row for row in range(1, 40) if sheet[f"A{row}"].value == "Plan title")
    sheet[f"B{title_row}"].value = None


def test_cell_errors_read_whole_in_the_interface_language(reference: ReferenceData, tmp_path: Path,
                                                          khmer: None) -> None:
    base = base_plan()
    path = edit_workbook(tmp_path / "errors.xlsx", base, reference, _edit)
    english = [str(error) for error in read_plan_workbook(path, reference=reference, base_plan=base).errors]
    assert "Projects!O2 (Budget): found 'lots', expected an amount in VND." in english
    set_language("km")
    khmer = [str(error) for error in read_plan_workbook(path, reference=reference, base_plan=base).errors]
    assert "Projects!O2 (Budget)៖ ឃើញ 'lots' ប៉ុន្តែត្រូវការ ចំនួនទឹកប្រាក់ជា VND។" in khmer
    assert any(e.startswith("Milestones!") and e.endswith("៖ ឃើញ 'Q7' ប៉ុន្តែត្រូវការ ត្រីមាស 1 ដល់ 4 (ឬ Q1 ដល់ Q4)។")
               for e in khmer), khmer
    assert any(e.startswith("Overview!B") and e.endswith("៖ ទទេ ប៉ុន្តែត្រូវការ ចំណងជើងផែនការ។") for e in khmer), khmer
