"""Moving a plan between draft and final, guarded by the readiness check.

Marking final is refused while readiness errors remain; the refusal carries
each error message in ``details`` so the GUI and CLI can list them. Going back
to draft is always allowed (an officer may reopen a plan to fix it).
"""

from __future__ import annotations

from datetime import date

from ascn_desktop.core.i18n import N_
from ascn_desktop.core.plans import get_plan, save_plan_header
from ascn_desktop.core.readiness import Finding, check_plan, require_no_errors
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.store.engine import Store


def set_plan_final(store: Store, plan_id: int, reference: ReferenceData, *,
                   today: date | None = None) -> list[Finding]:
    """Mark plan `plan_id` final; raises ValidationError (details = error messages) while errors remain.

    Returns the remaining findings (warnings only) so callers can mention them.
    """
    plan = get_plan(store, plan_id)
    findings = check_plan(plan, reference, today=today)
    require_no_errors(findings, action=N_("marked final"))
    if plan.status != "final":
        plan.status = "final"
        save_plan_header(store, plan_id, plan)
    return findings


def set_plan_draft(store: Store, plan_id: int) -> None:
    """Reopen plan `plan_id` for editing."""
    plan = get_plan(store, plan_id)
    if plan.status != "draft":
        plan.status = "draft"
        save_plan_header(store, plan_id, plan)
