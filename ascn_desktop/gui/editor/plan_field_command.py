"""The undo command of one edit on the plan overview: set one field of the plan's header.

Redo and undo save through ``core.plan_overview.save_plan_field`` on the
background runner's in-order lane, so the window never waits for the store and
a later edit's save never overtakes an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.fields import PLAN
from ascn_desktop.core.i18n import _
from ascn_desktop.core.plan_overview import save_plan_field
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workplace import editor_name
from ascn_desktop.gui.editor import undo_texts
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store

class PlanFieldCommand(QUndoCommand):
    """Set one field of a plan's header; undo sets it back. Redo saves at once (in the background).

    Setting the status to final goes through the readiness check
    (``core.plan_status.set_plan_final``), also when redone later: a plan that
    gained errors since stays draft and `on_error` says why.
    """

    def __init__(self, owner: QWidget, store: Store, plan_id: int, field: str, before: Any, after: Any, *,
                 on_change: Callable[[], None], text: str | None = None,
                 reference: ReferenceData | None = None, on_error: Callable[[AscnError], None] | None = None,
                 already_checked: bool = False) -> None:
        # The Edit menu says it inside "Undo {0}" / "Redo {0}"; a field is named by its declared label, translated.
        super().__init__(text or undo_texts.edit_plan_field(_(PLAN[field].label)))
        self._owner = owner
        self.store, self.plan_id, self.field = store, plan_id, field
        self.before, self.after = before, after
        self._on_change = on_change
        self._reference = reference
        self._on_error = on_error
        self._skip_check = already_checked  # the caller just ran the check; don't load a big plan twice

    def _apply(self, value: Any) -> None:
        check = self._reference if self.field == "status" and not self._skip_check else None
        self._skip_check = False
        store, plan_id, field = self.store, self.plan_id, self.field
        run_task(self._owner, lambda _progress, _abort: save_plan_field(store, plan_id, field, value,
                                                                        by=editor_name(store), check_with=check),
                 quiet=True, in_order=True, on_success=lambda _result: self._on_change(), on_failure=self._failed)

    def _failed(self, error: AscnError) -> None:
        if self._on_error is not None:
            self._on_error(error)
        self._on_change()  # the fields show the store's value again

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
