"""The NR's national summary from the store, and its Excel workbook.

`summary_from_store` gathers the accepted, current imported plans of one
country and cycle and hands them to core/reports/national_summary.py
(`build_national_summary`), which the PDF renderer also reads. The workbook
(openpyxl) has the same tables: cities, projects per focus area, budgets by
funding type, projects seeking a private partner. Text cells are always text
(a city's title starting with "=" never becomes a formula); amounts are
numbers with the currency's format.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.i18n import _, label
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reports.national_summary import NationalSummary, PlanReview, build_national_summary
from ascn_desktop.core.review import ReceivedPlan, received_plans
from ascn_desktop.core.spreadsheet_text import set_text
from ascn_desktop.core.workbook.cells import excel_number
from ascn_desktop.store.engine import Store


def accepted_plans(store: Store, country: str, cycle: str | None = None) -> list[ReceivedPlan]:
    """The current imported plans of `country` accepted by this reviewer (newest cycle if none given)."""
    plans = [plan for plan in received_plans(store, country=country) if plan.review_status == "accepted"]
    if cycle is None and plans:
        cycle = max(plan.cycle for plan in plans)
    return [plan for plan in plans if plan.cycle == cycle]


def summary_from_store(store: Store, country: str, *, cycle: str | None = None, endorsement_note: str = "",
                       reference: ReferenceData | None = None) -> NationalSummary:
    reference = reference or load_reference(store)
    chosen = accepted_plans(store, country, cycle)
    if not chosen:
        name = reference.member_states.get(country, country)
        raise NotFoundError(f"No accepted city plan of {name} is in this store; accept the cities' plans "
                            "(Received plans) before consolidating.")
    reviews = {plan.uuid: PlanReview(status=plan.review_status, signer_name=plan.signer,
                                     signer_fingerprint=plan.signer_fingerprint, received_at=plan.imported_at)
               for plan in chosen}
    plans = [get_plan(store, plan.plan_id) for plan in chosen]
    return build_national_summary(plans, reference, country=country, cycle=chosen[0].cycle,
                                  endorsement_note=endorsement_note, reviews=reviews)


def _put(sheet: Any, row: int, column: int, value: Any, *, number_format: str | None = None) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        set_text(cell, value)  # never a formula, whatever the text starts with
    elif isinstance(value, Decimal):
        cell.value = excel_number(value)
        if number_format:
            cell.number_format = number_format
    else:
        cell.value = value


def _table(workbook: Workbook, title: str, headers: list[str], rows: list[list[Any]],
           formats: dict[int, str] | None = None) -> None:
    sheet = workbook.create_sheet(title)
    for column, header in enumerate(headers, start=1):
        _put(sheet, 1, column, header)
        sheet.cell(row=1, column=column).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = max(12, min(48, len(header) + 4))
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            _put(sheet, number, column, value, number_format=(formats or {}).get(column))
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _money_format(decimals: int) -> str:
    return "#,##0" if decimals == 0 else "#,##0." + "0" * decimals


def _review_word(city: Any) -> str:
    """The review column: a draft the NR accepted must not read as an accepted final plan here either."""
    words = {"received": _("Received"), "accepted": _("Accepted"), "returned": _("Returned")}
    if city.review_status == "accepted" and city.plan_status == "draft":
        return _("Accepted (draft)")
    return words.get(city.review_status, city.review_status)


def _sheet(text: str) -> str:
    """A translated sheet name as Excel takes it: at most 31 characters, none of []:*?/\\."""
    return "".join(" " if char in "[]:*?/\\" else char for char in text)[:31]


def summary_workbook_bytes(summary: NationalSummary) -> bytes:
    """The summary's tables in the reader's language (headers, sheet names, words); codes stay as codes."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    city, currency, budget_usd = _("City"), _("Currency"), _("Total budget (USD)")
    _table(workbook, _sheet(_("Cities")),
           [city, _("City code"), _("Plan"), _("Revision"), _("Review"), _("Projects"), currency, _("Total budget"),
            budget_usd, _("Projects seeking a private partner"), _("Signed by"), _("Signer fingerprint")],
           [[c.city_name, c.city_code, c.plan_title, c.revision, _review_word(c),
             c.project_count, c.currency,
             c.total_budget, c.total_budget_usd if c.total_budget_usd is not None else "",
             c.projects_seeking_partner, c.signer_name, c.signer_fingerprint]
            for c in summary.cities], formats={8: _money_format(2), 9: _money_format(2)})
    focus_codes = list(summary.focus_area_labels)
    _table(workbook, _sheet(_("Focus areas")),
           [city] + [f"{label('focus_areas', code, summary.focus_area_labels[code])} ({code})"
                     for code in focus_codes] + [_("No focus area")],
           [[c.city_name] + [c.projects_by_focus_area.get(code, 0) for code in focus_codes]
            + [c.projects_by_focus_area.get("", 0)] for c in summary.cities])
    funding_codes = list(summary.funding_type_labels)
    _table(workbook, _sheet(_("Funding")),
           [city, currency] + [f"{label('funding_types', code, summary.funding_type_labels[code])} ({code})"
                               for code in funding_codes],
           [[c.city_name, c.currency] + [c.budget_by_funding_type.get(code, Decimal(0)) for code in funding_codes]
            for c in summary.cities],
           formats={n: _money_format(2) for n in range(3, 3 + len(funding_codes))})
    _table(workbook, _sheet(_("Private partners")),
           [city, _("Project code"), _("Title"), _("Focus area"), _("What the partner is sought for"), _("Budget"),
            currency, _("Budget (USD)")],
           [[p.city_name, p.project_code, p.title,
             label("focus_areas", p.focus_area, summary.focus_area_labels.get(p.focus_area, p.focus_area))
             if p.focus_area else "",
             p.need, p.budget if p.budget is not None else "", p.currency,
             p.budget_usd if p.budget_usd is not None else ""] for p in summary.private_partner_projects],
           formats={6: _money_format(2), 8: _money_format(2)})
    _table(workbook, _sheet(_("Endorsement")), [_("Endorsement note")], [[summary.endorsement_note]])
    workbook.properties.title = f"ASCN national summary {summary.country} {summary.cycle}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
