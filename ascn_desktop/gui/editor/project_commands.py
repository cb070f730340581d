"""Undo commands for project edits: every accepted edit is one named QUndoCommand.

Each command writes the store at once through ``core.plans`` (redo on push, as
Qt does), so undo/redo are themselves committed edits. After each step the
``on_change`` callback (usually ``window.store_changed.emit``) lets the open
pages refresh. Texts name the action so the Edit menu reads
"Undo delete project 'Smart Lighting'".
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import delete_project, save_project
from ascn_desktop.store.engine import Store

ChangeCallback = Callable[[], None]


def short_title(project: Project) -> str:
    title = project.title.strip() or project.code.strip() or "untitled"
    return title if len(title) <= 40 else title[:39] + "…"


class _ProjectCommand(QUndoCommand):
    def __init__(self, store: Store, plan_id: int, text: str, on_change: ChangeCallback | None) -> None:
        super().__init__(text)
        self.error: str | None = None
        self.store = store
        self.plan_id = plan_id
        self._on_change = on_change

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    def _guarded(self, step: Callable[[], None]) -> None:
        """Run a store write; a refusal (the project vanished...) makes the command obsolete, not a crash."""
        try:
            step()
        except AscnError as refused:
            self.error = refused.message
            self.setObsolete(True)  # QUndoStack drops an obsolete command instead of keeping a lie
        self._changed()


class EditProjectCommand(_ProjectCommand):
    """Replace a project: redo saves `after`, undo saves `before` (both complete copies)."""

    def __init__(self, store: Store, plan_id: int, before: Project, after: Project, text: str, *,
                 on_change: ChangeCallback | None = None, applied: bool = False) -> None:
        super().__init__(store, plan_id, text, on_change)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        # The editor saves first (so a refused save never leaves a command on the stack), then
        # pushes the command with applied=True: QUndoStack.push's first redo then only notifies.
        self._skip_next_save = applied

    def redo(self) -> None:
        if self._skip_next_save:
            self._skip_next_save = False
            self._changed()
            return
        self._guarded(lambda: save_project(self.store, self.plan_id, copy.deepcopy(self.after)))

    def undo(self) -> None:
        self._guarded(lambda: save_project(self.store, self.plan_id, copy.deepcopy(self.before)))


class AddProjectCommand(_ProjectCommand):
    """Add a project (at `position`, or at the end); undo deletes it again."""

    def __init__(self, store: Store, plan_id: int, project: Project, position: int | None = None, *,
                 text: str | None = None, on_change: ChangeCallback | None = None) -> None:
        super().__init__(store, plan_id, text or f"add project '{short_title(project)}'", on_change)
        self.project = copy.deepcopy(project)
        self.position = position

    def redo(self) -> None:
        self._guarded(lambda: save_project(self.store, self.plan_id, copy.deepcopy(self.project),
                                           position=self.position))

    def undo(self) -> None:
        def remove() -> None:
            _project, self.position = delete_project(self.store, self.plan_id, self.project.id)

        self._guarded(remove)


class DeleteProjectCommand(_ProjectCommand):
    """Delete a project; undo restores it, with all its rows, at the same position."""

    def __init__(self, store: Store, plan_id: int, project_id: str, *, title: str | None = None,
                 on_change: ChangeCallback | None = None) -> None:
        if title is None:
            from ascn_desktop.core.plans import get_project

            title = short_title(get_project(store, plan_id, project_id))
        super().__init__(store, plan_id, f"delete project '{title}'", on_change)
        self.project_id = project_id
        self.deleted: Project | None = None
        self.position: int | None = None

    def redo(self) -> None:
        def remove() -> None:
            self.deleted, self.position = delete_project(self.store, self.plan_id, self.project_id)

        self._guarded(remove)

    def undo(self) -> None:
        deleted = self.deleted
        if deleted is not None:
            self._guarded(lambda: save_project(self.store, self.plan_id, copy.deepcopy(deleted),
                                               position=self.position))
