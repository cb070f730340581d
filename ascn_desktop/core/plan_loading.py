"""Loading a whole plan fast: six flat queries, no ORM objects per child row.

Walking the ORM relationships costs a Python object per row (a 10,000-project
plan has ~360,000 child rows); reading the child tables flat and grouping them
by project is several times faster. `plans.get_plan` is this function.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select

from ascn_desktop.core import fields as declared
from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import from_values, plan_from_row, project_from_fields, store_columns
from ascn_desktop.store.models import FundingRow, IndicatorRow, IndicatorValueRow, MilestoneRow, PlanRow
from ascn_desktop.store.models import ProgressNoteRow, ProjectRow
from ascn_desktop.core.i18n import _

_FETCHED_AT_ONCE = 1000  # rows per fetch


def load_whole_plan(store: Store, plan_id: int) -> Plan:
    with store.read() as session:
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
            for record in rows(query):
                groups[record[0]].append(make(record))
            return groups

        funding_of, milestone_of, note_of, indicator_of, value_of = (
            from_values(entity) for entity in (declared.FUNDING, declared.MILESTONE, declared.PROGRESS_NOTE,
                                               declared.INDICATOR, declared.INDICATOR_VALUE))
        funding = grouped(select(FundingRow.project_id, *store_columns(FundingRow, declared.FUNDING))
                          .join(ProjectRow, ProjectRow.id == FundingRow.project_id)
                          .where(in_plan).order_by(FundingRow.project_id, FundingRow.position),
                          lambda f: FundingSource(**funding_of(f[1:])))
        milestones = grouped(select(MilestoneRow.project_id, *store_columns(MilestoneRow, declared.MILESTONE))
                             .join(ProjectRow, ProjectRow.id == MilestoneRow.project_id)
                             .where(in_plan).order_by(MilestoneRow.project_id, MilestoneRow.position),
                             lambda m: Milestone(**milestone_of(m[1:])))
        values = grouped(select(IndicatorValueRow.indicator_id,
                                *store_columns(IndicatorValueRow, declared.INDICATOR_VALUE))
                         .join(IndicatorRow, IndicatorRow.id == IndicatorValueRow.indicator_id)
                         .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id)
                         .where(in_plan).order_by(IndicatorValueRow.indicator_id, IndicatorValueRow.year),
                         lambda v: IndicatorValue(**value_of(v[1:])))
        indicators = grouped(select(IndicatorRow.project_id, IndicatorRow.id,
                                    *store_columns(IndicatorRow, declared.INDICATOR))
                             .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id)
                             .where(in_plan).order_by(IndicatorRow.project_id, IndicatorRow.position),
                             lambda i: Indicator(**indicator_of(i[2:]), values=values.pop(i[1], [])))
        notes = grouped(select(ProgressNoteRow.project_id, *store_columns(ProgressNoteRow, declared.PROGRESS_NOTE))
                        .join(ProjectRow, ProjectRow.id == ProgressNoteRow.project_id)
                        .where(in_plan).order_by(ProgressNoteRow.project_id, ProgressNoteRow.year,
                                                 ProgressNoteRow.id),
                        lambda n: ProgressNote(**note_of(n[1:])))
        columns = (ProjectRow.id, *store_columns(ProjectRow, declared.PROJECT))
        for p in rows(select(*columns).where(in_plan).order_by(ProjectRow.position)):
            plan.projects.append(project_from_fields(
                p, funding=funding.pop(p.id, []), milestones=milestones.pop(p.id, []),
                indicators=indicators.pop(p.id, []), progress_notes=notes.pop(p.id, [])))
        return plan
