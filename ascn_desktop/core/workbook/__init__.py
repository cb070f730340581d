"""The plan workbook (plan.xlsx): one layout for the bundle, the Excel template and the import."""

from __future__ import annotations

from ascn_desktop.core.workbook.writer import plan_workbook_bytes

__all__ = ["plan_workbook_bytes"]
