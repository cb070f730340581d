"""What turns the plan workbook into a template: instructions, drop-down lists, protection.

Drop-downs read their choices from a hidden ``Lists`` sheet (list formulas
written inline are limited to 255 characters and break on labels with commas),
in the workbook's language: the labels its cells are written with.
Single-choice columns (focus area, status, currency, funding type, partner) are
strict; columns that take several values (outcomes, SDGs) and years only warn,
because the importer accepts more than a drop-down can offer.

Sheets are protected without a password: header rows and hidden key columns
are locked so the row ids survive, input cells (and the empty rows below the
data) are unlocked, and rows may be inserted, deleted, sorted and filtered.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Plan
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import choices, layout
from ascn_desktop.core.workbook.cells import StyleBook
from ascn_desktop.core.workbook.layout import Column

EXTRA_ROWS = 1000  # empty input rows prepared below the data

# Lists sheet: one column per list (column letter, header).
_LISTS = {
    "focus_areas": "A", "outcomes": "B", "project_statuses": "C", "milestone_statuses": "D",
    "funding_types": "E", "sdgs": "F", "currency": "G", "years": "H", "bool": "I", "partner": "J",
    "plan_statuses": "K",
}


def _list_values(reference: ReferenceData, years: range) -> dict[str, list[str | int]]:
    """Each drop-down's choices, in the workbook's language (the words its cells are written with)."""
    values: dict[str, list[str | int]] = {
        kind: list(reference.shown_vocab(kind).values()) for kind in choices.VOCABULARIES
    }
    values["sdgs"] = [int(code) for code in reference.vocab.get("sdgs", {})]
    values["currency"] = sorted(reference.currency_decimals)
    values["years"] = list(years)
    values["bool"] = [_(choices.YES), _(choices.NO)]
    values["partner"] = list(reference.partners.values())
    values["plan_statuses"] = list(layout.plan_status_labels().values())
    return values


def add_lists(book: Workbook, reference: ReferenceData, *, years: range) -> None:
    ws: WriteOnlyWorksheet = book.create_sheet(layout.LISTS)
    ws.sheet_state = "hidden"
    values = _list_values(reference, years)
    columns = list(_LISTS)
    ws.append(columns)
    depth = max(len(v) for v in values.values())
    styles = StyleBook(ws, template=False)
    text = styles.style("text")
    for n in range(depth):
        row = []
        for kind in columns:
            entries = values[kind]
            value = entries[n] if n < len(entries) else None
            row.append(styles.cell(value, text) if isinstance(value, str) else value)
        ws.append(row)
    ws.protection.sheet = True


def _list_ref(kind: str, reference: ReferenceData, years: range) -> str:
    count = len(_list_values(reference, years)[kind])
    letter = _LISTS[kind]
    return f"{layout.LISTS}!${letter}$2:${letter}${max(2, count + 1)}"


def protect_and_validate(ws: WriteOnlyWorksheet, reference: ReferenceData, *, sheet: str,
                         columns: tuple[Column, ...], years: range, rows: int) -> None:
    """Add drop-downs to the input columns, unlock input cells, protect the rest (no password)."""
    cycle_years = years
    last_row = rows + 1 + (EXTRA_ROWS if sheet != layout.OVERVIEW else 0)
    if sheet == layout.OVERVIEW:
        row = layout.FIRST_DATA_ROW + [f.key for f in layout.OVERVIEW_FIELDS].index("status")
        _add(ws, _list_validation(_list_ref("plan_statuses", reference, cycle_years), strict=True), f"B{row}")
    for n, column in enumerate(columns, start=1):
        letter = get_column_letter(n)
        span = f"{letter}{layout.FIRST_DATA_ROW}:{letter}{last_row}"
        validation = _validation_for(column, reference, cycle_years)
        if validation is not None:
            _add(ws, validation, span)
    protection = ws.protection
    protection.sheet = True
    protection.insertRows = False  # False = allowed
    protection.deleteRows = False
    protection.sort = False
    protection.autoFilter = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.formatCells = False


def _validation_for(column: Column, reference: ReferenceData, years: range) -> DataValidation | None:
    kind = column.kind
    if kind == "vocab":
        return _list_validation(_list_ref(column.vocab, reference, years), strict=True)
    if kind == "vocab_list":
        return _list_validation(_list_ref(column.vocab, reference, years), strict=False)
    if kind == "sdgs":
        return _list_validation(_list_ref("sdgs", reference, years), strict=False)
    if kind == "currency":
        return _list_validation(_list_ref("currency", reference, years), strict=True)
    if kind == "partner":
        return _list_validation(_list_ref("partner", reference, years), strict=True)
    if kind == "bool":
        return _list_validation(_list_ref("bool", reference, years), strict=True)
    if kind == "year" and len(years):
        return _list_validation(_list_ref("years", reference, years), strict=False)
    if kind == "quarter":
        return _list_validation('"1,2,3,4"', strict=True)
    if kind == "percent":
        validation = DataValidation(type="whole", operator="between", formula1="0", formula2="100",
                                    allow_blank=True)
        validation.error = _("Type a whole number from 0 to 100.")
        validation.showErrorMessage = True
        return validation
    return None


def _list_validation(formula: str, *, strict: bool) -> DataValidation:
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    validation.showErrorMessage = True
    # "warning" lets the person keep a value the list does not offer (several SDGs, an earlier year).
    validation.errorStyle = "stop" if strict else "warning"
    validation.error = _("Choose a value from the list.") if strict else _("This is not in the list; keep it anyway?")
    return validation


def _add(ws: WriteOnlyWorksheet, validation: DataValidation, span: str) -> None:
    validation.add(span)
    ws.data_validations.append(validation)


def add_instructions(book: Workbook, plan: Plan, reference: ReferenceData, *, years: range,
                     empty: bool) -> None:
    ws: WriteOnlyWorksheet = book.create_sheet(layout.sheet_title(layout.INSTRUCTIONS))
    ws.column_dimensions["A"].width = 120
    styles = StyleBook(ws, template=False)
    text = styles.style("text")
    city = reference.cities.get(plan.city)
    heading = styles.style("label")
    # The template is for the person filling it in: its instructions, sheet names and column headers are in
    # their language (the import reads the names and headers of every shipped language).
    lines = [
        (_("ASCN action plan template — {city}, cycle {cycle}").format(
            city=reference.city_name(plan.city) if city else plan.city, cycle=plan.cycle), True),
        ("", False),
        (_("How to fill in this workbook"), True),
        (_("1. Edit the plan on the sheets Overview, Projects, Milestones, Indicators, Funding and Progress."), False),
        (_("2. One row per project, milestone, indicator, funding source or progress note. "
           "Add rows at the bottom of a sheet; delete a row to remove it."), False),
        (_("3. Milestones, indicators, funding and progress notes name their project by its code "
           "(column 'Project code')."), False),
        (_("4. Use the drop-down lists where a cell offers one. Labels or codes are both accepted."), False),
        (_("5. Amounts may be typed with thousands separators (1,000,000 or 1.000.000,50 for VND and IDR) "
           "and a currency sign (Rp 5.000.000)."), False),
        (_("6. Do not edit the hidden ID columns: they tie each row to the plan in ASCN Desktop. "
           "A copied row gets a new ID on import."), False),
        (_("7. Import with File › Import from Excel… or `ascn import-xlsx FILE.xlsx --city CITY`. You will see "
           "every change before anything is saved; errors name the sheet and cell to fix."), False),
        ("", False),
    ]
    if empty:
        lines.append((_("This is an empty template: importing it adds and changes projects; projects of the plan "
                        "that are not listed here are kept."), False))
    else:
        lines.append((_("This workbook holds the whole plan: a project deleted here is removed from the plan "
                        "on import (you see this in the preview first)."), False))
    lines.append(("", False))
    lines.append((_("Columns"), True))
    for sheet, columns in ((layout.PROJECTS, layout.PROJECT_COLUMNS), (layout.MILESTONES, layout.MILESTONE_COLUMNS),
                           (layout.INDICATORS, layout.INDICATOR_FIXED_COLUMNS),
                           (layout.FUNDING, layout.FUNDING_COLUMNS), (layout.PROGRESS, layout.PROGRESS_COLUMNS)):
        for column in columns:
            if column.note:
                lines.append((f"{layout.sheet_title(sheet)} › {layout.shown_header(column)}: {_(column.note)}", False))
    lines.append((_("{sheet} › Target YEAR / Actual YEAR: one column per year of the cycle ({first}–{last}).").format(
        sheet=layout.sheet_title(layout.INDICATORS), first=years.start, last=years.stop - 1) if len(years) else "", False))
    for line, bold in lines:
        ws.append([styles.cell(line, heading if bold else text)])
