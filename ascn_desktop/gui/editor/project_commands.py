"""Undo commands for project edits: every accepted edit is one named QUndoCommand.

Each command saves through ``core.plans`` on the background runner's in-order
lane (redo on push, as Qt does), so undo/redo are themselves committed edits,
the window never waits for the store, and an undo never overtakes the edit it
undoes. When a save has reached the store, the ``on_change`` callback (usually
``window.store_changed.emit``) lets the open pages refresh. Texts name the
action in the reader's language (gui/editor/undo_texts.py): "Undo delete project “Smart Lighting”".
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import delete_project, save_project
from ascn_desktop.gui.editor import undo_texts
from ascn_desktop.gui.editor.undo_texts import short_title
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store

ChangeCallback = Callable[[], None]
ErrorCallback = Callable[[AscnError], None]


class _ProjectCommand(QUndoCommand):
    def __init__(self, store: Store, plan_id: int, text: str, on_change: ChangeCallback | None, *,
                 owner: QWidget | None, on_error: ErrorCallback | None = None) -> None:
        super().__init__(text)
        self.error: str | None = None
        self.store = store
        self.plan_id = plan_id
        self._on_change = on_change
        self._on_error = on_error
        self._owner = owner  # once it is gone, a save still lands but calls nobody back

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    def _save(self, step: Callable[[], Any]) -> None:
        """Run a store write on the runner, after every earlier one (it touches no widget)."""
        run_task(self._owner, lambda _progress, _abort: step(), quiet=True, in_order=True,
                 on_success=lambda _result: self._changed(), on_failure=self._refused)

    def _refused(self, refused: AscnError) -> None:
        """A refusal (the project vanished...) makes the command obsolete, not a crash."""
        self.error = refused.message
        if shiboken6.isValid(self):  # the stack may have been cleared (another city chosen) meanwhile
            self.setObsolete(True)  # QUndoStack drops an obsolete command at its next step instead of keeping a lie
        if self._on_error is not None:
            self._on_error(refused)
        self._changed()


class EditProjectCommand(_ProjectCommand):
    """Replace a project: redo saves `after`, undo saves `before` (both complete copies)."""

    def __init__(self, store: Store, plan_id: int, before: Project, after: Project, text: str, *,
                 on_change: ChangeCallback | None = None, on_error: ErrorCallback | None = None,
                 owner: QWidget | None = None) -> None:
        super().__init__(store, plan_id, text, on_change, owner=owner, on_error=on_error)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def _put(self, project: Project) -> None:
        store, plan_id, saved = self.store, self.plan_id, copy.deepcopy(project)
        self._save(lambda: save_project(store, plan_id, saved))

    def redo(self) -> None:
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class _Place:
    """Where a removed project was, and the project itself: written and read by the saves, on the in-order lane
    (one after the other), so an undo asked before its delete has landed still finds what the delete took."""

    def __init__(self, project: Project | None = None, position: int | None = None) -> None:
        self.project, self.position = project, position

    def remove(self, store: Store, plan_id: int, project_id: str) -> None:
        self.project, self.position = delete_project(store, plan_id, project_id)

    def restore(self, store: Store, plan_id: int) -> None:
        if self.project is not None:
            save_project(store, plan_id, copy.deepcopy(self.project), position=self.position)


class AddProjectCommand(_ProjectCommand):
    """Add a project (at `position`, or at the end); undo deletes it again."""

    def __init__(self, store: Store, plan_id: int, project: Project, position: int | None = None, *,
                 text: str | None = None, on_change: ChangeCallback | None = None,
                 owner: QWidget | None = None) -> None:
        super().__init__(store, plan_id, text or undo_texts.add_project(short_title(project)), on_change, owner=owner)
        self.project = copy.deepcopy(project)
        self._place = _Place(copy.deepcopy(project), position)

    def redo(self) -> None:
        store, plan_id, place = self.store, self.plan_id, self._place
        self._save(lambda: place.restore(store, plan_id))

    def undo(self) -> None:
        store, plan_id, place, project_id = self.store, self.plan_id, self._place, self.project.id
        self._save(lambda: place.remove(store, plan_id, project_id))  # remembers the position for a redo


class DeleteProjectCommand(_ProjectCommand):
    """Delete a project; undo restores it, with all its rows, at the same position."""

    def __init__(self, store: Store, plan_id: int, project_id: str, *, title: str,
                 on_change: ChangeCallback | None = None, owner: QWidget | None = None) -> None:
        super().__init__(store, plan_id, undo_texts.delete_project(title), on_change, owner=owner)
        self.project_id = project_id
        self._place = _Place()

    def redo(self) -> None:
        store, plan_id, place, project_id = self.store, self.plan_id, self._place, self.project_id
        self._save(lambda: place.remove(store, plan_id, project_id))

    def undo(self) -> None:
        store, plan_id, place = self.store, self.plan_id, self._place
        self._save(lambda: place.restore(store, plan_id))
