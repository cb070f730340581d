"""The names of undo steps, as the Edit menu shows them after "Undo"/"Redo".

Each is one whole sentence in the catalogue (context "UndoText") with placeholders, so a
translator can order the words as the language needs; a field is named by the label the form
shows (core/fields.py through the core catalogue), never by English words glued together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ascn_desktop.core.model import Project

translate = QCoreApplication.translate  # explicit context: lupdate and the lookup agree


def untitled() -> str:
    return translate("UndoText", "untitled project")


def short_title(project: Project | None) -> str:
    """How an undo step names a project: its title (or code), cut at 40 characters; "untitled project"
    when there is none (yet)."""
    if project is None:
        return untitled()
    title = project.title.strip() or project.code.strip() or untitled()
    return title if len(title) <= 40 else title[:39] + "…"


def edit_field(label: str, project: str) -> str:
    return translate("UndoText", "edit “{0}” of “{1}”").format(label, project)


def add_row(table: str, project: str) -> str:
    return translate("UndoText", "add a row to “{0}” of “{1}”").format(table, project)


def remove_row(row: str, table: str, project: str) -> str:
    return translate("UndoText", "remove “{0}” from “{1}” of “{2}”").format(row, table, project)


def edit_cell(column: str, table: str, project: str) -> str:
    return translate("UndoText", "edit “{0}” in “{1}” of “{2}”").format(column, table, project)


def edit_indicator_value(label: str, year: int, indicator: str, project: str) -> str:
    return translate("UndoText", "edit “{0}” for {1} of indicator “{2}” of “{3}”").format(
        label, year, indicator, project)


def add_project(project: str) -> str:
    return translate("UndoText", "add project “{0}”").format(project)


def delete_project(project: str) -> str:
    return translate("UndoText", "delete project “{0}”").format(project)


def delete_projects(count: int) -> str:
    return translate("UndoText", "delete {0} projects").format(count)


def edit_plan_field(label: str) -> str:
    return translate("UndoText", "edit “{0}” of the plan").format(label)


def mark_plan_final() -> str:
    return translate("UndoText", "mark the plan final")


def reopen_plan() -> str:
    return translate("UndoText", "reopen the plan as a draft")
