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

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.model import Plan, PlanLine
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.signing.identity import Identity, active_identity, require_identity, unlock
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.review_comments import Comment, check_comments
from ascn_desktop.core.reference_packs import newest_pack_bytes
from ascn_desktop.core.bundles.review_note import MAX_REASON, build_review_note, note_file_name, review_document
from ascn_desktop.core.safe_files import FileWriteError, atomic_write
from ascn_desktop.store.engine import Store
from ascn_desktop.store.retries import retry_on_conflict
from ascn_desktop.store.models import City, ImportedBundle, PlanRow, ReviewRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _
from ascn_desktop.core.language import shown_city_name

REVIEW_STATUSES = ("received", "accepted", "returned")
# A given ReviewRow with this status records that the NR carried the revision in a national bundle:
# from then on its acceptance has left the NR's hands and can no longer be undone.
CONSOLIDATED = "consolidated"


@dataclass(frozen=True)
class ReceivedPlan(PlanLine):
    """One line of the "Received plans" list."""

    plan_id: int
    is_current: bool
    signer: str
    signer_fingerprint: str
    imported_at: datetime | None
    review_status: str
    review_reason: str
    file_name: str
    plan_status: str = "final"  # the city's own status: "draft" travels as draft and is shown as such

    @property
    def is_draft(self) -> bool:
        return self.plan_status != "final"


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
                plan_id=plan.id, uuid=plan.uuid, city=plan.city, country=city.country,
                city_name=shown_city_name(city.country, city.name, city.name_local),
                cycle=plan.cycle, title=plan.title, revision=plan.revision, is_current=plan.is_current,
                signer=(bundle.details or {}).get("signer", "") if bundle else "",
                signer_fingerprint=bundle.signer_fingerprint if bundle else "",
                imported_at=bundle.imported_at if bundle else None,
                review_status=plan.review_status or "received", review_reason=plan.review_reason or "",
                file_name=bundle.file_name if bundle else "", plan_status=plan.status or "draft")
            for plan, city, bundle in session.execute(query)
        ]


def revisions_of(store: Store, plan_uuid: str) -> list[ReceivedPlan]:
    """Every imported revision of one plan, newest first (for "Compare revisions…")."""
    return [plan for plan in received_plans(store, current_only=False) if plan.uuid == plan_uuid]


@dataclass(frozen=True)
class ReceivedList:
    """What the "Received plans" page shows: every imported revision, and which acceptances can be taken back."""

    plans: list[ReceivedPlan]  # every revision, current or superseded
    undoable: frozenset[int]  # plan ids whose acceptance Undo accept can still take back


def received_list(store: Store) -> ReceivedList:
    """Every imported revision and which acceptances are still undoable, read together (one refresh of the page)."""
    plans = received_plans(store, current_only=False)
    consolidated = consolidated_revisions(store)
    return ReceivedList(plans, frozenset(plan.plan_id for plan in plans if _undoable(plan, consolidated)))


@dataclass(frozen=True)
class ReceivedPlanView:
    """One received revision as the read-only viewer shows it: the plan, its line, every revision of it."""

    plan: Plan
    received: ReceivedPlan | None  # None: a plan of this profile's own, not imported
    revisions: list[ReceivedPlan]  # newest first


def received_plan_view(store: Store, plan_id: int) -> ReceivedPlanView:
    plan = get_plan(store, plan_id)
    revisions = revisions_of(store, plan.uuid)
    return ReceivedPlanView(plan, next((line for line in revisions if line.plan_id == plan_id), None), revisions)


def find_received_plan(store: Store, city_text: str, cycle: str | None = None) -> int:
    """The current imported plan of a city (by name or code)."""
    city = load_reference(store).find_city(city_text)
    candidates = [plan for plan in received_plans(store) if plan.city == city.code
                  and (cycle is None or plan.cycle == cycle)]
    if not candidates:
        raise NotFoundError(_("No plan of {name} has been imported into this store; import its bundle first.").format(
            name=city.name))
    return max(candidates, key=lambda plan: (plan.cycle, plan.revision)).plan_id


def review_plan(store: Store, plan_id: int, decision: str, *, reason: str = "", note_dir: Path | None = None,
                passphrase: str | None = None, now: datetime | None = None,
                comments: list[Comment] | None = None) -> Path | None:
    """Accept or return an imported plan revision; write the signed review note into `note_dir` if given.

    Returning needs a reason and a note folder (the city must learn why). Nothing is
    recorded unless the note (when asked for) was written.
    """
    reason = reason.strip()
    comments = list(comments or [])
    _check_decision(store, plan_id, decision, reason, note_dir, comments)
    identity = require_identity(store) if note_dir is not None else None
    _require_own_country(store, plan_id)
    private_key = unlock(identity, passphrase or "") if identity is not None else None
    moment = (now or utc_now()).replace(microsecond=0)
    reference = load_reference(store)
    written: list[Path] = []

    def decide() -> Path | None:
        with store.transaction() as session:
            plan = session.get(PlanRow, plan_id)
            if plan is None or plan.origin != "imported":
                raise NotFoundError(_("Only plans received from a city can be reviewed; choose an imported plan."))
            if not plan.is_current:
                raise ValidationError(_("Revision {revision} has been superseded by a newer revision; "
                                      "review the newest one.").format(revision=plan.revision))
            plan.review_status, plan.review_reason = decision, reason or None
            own = identity or active_identity(store)
            session.add(ReviewRow(plan_uuid=plan.uuid, revision=plan.revision, direction="given", status=decision,
                                  reason=reason, reviewer_name=own.name if own else "",
                                  reviewer_fingerprint=own.fingerprint if own else "", created_at=moment,
                                  comments=[c.as_note() for c in comments] or None))
            if note_dir is None or identity is None or private_key is None:
                return None
            target, data = _review_note(store, reference, plan, decision, reason, comments, identity,
                                        private_key, moment, Path(note_dir))
            session.flush()
            atomic_write(target, data)  # a failure here rolls the decision back
            written.append(target)
        return target

    try:
        # An import of a newer revision by another analyst at the same moment: one of the two is
        # undone by the server and done again; a decision done again on a revision that has just
        # been superseded is refused ("review the newest one") instead of landing on old data.
        return retry_on_conflict(decide)
    except BaseException:
        for path in written:  # the decision was not stored: no note may claim it
            path.unlink(missing_ok=True)
        raise


def _check_decision(store: Store, plan_id: int, decision: str, reason: str, note_dir: Path | None,
                    comments: list[Comment]) -> None:
    """Refuse, in one plain sentence, a decision that cannot be recorded as asked."""
    if decision not in ("accepted", "returned"):
        raise ValidationError(_("A review decision is either accepted or returned."))
    if decision == "returned" and not reason:
        raise ValidationError(_("Say why the plan is returned; the city will read your reason."))
    if len(reason) > MAX_REASON:
        raise ValidationError(_("The reason is too long; keep it under {max_reason:,} characters.").format(
            max_reason=MAX_REASON))
    if decision == "returned" and note_dir is None:
        raise ValidationError(_("Choose a folder for the review note; the city needs it to see your reason."))
    if note_dir is not None and not Path(note_dir).is_dir():
        raise FileWriteError(_("The folder {note_dir} does not exist; choose an existing folder.").format(
            note_dir=note_dir))
    if comments and note_dir is None:
        raise ValidationError(_("Comments travel in the signed review note; choose a folder for it."))
    if comments:
        check_comments(comments, get_plan(store, plan_id))


def _review_note(store: Store, reference: ReferenceData, plan: PlanRow, decision: str, reason: str,
                 comments: list[Comment], identity: Identity, private_key: Ed25519PrivateKey, moment: datetime,
                 note_dir: Path) -> tuple[Path, bytes]:
    """Where the signed review note goes, and its bytes."""
    city = reference.city(plan.city)
    document = review_document(plan_uuid=plan.uuid, city=plan.city, cycle=plan.cycle,
                               revision=plan.revision, decision=decision, reason=reason,
                               reviewer=identity.card.as_json(), reviewed_at=moment,
                               comments=[c.as_note() for c in comments])
    data = build_review_note(document, country=city.country, signer_card=identity.card.as_json(),
                             sign=private_key.sign, created_at=moment, reference_version=reference.version,
                             reference_pack=newest_pack_bytes(store))
    target = note_dir / note_file_name(country=city.country, city_name_en=city.name_en,
                                       cycle=plan.cycle, revision=plan.revision)
    return target, data


def _require_own_country(store: Store, plan_id: int) -> None:
    """A National Representative decides only on the cities of their own member state.

    Trusting a foreign officer's card lets their bundle in (a Secretariat profile needs that),
    but accepting or returning Bangkok's plan is Thailand's NR's decision, not Viet Nam's.
    """
    own = active_identity(store)
    if own is None or own.card.role != "nr":
        return
    reference = load_reference(store)
    with store.read() as session:
        plan = session.get(PlanRow, plan_id)
        city_code = plan.city if plan is not None else None
    if city_code is None or city_code not in reference.cities:
        return
    city = reference.cities[city_code]
    if city.country != own.card.country:
        raise ValidationError(
            _("{name} belongs to {country}; as the National "
            "Representative of {own_country} you review only "
            "your own country's city plans.").format(
                name=city.name, country=reference.member_states.get(city.country, city.country), 
                own_country=reference.member_states.get(own.card.country, own.card.country)))


def consolidated_revisions(store: Store) -> set[tuple[str, int]]:
    """(plan uuid, revision) of every revision carried in a national bundle signed here."""
    with store.read() as session:
        rows = session.execute(select(ReviewRow.plan_uuid, ReviewRow.revision)
                               .where(ReviewRow.direction == "given", ReviewRow.status == CONSOLIDATED))
        return {(uuid, revision) for uuid, revision in rows}


def can_undo_acceptance(store: Store, plan: ReceivedPlan) -> bool:
    """Accepting can be taken back while the revision is current and in no national bundle yet."""
    return _undoable(plan, consolidated_revisions(store))


def _undoable(plan: ReceivedPlan, consolidated: set[tuple[str, int]]) -> bool:
    return (plan.review_status == "accepted" and plan.is_current
            and (plan.uuid, plan.revision) not in consolidated)


def undo_acceptance(store: Store, plan_id: int) -> None:
    """Take back an acceptance: the plan is "received" again and the acceptance leaves the review history."""
    with store.transaction() as session:
        plan = session.get(PlanRow, plan_id)
        if plan is None or plan.origin != "imported" or plan.review_status != "accepted":
            raise ValidationError(_("Only an accepted plan's acceptance can be undone; this plan is not accepted."))
        if not plan.is_current:
            raise ValidationError(_("Revision {revision} has been superseded by a newer revision; "
                                  "its acceptance stays as it was.").format(revision=plan.revision))
        given = list(session.scalars(select(ReviewRow).where(
            ReviewRow.plan_uuid == plan.uuid, ReviewRow.revision == plan.revision, ReviewRow.direction == "given")
            .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc())))
        if any(row.status == CONSOLIDATED for row in given):
            raise ValidationError(_("Revision {revision} is already in a national bundle you signed; "
                                  "its acceptance can no longer be undone.").format(revision=plan.revision))
        accepted = next((row for row in given if row.status == "accepted"), None)
        if accepted is not None:
            session.delete(accepted)
        plan.review_status, plan.review_reason = "received", None


def record_consolidation(store: Store, plans: list[ReceivedPlan], *, national_file: str, at: datetime) -> None:
    """Remember which revisions a national bundle carried (they can no longer be un-accepted)."""
    own = active_identity(store)
    with store.transaction() as session:
        for plan in plans:
            session.add(ReviewRow(plan_uuid=plan.uuid, revision=plan.revision, direction="given",
                                  status=CONSOLIDATED, reason=national_file[:300],
                                  reviewer_name=own.name if own else "",
                                  reviewer_fingerprint=own.fingerprint if own else "", created_at=at))


def received_bundle_member(store: Store, plan_id: int, member: str) -> bytes:
    """One file (e.g. plan.pdf) of the signed bundle a received plan came from, as the city signed it.

    Read from the profile's archive (checked against the hash recorded at import), so
    the reviewer opens exactly the PDF the city signed, not one rendered again here.
    """
    import io
    import zipfile

    from ascn_desktop.core.bundles.bundle_archive import read_archived
    from ascn_desktop.core.errors import AscnError

    with store.read() as session:
        plan = session.get(PlanRow, plan_id)
        bundle = session.get(ImportedBundle, plan.bundle_id) if plan is not None and plan.bundle_id else None
        if bundle is None:
            raise NotFoundError(_("This plan did not come from a bundle in this store; there is no signed file to open."))
        archive_path, sha256 = bundle.archive_path, bundle.sha256
    data = read_archived(store.profile, archive_path, sha256=sha256)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read(member)
    except (KeyError, zipfile.BadZipFile) as exc:
        raise AscnError(_("The archived bundle has no {member} ({name__}); import it again.").format(
            member=member, name__=type(exc).__name__)) from None


def save_received_pdf(store: Store, plan_id: int, folder: Path) -> Path:
    """Write the plan's signed PDF into `folder` (named for city and revision); returns its path."""
    from ascn_desktop.core.bundles.bundle_format import PLAN_PDF
    from ascn_desktop.core.text import slug

    data = received_bundle_member(store, plan_id, PLAN_PDF)
    with store.read() as session:
        plan = session.get(PlanRow, plan_id)
        assert plan is not None  # received_bundle_member found it
        name = f"{slug(plan.city)}-{slug(plan.cycle)}-r{plan.revision}.pdf"
    target = Path(folder) / name
    atomic_write(target, data)
    return target
