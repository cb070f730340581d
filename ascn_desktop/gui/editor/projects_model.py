"""Table model of a plan's projects: thin, over rows the core supplies, filtered and sorted here.

Filtering and sorting are done on plain Python lists (the rows' pre-folded
``search_text`` and typed values) rather than through a QSortFilterProxyModel,
whose per-row callbacks into Python make 10,000-row plans sluggish. The model
keeps every row and a list of the indices that pass the filter, in sort order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from ascn_desktop.core.money import format_amount
from ascn_desktop.core.plans import ProjectListRow
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.text import fold
from ascn_desktop.core.visible_text import visible

_Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    FOCUS_AREA = 2
    STATUS = 3
    YEARS = 4
    BUDGET = 5
    LEAD_AGENCY = 6
    SEEKS_PRIVATE = 7
    BUDGET_USD = 8
    PARTNER = 9
    MILESTONES = 10
    INDICATORS = 11
    CARRIED_OVER = 12


HIDDEN_BY_DEFAULT = (Column.BUDGET_USD, Column.PARTNER, Column.MILESTONES, Column.INDICATORS,
                     Column.CARRIED_OVER)


@dataclass(frozen=True)
class ProjectFilter:
    """What the filter bar asks for; empty values match everything."""

    text: str = ""
    focus_area: str | None = None
    status: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    seeks_private_partner: bool = False

    def is_empty(self) -> bool:
        return self == ProjectFilter()


def matches(row: ProjectListRow, wanted: ProjectFilter, folded_text: str) -> bool:
    """True if `row` passes `wanted` (`folded_text` is `fold(wanted.text)`, computed once)."""
    if folded_text and folded_text not in row.search_text:
        return False
    if wanted.focus_area is not None and row.focus_area != wanted.focus_area:
        return False
    if wanted.status is not None and row.status != wanted.status:
        return False
    if wanted.seeks_private_partner and not row.seeks_private_partner:
        return False
    # Year range: a project matches when its years overlap the range (unknown years never exclude).
    if wanted.year_from is not None and row.end_year is not None and row.end_year < wanted.year_from:
        return False
    if wanted.year_to is not None and row.start_year is not None and row.start_year > wanted.year_to:
        return False
    return True


translate = QCoreApplication.translate  # explicit context: lupdate and the lookup agree


class ProjectsTableModel(QAbstractTableModel):
    """One row per visible project. `data()` never raises: a bad value shows as empty text."""

    # Marked for lupdate, translated when shown (headerData), so a language switch changes them.
    HEADERS = {
        Column.CODE: QT_TRANSLATE_NOOP("ProjectsTableModel", "Code"),
        Column.TITLE: QT_TRANSLATE_NOOP("ProjectsTableModel", "Title"),
        Column.FOCUS_AREA: QT_TRANSLATE_NOOP("ProjectsTableModel", "Focus area"),
        Column.STATUS: QT_TRANSLATE_NOOP("ProjectsTableModel", "Status"),
        Column.YEARS: QT_TRANSLATE_NOOP("ProjectsTableModel", "Years"),
        Column.BUDGET: QT_TRANSLATE_NOOP("ProjectsTableModel", "Budget"),
        Column.LEAD_AGENCY: QT_TRANSLATE_NOOP("ProjectsTableModel", "Lead agency"),
        Column.SEEKS_PRIVATE: QT_TRANSLATE_NOOP("ProjectsTableModel", "Seeks private partner"),
        Column.BUDGET_USD: QT_TRANSLATE_NOOP("ProjectsTableModel", "Budget (USD)"),
        Column.PARTNER: QT_TRANSLATE_NOOP("ProjectsTableModel", "External partner"),
        Column.MILESTONES: QT_TRANSLATE_NOOP("ProjectsTableModel", "Milestones"),
        Column.INDICATORS: QT_TRANSLATE_NOOP("ProjectsTableModel", "Indicators"),
        Column.CARRIED_OVER: QT_TRANSLATE_NOOP("ProjectsTableModel", "Carried over"),
    }

    def __init__(self, reference: ReferenceData, parent: Any = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._all: list[ProjectListRow] = []
        self._visible: list[int] = []
        self._filter = ProjectFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[Column, list[Any]] = {}  # sort keys per column, computed once per load

    # --- content ------------------------------------------------------------------

    def set_rows(self, rows: list[ProjectListRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._keys = {}
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, wanted: ProjectFilter) -> None:
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._visible = self._compute_visible()
        self.endResetModel()

    def current_filter(self) -> ProjectFilter:
        return self._filter

    def total_count(self) -> int:
        return len(self._all)

    def codes(self) -> list[str]:
        """Every project's code, filtered out or not."""
        return [row.code for row in self._all]

    def row_at(self, row: int) -> ProjectListRow:
        return self._all[self._visible[row]]

    def row_of(self, uuid: str) -> int | None:
        """The visible row showing project `uuid`, or None if it is filtered out or gone."""
        for visible_row, index in enumerate(self._visible):
            if self._all[index].uuid == uuid:
                return visible_row
        return None

    def _compute_visible(self) -> list[int]:
        wanted = self._filter
        if wanted.is_empty():
            visible = list(range(len(self._all)))
        else:
            folded = fold(wanted.text)
            visible = [n for n, row in enumerate(self._all) if matches(row, wanted, folded)]
        if self._sort is not None:
            column, order = self._sort
            keys = self._keys.get(Column(column))
            if keys is None:
                key = self._sort_key(Column(column))
                keys = self._keys[Column(column)] = [key(row) for row in self._all]
            visible.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return visible

    def _sort_key(self, column: Column) -> Any:
        label = self._reference.label

        def none_last(value: Any) -> tuple[bool, Any]:
            return (value is None, value if value is not None else 0)

        match column:
            case Column.CODE:
                return lambda r: fold(r.code)
            case Column.TITLE:
                return lambda r: fold(r.title)
            case Column.FOCUS_AREA:
                return lambda r: label("focus_areas", r.focus_area)
            case Column.STATUS:
                return lambda r: label("project_statuses", r.status)
            case Column.YEARS:
                return lambda r: (none_last(r.start_year), none_last(r.end_year))
            case Column.BUDGET:
                return lambda r: none_last(r.budget)
            case Column.BUDGET_USD:
                return lambda r: none_last(r.budget_usd)
            case Column.LEAD_AGENCY:
                return lambda r: fold(r.lead_agency)
            case Column.SEEKS_PRIVATE:
                return lambda r: not r.seeks_private_partner
            case Column.PARTNER:
                return lambda r: self._reference.partners.get(r.partner or "", r.partner or "")
            case Column.MILESTONES:
                return lambda r: r.milestone_count
            case Column.INDICATORS:
                return lambda r: r.indicator_count
            case Column.CARRIED_OVER:
                return lambda r: not r.carried_over
        return lambda r: r.position

    # --- Qt model API -------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if 0 <= column < len(Column) else None
        self._visible = self._compute_visible()
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ProjectsTableModel", str(self.HEADERS[Column(section)]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        try:
            return self._data(self.row_at(index.row()), Column(index.column()), role)
        except Exception:  # a model must never raise into Qt's paint loop
            return None

    def _data(self, row: ProjectListRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == UUID_ROLE:
            return row.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return visible(row.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                Column.BUDGET, Column.BUDGET_USD, Column.MILESTONES, Column.INDICATORS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ProjectListRow, column: Column) -> Any:
        match column:
            case Column.CODE:
                return visible(row.code)  # a received plan's text: controls shown, not obeyed
            case Column.TITLE:
                return visible(row.title)
            case Column.FOCUS_AREA:
                return self._reference.shown_label("focus_areas", row.focus_area)
            case Column.STATUS:
                return self._reference.shown_label("project_statuses", row.status)
            case Column.YEARS:
                return f"{row.start_year or '?'}–{row.end_year or '?'}"
            case Column.BUDGET:
                decimals = self._reference.currency_decimals.get(row.currency, 2)
                return format_amount(row.budget, row.currency, decimals=decimals)
            case Column.BUDGET_USD:
                return format_amount(row.budget_usd, "USD", decimals=2) if row.budget_usd is not None else ""
            case Column.LEAD_AGENCY:
                return row.lead_agency
            case Column.SEEKS_PRIVATE:
                return self.tr("Yes") if row.seeks_private_partner else ""
            case Column.PARTNER:
                return self._reference.partners.get(row.partner, row.partner) if row.partner else ""
            case Column.MILESTONES:
                return row.milestone_count
            case Column.INDICATORS:
                return row.indicator_count
            case Column.CARRIED_OVER:
                return self.tr("Carried over") if row.carried_over else ""
        return None
