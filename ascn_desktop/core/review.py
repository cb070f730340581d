"""Reviewing received plans: received → accepted or returned (with a reason).

Receivers never edit a city's plan; they decide on each imported revision.
`review_plan` records the decision on the plan row and as a given `ReviewRow`;
a returned plan (and, when asked, an accepted one) also produces a signed
review note file (core/bundles/review_note.py) for the city. The note is written
inside the decision's transaction, so either both exist or neither does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.signing.identity import active_identity, require_identity, unlock
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.bundles.review_note import MAX_REASON, build_review_note, note_file_name, review_document
from ascn_desktop.core.safe_files import FileWriteError, atomic_write
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import City, ImportedBundle, PlanRow, ReviewRow
from ascn_desktop.store.types import utc_now

REVIEW_STATUSES = ("received", "accepted", "returned")


@dataclass(frozen=True)
class ReceivedPlan:
    """One line of the "Received plans" list."""

    plan_id: int
    uuid: str
    city: str
    city_name: str
    country: str
    cycle: str
    title: str
    revision: int
    is_current: bool
    signer: str
    signer_fingerprint: str
    imported_at: datetime | None
    review_status: str
    review_reason: str
    file_name: str


def received_plans(store: Store, *, current_only: bool = True, country: str | None = None) -> list[ReceivedPlan]:
    """Imported plans with their signer and review status, by country, city and revision."""
    query = (select(PlanRow, City, ImportedBundle)
             .join(City, City.code == PlanRow.city)
             .outerjoin(ImportedBundle, ImportedBundle.id == PlanRow.bundle_id)
             .where(PlanRow.origin == "imported")
             .order_by(City.country, City.position, PlanRow.cycle, PlanRow.revision.desc()))
    if current_only:
        query = query.where(PlanRow.is_current.is_(True))
    if country is not None:
        query = query.where(City.country == country)
    with store.read() as session:
        return [
            ReceivedPlan(
                plan_id=plan.id, uuid=plan.uuid, city=plan.city, city_name=city.name, country=city.country,
                cycle=plan.cycle, title=plan.title, revision=plan.revision, is_current=plan.is_current,
                signer=(bundle.details or {}).get("signer", "") if bundle else "",
                signer_fingerprint=bundle.signer_fingerprint if bundle else "",
                imported_at=bundle.imported_at if bundle else None,
                review_status=plan.review_status or "received", review_reason=plan.review_reason or "",
                file_name=bundle.file_name if bundle else "")
            for plan, city, bundle in session.execute(query)
        ]


def revisions_of(store: Store, plan_uuid: str) -> list[ReceivedPlan]:
    """Every imported revision of one plan, newest first (for "Compare revisions…")."""
    return [plan for plan in received_plans(store, current_only=False) if plan.uuid == plan_uuid]


def find_received_plan(store: Store, city_text: str, cycle: str | None = None) -> int:
    """The current imported plan of a city (by name or code)."""
    city = load_reference(store).find_city(city_text)
    candidates = [plan for plan in received_plans(store) if plan.city == city.code
                  and (cycle is None or plan.cycle == cycle)]
    if not candidates:
        raise NotFoundError(f"No plan of {city.name} has been imported into this store; import its bundle first.")
    return max(candidates, key=lambda plan: (plan.cycle, plan.revision)).plan_id


def review_plan(store: Store, plan_id: int, decision: str, *, reason: str = "", note_dir: Path | None = None,
                passphrase: str | None = None, now: datetime | None = None) -> Path | None:
    """Accept or return an imported plan revision; write the signed review note into `note_dir` if given.

    Returning needs a reason and a note folder (the city must learn why). Nothing is
    recorded unless the note (when asked for) was written.
    """
    if decision not in ("accepted", "returned"):
        raise ValidationError("A review decision is either accepted or returned.")
    reason = reason.strip()
    if decision == "returned" and not reason:
        raise ValidationError("Say why the plan is returned; the city will read your reason.")
    if len(reason) > MAX_REASON:
        raise ValidationError(f"The reason is too long; keep it under {MAX_REASON:,} characters.")
    if decision == "returned" and note_dir is None:
        raise ValidationError("Choose a folder for the review note; the city needs it to see your reason.")
    if note_dir is not None and not Path(note_dir).is_dir():
        raise FileWriteError(f"The folder {note_dir} does not exist; choose an existing folder.")
    identity = require_identity(store) if note_dir is not None else None
    private_key = unlock(identity, passphrase or "") if identity is not None else None
    moment = (now or utc_now()).replace(microsecond=0)
    reference = load_reference(store)
    written: list[Path] = []
    try:
        with store.transaction() as session:
            plan = session.get(PlanRow, plan_id)
            if plan is None or plan.origin != "imported":
                raise NotFoundError("Only plans received from a city can be reviewed; choose an imported plan.")
            if not plan.is_current:
                raise ValidationError(f"Revision {plan.revision} has been superseded by a newer revision; "
                                      "review the newest one.")
            plan.review_status, plan.review_reason = decision, reason or None
            own = identity or active_identity(store)
            session.add(ReviewRow(plan_uuid=plan.uuid, revision=plan.revision, direction="given", status=decision,
                                  reason=reason, reviewer_name=own.name if own else "",
                                  reviewer_fingerprint=own.fingerprint if own else "", created_at=moment))
            if note_dir is None or identity is None or private_key is None:
                return None
            city = reference.city(plan.city)
            document = review_document(plan_uuid=plan.uuid, city=plan.city, cycle=plan.cycle,
                                       revision=plan.revision, decision=decision, reason=reason,
                                       reviewer=identity.card.as_json(), reviewed_at=moment)
            data = build_review_note(document, country=city.country, signer_card=identity.card.as_json(),
                                     sign=private_key.sign, created_at=moment)
            target = Path(note_dir) / note_file_name(country=city.country, city_name_en=city.name_en,
                                                     cycle=plan.cycle, revision=plan.revision)
            session.flush()
            atomic_write(target, data)  # a failure here rolls the decision back
            written.append(target)
        return target
    except BaseException:
        for path in written:  # the decision was not stored: no note may claim it
            path.unlink(missing_ok=True)
        raise


def latest_received_review(store: Store, plan_uuid: str) -> ReviewRow | None:
    """The newest review note received about a local plan (what the plan overview shows)."""
    with store.read() as session:
        row = session.scalars(select(ReviewRow).where(ReviewRow.plan_uuid == plan_uuid,
                                                      ReviewRow.direction == "received")
                              .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc())).first()
        if row is not None:
            session.expunge(row)
        return row
