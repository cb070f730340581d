"""Milestones, Indicators, Funding and Progress sheets → the child rows of the plan's projects.

Each row names its project by code (the visible column), falling back to the
hidden Project ID when the code was changed on the Projects sheet. A row keeps
its identity through its hidden id; rows keep the plan's order, new rows come
after them in sheet order.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ascn_desktop.core.i18n import _
from ascn_desktop.core import fields as declared
from ascn_desktop.core.model import FUNDING_TYPES, MILESTONE_STATUSES, FundingSource, Indicator, IndicatorValue
from ascn_desktop.core.model import Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.text import fold
from ascn_desktop.core.workbook import layout, parsing
from ascn_desktop.core.numbers import DECIMAL_COMMA_CURRENCIES
from ascn_desktop.core.workbook.projects import Vocabulary, cell_value, merged_text, plan_period, vocabulary
from ascn_desktop.core.workbook.sheets import SheetGrid
from ascn_desktop.core.workbook.tableview import Findings, RowView, TableView

_ATTRIBUTE = {layout.MILESTONES: "milestones", layout.INDICATORS: "indicators", layout.FUNDING: "funding",
              layout.PROGRESS: "progress_notes"}
_REQUIRED = {layout.MILESTONES: ("project_code", "title"), layout.INDICATORS: ("project_code", "name"),
             layout.FUNDING: ("project_code", "amount"), layout.PROGRESS: ("project_code", "text")}
# Any: the sheet decides which of the four child types a row becomes.
_NEW: dict[str, Callable[[], Any]] = {layout.MILESTONES: lambda: Milestone(title="", due_year=0, due_quarter=4),
        layout.INDICATORS: lambda: Indicator(name="", unit=""),
        layout.FUNDING: lambda: FundingSource(type="", name="", amount=Decimal(0)),
        layout.PROGRESS: lambda: ProgressNote(year=0, text="")}


def read_children(sheet: str, grid: SheetGrid, plan: Plan, base: Plan, reference: ReferenceData,
                  findings: Findings, *, additive: bool, years: range) -> None:
    attribute = _ATTRIBUTE[sheet]
    view = TableView(grid, layout.table_columns(sheet, years), findings, required=_REQUIRED[sheet])
    if not view.ok:
        return
    by_code = {fold(p.code): p for p in plan.projects if p.code}
    by_id = {p.id: p for p in plan.projects}
    base_codes = {p.id: fold(p.code) for p in base.projects}
    base_children: dict[str, tuple[str, int, Any]] = {}
    for project in base.projects:
        for position, child in enumerate(getattr(project, attribute)):
            base_children[child.id] = (project.id, position, child)
    incoming: dict[str, list[tuple[tuple[int, int], Any]]] = {p.id: [] for p in plan.projects}
    used: set[str] = set()
    city = reference.cities.get(base.city)
    city_currency = city.currency if city else ""
    statuses = vocabulary(reference, "milestone_statuses", MILESTONE_STATUSES, what=_("a milestone status"))
    types = vocabulary(reference, "funding_types", FUNDING_TYPES, what=_("a funding type"))
    for row in view.rows():
        owner = _owner(row, by_code, by_id, base_codes)
        if owner is None:
            continue
        row_id = parsing.clean(row.raw("id"))
        known = base_children.get(row_id) if row_id and row_id not in used else None
        if known is None and row_id in base_children:
            findings.notices.append(_("{sheet} row {row} repeats the hidden id of another row (a copied row); it "
                                      "becomes a new row.").format(sheet=sheet, row=row.number))
        child = _copy(known[2]) if known is not None else _NEW[sheet]()
        used.add(child.id)
        if sheet == layout.MILESTONES:
            _fill_milestone(row, child, statuses, years=years)
        elif sheet == layout.INDICATORS:
            decimal_comma = city_currency in DECIMAL_COMMA_CURRENCIES
            _fill_indicator(row, child, years, decimal_comma=decimal_comma)
        elif sheet == layout.FUNDING:
            _fill_funding(row, child, types, currency=owner.currency or city_currency)
        else:
            _fill_note(row, child, years=years)
        same_place = known is not None and known[0] == owner.id
        order = (0, known[1]) if same_place and known is not None else (1, row.number)
        incoming[owner.id].append((order, child))
    for project in plan.projects:
        rows = [child for _position, child in sorted(incoming[project.id], key=lambda item: item[0])]
        if additive:
            listed = {child.id for child in rows}
            kept = [child for child in getattr(project, attribute) if child.id not in listed and child.id not in used]
            rows = kept + [child for child in rows]
        setattr(project, attribute, rows)


def _copy(child: Any) -> Any:
    """A shallow copy of a model dataclass (as copy.copy makes, without its generic __reduce_ex__ path,
    which cost a quarter of a second per 1,000-project workbook). Shallow is enough: _fill_indicator
    builds new IndicatorValue objects."""
    twin = object.__new__(type(child))
    twin.__dict__.update(child.__dict__)
    return twin


def _owner(row: RowView, by_code: dict[str, Project], by_id: dict[str, Project],
           base_codes: dict[str, str]) -> Project | None:
    """The row's project: by its code; by the hidden id only when the code is the project's old code
    (the project was renamed on the Projects sheet) or no code is given."""
    code = parsing.clean(row.raw("project_code"))
    if code and fold(code) in by_code:
        return by_code[fold(code)]
    project_id = parsing.clean(row.raw("project_id"))
    project = by_id.get(project_id)
    if project is not None and (not code or base_codes.get(project_id) == fold(code)):
        return project
    row.error("project_code", code, _("the code of a project on the Projects sheet"))
    return None


def _fill_milestone(row: RowView, milestone: Milestone, statuses: Vocabulary, *, years: range) -> None:
    milestone.title = merged_text(row, "title", milestone.title)
    if not milestone.title:
        row.require("title", _("the milestone's title"))
    due = row.parse("due_year", parsing.year, within=years, what=plan_period(years))
    if due is None:
        if row.table.has("due_year") or not milestone.due_year:
            row.require("due_year", _("the year the milestone is due, such as 2021"))
    elif isinstance(due, int):
        milestone.due_year = due
    quarter = row.parse("due_quarter", parsing.quarter)
    if isinstance(quarter, int):
        milestone.due_quarter = quarter
    elif quarter is None and row.table.has("due_quarter"):
        implied = parsing.quarter_of(row.raw("due_year"))
        milestone.due_quarter = implied or 4
    milestone.status = cell_value(row, "status", milestone.status, statuses.one, empty="not_started")
    milestone.percent = cell_value(row, "percent", milestone.percent, parsing.percent, empty=0)


def _fill_indicator(row: RowView, indicator: Indicator, years: range, *, decimal_comma: bool) -> None:
    indicator.name = merged_text(row, "name", indicator.name)
    if not indicator.name:
        row.require("name", _("the indicator's name"))
    indicator.unit = merged_text(row, "unit", indicator.unit)
    # A baseline may come before the plan (the state it starts from), never after it ends.
    baseline_years = range(parsing.MIN_YEAR, years[-1] + 1) if years else range(0)
    indicator.baseline_year = cell_value(row, "baseline_year", indicator.baseline_year, parsing.year,
                                         within=baseline_years, what=_("no later than the plan's last year"))
    indicator.baseline_value = cell_value(row, "baseline_value", indicator.baseline_value, parsing.decimal_value,
                                      decimal_comma=decimal_comma)
    values = {value.year: _copy(value) for value in indicator.values}
    for year in years:
        entry = values.setdefault(year, IndicatorValue(year))
        for field in declared.workbook_fields(declared.INDICATOR_VALUE):
            key, current = f"{field.name}:{year}", getattr(entry, field.name)
            if field.kind == "link":
                setattr(entry, field.name, cell_value(row, key, current, parsing.link, empty=field.empty))
            else:
                setattr(entry, field.name, cell_value(row, key, current, parsing.decimal_value,
                                                      decimal_comma=decimal_comma))
    indicator.values = [values[year] for year in sorted(values)
                        if declared.holds_something(values[year], declared.INDICATOR_VALUE, besides="year")]


def _fill_funding(row: RowView, funding: FundingSource, types: Vocabulary, *, currency: str) -> None:
    funding.type = cell_value(row, "type", funding.type, types.one, empty="")
    if row.table.has("type") and not funding.type:
        row.require("type", _("{what} ({choices})").format(what=types.what, choices=", ".join(types.options.values())))
    funding.name = merged_text(row, "name", funding.name)
    amount = row.parse("amount", parsing.amount, currency=currency)
    if amount is None:
        row.require("amount", _("an amount in {currency}").format(currency=currency) if currency else _("an amount"))
    elif isinstance(amount, Decimal):
        funding.amount = amount


def _fill_note(row: RowView, note: ProgressNote, *, years: range) -> None:
    year = row.parse("year", parsing.year, within=years, what=plan_period(years))
    if year is None:
        row.require("year", _("the year of the progress note, such as 2021"))
    elif isinstance(year, int):
        note.year = year
    note.text = merged_text(row, "text", note.text)
    if not note.text:
        row.require("text", _("the text of the progress note"))
