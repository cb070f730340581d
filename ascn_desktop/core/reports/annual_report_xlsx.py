"""The annual report's Excel workbook: one sheet per report table, same rows as the PDF.

Amounts are written as exact decimal numbers (openpyxl writes the Decimal's
own text into the file) with a thousands format; every sheet has a frozen,
filterable header so an analyst can sort and pivot at once.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ascn_desktop.core.reports.annual_report import AnnualReport, ReportTable
from ascn_desktop.core.safe_files import atomic_write_with

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F5AA6")
_MONEY_FORMAT = "#,##0.00"


def _sheet(workbook: Workbook, table: ReportTable) -> None:
    sheet = workbook.create_sheet(table.key[:31])
    sheet.append(list(table.header))
    for cell in sheet[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(text) for text in table.header]
    for row in table.rows:
        sheet.append(list(row))
        for column, value in enumerate(row):
            widths[column] = max(widths[column], min(len(str(value)) if value is not None else 0, 60))
    for column in table.money:
        letter = get_column_letter(column + 1)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, Decimal):
                cell.number_format = _MONEY_FORMAT
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(8, width + 2)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{len(table.rows) + 1}"


def build_workbook(report: AnnualReport) -> Workbook:
    workbook = Workbook()
    about = workbook.active
    assert about is not None
    about.title = "About"
    about.append([f"ASCN annual progress report {report.year}"])
    about["A1"].font = Font(bold=True, size=14)
    about.append(["Cycle", report.cycle])
    about.append(["Reporting year", report.year])
    about.append(["Milestones overdue as of", report.monitoring.as_of.isoformat()])
    about.append(["Generated (UTC)", report.generated_at.strftime("%Y-%m-%d %H:%M")])
    about.append(["Source", "Current revisions of the plans imported into this ASCN Desktop store"])
    if report.sample:
        about.append(["Note", "SAMPLE DATA — illustrative, not official plans"])
    about.append([])
    about.append(["Sheet", "Content"])
    about[about.max_row][0].font = Font(bold=True)
    about[about.max_row][1].font = Font(bold=True)
    for table in report.tables.values():
        about.append([table.key[:31], table.title])
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 70
    for table in report.tables.values():
        _sheet(workbook, table)
    return workbook


def write_xlsx(report: AnnualReport, target: Path) -> None:
    workbook = build_workbook(report)

    def save(handle: BinaryIO) -> None:
        workbook.save(handle)

    atomic_write_with(target, save)
