"""Importing a verified review note: it becomes a received review of this profile's own plan.

Apart from review_note.py (the note's format, building and checking it), which
the verifier uses; this module uses the verifier's result, so the imports
point one way: bundle_import -> review_note_import -> bundle_verify -> review_note.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ascn_desktop.core.timestamps import parse_utc_seconds
from ascn_desktop.core.bundles.bundle_verify import VerifyResult
from ascn_desktop.core.bundles.import_outcome import ImportOutcome
from ascn_desktop.core.bundles.review_note import KIND, _bad
from ascn_desktop.core.bundles.signing_time import note_first_seen
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ImportedBundle, PlanRow, ReviewRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _


def _received_comments(document: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The note's field comments as the city keeps them (each with an empty answer, not resolved)."""
    from ascn_desktop.core.errors import ValidationError
    from ascn_desktop.core.review_comments import comments_from_note

    if "comments" not in document:
        return None
    try:
        return [comment.as_stored() for comment in comments_from_note(document["comments"])]
    except ValidationError as error:
        raise _bad("has malformed field comments") from error


def _own_city(session: Session, store: Store) -> str | None:
    """This profile's city: its active identity's, else the workplace chosen on first run."""
    from ascn_desktop.core.workplace import load_workplace
    from ascn_desktop.store.models import IdentityRow

    identity = session.scalars(select(IdentityRow).where(IdentityRow.is_active.is_(True))
                               .order_by(IdentityRow.created_at.desc())).first()
    if identity is not None:
        return identity.city
    workplace = load_workplace(store.profile)
    return workplace.city if workplace is not None else None


def _own_plan(session: Session, store: Store, document: dict[str, Any]) -> PlanRow:
    """The local plan of this profile's own city the note is about; refused unless it and the revision exist.

    A plan uuid alone is not enough: a demo or shared profile may hold another city's plan locally,
    and a note about it must not arrive as "your plan"."""
    from ascn_desktop.core.reference import load_reference

    reference = load_reference(store)

    def city_name(code: str | None) -> str:
        info = reference.cities.get(code or "")
        return info.name if info is not None else (code or "")

    plan = session.scalars(select(PlanRow).where(PlanRow.uuid == document["plan_uuid"], PlanRow.origin == "local")
                           .order_by(PlanRow.revision.desc())).first()
    if plan is None:
        raise BundleError("review-plan-unknown", _("This review note is about a plan that is not in this store; "
                          "import it in the profile of the city that sent the plan."))
    own = _own_city(session, store)
    note_city = city_name(document["city"])
    if own is None:
        raise BundleError("review-not-own-city", _("This review note is about the plan of {note_city}, but this "
                          "profile has no city of its own; import it in the profile of {note_city}'s officer.").format(
                              note_city=note_city))
    if plan.city != own or document["city"] != own:
        raise BundleError("review-not-own-city", _("This review note is about the plan of {note_city}, not "
                          "{own}'s own plan; import it in the profile of {note_city}'s officer.").format(
                              note_city=note_city, own=city_name(own)))
    if document["revision"] > plan.revision:
        raise BundleError("review-revision-unknown", _("This review note is about revision {document} "
                          "of your plan, but your plan is only at revision {revision}; it was refused.").format(
                              document=document['revision'], revision=plan.revision))
    return plan


def import_review_note(session: Session, store: Store, result: VerifyResult, *, file_name: str,
                       archive: Callable[[ImportedBundle], None]) -> ImportOutcome:
    """Record a verified review note as a received review of a local plan (inside the caller's transaction)."""
    from ascn_desktop.core.bundles import bundle_archive

    manifest = result.manifest or {}
    document = result.document or {}
    existing = session.scalars(select(ImportedBundle)
                               .where(ImportedBundle.bundle_uuid == manifest["bundle_uuid"])).first()
    if existing is not None:
        if existing.sha256 != result.sha256:
            raise BundleError("bundle-uuid-reused", _("Another review note with the same identifier but different "
                              "content was already imported; this one was refused."))
        return ImportOutcome(result.path, "already", "already-imported",
                             _("Already had it: this review note was imported before."), kind=KIND)
    plan = _own_plan(session, store, document)
    signed = result.signed_at or utc_now()
    row = ImportedBundle(
        bundle_uuid=manifest["bundle_uuid"], sha256=result.sha256, kind=KIND, file_name=file_name[:300],
        archive_path=bundle_archive.archive_relative_path(kind=KIND, country=manifest.get("country"),
                                                          bundle_uuid=manifest["bundle_uuid"]),
        size=result.size, signer_fingerprint=result.fingerprint, signed_at=signed, imported_at=utc_now(),
        plan_uuid=document["plan_uuid"], revision=document["revision"], city=document["city"],
        country=manifest.get("country"), details={"decision": document["decision"]})
    session.add(row)
    note_first_seen(session, sha256=row.sha256, fingerprint=row.signer_fingerprint, at=row.imported_at)
    session.add(ReviewRow(plan_uuid=document["plan_uuid"], revision=document["revision"], direction="received",
                          status=document["decision"], reason=document["reason"],
                          reviewer_name=document["reviewer"]["name"][:200], reviewer_fingerprint=result.fingerprint,
                          created_at=parse_utc_seconds(document["reviewed_at"]),
                          note_uuid=manifest["bundle_uuid"], comments=_received_comments(document)))
    session.flush()
    archive(row)
    message = (_("Imported review note: revision {revision} of your plan was accepted by {signer}.")
               if document["decision"] == "accepted" else
               _("Imported review note: revision {revision} of your plan was returned: “{reason}” by {signer}."))
    return ImportOutcome(result.path, "imported", "imported",
                         message.format(revision=document['revision'], reason=document['reason'][:200],
                                        signer=result.signer_name), kind=KIND, city=document["city"],
                         revision=document["revision"], plan_ids=[plan.id])
