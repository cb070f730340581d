"""Translation between store rows and the domain dataclasses of core/model.py.

Which attributes are copied, and how, comes from the field declarations of
core/fields.py: a declared field is copied both ways without a line here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import cache
from operator import attrgetter
from typing import Any

from ascn_desktop.core import fields as declared
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.model import ProjectLine
from ascn_desktop.core.text import fold
from ascn_desktop.store.models import FundingRow, IndicatorRow, IndicatorValueRow, MilestoneRow, PlanRow
from ascn_desktop.store.models import ProgressNoteRow, ProjectRow


def search_text(code: str, title: str, lead_agency: str, description: str) -> str:
    """The folded text the projects filter matches against (stored per project)."""
    return fold(" ".join((code, title, lead_agency, description)))


def search_text_of(project: Project) -> str:
    return search_text(project.code, project.title, project.lead_agency, project.description)


_LISTS: dict[str, Callable[[Any], list[Any]]] = {
    "codes": lambda codes: list(codes or []), "goals": lambda goals: [int(goal) for goal in goals or []],
}


@cache
def _copier(entity: declared.Entity, *, from_model: bool) -> Callable[[Any], dict[str, Any]]:
    """Reads `entity`'s declared fields off a row (by column) into a dict by model name, or the reverse."""
    pairs = [(f.column, f.name) if from_model else (f.name, f.column) for f in entity.fields]
    plain = [(key, attribute) for (key, attribute), f in zip(pairs, entity.fields, strict=True)
             if f.kind not in _LISTS]
    lists = [(key, attribute, _LISTS[f.kind]) for (key, attribute), f in zip(pairs, entity.fields, strict=True)
             if f.kind in _LISTS]
    keys = [key for key, _ in plain]
    get = attrgetter(*(attribute for _, attribute in plain))

    def copy(source: Any) -> dict[str, Any]:
        values = dict(zip(keys, get(source), strict=True))
        for key, attribute, convert in lists:
            values[key] = convert(getattr(source, attribute))
        return values

    return copy


@cache
def from_values(entity: declared.Entity) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """Reads `entity`'s declared fields, by model name, off a sequence of its columns in declared order
    (a row selected with store_columns: much faster than by name)."""
    names = [f.name for f in entity.fields]
    lists = [(n, f.name, _LISTS[f.kind]) for n, f in enumerate(entity.fields) if f.kind in _LISTS]

    def read(values: Sequence[Any]) -> dict[str, Any]:
        fields = dict(zip(names, values, strict=True))
        for n, name, convert in lists:
            fields[name] = convert(values[n])
        return fields

    return read


def store_columns(row: Any, entity: declared.Entity) -> list[Any]:
    """The columns of `row` (a model class of the store) that hold `entity`'s declared fields, in declared order."""
    return [getattr(row, f.column) for f in entity.fields]


def project_line_columns() -> list[Any]:
    """The store columns of a ProjectLine (core/model.py), in its order."""
    return [getattr(ProjectRow, f.name) for f in dataclasses.fields(ProjectLine)]


def fields_of(entity: declared.Entity, source: Any) -> dict[str, Any]:
    """The declared fields of a row (or of a selected row with the same column names), by model name."""
    return _copier(entity, from_model=False)(source)


def columns_of(entity: declared.Entity, item: Any) -> dict[str, Any]:
    """The declared fields of a model object, by store column."""
    return _copier(entity, from_model=True)(item)


def has_value(value: IndicatorValue) -> bool:
    """An indicator's year is stored only when it holds something besides its year."""
    return declared.holds_something(value, declared.INDICATOR_VALUE, besides="year")


def project_from_fields(row: Any, *, funding: list[FundingSource], milestones: list[Milestone],
                        indicators: list[Indicator], progress_notes: list[ProgressNote]) -> Project:
    """The Project of a project's own columns and its converted children.

    `row` is a ProjectRow or a selected row with the same column names: core/plan_loading
    reads the children flat (no ORM objects) and only the project's own fields come from here.
    """
    return Project(**fields_of(declared.PROJECT, row), funding=funding, milestones=milestones,
                   indicators=indicators, progress_notes=progress_notes)


def project_from_row(row: ProjectRow) -> Project:
    return project_from_fields(
        row,
        funding=[FundingSource(**fields_of(declared.FUNDING, f)) for f in row.funding],
        milestones=[Milestone(**fields_of(declared.MILESTONE, m)) for m in row.milestones],
        indicators=[
            Indicator(**fields_of(declared.INDICATOR, i),
                      values=[IndicatorValue(**fields_of(declared.INDICATOR_VALUE, v)) for v in i.values])
            for i in row.indicators
        ],
        progress_notes=[ProgressNote(**fields_of(declared.PROGRESS_NOTE, n)) for n in row.progress_notes],
    )


def fill_project_row(row: ProjectRow, project: Project, position: int) -> ProjectRow:
    """Write every field of `project` into `row`, replacing its child rows."""
    for column, value in columns_of(declared.PROJECT, project).items():
        setattr(row, column, value)
    row.position = position
    row.search_text = search_text_of(project)
    row.funding = [FundingRow(position=n, **columns_of(declared.FUNDING, f)) for n, f in enumerate(project.funding)]
    row.milestones = [MilestoneRow(position=n, **columns_of(declared.MILESTONE, m))
                      for n, m in enumerate(project.milestones)]
    row.indicators = [
        IndicatorRow(position=n, **columns_of(declared.INDICATOR, i),
                     values=[IndicatorValueRow(**columns_of(declared.INDICATOR_VALUE, v))
                             for v in sorted(i.values, key=lambda v: v.year) if has_value(v)])
        for n, i in enumerate(project.indicators)
    ]
    row.progress_notes = [ProgressNoteRow(**columns_of(declared.PROGRESS_NOTE, p)) for p in project.progress_notes]
    return row


def plan_from_row(row: PlanRow, *, with_projects: bool = True) -> Plan:
    return Plan(**fields_of(declared.PLAN, row),
                projects=[project_from_row(p) for p in row.projects] if with_projects else [])


def fill_plan_header(row: PlanRow, plan: Plan) -> PlanRow:
    """Write the plan's own fields (not its projects, not the times the store keeps) into `row`."""
    for column, value in columns_of(declared.PLAN, plan).items():
        if declared.PLAN[column].kind != "timestamp":
            setattr(row, column, value)
    return row
