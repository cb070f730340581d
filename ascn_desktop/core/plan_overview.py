"""What the plan overview shows, read in one go: the plan, the note that returned it, the cycles around it.

The desktop app reads this on its background runner and then only fills
widgets; the rules it used to hold (which cycle opens first, when a returned
revision counts as answered) live here, beside the functions they read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_status import set_plan_final
from ascn_desktop.core.plans import find_plan_id, get_plan, get_plan_header, save_plan_header
from ascn_desktop.core.readiness import Finding, check_plan
from ascn_desktop.core.reference import CycleInfo, ReferenceData
from ascn_desktop.core.review_comments import Comment, latest_received_review, open_comments
from ascn_desktop.store.engine import Store


@dataclass(frozen=True)
class ReturnedNote:
    """A reviewer returned this revision and the city has not yet answered with a later one."""

    revision: int
    reviewer_name: str
    reason: str
    review_id: int | None
    comments: list[Comment] = field(default_factory=list)


@dataclass(frozen=True)
class OverviewFacts:
    city: str
    cycle: str  # the cycle shown (the one asked for, or the default one)
    plan_id: int | None
    plan: Plan | None  # the header only (no projects)
    returned: ReturnedNote | None
    next_cycle_free: bool  # a plan for the next cycle can still be started from this one
    previous_plan_id: int | None  # the local plan of the previous cycle (to start from), when there is no plan


def default_cycle(store: Store, city: str | None, reference: ReferenceData, *, today: date | None = None) -> str:
    """The latest cycle that has a local plan of `city`, else the cycle containing today."""
    if city is not None:
        plan_id = find_plan_id(store, city, origin="local")
        if plan_id is not None:
            return get_plan_header(store, plan_id).cycle
    return reference.current_cycle((today or date.today()).year).code


def next_cycle(reference: ReferenceData, code: str) -> CycleInfo | None:
    current = reference.cycles.get(code)
    later = [c for c in reference.cycles.values() if current and c.start_year > current.start_year]
    return min(later, key=lambda c: c.start_year) if later else None


def previous_cycle(reference: ReferenceData, code: str) -> CycleInfo | None:
    current = reference.cycles.get(code)
    earlier = [c for c in reference.cycles.values() if current and c.start_year < current.start_year]
    return max(earlier, key=lambda c: c.start_year) if earlier else None


def returned_note(store: Store, plan: Plan) -> ReturnedNote | None:
    """The newest note received about `plan` if it returned the plan and no later revision answered it."""
    review = latest_received_review(store, plan.uuid)
    if review is None or review.status != "returned" or review.revision < plan.revision:
        return None  # once a later revision was exported, the city has answered the note
    review_id, comments = open_comments(store, plan.uuid)
    return ReturnedNote(revision=review.revision, reviewer_name=review.reviewer_name or "",
                        reason=review.reason or "", review_id=review_id, comments=comments)


def overview_facts(store: Store, city: str, cycle: str | None, reference: ReferenceData) -> OverviewFacts:
    """The local plan of `city` for `cycle` (None: `default_cycle`) and what the overview says about it."""
    code = cycle or default_cycle(store, city, reference)
    plan_id = find_plan_id(store, city, code, origin="local")
    if plan_id is None:
        previous = previous_cycle(reference, code)
        previous_id = find_plan_id(store, city, previous.code, origin="local") if previous else None
        return OverviewFacts(city=city, cycle=code, plan_id=None, plan=None, returned=None,
                             next_cycle_free=False, previous_plan_id=previous_id)
    plan = get_plan_header(store, plan_id)
    following = next_cycle(reference, code)
    free = following is not None and find_plan_id(store, city, following.code, origin="local") is None
    return OverviewFacts(city=city, cycle=code, plan_id=plan_id, plan=plan, returned=returned_note(store, plan),
                         next_cycle_free=free, previous_plan_id=None)


def plan_findings(store: Store, plan_id: int, reference: ReferenceData) -> list[Finding]:
    """The readiness check of the stored plan (the overview's summary line, 'mark final')."""
    return check_plan(get_plan(store, plan_id), reference)


def save_plan_field(store: Store, plan_id: int, field: str, value: Any, *, by: str,
                    check_with: ReferenceData | None = None) -> None:
    """Set one field of the plan's header (an edit on the overview, or its undo).

    Marking the plan final with `check_with` runs the readiness check first, which
    raises ValidationError while errors remain; without it the caller has just checked.
    """
    if field == "status" and value == "final" and check_with is not None:
        set_plan_final(store, plan_id, check_with)
    plan = get_plan_header(store, plan_id)
    setattr(plan, field, list(value) if isinstance(value, list) else value)
    plan.updated_by = by
    save_plan_header(store, plan_id, plan)
