"""Reading a plan workbook back into a plan: the Excel import.

`read_plan_workbook(path, reference=…, base_plan=…)` returns the plan the
workbook describes, built on `base_plan` (the plan in the store), with every
problem as a `CellError` in one list and notices for what was ignored. Nothing
is written here; the caller previews `diff_plans(base_plan, result.plan)` and
applies it only when `result.errors` is empty.

Rows map back by their hidden ids, else by project code; a row without a known
id is new; a plan row missing from the workbook is removed (except for a
workbook made as an empty template, which only adds and changes). Rows keep
the plan's order whatever order the sheet is sorted in; new rows come last.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from ascn_desktop.core import limits
from ascn_desktop.core.collector import collector_paused
from ascn_desktop.core.model import Plan
from ascn_desktop.core.progress import ProgressCallback, check, no_progress
from ascn_desktop.core.reference import CityInfo, ReferenceData
from ascn_desktop.core.text import fold
from ascn_desktop.core.workbook import choices, layout, parsing
from ascn_desktop.core.workbook.children import read_children
from ascn_desktop.core.workbook.projects import read_projects, text_as_typed
from ascn_desktop.core.workbook.safety import WorkbookRefused, scan_workbook_file
from ascn_desktop.core.workbook.sheets import SheetGrid, load_sheets
from ascn_desktop.core.workbook.tableview import CellError, Findings
from ascn_desktop.core.i18n import _, translations_of

__all__ = ["CellError", "WorkbookReadResult", "WorkbookRefused", "read_plan_workbook"]


@dataclass
class WorkbookReadResult:
    plan: Plan
    errors: list[CellError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# Per child sheet, whole in every language: (the progress line, the notice when the sheet is missing).
_CHILD_SHEET_WORDS = {
    layout.MILESTONES: lambda: (_("Checking milestones…"),
                                _("The workbook has no sheet '{sheet}'; the plan's milestones are kept as they are.")),
    layout.INDICATORS: lambda: (_("Checking indicators…"),
                                _("The workbook has no sheet '{sheet}'; the plan's indicators are kept as they are.")),
    layout.FUNDING: lambda: (_("Checking funding…"),
                             _("The workbook has no sheet '{sheet}'; the plan's funding sources are kept as they are.")),
    layout.PROGRESS: lambda: (_("Checking progress…"),
                              _("The workbook has no sheet '{sheet}'; the plan's progress notes are kept as they are.")),
}


def read_plan_workbook(path: Path | str, *, reference: ReferenceData, base_plan: Plan,
                       progress: ProgressCallback = no_progress,
                       abort: threading.Event | None = None) -> WorkbookReadResult:
    """The plan described by the workbook at `path`, with its cell errors and notices (see module doc)."""
    with collector_paused():  # every cell's value and the plan's copies are made at once and live on
        return _read(Path(path), reference=reference, base_plan=base_plan, progress=progress, abort=abort)


def _read(path: Path, *, reference: ReferenceData, base_plan: Plan, progress: ProgressCallback,
          abort: threading.Event | None) -> WorkbookReadResult:
    progress(0.0, _("Checking the workbook…"))
    scan = scan_workbook_file(path)
    check(abort)
    progress(0.1, _("Reading the workbook…"))
    grids, others = load_sheets(path, scan, wanted={sheet: layout.sheet_titles(sheet) for sheet in layout.KNOWN_SHEETS},
                                formats_for=(layout.MILESTONES,))
    check(abort)
    if layout.PROJECTS not in grids:
        raise WorkbookRefused(_("{name} has no sheet named '{projects}'; import a workbook exported "
                              "by ASCN Desktop (File › Export Excel template…) or one with the same sheets.").format(
                                  name=path.name, projects=layout.sheet_title(layout.PROJECTS)))
    findings = Findings()
    for title in others:
        findings.notices.append(_("The sheet '{title}' is not part of the plan and was ignored.").format(title=title))
    plan = replace(base_plan, focus_areas=list(base_plan.focus_areas), outcomes=list(base_plan.outcomes),
                   projects=list(base_plan.projects))
    additive = _read_overview(grids.get(layout.OVERVIEW), plan, base_plan, reference, findings)
    progress(0.6, _("Checking projects…"))
    check(abort)
    # The plan's years: every year cell must lie in them, as in the editor (an unknown cycle: any year).
    years = reference.cycles[base_plan.cycle].years if base_plan.cycle in reference.cycles else range(0)
    projects = read_projects(grids[layout.PROJECTS], base_plan, reference, findings, additive=additive,
                             years=years)
    if projects is not None:
        plan.projects = projects
        for n, sheet in enumerate((layout.MILESTONES, layout.INDICATORS, layout.FUNDING, layout.PROGRESS)):
            check(abort)
            checking, missing = _CHILD_SHEET_WORDS[sheet]()
            progress(0.7 + 0.07 * n, checking)
            grid = grids.get(sheet)
            if grid is None:
                findings.notices.append(missing.format(sheet=layout.sheet_title(sheet)))
                continue
            read_children(sheet, grid, plan, base_plan, reference, findings, additive=additive, years=years)
    if additive:
        findings.notices.append(_("This workbook is an empty template: its rows are added to the plan or change "
                                  "it; nothing is removed."))
    progress(1.0, _("Read."))
    return WorkbookReadResult(plan, findings.errors, findings.notices)


def workbook_city(path: Path | str, *, reference: ReferenceData) -> CityInfo:
    """The city the workbook's Overview sheet names (its code cell, else its name), for `ascn import-xlsx`."""
    path = Path(path)
    scan = scan_workbook_file(path)
    grids, _others = load_sheets(path, scan, wanted={layout.OVERVIEW: layout.sheet_titles(layout.OVERVIEW)})
    grid = grids.get(layout.OVERVIEW)
    if grid is not None:
        city_entry = next(entry for entry in layout.OVERVIEW_FIELDS if entry.key == "city")
        city_labels = {fold(label) for label in layout.overview_labels(city_entry)}
        for _number, values in grid.iter_rows(layout.FIRST_DATA_ROW):
            padded = list(values) + [None] * 4
            key = parsing.clean(padded[layout.OVERVIEW_KEY_COLUMN - 1])
            if key != "city" and fold(parsing.clean(padded[0])) not in city_labels:
                continue
            code = parsing.clean(padded[2])
            if code in reference.cities:
                return reference.cities[code]
            if not parsing.is_blank(padded[1]):
                # A workbook written in the city's language names it in its own script (ភ្នំពេញ).
                named = fold(parsing.clean(padded[1]))
                local = [city for city in reference.cities.values()
                         if city.name_local and fold(city.name_local) == named]
                return local[0] if len(local) == 1 else reference.find_city(parsing.clean(padded[1]))
    raise WorkbookRefused(_("{name} does not name its city on the '{overview}' sheet; "
                          "name the city with --city.").format(name=path.name,
                                                               overview=layout.sheet_title(layout.OVERVIEW)))


def _read_overview(grid: SheetGrid | None, plan: Plan, base: Plan, reference: ReferenceData,
                   findings: Findings) -> bool:
    """Apply the Overview sheet to `plan`; True when the workbook is an empty template (additive import)."""
    if grid is None:
        findings.notices.append(_("The workbook has no sheet '{sheet}'; the plan's title, vision and focus areas "
                                  "are kept as they are.").format(sheet=layout.sheet_title(layout.OVERVIEW)))
        return False
    fields = {field.key: field for field in layout.OVERVIEW_FIELDS}
    by_label: dict[str, layout.OverviewField] = {}
    for entry in layout.OVERVIEW_FIELDS:  # English labels first: no translation takes another row's label
        by_label.setdefault(fold(entry.label), entry)
    for entry in layout.OVERVIEW_FIELDS:
        for label in layout.overview_labels(entry):
            by_label.setdefault(fold(label), entry)
    additive = False
    sheet = grid.title  # as the workbook names it, in whichever language
    for number, values in grid.iter_rows(layout.FIRST_DATA_ROW):
        padded = list(values) + [None] * 4
        key = parsing.clean(padded[layout.OVERVIEW_KEY_COLUMN - 1])
        field_def = fields.get(key) or by_label.get(fold(parsing.clean(padded[0])))
        if field_def is None:
            continue
        value, code = padded[1], padded[2]
        value_ref, code_ref = f"B{number}", f"C{number}"
        refused = len(findings.errors)
        if (number, 1) in grid.formulas_without_value:
            findings.error(sheet, value_ref, grid.formulas_without_value[(number, 1)],
                           _("a value (this formula has no saved result: open and save the workbook in "
                             "Excel or LibreOffice, or type the value)"))
        else:
            try:
                additive = _overview_field(field_def.key, value, code, value_ref, code_ref, plan, base, reference,
                                           findings, sheet=sheet) or additive
            except parsing.CellProblem as problem:
                findings.error(sheet, value_ref, value, problem.expected)
        # Named as the person sees the row: its label in column A ('Overview!B5 (Plan title)').
        shown = parsing.clean(padded[0]) or _(field_def.label)
        findings.errors[refused:] = [replace(error, column=shown) for error in findings.errors[refused:]]
    return additive


def _overview_field(key: str, value: object, code: object, value_ref: str, code_ref: str, plan: Plan, base: Plan,
                    reference: ReferenceData, findings: Findings, *, sheet: str) -> bool:
    if key == "city":
        city = reference.cities.get(base.city)
        found_code = parsing.clean(code)
        names = {fold(base.city)} | ({fold(city.name), fold(city.name_en), fold(city.name_local)} if city else set())
        if found_code and fold(found_code) != fold(base.city):
            findings.error(sheet, code_ref, found_code, _("{city}: this workbook holds the plan of another city; import it into that city's "
                             "plan").format(city=base.city))
        elif not found_code and not parsing.is_blank(value) and fold(parsing.clean(value)) not in names:
            findings.error(sheet, value_ref, value, _("{city}: this workbook holds the plan of another city").format(
                               city=city.name if city else base.city))
    elif key == "cycle":
        found = parsing.clean(code) or parsing.clean(value)
        cycle = reference.cycles.get(base.cycle)
        # Its code, or its label in English or in any shipped language (the workbook's language wrote it).
        known = {fold(base.cycle), fold(cycle.label) if cycle else ""} | {
            fold(label) for label in translations_of(base.cycle, context="cycles")}
        if found and fold(found) not in known:
            findings.error(sheet, code_ref if parsing.clean(code) else value_ref, found,
                           _("the {cycle} cycle of the plan (this workbook is for another planning cycle)").format(
                               cycle=base.cycle))
    elif key == "plan_uuid":
        found = parsing.clean(value)
        if found and found != base.uuid and base.projects:
            findings.notices.append(_("This workbook was made from another copy of the plan; its rows were "
                                      "matched to the plan's projects by their codes."))
    elif key == "workbook":
        return layout.is_empty_template_kind(parsing.clean(value))
    elif key in ("title", "vision", "blueprint"):
        new = text_as_typed(value, getattr(base, key))
        setattr(plan, key, new)
        if key == "title" and not new:
            findings.error(sheet, value_ref, "", _("a title for the plan"))
        elif limits.too_long(key, new):  # the same limit as the editor, the bundle import and the export
            findings.error(sheet, value_ref, new, str(limits.too_long(key, new)))
    elif key in ("focus_areas", "outcomes"):
        options = choices.shown_vocab(reference, key)
        what = _("focus areas") if key == "focus_areas" else _("strategic outcomes")
        if not parsing.is_blank(value):
            setattr(plan, key, parsing.choices(value, options, what=what, aliases=reference.vocab_aliases.get(key),
                                               labels=choices.labels_in_every_language(reference, key, list(options))))
        elif not parsing.is_blank(code):
            try:
                setattr(plan, key, parsing.choices(code, options, what=what))
            except parsing.CellProblem as problem:
                findings.error(sheet, code_ref, code, problem.expected)
        else:
            setattr(plan, key, [])
    elif key == "status" and not parsing.is_blank(value):
        plan.status = parsing.choice(value, layout.plan_status_labels(), what=_("the plan status"),
                                     aliases=layout.plan_status_aliases())
    return False
