"""Plan overview: the officer's city and cycle, the plan's own fields, status and readiness.

Every accepted edit (a line edit's editingFinished, a focus area toggled, the
status chosen) is one named command on the window's undo stack whose redo
writes the store at once through ``core.plans.save_plan_header``. Marking the
plan final goes through ``core.plan_status.set_plan_final`` (the readiness
check), which refuses while errors remain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ascn_desktop.core import limits
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import label as reference_label
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_status import set_plan_final
from ascn_desktop.core.plans import create_plan, find_plan_id, get_plan, get_plan_header, save_plan_header
from ascn_desktop.core.plans import start_next_cycle as core_start_next_cycle
from ascn_desktop.core.readiness import check_plan, readiness_summary, require_no_errors
from ascn_desktop.core.reference import CycleInfo, ReferenceData
from ascn_desktop.core.workplace import editor_name
from ascn_desktop.gui.zawgyi_prompt import offer_unicode
from ascn_desktop.store.engine import Store
from ascn_desktop.core.review_comments import Comment
from ascn_desktop.store.models import ReviewRow

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

MAX_TITLE = limits.TITLE  # the same limits as the Excel and bundle imports and the export (core/limits.py)
MAX_TEXT = limits.TEXT

FIELD_NAMES = {
    "title": "edit plan title",
    "vision": "edit vision statement",
    "blueprint": "edit blueprint",
    "focus_areas": "change focus areas",
    "outcomes": "change strategic outcomes",
    "status": "change plan status",
}


class PlanFieldCommand(QUndoCommand):
    """Set one field of a plan's header; undo sets it back. Redo writes the store at once.

    Setting the status to final goes through ``core.plan_status.set_plan_final``
    (the readiness check), also when redone later: a plan that gained errors
    since stays draft and `on_error` says why.
    """

    def __init__(self, store: Store, plan_id: int, field: str, before: Any, after: Any, *, by: str,
                 on_change: Callable[[], None], text: str | None = None,
                 reference: ReferenceData | None = None, on_error: Callable[[AscnError], None] | None = None,
                 already_checked: bool = False) -> None:
        # Qt prefixes these with "Undo " / "Redo " in the Edit menu.
        super().__init__(translate("PlanFieldCommand",
                                                    text or FIELD_NAMES.get(field, f"edit {field}")))
        self.store, self.plan_id, self.field = store, plan_id, field
        self.before, self.after, self.by = before, after, by
        self._on_change = on_change
        self._reference = reference
        self._on_error = on_error
        self._skip_check = already_checked  # the caller just ran the check; don't load a big plan twice

    def _apply(self, value: Any) -> None:
        if self.field == "status" and value == "final" and self._reference is not None and not self._skip_check:
            try:
                set_plan_final(self.store, self.plan_id, self._reference)
            except AscnError as error:
                if self._on_error is not None:
                    self._on_error(error)
                self._on_change()
                return
        self._skip_check = False
        plan = get_plan_header(self.store, self.plan_id)
        setattr(plan, self.field, list(value) if isinstance(value, list) else value)
        plan.updated_by = self.by
        save_plan_header(self.store, self.plan_id, plan)
        self._on_change()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when an edit is finished (focus leaves it)."""

    editingFinished = Signal()  # noqa: N815 (Qt naming)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()


class PlanOverview(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("plan-overview")
        self._window = window
        self.store = window.store
        self.reference = window.reference
        self.plan: Plan | None = None
        self.plan_id: int | None = None
        self._loading = False
        self._asking = False
        self._build()
        self._readiness_timer = QTimer(self)
        self._readiness_timer.setSingleShot(True)
        self._readiness_timer.setInterval(250)  # one check after a burst of edits, not one per edit
        self._readiness_timer.timeout.connect(self.refresh_readiness)
        # Every committed edit (a project added, a field changed, an undo) re-checks the readiness line;
        # it used to wait for the overview to be reloaded and said "Ready" while the Readiness page did not.
        window.saved.connect(self._schedule_readiness)
        window.undo_stack.indexChanged.connect(self._schedule_readiness)
        window.store_changed.connect(self.reload)
        self._fill_cycles()
        self.reload()

    # --- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.city_label = QLabel()
        self.city_label.setObjectName("page-title")
        self.city_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cycle_combo = QComboBox()
        self.cycle_combo.setAccessibleName(self.tr("Planning cycle"))
        cycle_label = QLabel(self.tr("&Planning cycle:"))
        cycle_label.setBuddy(self.cycle_combo)
        top = QHBoxLayout()
        top.addWidget(self.city_label, 1)
        top.addWidget(cycle_label)
        top.addWidget(self.cycle_combo)

        self.meta_label = QLabel()
        self.meta_label.setObjectName("page-subtitle")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label = QLabel()
        self.review_label.setObjectName("review-reason")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.hide()
        from ascn_desktop.gui.editor.review_comments_box import ReviewCommentsBox

        self.comments_box = ReviewCommentsBox(self.store, go_to=self._go_to_comment)
        self.readiness_label = QLabel()
        self.readiness_label.setObjectName("readiness-summary")
        self.readiness_label.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness_button = QPushButton(self.tr("Open readiness check"))
        self.readiness_button.clicked.connect(lambda: self._window.show_page("readiness"))
        readiness_row = QHBoxLayout()
        readiness_row.addWidget(self.readiness_label, 1)
        readiness_row.addWidget(self.readiness_button)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.create_button = QPushButton(self.tr("Create plan"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_plan)
        self.carry_button = QPushButton()
        self.carry_button.clicked.connect(self._start_from_previous)
        self.choose_city_button = QPushButton(self.tr("Choose your city…"))
        self.choose_city_button.clicked.connect(self.choose_city)
        empty_buttons = QHBoxLayout()
        for button in (self.create_button, self.carry_button, self.choose_city_button):
            empty_buttons.addWidget(button)
        empty_buttons.addStretch(1)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 12, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(1)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(self.tr("Plan title"))
        self.title_message = QLabel()
        self.title_message.setObjectName("muted")
        self.title_message.hide()
        self.vision_edit = CommittingTextEdit()
        self.vision_edit.setAccessibleName(self.tr("Vision statement"))
        self.vision_edit.setTabChangesFocus(True)
        self.vision_edit.setFixedHeight(90)
        self.blueprint_edit = QLineEdit()
        self.blueprint_edit.setMaxLength(MAX_TITLE)
        self.blueprint_edit.setAccessibleName(self.tr("Blueprint the plan derives from"))
        self.blueprint_edit.setPlaceholderText(self.tr("The city's existing blueprint or master plan"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Plan status"))
        self.status_combo.addItem(self.tr("Draft"), "draft")
        self.status_combo.addItem(self.tr("Final"), "final")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.title_message)
        form.addRow(self.tr("&Vision:"), self.vision_edit)
        form.addRow(self.tr("&Blueprint:"), self.blueprint_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, status_row)

        self.focus_list = self._checklist(self.tr("Focus areas"), "focus_areas")
        self.outcome_list = self._checklist(self.tr("Strategic outcomes"), "outcomes")
        focus_box = QGroupBox(self.tr("Focus areas"))
        focus_layout = QVBoxLayout(focus_box)
        focus_layout.addWidget(self.focus_list)
        focus_layout.addStretch(1)
        outcome_box = QGroupBox(self.tr("Strategic outcomes"))
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.addWidget(self.outcome_list)
        outcome_layout.addStretch(1)
        lists = QHBoxLayout()
        lists.addWidget(focus_box, 3)
        lists.addWidget(outcome_box, 2)

        self.next_cycle_button = QPushButton(self.tr("Start plan for next cycle…"))
        self.next_cycle_button.clicked.connect(self.start_next_cycle)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.next_cycle_button)

        self.plan_box = QWidget()
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.meta_label)
        plan_layout.addWidget(self.review_label)
        plan_layout.addWidget(self.comments_box)
        plan_layout.addLayout(readiness_row)
        plan_layout.addLayout(form)
        plan_layout.addLayout(lists)
        plan_layout.addLayout(actions)
        plan_layout.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.plan_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.cycle_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.title_edit.editingFinished.connect(self._commit_title)
        self.vision_edit.editingFinished.connect(lambda: self._commit_text("vision", self.vision_edit.toPlainText()))
        self.blueprint_edit.editingFinished.connect(
            lambda: self._commit_text("blueprint", self.blueprint_edit.text()))
        self.status_combo.activated.connect(self._status_chosen)
        self.setTabOrder(self.cycle_combo, self.title_edit)
        self.setTabOrder(self.title_edit, self.vision_edit)
        self.setTabOrder(self.vision_edit, self.blueprint_edit)
        self.setTabOrder(self.blueprint_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.focus_list)
        self.setTabOrder(self.focus_list, self.outcome_list)

    def _checklist(self, name: str, kind: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        for code, label in self.reference.vocab.get(kind, {}).items():
            item = QListWidgetItem(reference_label(kind, code, label))  # in the interface's language
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        rows_height = widget.sizeHintForRow(0) * max(widget.count(), 1) + 2 * widget.frameWidth() + 4
        widget.setFixedHeight(rows_height)
        widget.itemChanged.connect(lambda _item, k=kind, w=widget: self._commit_checks(k, w))
        return widget

    # --- cycle and plan -------------------------------------------------------------

    def _fill_cycles(self) -> None:
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in self.reference.cycles.values():
            self.cycle_combo.addItem(cycle.label, cycle.code)
        self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(self._default_cycle())))
        self.cycle_combo.blockSignals(False)

    def _default_cycle(self) -> str:
        """The latest cycle that has a plan for this city, else the cycle containing today."""
        city = self._window.city
        if city is not None:
            plan_id = find_plan_id(self.store, city, origin="local")
            if plan_id is not None:
                return get_plan_header(self.store, plan_id).cycle
        return self.reference.current_cycle(date.today().year).code

    def cycle(self) -> CycleInfo | None:
        code = self.cycle_combo.currentData()
        return self.reference.cycles.get(code) if code else None

    def _next_cycle(self) -> CycleInfo | None:
        current = self.cycle()
        if current is None:
            return None
        later = [c for c in self.reference.cycles.values() if c.start_year > current.start_year]
        return min(later, key=lambda c: c.start_year) if later else None

    def _previous_cycle(self) -> CycleInfo | None:
        current = self.cycle()
        if current is None:
            return None
        earlier = [c for c in self.reference.cycles.values() if c.start_year < current.start_year]
        return max(earlier, key=lambda c: c.start_year) if earlier else None

    def reload(self) -> None:
        """Show the store's plan for the officer's city and the chosen cycle."""
        city = self._window.city
        cycle = self.cycle()
        if city is None or city not in self.reference.cities:
            self.city_label.setText(self.tr("No city chosen"))
            self._show_empty(self.tr("Choose the city you work for to start its action plan. National "
                                     "Representatives and Secretariat staff: create your signing identity with "
                                     "Tools → Signing identity… instead."), city=False)
            return
        info = self.reference.cities[city]
        self.city_label.setText(f"{info.name} · {self.reference.country_name(info.country)}")
        plan_id = find_plan_id(self.store, city, cycle.code, origin="local") if cycle else None
        if plan_id is None:
            self.plan, self.plan_id = None, None
            self._window.set_current_plan(None)
            code = cycle.code if cycle else ""
            self._show_empty(self.tr("{0} has no action plan yet for the {1} planning cycle.").format(info.name, code),
                             city=True)
            return
        self.plan_id = plan_id
        self.plan = get_plan_header(self.store, plan_id)
        self._window.set_current_plan(plan_id)
        self._show_plan(self.plan)

    def _show_empty(self, message: str, *, city: bool) -> None:
        self.plan_box.hide()
        self.empty_box.show()
        self.empty_label.setText(message)
        self.create_button.setVisible(city)
        self.choose_city_button.setVisible(not city)
        previous = self._previous_cycle()
        previous_id = (find_plan_id(self.store, self._window.city, previous.code, origin="local")
                       if city and previous and self._window.city else None)
        self.carry_button.setVisible(previous_id is not None)
        if previous is not None:
            self.carry_button.setText(self.tr("Start from the {0} plan").format(previous.code))

    def _show_plan(self, plan: Plan) -> None:
        self._loading = True
        try:
            self.empty_box.hide()
            self.plan_box.show()
            # A field the officer is typing in (modified since its last commit) is left alone:
            # a store change from elsewhere must not overwrite what is being typed.
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
            self._set_checks(self.focus_list, plan.focus_areas)
            self._set_checks(self.outcome_list, plan.outcomes)
            edited = plan.updated_at.astimezone().strftime("%d %b %Y %H:%M") if plan.updated_at else "—"
            by = self.tr(" by {0}").format(plan.updated_by) if plan.updated_by else ""
            status = self.tr("Final") if plan.status == "final" else self.tr("Draft")
            sample = self.tr(" · sample data") if plan.is_sample and "sample" not in by.lower() else ""
            carried = self.tr(" · started from the previous cycle's plan") if plan.carried_over_from else ""
            self.meta_label.setText(self.tr("{0} · revision {1} · last edited {2}{3}{4}{5}").format(
                status, plan.revision, edited, by, sample, carried))
            self._show_review(plan)
            next_cycle = self._next_cycle()
            self.next_cycle_button.setEnabled(
                next_cycle is not None
                and find_plan_id(self.store, plan.city, next_cycle.code, origin="local") is None)
            self.readiness_button.setVisible(self._window.page("readiness") is not None)
            self._readiness_timer.start()
        finally:
            self._loading = False

    def _set_checks(self, widget: QListWidget, codes: list[str]) -> None:
        widget.blockSignals(True)
        for n in range(widget.count()):
            item = widget.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.blockSignals(False)

    def _show_review(self, plan: Plan) -> None:
        with self.store.read() as session:
            review = session.scalars(
                select(ReviewRow).where(ReviewRow.plan_uuid == plan.uuid, ReviewRow.direction == "received")
                .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc()).limit(1)
            ).first()
            # Once a later revision was exported, the city has answered the note: the box goes away.
            if review is None or review.status != "returned" or review.revision < plan.revision:
                self.review_label.hide()
                self.comments_box.show_for(None)
                return
            self.review_label.setText(self.tr("Revision {0} was returned by {1}: {2}").format(
                review.revision, review.reviewer_name or self.tr("the reviewer"), review.reason))
        self.review_label.show()
        self.comments_box.show_for(plan.uuid)

    def _go_to_comment(self, comment: Comment) -> None:
        """The field a reviewer's comment names: on this page, or in the project editor."""
        if self.plan_id is None:
            return
        if comment.project_id is None:
            self.focus_field(comment.field)
            return
        from ascn_desktop.gui.editor.editor_feature import open_project

        simple = comment.field if comment.field not in (None, "milestones", "indicators", "funding",
                                                        "progress_notes") else None
        open_project(self._window, self.plan_id, comment.project_id, field=simple)

    def _schedule_readiness(self, *_args: object) -> None:
        self._readiness_timer.start()

    def refresh_readiness(self) -> None:
        """The readiness summary line ('2 errors, 5 warnings')."""
        if self.plan_id is None:
            return
        try:
            findings = check_plan(get_plan(self.store, self.plan_id), self.reference)
        except AscnError:
            return
        self.readiness_label.setText(self.tr("Readiness: {0}").format(readiness_summary(findings)))
        self.readiness_label.show()
        self.readiness_button.setVisible(self._window.page("readiness") is not None)

    # --- edits ----------------------------------------------------------------------

    def _push(self, field: str, before: Any, after: Any) -> None:
        if self.plan_id is None or before == after:
            return
        command = PlanFieldCommand(self.store, self.plan_id, field, before, after,
                                   by=editor_name(self.store), on_change=self._changed)
        self._window.undo_stack.push(command)  # push runs redo: the edit is in the store now

    def _changed(self) -> None:
        self.reload()
        self._window.saved.emit()

    def _commit_title(self) -> None:
        if self._loading or self.plan is None:
            return
        text = self.title_edit.text().strip()
        if not text:
            self.title_message.setText(self.tr("A plan needs a title; the previous title is kept."))
            self.title_message.show()
            return
        unicode_text = self._unicode(text)
        if unicode_text is None:
            self.title_message.setText(self.tr("Not saved: convert the Zawgyi text to Unicode first."))
            self.title_message.show()
            return
        if unicode_text != text:
            self.title_edit.setText(unicode_text)
            text = unicode_text
        self.title_message.hide()
        self.title_edit.setModified(False)  # committed: the store's value may show again
        self._push("title", self.plan.title, text)

    def _unicode(self, text: str) -> str | None:
        """`text`, converted from Zawgyi if the user agrees; None when Zawgyi is kept (nothing is saved)."""
        if self._asking:
            return None
        self._asking = True  # the question takes the focus: no second editingFinished meanwhile
        try:
            return offer_unicode(self, text)
        finally:
            self._asking = False

    def _commit_text(self, field: str, value: str) -> None:
        if self._loading or self.plan is None:
            return
        converted = self._unicode(value)
        if converted is None:
            return  # Zawgyi kept as typed in the field: the store holds Unicode only
        if converted != value:
            value = converted
            if field == "vision":
                self.vision_edit.setPlainText(value)
            elif field == "blueprint":
                self.blueprint_edit.setText(value)
        if field == "vision":
            self.vision_edit.document().setModified(False)
        elif field == "blueprint":
            self.blueprint_edit.setModified(False)
        self._push(field, getattr(self.plan, field), value[:MAX_TEXT])

    def _commit_checks(self, kind: str, widget: QListWidget) -> None:
        if self._loading or self.plan is None:
            return
        codes = [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
                 if widget.item(n).checkState() == Qt.CheckState.Checked]
        self._push(kind, list(getattr(self.plan, kind)), codes)

    def _status_chosen(self, _index: int) -> None:
        if self._loading or self.plan is None or self.plan_id is None:
            return
        wanted = self.status_combo.currentData()
        if wanted == self.plan.status:
            return
        if wanted == "final":
            try:
                self.check_can_be_final()
            except AscnError as error:
                self.status_combo.setCurrentIndex(self.status_combo.findData(self.plan.status))
                self._window.show_error(error)
                return
        text = "mark plan final" if wanted == "final" else "reopen plan as draft"
        command = PlanFieldCommand(self.store, self.plan_id, "status", self.plan.status, wanted,
                                   by=editor_name(self.store), on_change=self._changed, text=text,
                                   reference=self.reference, on_error=self._window.show_error,
                                   already_checked=wanted == "final")
        self._window.undo_stack.push(command)

    def check_can_be_final(self) -> None:
        """Raise the readiness check's ValidationError while errors remain."""
        if self.plan_id is None:
            return
        findings = check_plan(get_plan(self.store, self.plan_id), self.reference)
        require_no_errors(findings, action="marked final")

    def focus_field(self, field: str | None) -> QWidget | None:
        """Put the cursor on a plan field (the readiness panel's findings jump here)."""
        widget: QWidget | None = {
            "title": self.title_edit, "vision": self.vision_edit, "blueprint": self.blueprint_edit,
            "focus_areas": self.focus_list, "outcomes": self.outcome_list, "status": self.status_combo,
            "cycle": self.cycle_combo,
        }.get(field or "title")
        if widget is not None and self.plan is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def commit_pending(self) -> None:
        """Commit the field being typed (the window calls this before closing)."""
        if self.plan is None:
            return
        if self.title_edit.hasFocus():
            self._commit_title()
        elif self.vision_edit.hasFocus():
            self._commit_text("vision", self.vision_edit.toPlainText())
        elif self.blueprint_edit.hasFocus():
            self._commit_text("blueprint", self.blueprint_edit.text())

    # --- plan-level actions -------------------------------------------------------------

    def create_plan(self) -> int | None:
        city, cycle = self._window.city, self.cycle()
        if city is None or cycle is None:
            return None
        try:
            plan_id = create_plan(self.store, city=city, cycle=cycle.code, by=editor_name(self.store))
        except AscnError as error:
            self._window.show_error(error)
            return None
        self.reload()
        self._window.store_changed.emit()
        return plan_id

    def _start_from_previous(self) -> None:
        previous, city, cycle = self._previous_cycle(), self._window.city, self.cycle()
        if previous is None or city is None or cycle is None:
            return
        previous_id = find_plan_id(self.store, city, previous.code, origin="local")
        if previous_id is not None:
            self._carry_over(previous_id, cycle)

    def start_next_cycle(self, *, confirm: bool = True) -> int | None:
        next_cycle = self._next_cycle()
        if self.plan_id is None or next_cycle is None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Start plan for next cycle"),
                self.tr("Start the {0} plan from this one? Projects that are not completed or cancelled "
                        "are carried over and marked as such; this plan stays as it is.").format(next_cycle.label))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self._carry_over(self.plan_id, next_cycle)

    def _carry_over(self, from_plan_id: int, cycle: CycleInfo) -> int | None:
        try:
            new_id = core_start_next_cycle(self.store, from_plan_id, cycle.code, by=editor_name(self.store))
        except AscnError as error:
            self._window.show_error(error)
            return None
        self.cycle_combo.setCurrentIndex(self.cycle_combo.findData(cycle.code))  # reloads
        self.reload()
        self._window.store_changed.emit()
        return new_id

    def choose_city(self) -> None:
        from ascn_desktop.gui.first_run import choose_workplace

        workplace = choose_workplace(self._window.store, self.reference, parent=self)
        if workplace is not None:
            self._window.city, self._window.country = workplace.city, workplace.country
            self._window.undo_stack.clear()  # its commands belong to the other city's plan
            self._fill_cycles()
            self.reload()
            self._window.refresh_title()


def install(window: MainWindow) -> None:
    if window.role not in (None, "csco"):
        return  # receivers review plans; they do not draft one
    overview = PlanOverview(window)
    window.add_page("overview", translate("PlanOverview", "Plan overview"), overview, roles=("csco",), icon_name="overview")
    if window.active is None or not window.active.from_identity:
        # Before a signing identity exists the officer may correct the city chosen at first run.
        change_city = QAction(translate("PlanOverview", "Change my &city…"), window)
        change_city.triggered.connect(overview.choose_city)
        window.file_menu.addAction(change_city)
        window.change_city_action = change_city  # type: ignore[attr-defined]
