"""The widgets of the plan overview: the plan's own fields, and the box shown when there is no plan.

They only show values and say when one was edited; what an edit does (an undo
command that saves the store) is ``plan_overview.py``'s business.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core import limits
from ascn_desktop.core.i18n import label as reference_label
from ascn_desktop.core.model import Plan
from ascn_desktop.core.reference import ReferenceData

MAX_TITLE = limits.TITLE  # the same limits as the Excel and bundle imports and the export (core/limits.py)
MAX_TEXT = limits.TEXT

translate = QCoreApplication.translate  # the contexts of the page these widgets belong to (catalogues)


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when an edit is finished (focus leaves it)."""

    editingFinished = Signal()  # noqa: N815 (Qt naming)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()


class PlanFields(QWidget):
    """Title, vision, blueprint, status, focus areas and strategic outcomes of one plan."""

    checks_changed = Signal(str, list)  # "focus_areas" / "outcomes", the codes now checked

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(translate("PlanOverview", "Plan title"))
        self.title_message = QLabel()
        self.title_message.setObjectName("muted")
        self.title_message.hide()
        self.vision_edit = CommittingTextEdit()
        self.vision_edit.setAccessibleName(translate("PlanOverview", "Vision statement"))
        self.vision_edit.setTabChangesFocus(True)
        self.vision_edit.setFixedHeight(90)
        self.blueprint_edit = QLineEdit()
        self.blueprint_edit.setMaxLength(MAX_TITLE)
        self.blueprint_edit.setAccessibleName(translate("PlanOverview", "Blueprint the plan derives from"))
        self.blueprint_edit.setPlaceholderText(translate("PlanOverview", "The city's existing blueprint or master plan"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(translate("PlanOverview", "Plan status"))
        self.status_combo.addItem(translate("PlanOverview", "Draft"), "draft")
        self.status_combo.addItem(translate("PlanOverview", "Final"), "final")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.focus_list = self._checklist(translate("PlanOverview", "Focus areas"), "focus_areas")
        self.outcome_list = self._checklist(translate("PlanOverview", "Strategic outcomes"), "outcomes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form())
        layout.addLayout(self._lists())
        for previous, following in ((self.title_edit, self.vision_edit), (self.vision_edit, self.blueprint_edit),
                                    (self.blueprint_edit, self.status_combo), (self.status_combo, self.focus_list),
                                    (self.focus_list, self.outcome_list)):
            self.setTabOrder(previous, following)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(translate("PlanOverview", "&Title:"), self.title_edit)
        form.addRow("", self.title_message)
        form.addRow(translate("PlanOverview", "&Vision:"), self.vision_edit)
        form.addRow(translate("PlanOverview", "&Blueprint:"), self.blueprint_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        status_label = QLabel(translate("PlanOverview", "&Status:"))
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, status_row)
        return form

    def _lists(self) -> QHBoxLayout:
        lists = QHBoxLayout()
        for title, widget, stretch in ((translate("PlanOverview", "Focus areas"), self.focus_list, 3),
                                       (translate("PlanOverview", "Strategic outcomes"), self.outcome_list, 2)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(widget)
            box_layout.addStretch(1)
            lists.addWidget(box, stretch)
        return lists

    def _checklist(self, name: str, kind: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        for code, label in self._reference.vocab.get(kind, {}).items():
            item = QListWidgetItem(reference_label(kind, code, label))  # in the interface's language
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        rows_height = widget.sizeHintForRow(0) * max(widget.count(), 1) + 2 * widget.frameWidth() + 4
        widget.setFixedHeight(rows_height)
        widget.itemChanged.connect(lambda _item, k=kind, w=widget: self.checks_changed.emit(k, checked_codes(w)))
        return widget

    def show_plan(self, plan: Plan) -> None:
        """The plan's values, except in a field the officer is typing in (modified since its last commit):
        a store change from elsewhere must not overwrite what is being typed."""
        if not (self.title_edit.hasFocus() and self.title_edit.isModified()):
            self.title_edit.setText(plan.title)
            self.title_message.hide()
        vision_document = self.vision_edit.document()
        typing_vision = self.vision_edit.hasFocus() and vision_document.isModified()
        if not typing_vision and self.vision_edit.toPlainText() != plan.vision:
            self.vision_edit.setPlainText(plan.vision)
        if not typing_vision:
            vision_document.setModified(False)
        if not (self.blueprint_edit.hasFocus() and self.blueprint_edit.isModified()):
            self.blueprint_edit.setText(plan.blueprint)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(plan.status)))
        set_checks(self.focus_list, plan.focus_areas)
        set_checks(self.outcome_list, plan.outcomes)

    def widget_for(self, field: str | None) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "title": self.title_edit, "vision": self.vision_edit, "blueprint": self.blueprint_edit,
            "focus_areas": self.focus_list, "outcomes": self.outcome_list, "status": self.status_combo,
        }
        return widgets.get(field or "title")


def checked_codes(widget: QListWidget) -> list[str]:
    return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked]


def set_checks(widget: QListWidget, codes: list[str]) -> None:
    widget.blockSignals(True)
    for n in range(widget.count()):
        item = widget.item(n)
        checked = item.data(Qt.ItemDataRole.UserRole) in codes
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


class NoPlanBox(QWidget):
    """'Hà Nội has no action plan yet…' with Create plan, Start from the previous plan, Choose your city."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.create_button = QPushButton(translate("PlanOverview", "Create plan"))
        self.create_button.setObjectName("primary")
        self.carry_button = QPushButton()
        self.choose_city_button = QPushButton(translate("PlanOverview", "Choose your city…"))
        buttons = QHBoxLayout()
        for button in (self.create_button, self.carry_button, self.choose_city_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        layout.addStretch(1)
