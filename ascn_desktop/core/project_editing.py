"""What the project editor shows, read in one go: the project, its plan's cycle and city, the codes
of the plan's other projects and the reviewer's comments on it; and the readiness panel's check.

The desktop app reads these on its background runner and only fills widgets
with the answer; saving an edit is `core.plans.save_project`, as for the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.plans import get_plan, get_plan_header, get_project, project_codes
from ascn_desktop.core.readiness import Finding, check_plan, errors, warnings
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.review_comments import Comment, open_comments
from ascn_desktop.store.engine import Store


@dataclass(frozen=True)
class ProjectToEdit:
    plan_id: int
    project: Project
    cycle: str  # the plan's planning cycle (the bounds of every year field)
    city: str  # the plan's city (its currency is the project's default)
    other_codes: frozenset[str]  # codes of the plan's other projects: a code is unique within a plan
    review_id: int | None  # the newest review note received about the plan, if any
    comments: list[Comment] = field(default_factory=list)  # that note's comments on this project


def project_to_edit(store: Store, plan_id: int, project_id: str) -> ProjectToEdit:
    """Project `project_id` of plan `plan_id` and what its editor needs (NotFoundError when either is gone)."""
    header = get_plan_header(store, plan_id)
    project = get_project(store, plan_id, project_id)
    others = frozenset(code.strip() for uuid, code in project_codes(store, plan_id).items() if uuid != project_id)
    review_id, comments = open_comments(store, header.uuid)
    return ProjectToEdit(plan_id=plan_id, project=project, cycle=header.cycle, city=header.city,
                         other_codes=others, review_id=review_id,
                         comments=[comment for comment in comments if comment.project_id == project_id])


@dataclass(frozen=True)
class PlanReadiness:
    plan: Plan
    findings: list[Finding]  # errors first, then warnings, each in plan order


def plan_readiness(store: Store, plan_id: int, reference: ReferenceData) -> PlanReadiness:
    """The readiness check of the stored plan, as the readiness panel lists it."""
    plan = get_plan(store, plan_id)
    found = check_plan(plan, reference)
    return PlanReadiness(plan=plan, findings=errors(found) + warnings(found))
