"""Building blocks shared by the project editor's sections.

`Section` wires a field to the editor: on "editing finished" the typed value
is checked by a core rule; a refusal shows the rule's message in the field's
red label and nothing is written; an accepted value becomes one committed,
undoable edit. `RowsBlock` is a table of child rows with Add/Remove buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Project
from ascn_desktop.gui.editor import undo_texts
from ascn_desktop.gui.editor.undo_texts import short_title
from ascn_desktop.gui.editor.project_editor_tables import ChoiceDelegate, Column, RowsModel
from ascn_desktop.gui.editor.widgets_fields import FieldMessage, TextBlockEdit
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.zawgyi_prompt import offer_unicode

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor

Apply = Callable[[Project, Any], None]


def with_message(widget: QWidget, *extra: QWidget) -> tuple[QWidget, FieldMessage]:
    """`widget` (and any `extra` widgets beside it) above its inline message label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if extra:
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        for other in extra:
            row.addWidget(other)
        layout.addLayout(row)
    else:
        layout.addWidget(widget)
    message = FieldMessage(field=widget.accessibleName())  # 'Budget': how the status bar names a refusal
    layout.addWidget(message)
    return box, message


class UndoPassThrough(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's undo stack from a line edit with nothing pending.

    A QLineEdit claims the undo keys for its own typing history; once its value is committed
    (or it was just loaded) there is nothing of its own to undo, so the keys should undo the
    last committed edit instead, as the Edit menu does.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit)
                and isinstance(event, QKeyEvent) and not watched.isModified()
                and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return True
        return False


class Section(QWidget):
    """One tab of the editor."""

    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__()
        self.editor = editor
        self.loading = False
        self._asking = False
        self.messages: list[FieldMessage] = []
        self._undo_pass = UndoPassThrough(self)

    def populate(self, project: Project) -> None:
        self.loading = True
        try:
            for message in self.messages:
                message.clear_message()
            self.fill(project)
        finally:
            self.loading = False

    def fill(self, project: Project) -> None:
        raise NotImplementedError

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        return None

    # --- wiring -----------------------------------------------------------------

    def message(self) -> FieldMessage:
        message = FieldMessage()
        self.messages.append(message)
        return message

    def track(self, message: FieldMessage) -> FieldMessage:
        self.messages.append(message)
        return message

    def accept(self, message: FieldMessage, check: Callable[[], Any], apply: Apply, what: str) -> bool:
        """Check a value; show the refusal next to the field, or commit it as one edit.

        `what` is the field's label as the form shows it (translated): the undo step is named by it."""
        if self.loading or self.editor.project is None:
            return False
        try:
            value = check()
        except AscnError as refused:
            message.show_message(visible(refused.message))
            return False
        message.clear_message()
        return self.editor.commit(lambda project: apply(project, value),
                                  undo_texts.edit_field(what, short_title(self.editor.project)))

    def bind_line(self, edit: QLineEdit | TextBlockEdit, message: FieldMessage,
                  check: Callable[[str], Any], apply: Apply, what: str) -> None:
        def finished() -> None:
            if self.loading or self._asking:
                return
            self._asking = True  # the question below takes the focus: no second editingFinished meanwhile
            try:
                text = offer_unicode(edit, edit.text())
            finally:
                self._asking = False
            if text is None:  # Zawgyi kept: nothing is saved (the store holds Unicode only)
                message.show_message(QCoreApplication.translate(
                    "ProjectEditorForm", "Not saved: convert the Zawgyi text to Unicode first."))
                return
            if text != edit.text():
                if isinstance(edit, TextBlockEdit):
                    edit.set_text(text)
                else:
                    edit.setText(text)
            if self.accept(message, lambda: check(text), apply, what):
                self.committed(edit)

        edit.editingFinished.connect(finished)
        if isinstance(edit, QLineEdit):
            edit.installEventFilter(self._undo_pass)

    def pass_undo(self, edit: QLineEdit) -> None:
        edit.installEventFilter(self._undo_pass)

    @staticmethod
    def committed(edit: QWidget) -> None:
        """Nothing typed is pending in `edit` any more (its Ctrl+Z now undoes the committed edit)."""
        if isinstance(edit, QLineEdit):
            edit.setModified(False)

    def bind_combo(self, combo: QComboBox, message: FieldMessage, apply: Apply, what: str,
                   check: Callable[[Any], Any] | None = None) -> None:
        def chosen(_index: int) -> None:
            data = combo.currentData()
            self.accept(message, (lambda: check(data)) if check else (lambda: data), apply, what)

        combo.activated.connect(chosen)


def fill_combo(combo: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for data, label in items:
        combo.addItem(label, data)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(data), 0))
    combo.blockSignals(False)


class RowsBlock(QWidget):
    """A table of one list of the project, with Add and Remove buttons and an inline message."""

    def __init__(self, section: Section, *, columns: Sequence[Column], rows_of: Callable[[Project], list[Any]],
                 name: str, add_label: str, make_row: Callable[[Project], Any],
                 describe: Callable[[Any], str]) -> None:
        super().__init__()
        self.section = section
        editor = section.editor
        self.name = name  # the table's name, translated: screen readers and undo steps say it
        self._rows_of = rows_of
        self._make_row = make_row
        self._describe = describe
        self.message = section.message()
        self.model = RowsModel(columns=columns, rows_of=rows_of, project=lambda: editor.project,
                               commit=editor.commit, table_name=name, on_refused=self._refused, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAccessibleName(name)
        self.message.field = self.view.accessibleName()
        header = self.view.horizontalHeader()
        for number, column in enumerate(columns):  # amounts and years whole at 1024x600 in any language
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch if column.stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(add_label)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen row of “{0}”").format(name))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _refused(self, text: str) -> None:
        if text:
            self.message.show_message(text)
        else:
            self.message.clear_message()

    def reload(self) -> None:
        self.model.reload()

    def add_row(self) -> None:
        project = self.section.editor.project
        if project is None:
            return
        row = self._make_row(project)

        def append(changed: Project) -> None:
            self._rows_of(changed).append(row)

        if self.section.editor.commit(append, undo_texts.add_row(self.name, short_title(project))):
            self.model.reload()
            self.select(len(self.model.rows()) - 1, 0)

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        current = rows[0].row() if rows else self.view.currentIndex().row()
        items = self.model.rows()
        if not 0 <= current < len(items):
            return
        what = self._describe(items[current])

        def remove(changed: Project) -> None:
            del self._rows_of(changed)[current]

        project = self.section.editor.project
        title = short_title(project)
        if self.section.editor.commit(remove, undo_texts.remove_row(what, self.name, title)):
            self.model.reload()

    def select(self, row: int, column: int) -> QTableView:
        index = self.model.index(row, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        return self.view
