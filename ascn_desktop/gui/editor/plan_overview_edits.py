"""What the officer types or ticks on the plan overview, turned into undoable saves.

Each accepted edit (a line edit's editingFinished, a focus area toggled, the
status chosen) is one ``PlanFieldCommand`` on the window's undo stack; its save
runs on the background runner, in order. Marking the plan final asks the
readiness check first (also on the runner) and refuses while errors remain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.plan_overview import plan_findings
from ascn_desktop.core.readiness import require_no_errors
from ascn_desktop.gui.editor import undo_texts
from ascn_desktop.gui.editor.plan_field_command import PlanFieldCommand
from ascn_desktop.gui.editor.plan_overview_form import MAX_TEXT
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.gui.zawgyi_prompt import offer_unicode

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.plan_overview import PlanOverview

translate = QCoreApplication.translate  # the page's context: the catalogues know these strings there


class PlanEdits(QObject):
    def __init__(self, page: PlanOverview) -> None:
        super().__init__(page)
        self._page = page
        self._asking = False  # a Zawgyi question is open: no second editingFinished meanwhile
        fields = page.fields
        fields.title_edit.editingFinished.connect(self.commit_title)
        fields.vision_edit.editingFinished.connect(
            lambda: self.commit_text("vision", fields.vision_edit.toPlainText()))
        fields.blueprint_edit.editingFinished.connect(
            lambda: self.commit_text("blueprint", fields.blueprint_edit.text()))
        fields.checks_changed.connect(self.commit_checks)
        fields.status_combo.activated.connect(self.status_chosen)

    def _editable(self) -> bool:
        """A plan is shown and the widgets are not being filled from the store."""
        return not self._page.filling and self._page.plan is not None and self._page.plan_id is not None

    def push(self, field: str, before: Any, after: Any, **options: Any) -> None:
        page = self._page
        if page.plan is None or page.plan_id is None or before == after:
            return
        command = PlanFieldCommand(page, page.store, page.plan_id, field, before, after,
                                   on_change=page.saved_one, on_error=page.main_window.show_error, **options)
        page.main_window.undo_stack.push(command)  # push runs redo: the save is on its way
        if field != "status":
            # What the next edit undoes to, before the reload after this save arrives.
            setattr(page.plan, field, list(after) if isinstance(after, list) else after)

    def commit_title(self) -> None:
        if not self._editable():
            return
        fields = self._page.fields
        text = fields.title_edit.text().strip()
        if not text:
            fields.title_message.setText(translate("PlanOverview", "A plan needs a title; the previous title is kept."))
            fields.title_message.show()
            return
        unicode_text = self._unicode(text)
        if unicode_text is None:
            fields.title_message.setText(translate("PlanOverview",
                                                   "Not saved: convert the Zawgyi text to Unicode first."))
            fields.title_message.show()
            return
        if unicode_text != text:
            fields.title_edit.setText(unicode_text)
            text = unicode_text
        fields.title_message.hide()
        fields.title_edit.setModified(False)  # committed: the store's value may show again
        assert self._page.plan is not None
        self.push("title", self._page.plan.title, text)

    def _unicode(self, text: str) -> str | None:
        """`text`, converted from Zawgyi if the user agrees; None when Zawgyi is kept (nothing is saved)."""
        if self._asking:
            return None
        self._asking = True  # the question takes the focus: no second editingFinished meanwhile
        try:
            return offer_unicode(self._page, text)
        finally:
            self._asking = False

    def commit_text(self, field: str, value: str) -> None:
        if not self._editable():
            return
        converted = self._unicode(value)
        if converted is None:
            return  # Zawgyi kept as typed in the field: the store holds Unicode only
        fields = self._page.fields
        if converted != value:
            value = converted
            if field == "vision":
                fields.vision_edit.setPlainText(value)
            else:
                fields.blueprint_edit.setText(value)
        if field == "vision":
            fields.vision_edit.document().setModified(False)
        else:
            fields.blueprint_edit.setModified(False)
        self.push(field, getattr(self._page.plan, field), value[:MAX_TEXT])

    def commit_checks(self, kind: str, codes: list[str]) -> None:
        if self._editable():
            self.push(kind, list(getattr(self._page.plan, kind)), codes)

    def status_chosen(self, _index: int) -> None:
        page = self._page
        if not self._editable():
            return
        assert page.plan is not None and page.plan_id is not None
        combo = page.fields.status_combo
        wanted, current = combo.currentData(), page.plan.status
        if wanted == current:
            return
        if wanted != "final":
            self.push("status", current, wanted, text=undo_texts.reopen_plan())
            return
        plan_id, store, reference = page.plan_id, page.store, page.reference
        combo.setEnabled(False)  # until the readiness check answers

        def refused(error: AscnError) -> None:
            combo.setEnabled(True)
            combo.setCurrentIndex(combo.findData(current))
            page.main_window.show_error(error)

        def allowed(_result: object) -> None:
            combo.setEnabled(True)
            self.push("status", current, "final", text=undo_texts.mark_plan_final(), reference=reference, already_checked=True)

        run_task(page, lambda _progress, _abort: require_no_errors(plan_findings(store, plan_id, reference),
                                                                   action="marked final"),
                 quiet=True, on_success=allowed, on_failure=refused)

    def commit_pending(self) -> None:
        """Commit the field being typed (the window calls this before closing)."""
        fields = self._page.fields
        if self._page.plan is None:
            return
        if fields.title_edit.hasFocus():
            self.commit_title()
        elif fields.vision_edit.hasFocus():
            self.commit_text("vision", fields.vision_edit.toPlainText())
        elif fields.blueprint_edit.hasFocus():
            self.commit_text("blueprint", fields.blueprint_edit.text())
