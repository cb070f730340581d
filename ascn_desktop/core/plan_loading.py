"""Loading a whole plan fast: six flat queries, no ORM objects per child row.

Walking the ORM relationships costs a Python object per row (a 10,000-project
plan has ~360,000 child rows); reading the child tables flat and grouping them
by project is several times faster. `plans.get_plan` is this function.

The big child tables (indicator values, milestones, funding, progress notes)
are selected in the order of their dataclass's fields and made positionally
(no dict of keyword arguments per row), and the exact decimals of indicator
values are read as their stored text and made `Decimal` here, as DecimalText
does, without SQLAlchemy's per-value call into the column type (a third of the
load). The Plan is the same, value for value and type for type.

The cyclic garbage collector is paused while the plan is built: every object made
here lives on with the plan, so the full collections that hundreds of thousands of
new objects trigger would only walk them in vain (about a third of what was left).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import String, select, type_coerce

from ascn_desktop.core import fields as declared
from ascn_desktop.core.collector import collector_paused
from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import from_values, plan_from_row, project_from_fields, store_columns
from ascn_desktop.store.models import FundingRow, IndicatorRow, IndicatorValueRow, MilestoneRow, PlanRow
from ascn_desktop.store.models import ProgressNoteRow, ProjectRow
from ascn_desktop.store.types import DecimalText
from ascn_desktop.core.i18n import _

_FETCHED_AT_ONCE = 1000  # rows per fetch


def load_whole_plan(store: Store, plan_id: int) -> Plan:
    with store.read() as session, collector_paused():
        row = session.get(PlanRow, plan_id)
        if row is None:
            raise NotFoundError(_("There is no plan number {plan_id} in this store.").format(plan_id=plan_id))
        plan = plan_from_row(row, with_projects=False)
        in_plan = ProjectRow.plan_id == plan_id
        # Plain Core rows (the ORM's result wrapping costs more than the query; the column types still
        # convert each value), fetched a thousand at a time (not a fetchone per row) and turned into the
        # model at once: never every row of a table held as Row objects (120,000 indicator values for a
        # 5,000-project plan), tens of MiB that would outlive the load as a fragmented heap.
        connection = session.connection()

        def rows(query: Any) -> Iterator[Any]:
            for chunk in connection.execute(query).partitions(_FETCHED_AT_ONCE):
                yield from chunk

        def grouped(query: Any, make: Callable[[Any], Any]) -> dict[int, list[Any]]:
            groups: dict[int, list[Any]] = defaultdict(list)
            for chunk in connection.execute(query).partitions(_FETCHED_AT_ONCE):  # no generator step per row
                for record in chunk:
                    groups[record[0]].append(make(record))
            return groups

        indicator_of = from_values(declared.INDICATOR)
        funding_columns, funding_of = _positional(FundingRow, declared.FUNDING, FundingSource)
        milestone_columns, milestone_of = _positional(MilestoneRow, declared.MILESTONE, Milestone)
        value_columns, value_of = _positional(IndicatorValueRow, declared.INDICATOR_VALUE, IndicatorValue)
        note_columns, note_of = _positional(ProgressNoteRow, declared.PROGRESS_NOTE, ProgressNote)
        funding = grouped(select(FundingRow.project_id, *funding_columns)
                          .join(ProjectRow, ProjectRow.id == FundingRow.project_id)
                          .where(in_plan).order_by(FundingRow.project_id, FundingRow.position),
                          funding_of)
        milestones = grouped(select(MilestoneRow.project_id, *milestone_columns)
                             .join(ProjectRow, ProjectRow.id == MilestoneRow.project_id)
                             .where(in_plan).order_by(MilestoneRow.project_id, MilestoneRow.position),
                             milestone_of)
        values = grouped(select(IndicatorValueRow.indicator_id, *value_columns)
                         .join(IndicatorRow, IndicatorRow.id == IndicatorValueRow.indicator_id)
                         .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id)
                         .where(in_plan).order_by(IndicatorValueRow.indicator_id, IndicatorValueRow.year),
                         value_of)
        indicators = grouped(select(IndicatorRow.project_id, IndicatorRow.id,
                                    *store_columns(IndicatorRow, declared.INDICATOR))
                             .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id)
                             .where(in_plan).order_by(IndicatorRow.project_id, IndicatorRow.position),
                             lambda i: Indicator(**indicator_of(i[2:]), values=values.pop(i[1], [])))
        notes = grouped(select(ProgressNoteRow.project_id, *note_columns)
                        .join(ProjectRow, ProjectRow.id == ProgressNoteRow.project_id)
                        .where(in_plan).order_by(ProgressNoteRow.project_id, ProgressNoteRow.year,
                                                 ProgressNoteRow.id),
                        note_of)
        columns = (ProjectRow.id, *store_columns(ProjectRow, declared.PROJECT))
        for p in rows(select(*columns).where(in_plan).order_by(ProjectRow.position)):
            plan.projects.append(project_from_fields(
                p, funding=funding.pop(p.id, []), milestones=milestones.pop(p.id, []),
                indicators=indicators.pop(p.id, []), progress_notes=notes.pop(p.id, [])))
        return plan


def _positional(row_class: Any, entity: declared.Entity,
                model: Any) -> tuple[list[Any], Callable[[Sequence[Any]], Any]]:
    """The columns of `entity` to select after one leading key column, in the order of `model`'s fields
    (each of which `entity` declares, none a list), and the function making a `model` of such a row."""
    by_name = dict(zip((f.name for f in entity.fields), store_columns(row_class, entity), strict=True))
    order = [f.name for f in dataclasses.fields(model)]
    assert sorted(order) == sorted(by_name), f"{model.__name__} has fields {entity.name} does not declare"
    assert all(entity[name].kind not in ("codes", "goals") for name in order), "list fields need from_values"
    columns = [by_name[name] for name in order]
    exact = [n for n, column in enumerate(columns, start=1) if isinstance(column.type, DecimalText)]
    selected = [type_coerce(column, String()) if isinstance(column.type, DecimalText) else column
                for column in columns]  # the stored text itself: made Decimal below
    if not exact:
        return selected, lambda row: model(*row[1:])

    def make(row: Sequence[Any]) -> Any:
        values = list(row)
        for n in exact:
            if (value := values[n]) is not None:
                values[n] = Decimal(str(value))  # as DecimalText does (store/types.py)
        return model(*values[1:])

    return selected, make
