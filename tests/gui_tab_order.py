"""Walking a form with the Tab key as a keyboard user does, and the order its fields appear on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def focusable(container: QWidget) -> list[QWidget]:
    """The widgets of `container` the Tab key stops at, in the order they appear: row by row, left to right."""
    found = []
    for widget in container.findChildren(QWidget):
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(container):
            continue
        if not widget.isEnabled() or isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's own line edit is the spin box
        if widget.focusProxy() is not None:
            continue
        found.append(widget)
    return sorted(found, key=lambda w: _position(container, w))


def _position(container: QWidget, widget: QWidget) -> tuple[int, int]:
    top_left = widget.mapTo(container, QPoint(0, 0))
    # Fields of one row differ by a few pixels in height; a row is 12 pixels tall at least. Side-by-side boxes of
    # different heights (two lists in a row) share their top, not their middle, so their tops are what count.
    return (top_left.y() + min(widget.height(), 24) // 2) // 12, top_left.x()


def tab_through(qtbot: QtBot, first: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits from `first` (included), `count` in all."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [_owner(QApplication.focusWidget())]
    for _ in range(count - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(_owner(QApplication.focusWidget()))
    return visited


def _owner(widget: QWidget | None) -> QWidget:
    assert widget is not None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox):
        return parent
    return widget


def assert_tabs_in_visual_order(qtbot: QtBot, container: QWidget, *, at_least: int = 2) -> None:
    """Tab, from the first field shown in `container`, visits every field in the order they appear on screen."""
    shown = focusable(container)
    assert len(shown) >= at_least
    visited = tab_through(qtbot, shown[0], len(shown))
    assert visited == shown, ([_name(w) for w in visited], [_name(w) for w in shown])


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__
