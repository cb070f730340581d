"""The Projects sheet of a plan workbook → the plan's projects (child rows come later).

A row maps to a project of the plan by its hidden Project ID, else by its
code; a row copied from another (same hidden id twice) becomes a new project.
Columns absent from the sheet keep the plan's values; blank cells clear them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ascn_desktop.core.i18n import _
from ascn_desktop.core import limits
from ascn_desktop.core.model import PROJECT_STATUSES, Plan, Project
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.text import fold
from ascn_desktop.core.workbook import choices, layout, parsing
from ascn_desktop.core.workbook.sheets import SheetGrid
from ascn_desktop.core.workbook.tableview import FAILED, Findings, RowView, TableView


@dataclass(frozen=True)
class Vocabulary:
    """A vocabulary as the import reads it, made once per sheet: its labels in the interface's language
    (listed when a cell names none), in every shipped language, and the Secretariat's other spellings."""

    options: dict[str, str]  # code -> label shown
    labels: dict[str, tuple[str, ...]]  # code -> label in English and each shipped language
    aliases: dict[str, tuple[str, ...]] | None
    what: str  # what a cell error says the cell should hold ("a project status")
    table: dict[str, str | tuple[str, ...]] = field(init=False, repr=False)  # asked once per choice cell

    def __post_init__(self) -> None:
        object.__setattr__(self, "table", parsing.lookup_table(self.options, self.aliases, self.labels))

    def one(self, value: object) -> str:
        return parsing.choice_in(self.table, value, self.options, what=self.what)

    def several(self, value: object) -> list[str]:
        return parsing.choices(value, self.options, what=self.what, aliases=self.aliases, labels=self.labels)


def vocabulary(reference: ReferenceData, kind: str, fallback: tuple[str, ...] = (), *, what: str) -> Vocabulary:
    """A vocabulary of the reference, falling back to the model's codes if the reference lacks it."""
    options = choices.shown_vocab(reference, kind, fallback)
    return Vocabulary(options, choices.labels_in_every_language(reference, kind, list(options)),
                      reference.vocab_aliases.get(kind), what)


def copy_project(project: Project) -> Project:
    """A copy the import may change without touching the base plan (cheaper than deepcopy by far)."""
    # Child rows are shared, not copied: the child sheets build fresh lists from copies of the rows
    # they change (children.py), and rows they do not list are never modified.
    return replace(
        project, outcomes=list(project.outcomes), sdgs=list(project.sdgs), funding=list(project.funding),
        milestones=list(project.milestones), indicators=list(project.indicators),
        progress_notes=list(project.progress_notes),
    )


def merged_text(row: RowView, key: str, current: str) -> str:
    """The cell's text, trimmed; the stored text when they differ only by surrounding spaces.

    Surrounding spaces people type into sheets are never an error and never a change on their own.
    """
    if not row.table.has(key) or row.unsaved_formula(key):
        return current
    new = text_as_typed(row.raw(key), current)
    expected = limits.too_long(key, new)  # the same limit as the editor, the bundle import and the export
    if expected:
        row.error(key, new, expected)
    return new


def text_as_typed(value: object, current: str) -> str:
    new = parsing.text(value).strip()
    return current if current.strip() == new else new


def plan_period(years: range) -> str:
    """Why a year is refused: 'the years of the plan' (the cycle's years, as the editor allows them)."""
    return _("the years of the plan") if years else ""


def read_projects(grid: SheetGrid, base: Plan, reference: ReferenceData, findings: Findings, *,
                  additive: bool, years: range) -> list[Project] | None:
    view = TableView(grid, layout.PROJECT_COLUMNS, findings, required=("title",))
    if not view.ok:
        return None
    by_id = {p.id: p for p in base.projects}
    by_code = {fold(p.code): p for p in base.projects}
    used: set[str] = set()
    matched: dict[str, Project] = {}
    new: list[Project] = []
    seen_codes: dict[str, int] = {}
    city = reference.cities.get(base.city)
    city_currency = city.currency if city else ""
    vocabularies = _vocabularies(reference)
    for row in view.rows():
        row_id = parsing.clean(row.raw("id"))
        code = parsing.clean(row.raw("code"))
        original = by_id.get(row_id) if row_id and row_id not in used else None
        if original is None and code:
            candidate = by_code.get(fold(code))
            if candidate is not None and candidate.id not in used and (not row_id or row_id not in by_id):
                original = candidate
        if original is None and row_id in by_id:
            findings.notices.append(_("{sheet} row {row} repeats the hidden id of another row (a copied row); it "
                                      "becomes a new project.").format(sheet=view.sheet, row=row.number))
        project = copy_project(original) if original is not None else Project(code="", title="")
        used.add(project.id)
        _fill(row, project, reference, findings, vocabularies, city_currency=city_currency, years=years)
        if project.code:
            earlier = seen_codes.get(fold(project.code))
            if earlier is not None:
                row.error("code", project.code, _("a code no other project uses (row {row} has it too)").format(row=earlier))
            else:
                seen_codes[fold(project.code)] = row.number
        if original is not None:
            matched[original.id] = project
        else:
            new.append(project)
    ordered = [matched.get(p.id) or p for p in base.projects if p.id in matched or additive]
    _propose_codes(ordered + new, findings, sheet=view.sheet)
    return ordered + new


def _propose_codes(projects: list[Project], findings: Findings, *, sheet: str) -> None:
    """Projects without a code get the next free P-01, P-02, … and one notice says so (never an error per row)."""
    missing = [project for project in projects if not project.code]
    if not missing:
        return
    taken = {fold(project.code) for project in projects if project.code}
    number = 0
    proposed = []
    for project in missing:
        number += 1
        while fold(f"P-{number:02d}") in taken:
            number += 1
        project.code = f"P-{number:02d}"
        proposed.append(project.code)
    span = proposed[0] if len(proposed) == 1 else _("{first} to {last}").format(first=proposed[0], last=proposed[-1])
    if len(proposed) == 1:
        notice = _("1 project on {sheet} had no code; {codes} was proposed (change them in the plan if the city "
                   "uses its own codes).")
    else:
        notice = _("{count} projects on {sheet} had no code; {codes} were proposed (change them in the plan if "
                   "the city uses its own codes).")
    findings.notices.append(notice.format(count=len(proposed), sheet=sheet, codes=span))


def _vocabularies(reference: ReferenceData) -> dict[str, Vocabulary]:
    return {"focus_areas": vocabulary(reference, "focus_areas", what=_("a focus area")),
            "outcomes": vocabulary(reference, "outcomes", what=_("strategic outcomes")),
            "project_statuses": vocabulary(reference, "project_statuses", PROJECT_STATUSES, what=_("a project status"))}


def _fill(row: RowView, project: Project, reference: ReferenceData, findings: Findings,
          vocabularies: dict[str, Vocabulary], *, city_currency: str, years: range) -> None:
    if row.table.has("code"):
        project.code = parsing.clean(row.raw("code"))  # blank: a code is proposed (_propose_codes)
        if limits.too_long("code", project.code):
            row.error("code", project.code, str(limits.too_long("code", project.code)))
    project.title = merged_text(row, "title", project.title)
    if row.table.has("title") and not project.title:
        row.require("title", _("a project title"))
    for key in ("description", "lead_agency", "private_sector_need", "risks"):
        setattr(project, key, merged_text(row, key, getattr(project, key)))
    # A label in English or any shipped language, a code, or the Secretariat's spellings ("Civic & Social").
    project.focus_area = _labelled(row, "focus_area", "focus_area_code", project.focus_area,
                                   vocabularies["focus_areas"].one)
    project.outcomes = _labelled(row, "outcomes", "outcome_codes", project.outcomes, vocabularies["outcomes"].several,
                                 empty=[])
    project.sdgs = cell_value(row, "sdgs", project.sdgs, parsing.sdgs, reference.vocab.get("sdgs", {}), empty=[])
    refused = len(findings.errors)
    project.start_year = cell_value(row, "start_year", project.start_year, parsing.year, within=years,
                                    what=plan_period(years))
    project.end_year = cell_value(row, "end_year", project.end_year, parsing.year, within=years,
                                  what=plan_period(years))
    # Only two years the sheet gave and both accepted are compared: a refused cell is blamed on its own.
    if (len(findings.errors) == refused and row.table.has("start_year") and row.table.has("end_year")
            and project.start_year and project.end_year and project.end_year < project.start_year):
        row.error("end_year", project.end_year, _("a year not before the start year {year} in {cell}").format(
            year=project.start_year, cell=f"{row.table.sheet}!{row.ref('start_year')}"))
    project.status = cell_value(row, "status", project.status, vocabularies["project_statuses"].one, empty="planned")
    currencies = {code: reference.currency_names.get(code, code) for code in reference.currency_decimals}
    project.currency = cell_value(row, "currency", project.currency,
                              lambda v: parsing.choice(v, currencies, what=_("a currency code such as VND")),
                              empty="")
    currency = project.currency or city_currency
    project.budget = cell_value(row, "budget", project.budget, parsing.amount, currency=currency)
    project.budget_usd = cell_value(row, "budget_usd", project.budget_usd, parsing.amount, currency="USD")
    project.seeks_private_partner = cell_value(row, "seeks_private_partner", project.seeks_private_partner,
                                           parsing.yes_no, empty=False)
    project.partner = cell_value(row, "partner", project.partner,
                             lambda v: parsing.choice(v, reference.partners, what=_("an external partner")))


def cell_value(row: RowView, key: str, current: Any, parser: Any, *args: Any, empty: Any = None,
               **kwargs: Any) -> Any:
    """The parsed cell; `empty` when blank; the current value when the column is absent or the cell is wrong."""
    if not row.table.has(key):
        return current
    parsed = row.parse(key, parser, *args, **kwargs)
    if parsed is FAILED:
        return current
    return empty if parsed is None else parsed


def _labelled(row: RowView, label_key: str, code_key: str, current: Any, parser: Any, *, empty: Any = None) -> Any:
    """A vocabulary value from its label column; the code column counts only when the label is blank."""
    if row.table.has(label_key) and not row.blank(label_key):
        return cell_value(row, label_key, current, parser, empty=empty)
    if row.table.has(code_key) and not row.blank(code_key):
        return cell_value(row, code_key, current, parser, empty=empty)
    if row.table.has(label_key) or row.table.has(code_key):
        return empty
    return current
