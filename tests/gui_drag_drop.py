"""Dragging files onto real widgets as a person does, from a file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag_and_drop(target: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """(enter accepted, drop accepted) for a drag of `mime` onto `target`. Both
    events start ignored, so only a widget that accepts them counts."""
    flags = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *flags)  # Qt's own types: QPoint here, QPointF for the drop
    enter.ignore()
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(5, 5), *flags)
    drop.ignore()
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Drop `paths` on `target`, which must take both the drag and the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    assert drag_and_drop(target, mime) == (True, True)
