"""The annual report's Excel workbook: one sheet per report table, same rows as the PDF.

Amounts are written as exact decimal numbers (openpyxl writes the Decimal's
own text into the file) with a thousands format; every sheet has a frozen,
filterable header so an analyst can sort and pivot at once. The workbook is
written in openpyxl's streaming (write-only) mode: thousands of rows of
milestones and indicators cost little memory and time.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ascn_desktop.core.i18n import _
from ascn_desktop.core.reports.annual_report import AnnualReport, ReportTable
from ascn_desktop.core.safe_files import atomic_write_with
from ascn_desktop.core.spreadsheet_text import set_text

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F5AA6")
_BOLD = Font(bold=True)
_MONEY_FORMAT = "#,##0.00"


def _text_safe(sheet: Worksheet, value: Any) -> Any:
    """A text value as a cell that can never be a formula; other values as they are."""
    return set_text(WriteOnlyCell(sheet), value) if isinstance(value, str) else value


def _styled(sheet: Worksheet, value: Any, *, font: Font | None = None, fill: PatternFill | None = None,
            number_format: str | None = None) -> WriteOnlyCell:
    cell = _text_safe(sheet, value) if isinstance(value, str) else WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _sheet(workbook: Workbook, table: ReportTable) -> None:
    sheet = workbook.create_sheet(table.key[:31])
    widths = [len(text) for text in table.header]
    for row in table.rows[:200]:  # column widths from the first rows: enough to read, cheap to compute
        for column, value in enumerate(row):
            widths[column] = max(widths[column], min(len(str(value)) if value is not None else 0, 60))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(8, width + 2)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{len(table.rows) + 1}"
    sheet.append([_styled(sheet, text, font=_HEADER_FONT, fill=_HEADER_FILL) for text in table.header])
    money = table.money
    for row in table.rows:
        if money:
            sheet.append([_styled(sheet, value, number_format=_MONEY_FORMAT)
                          if column in money and isinstance(value, Decimal) else _text_safe(sheet, value)
                          for column, value in enumerate(row)])
        else:
            sheet.append([_text_safe(sheet, value) for value in row])


def build_workbook(report: AnnualReport) -> Workbook:
    workbook = Workbook(write_only=True)
    # The sheets keep their English names (stable for other systems that read them); this first sheet
    # says in the reader's language what each holds.
    about = workbook.create_sheet("About")
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 70
    about.append([_styled(about, _("ASCN annual progress report {0}").format(report.year),
                          font=Font(bold=True, size=14))])
    lines: list[list[Any]] = [[_("Planning cycle"), report.cycle], [_("Reporting year"), report.year],
                              [_("Milestones overdue as of"), report.monitoring.as_of.isoformat()],
                              [_("Generated (UTC)"), report.generated_at.strftime("%Y-%m-%d %H:%M")],
                              [_("Source"), _("Current revisions of the plans imported into this ASCN Desktop store")]]
    if report.sample:
        lines.append([_("Note"), _("SAMPLE DATA — illustrative, not official plans")])
    for line in lines:
        about.append([_text_safe(about, value) for value in line])
    about.append([])
    about.append([_styled(about, _("Sheet"), font=_BOLD), _styled(about, _("Content"), font=_BOLD)])
    for table in report.tables.values():
        about.append([_text_safe(about, table.key[:31]), _text_safe(about, table.title)])
    for table in report.tables.values():
        _sheet(workbook, table)
    return workbook


def write_xlsx(report: AnnualReport, target: Path) -> None:
    workbook = build_workbook(report)

    def save(handle: BinaryIO) -> None:
        workbook.save(handle)

    atomic_write_with(target, save)
