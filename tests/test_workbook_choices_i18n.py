"""Choice cells in the workbook's language: focus areas, outcomes, project and milestone statuses, funding
types and Yes/No are written (and offered in the drop-downs) as the interface's labels; the import takes
them in English, in any shipped language or as codes, and refuses a word that names two codes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import ascn_desktop.core.i18n as i18n
from ascn_desktop.core.bundles.bundle_export import plan_document_bytes
from ascn_desktop.core.i18n import _, set_language
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import choices, layout, parsing, plan_workbook_bytes
from ascn_desktop.core.workbook.reader import read_plan_workbook
from fixtures.workbooks.workbook_factory import base_plan, column


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


def _plan() -> Plan:
    plan = base_plan()
    plan.projects[1] = replace(plan.projects[1], partner="ADB")
    return plan


def _cell(book: openpyxl.Workbook, sheet: str, header: str, row: int) -> Any:
    ws = book[layout.sheet_title(sheet)]
    return ws[f"{column(ws, _(header))}{row}"]


@pytest.mark.parametrize("written_in", ["km", "th"])
@pytest.mark.parametrize("template", [True, False])
def test_a_khmer_or_thai_workbook_holds_its_words_and_reads_back_the_same_plan(
        reference: ReferenceData, tmp_path: Path, speaking: None, written_in: str, template: bool) -> None:
    plan = _plan()
    set_language(written_in)
    data = plan_workbook_bytes(plan, reference, template=template)
    book = openpyxl.load_workbook(io.BytesIO(data))
    shown = {
        (layout.PROJECTS, "Focus area", 2): reference.shown_label("focus_areas", "BI"),
        (layout.PROJECTS, "Status", 2): reference.shown_label("project_statuses", "in_progress"),
        (layout.PROJECTS, "Seeks private partner", 2): _("Yes"),
        (layout.PROJECTS, "Seeks private partner", 3): _("No"),
        (layout.MILESTONES, "Status", 2): reference.shown_label("milestone_statuses", "done"),
        (layout.FUNDING, "Funding type", 2): reference.shown_label("funding_types", "municipal"),
    }
    for (sheet, header, row), word in shown.items():
        assert word.isascii() is False, (header, word)  # the catalogue translates it
        assert _cell(book, sheet, header, row).value == word
    outcomes = _cell(book, layout.PROJECTS, "Strategic outcomes", 2).value
    assert outcomes == "; ".join(reference.shown_label("outcomes", code) for code in ("CE", "SE"))
    path = tmp_path / f"plan-{written_in}.xlsx"
    path.write_bytes(data)
    for read_in in ("en", "km", "vi"):
        set_language(read_in)
        result = read_plan_workbook(path, reference=reference, base_plan=plan)
        assert result.ok, [str(error) for error in result.errors]
        assert diff_plans(plan, result.plan).is_empty, (read_in, diff_plans(plan, result.plan).summary())


def test_the_drop_downs_offer_the_translated_labels(reference: ReferenceData, speaking: None) -> None:
    set_language("km")
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(_plan(), reference, template=True)))
    lists = book[layout.LISTS]
    offered = {lists.cell(1, n).value: [lists.cell(row, n).value for row in range(2, lists.max_row + 1)
                                        if lists.cell(row, n).value is not None]
               for n in range(1, lists.max_column + 1)}
    for kind in choices.VOCABULARIES:
        assert offered[kind] == list(reference.shown_vocab(kind).values())
        assert not set(offered[kind]) & set(reference.vocab[kind].values()), kind  # no English left
    assert offered["bool"] == [_("Yes"), _("No")] != ["Yes", "No"]
    # The Status column's drop-down reads its list, and the cells hold words of that list.
    projects = book[layout.sheet_title(layout.PROJECTS)]
    letter = column(projects, _("Status"))
    validation = next(v for v in projects.data_validations.dataValidation if f"{letter}2" in v.sqref)
    assert validation.formula1.startswith("Lists!$C$")
    assert projects[f"{letter}2"].value in offered["project_statuses"]


def test_words_of_any_language_or_codes_import_under_any_interface(reference: ReferenceData, tmp_path: Path,
                                                                   speaking: None) -> None:
    plan = _plan()
    set_language("km")
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference, template=True)))
    # An officer mixes Thai, Vietnamese, English and Khmer words and codes.
    set_language("th")
    thai_delayed = reference.shown_label("milestone_statuses", "delayed")
    set_language("vi")
    vietnamese_completed = reference.shown_label("project_statuses", "completed")
    set_language("km")
    _cell(book, layout.MILESTONES, "Status", 2).value = thai_delayed
    _cell(book, layout.PROJECTS, "Status", 3).value = f"  {vietnamese_completed.upper()} "
    _cell(book, layout.FUNDING, "Funding type", 2).value = "national"
    _cell(book, layout.PROJECTS, "Focus area", 3).value = "Built Infrastructure"
    _cell(book, layout.PROJECTS, "Strategic outcomes", 3).value = f"QL; {reference.shown_label('outcomes', 'CE')}"
    _cell(book, layout.PROJECTS, "Seeks private partner", 2).value = _("No")
    _cell(book, layout.PROJECTS, "Seeks private partner", 3).value = "yes"
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    for read_in in ("en", "vi", "km"):
        set_language(read_in)
        result = read_plan_workbook(path, reference=reference, base_plan=plan)
        assert result.ok, [str(error) for error in result.errors]
        first, second = result.plan.projects
        assert first.milestones[0].status == "delayed" and first.funding[0].type == "national"
        assert (second.status, second.focus_area, second.outcomes) == ("completed", "BI", ["QL", "CE"])
        assert (first.seeks_private_partner, second.seeks_private_partner) == (False, True)
    # An English workbook imports in a Khmer interface.
    set_language("en")
    english = tmp_path / "english.xlsx"
    english.write_bytes(plan_workbook_bytes(plan, reference, template=True))
    set_language("km")
    result = read_plan_workbook(english, reference=reference, base_plan=plan)
    assert result.ok and diff_plans(plan, result.plan).is_empty


def test_a_wrong_choice_lists_the_choices_in_the_interface_language(reference: ReferenceData, tmp_path: Path,
                                                                    speaking: None) -> None:
    plan = _plan()
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference, template=True)))
    _cell(book, layout.PROJECTS, "Status", 2).value = "Someday"
    path = tmp_path / "wrong.xlsx"
    book.save(path)
    set_language("km")
    errors = [str(error) for error in read_plan_workbook(path, reference=reference, base_plan=plan).errors]
    assert len(errors) == 1 and "'Someday'" in errors[0], errors
    assert reference.shown_label("project_statuses", "on_hold") in errors[0] and "On hold" not in errors[0]


@pytest.fixture
def lao_says_on_hold_for_planned(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A Lao catalogue whose word for 'planned' is the English label of 'on_hold'."""
    real = i18n._catalogue

    def catalogue(code: str) -> dict[tuple[str | None, str], str]:
        found = real(code)
        return {**found, ("project_statuses", "planned"): "On hold"} if code == "lo" else found

    monkeypatch.setattr(i18n, "_catalogue", catalogue)
    i18n.translations_of.cache_clear()
    yield
    i18n.translations_of.cache_clear()


def test_a_word_naming_two_codes_in_different_languages_is_refused(reference: ReferenceData, tmp_path: Path,
                                                                  lao_says_on_hold_for_planned: None) -> None:
    plan = _plan()
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference, template=True)))
    _cell(book, layout.PROJECTS, "Status", 2).value = "on HOLD "  # English for on_hold, Lao for planned
    _cell(book, layout.PROJECTS, "Status", 3).value = "Planned"  # unambiguous: only 'planned' is called so
    path = tmp_path / "ambiguous.xlsx"
    book.save(path)
    result = read_plan_workbook(path, reference=reference, base_plan=plan)
    assert [str(error) for error in result.errors] == [
        "Projects!L2 (Status): found 'on HOLD ', expected a project status, written as its code (planned, "
        "on_hold): this word names more than one in different languages."]
    _cell(book, layout.PROJECTS, "Status", 2).value = "on_hold"  # as the error asks: a code names itself
    book.save(path)
    result = read_plan_workbook(path, reference=reference, base_plan=plan)
    assert result.ok and [p.status for p in result.plan.projects] == ["on_hold", "planned"]


def test_choice_refuses_a_label_two_codes_share_and_takes_their_codes() -> None:
    options = {"a": "Alpha", "b": "Beta"}
    labels = {"a": ("Alpha", "Gamma"), "b": ("Beta", "Gamma")}
    with pytest.raises(parsing.AmbiguousChoice) as refused:
        parsing.choice("gamma", options, what="a letter", labels=labels)
    assert refused.value.expected == ("a letter, written as its code (a, b): this word names more than one in "
                                      "different languages")
    with pytest.raises(parsing.AmbiguousChoice):
        parsing.choices("Alpha; Gamma", options, what="letters", labels=labels)
    assert parsing.choices("b; a", options, what="letters", labels=labels) == ["b", "a"]
    assert parsing.choice("Beta (b)", options, what="a letter", labels=labels) == "b"


def test_a_bundle_stays_language_neutral(reference: ReferenceData, speaking: None) -> None:
    """plan.json carries codes whatever the language; only plan.xlsx (and plan.pdf) speak it."""
    plan = _plan()
    english = plan_document_bytes(plan, reference), plan_workbook_bytes(plan, reference)
    set_language("km")
    khmer = plan_document_bytes(plan, reference), plan_workbook_bytes(plan, reference)
    assert khmer[0] == english[0]
    assert b'"status": "in_progress"' in english[0] or b'"status":"in_progress"' in english[0]
    assert khmer[1] != english[1]
