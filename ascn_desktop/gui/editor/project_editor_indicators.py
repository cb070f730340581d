"""The Indicators tab: the list of indicators and, for the chosen one, a grid of target and actual per year.

The grid is a QTableView over `IndicatorGridModel`: one row per declared field of
a yearly value (Target, Actual, Evidence: core/fields.py), one column per year of
the planning cycle. Targets and actuals are exact decimals typed as text, the
evidence a web address; an empty cell is "no value".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ascn_desktop.core import fields as declared
from ascn_desktop.core import limits
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Indicator, Project
from ascn_desktop.core.i18n import _, format_number
from ascn_desktop.core.project_fields import check_link, check_text, check_unit, parse_number_text, parse_year_text
from ascn_desktop.gui.editor import undo_texts
from ascn_desktop.gui.editor.project_editor_form import RowsBlock, Section
from ascn_desktop.gui.editor.undo_texts import short_title
from ascn_desktop.gui.editor.project_editor_tables import Column
from ascn_desktop.gui.editor.widgets_fields import FieldMessage
from ascn_desktop.core.visible_text import visible

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor

AnyIndex = QModelIndex | QPersistentModelIndex
# One row per declared field of a yearly value (target, actual, evidence), in declaration order.
GRID_ROWS = tuple(f for f in declared.INDICATOR_VALUE.fields if f.name != "year")


def _number_text(value: Any) -> str:
    """An indicator value as the interface's language writes it (parse_number_text reads it back)."""
    return "" if value is None else format_number(value)


class IndicatorGridModel(QAbstractTableModel):
    """Target and actual of one indicator, years of the cycle as columns."""

    def __init__(self, section: IndicatorsSection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.row_index: int | None = None  # which indicator of the project

    def indicator(self) -> Indicator | None:
        project = self.section.editor.project
        if project is None or self.row_index is None or self.row_index >= len(project.indicators):
            return None
        return project.indicators[self.row_index]

    def years(self) -> list[int]:
        first, last = self.section.editor.years
        return list(range(first, last + 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.indicator() is None else len(GRID_ROWS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.years())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            years = self.years()
            return str(years[section]) if 0 <= section < len(years) else None
        return _(GRID_ROWS[section].label) if 0 <= section < len(GRID_ROWS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        indicator = self.indicator()
        if indicator is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            year = self.years()[index.column()]
            field = GRID_ROWS[index.row()]
            for value in indicator.values:
                if value.year == year:
                    shown = getattr(value, field.name)
                    return shown if field.kind == "link" else _number_text(shown)
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if GRID_ROWS[index.row()].kind == "link" else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row_index = self.row_index
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or row_index is None:
            return False
        field = GRID_ROWS[index.row()]
        try:
            entered = check_link(str(value)) if field.kind == "link" else parse_number_text(str(value))
        except AscnError as refused:
            self.section.grid_message.show_message(visible(refused.message))
            return False
        self.section.grid_message.clear_message()
        year, kind = self.years()[index.column()], field.name

        def mutate(project: Project) -> None:
            indicator = project.indicators[row_index]
            setattr(indicator.value_for(year), kind, entered)
            # A year that holds nothing (no target, actual or evidence) is no value at all.
            indicator.values = [v for v in indicator.values
                                if declared.holds_something(v, declared.INDICATOR_VALUE, besides="year")]

        project, indicator = self.section.editor.project, self.indicator()
        text = undo_texts.edit_indicator_value(_(field.label), year, indicator.name if indicator else "",
                                               short_title(project))
        if not self.section.editor.commit(mutate, text):
            return False
        self.dataChanged.emit(index, index)
        return True

    def show_indicator(self, row_index: int | None) -> None:
        self.beginResetModel()
        self.row_index = row_index
        self.endResetModel()


class IndicatorsSection(Section):
    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        columns = [
            Column(self.tr("Indicator"), lambda i: i.name,
                   parse=lambda text: check_text(text, what="indicator name", max_length=limits.TITLE,
                                                 required=True).strip(),
                   apply=lambda i, text: setattr(i, "name", text), field="name", stretch=True),
            Column(self.tr("Unit"), lambda i: i.unit, parse=check_unit,
                   apply=lambda i, text: setattr(i, "unit", text), field="unit"),
            Column(self.tr("Baseline year"), lambda i: "" if i.baseline_year is None else str(i.baseline_year),
                   parse=lambda text: parse_year_text(text, first=1990, last=editor.years[1]),
                   apply=lambda i, year: setattr(i, "baseline_year", year), field="baseline_year",
                   align_right=True),
            Column(self.tr("Baseline value"), lambda i: _number_text(i.baseline_value), parse=parse_number_text,
                   apply=lambda i, number: setattr(i, "baseline_value", number), field="baseline_value",
                   align_right=True),
        ]
        self.block = RowsBlock(self, columns=columns, rows_of=lambda p: p.indicators, name=self.tr("Indicators"),
                               add_label=self.tr("Add indicator"),
                               make_row=lambda p: Indicator(name=self.tr("New indicator"), unit=""),
                               describe=lambda i: i.name)
        self.block.view.setColumnWidth(0, 300)
        self.grid_model = IndicatorGridModel(self, self)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setAccessibleName(self.tr("Targets and actuals per year"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid.horizontalHeader().setDefaultSectionSize(90)
        self.grid_title = QLabel(self.tr("Choose an indicator above to enter its targets and actuals."))
        self.grid_title.setTextFormat(Qt.TextFormat.PlainText)
        self.grid_message = self.track(FieldMessage())
        self.block.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._choose(current.row()))
        self.block.model.modelReset.connect(self._after_reset)
        self.block.model.dataChanged.connect(lambda *_: self._choose(self.block.view.currentIndex().row()))

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.grid_title)
        lower_layout.addWidget(self.grid, 1)
        lower_layout.addWidget(self.grid_message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.block)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _choose(self, row: int) -> None:
        project = self.editor.project
        if project is None or not 0 <= row < len(project.indicators):
            self.grid_model.show_indicator(None)
            self.grid_title.setText(self.tr("Choose an indicator above to enter its targets and actuals."))
            return
        indicator = project.indicators[row]
        self.grid_model.show_indicator(row)
        self.grid_title.setText(self.tr("Targets and actuals of “{0}” ({1})").format(indicator.name,
                                                                                     indicator.unit or "—"))

    def _after_reset(self) -> None:
        # Keep the grid on the same indicator across reloads (undo, add, remove).
        row = self.grid_model.row_index
        count = self.block.model.rowCount()
        if row is None and count:
            row = 0
        if row is not None and row >= count:
            row = count - 1 if count else None
        if row is not None:
            self.block.select(row, 0)
        self._choose(row if row is not None else -1)

    def fill(self, project: Project) -> None:
        self.grid_model.row_index = None
        self.block.reload()

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        if name != "indicators":
            return None
        row = index or 0
        if sub == "values":
            self.block.select(row, 0)
            self._choose(row)
            self.grid.setCurrentIndex(self.grid_model.index(0, 0))
            return self.grid
        return self.block.select(row, self.block.model.column_of(sub or "name"))
