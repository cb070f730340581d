"""Editable tables of a project's child rows (funding, milestones, indicators, notes).

`RowsModel` is a thin QAbstractTableModel over one list of the project being
edited. It never holds its own copy: it reads the editor's current project and
writes through the editor's `commit`, so every accepted cell edit is one
named undo command already in the store. A refused value sets no data and
reports the reason through `on_refused` (shown as the section's inline message).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Project
from ascn_desktop.gui.editor import undo_texts
from ascn_desktop.gui.editor.undo_texts import short_title
from ascn_desktop.core.visible_text import visible

AnyIndex = QModelIndex | QPersistentModelIndex
Mutator = Callable[[Project], None]
CommitFn = Callable[[Mutator, str], bool]


@dataclass(frozen=True)
class Column:
    """One column: how to show a row's value, the text to edit, and how to parse and apply an edit."""

    title: str
    display: Callable[[Any], str]
    parse: Callable[[str], Any] | None = None  # raises AscnError (FieldError) with the inline message
    apply: Callable[[Any, Any], None] | None = None  # (row item, parsed value)
    edit_text: Callable[[Any], str] | None = None  # defaults to display
    choices: Callable[[], Sequence[tuple[str, str]]] | None = None  # (code, label): edited with a combo
    code_of: Callable[[Any], str] | None = None  # current code for choice columns
    field: str = ""  # name used in readiness field paths, e.g. "amount"
    align_right: bool = False
    # The free-text column (a name, a title, a note) takes the width the others leave and elides, its whole
    # text in the tooltip; every other column (codes, years, amounts, choices) fits its contents in any language.
    stretch: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, *, columns: Sequence[Column], rows_of: Callable[[Project], list[Any]],
                 project: Callable[[], Project | None], commit: CommitFn, table_name: str,
                 on_refused: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows_of = rows_of
        self._project = project
        self._commit = commit
        self._table = table_name
        self._refused = on_refused

    def rows(self) -> list[Any]:
        project = self._project()
        return self._rows_of(project) if project is not None else []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return self.columns[section].title
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].parse is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self.rows()
        if not index.isValid() or index.row() >= len(rows):
            return None
        column, item = self.columns[index.column()], rows[index.row()]
        try:
            if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and column.stretch):
                return column.display(item)
            if role == Qt.ItemDataRole.EditRole:
                if column.code_of is not None:
                    return column.code_of(item)
                return (column.edit_text or column.display)(item)
            if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        except Exception:  # data() must never raise (a half-filled row is shown blank)
            return None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.parse is None or column.apply is None:
            return False
        try:
            parsed = column.parse(str(value))
        except AscnError as refused:
            self._refused(visible(refused.message))
            return False
        self._refused("")
        row = index.row()
        apply = column.apply

        def mutate(project: Project) -> None:
            apply(self._rows_of(project)[row], parsed)

        project = self._project()
        title = short_title(project)
        if not self._commit(mutate, undo_texts.edit_cell(column.title, self._table, title)):
            return False
        self.dataChanged.emit(index.sibling(row, 0), index.sibling(row, len(self.columns) - 1))
        return True

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def column_of(self, field: str) -> int:
        for number, column in enumerate(self.columns):
            if column.field == field:
                return number
        return 0


class ChoiceDelegate(QStyledItemDelegate):
    """Edits choice columns with a combo box of labels (codes stored), other columns as text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        model = index.model()
        column = model.columns[index.column()] if isinstance(model, RowsModel) else None
        if column is None or column.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, label in column.choices():
            combo.addItem(label, code)
        combo.activated.connect(lambda _n: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        # A choice is complete when made: commit it and close the combo (no Enter needed).
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
