"""Table model of a plan's projects: thin, over rows the core supplies."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ascn_desktop.core.money import format_amount
from ascn_desktop.core.plans import ProjectListRow
from ascn_desktop.core.reference import ReferenceData

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    FOCUS_AREA = 2
    STATUS = 3
    YEARS = 4
    BUDGET = 5
    LEAD_AGENCY = 6
    SEEKS_PRIVATE = 7


class ProjectsTableModel(QAbstractTableModel):
    """One row per project. `data()` never raises: a bad value shows as empty text."""

    HEADERS = {
        Column.CODE: "Code",
        Column.TITLE: "Title",
        Column.FOCUS_AREA: "Focus area",
        Column.STATUS: "Status",
        Column.YEARS: "Years",
        Column.BUDGET: "Budget",
        Column.LEAD_AGENCY: "Lead agency",
        Column.SEEKS_PRIVATE: "Seeks private partner",
    }

    def __init__(self, reference: ReferenceData, parent: Any = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._rows: list[ProjectListRow] = []

    def set_rows(self, rows: list[ProjectListRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ProjectListRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        try:
            return self._data(self._rows[index.row()], Column(index.column()), role)
        except Exception:  # a model must never raise into Qt's paint loop
            return None

    def _data(self, row: ProjectListRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.CODE:
                    return row.code
                case Column.TITLE:
                    return row.title
                case Column.FOCUS_AREA:
                    return self._reference.label("focus_areas", row.focus_area)
                case Column.STATUS:
                    return self._reference.label("project_statuses", row.status)
                case Column.YEARS:
                    return f"{row.start_year or '?'}–{row.end_year or '?'}"
                case Column.BUDGET:
                    decimals = self._reference.currency_decimals.get(row.currency, 2)
                    return format_amount(row.budget, row.currency, decimals=decimals)
                case Column.LEAD_AGENCY:
                    return row.lead_agency
                case Column.SEEKS_PRIVATE:
                    return self.tr("Yes") if row.seeks_private_partner else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
