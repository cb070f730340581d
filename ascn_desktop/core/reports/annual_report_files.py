"""Writing the annual report: the PDF and the Excel workbook of the same tables, each atomically.

Kept apart from annual_report.py (the tables) so that the two layouts import
the tables and this module imports the layouts: the imports point one way.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.progress import ProgressCallback, check, no_progress
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reports.annual_report import build_annual_report
from ascn_desktop.core.safe_files import FileWriteError, describe_os_error
from ascn_desktop.store.engine import Store
from ascn_desktop.core.i18n import _


@dataclass(frozen=True)
class ReportFiles:
    pdf: Path
    xlsx: Path


def report_file_names(year: int) -> tuple[str, str]:
    return f"ascn-annual-report-{year}.pdf", f"ascn-annual-report-{year}.xlsx"


def write_annual_report(store: Store, *, cycle: str, year: int, out_dir: Path,
                        progress: ProgressCallback = no_progress, abort: threading.Event | None = None,
                        as_of: date | None = None, include_local: bool = False,
                        generated_at: datetime | None = None) -> ReportFiles:
    """Write the PDF and the workbook into `out_dir` (each atomically); returns their paths."""
    from ascn_desktop.core.reports.annual_report_pdf import write_pdf  # reportlab and openpyxl: on first use
    from ascn_desktop.core.reports.annual_report_xlsx import write_xlsx

    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, out_dir / "report")) from None
    if not out_dir.is_dir():
        raise AscnError(_("{out_dir} is not a folder; choose a folder for the annual report.").format(
            out_dir=out_dir))
    progress(0.05, _("Reading the plans…"))
    reference = load_reference(store)
    report = build_annual_report(store, reference, cycle=cycle, year=year, as_of=as_of,
                                 include_local=include_local, generated_at=generated_at)
    check(abort)
    pdf_name, xlsx_name = report_file_names(year)
    progress(0.3, _("Writing the Excel workbook…"))
    write_xlsx(report, out_dir / xlsx_name)
    check(abort)
    progress(0.5, _("Laying out the PDF…"))
    write_pdf(report, out_dir / pdf_name, abort=abort)
    progress(1.0, _("Done"))
    return ReportFiles(pdf=out_dir / pdf_name, xlsx=out_dir / xlsx_name)
