"""Small editing widgets the project editor is built from.

`FieldMessage` is the red inline message next to a field; `TextBlockEdit` is a
multi-line text box that, like QLineEdit, says when the person has finished
editing (on leaving it), so long texts are committed once, not per keystroke;
`YearSpinBox` holds a year or nothing ("—"); `WrappingGrid` lays check boxes out in
as many columns as the width allows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QPlainTextEdit, QSpinBox, QWidget

NO_YEAR = 1899  # the spin box's "nothing chosen" value, shown as "—"


class FieldMessage(QLabel):
    """A red one-line message shown next to a field while its input is refused.

    The window hears of every refusal and its end (`field_refused`), so its status bar never says
    "All changes saved" while a typed value was not saved. `field` names the field in that line.
    """

    def __init__(self, parent: QWidget | None = None, *, field: str = "") -> None:
        super().__init__(parent)
        self.field = field
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")  # readable on light and dark palettes
        self.setAccessibleName(self.tr("Validation message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self._tell_window(text)

    def clear_message(self) -> None:
        had = bool(self.text())
        self.setText("")
        self.hide()
        if had:
            self._tell_window("")

    def _tell_window(self, text: str) -> None:
        tell = getattr(self.window(), "field_refused", None)  # the main window; a dialog has its own line
        if callable(tell):
            tell(self, self.field, text)


class TextBlockEdit(QPlainTextEdit):
    """A QPlainTextEdit that emits `editingFinished` when focus leaves it after a change."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
        self.setMinimumHeight(60)
        self._loaded_text = ""

    def set_text(self, text: str) -> None:
        self._loaded_text = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()

    def finish(self) -> None:
        if self.toPlainText() != self._loaded_text:
            self._loaded_text = self.toPlainText()
            self.editingFinished.emit()


class YearSpinBox(QSpinBox):
    """A year, or nothing ("—"). Accepts any plausible year so that a wrong one gets a message, not a clamp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_YEAR, 2200)
        self.setSpecialValueText("—")
        self.setKeyboardTracking(False)  # valueChanged only when typing is finished or arrows are used
        self.setAccelerated(False)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToPreviousValue)

    def year(self) -> int | None:
        return None if self.value() == NO_YEAR else self.value()

    def set_year(self, year: int | None) -> None:
        self.blockSignals(True)
        self.setValue(NO_YEAR if year is None else year)
        self.blockSignals(False)

    def stepBy(self, steps: int) -> None:
        # From "—" the first arrow press jumps to a sensible year instead of 1900.
        if self.value() == NO_YEAR and self.property("first_year"):
            self.setValue(int(self.property("first_year")))
            return
        super().stepBy(steps)



class WrappingGrid(QWidget):
    """Widgets in rows of up to `max_columns`, fewer when the width is short.

    A fixed three-column grid of the 17 SDG check boxes was 970 pixels wide: at 1024x600 or 125 %
    the project form scrolled sideways and cut "3 Good Health and Well-be…". This grid asks only for
    its widest widget and re-flows into as many columns as fit, so the form scrolls down, never across.
    """

    def __init__(self, widgets: Sequence[QWidget], *, max_columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._max_columns = max_columns
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # our minimumSizeHint rules
        self._arrange(max_columns)

    def columns(self) -> int:
        return self._columns

    def _cell_width(self) -> int:
        widest = max((widget.sizeHint().width() for widget in self._widgets), default=0)
        return widest + max(self._grid.horizontalSpacing(), 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._cell_width(), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._cell_width() * self._columns, self._grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        cell = max(self._cell_width(), 1)
        self._arrange(max(1, min(self._max_columns, event.size().width() // cell)))
        super().resizeEvent(event)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for n, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, n // columns, n % columns)
        self.updateGeometry()  # the height changes with the number of rows
