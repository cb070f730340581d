"""Importing verified bundles into the store: one bundle, one transaction.

`import_bundles` takes files and folders, verifies each bundle completely
(core/bundle_verify.py) and writes it in one transaction together with its
archived original bytes. A refused bundle is reported and skipped; the others
go in. The rules:

- the same bundle again (same UUID, same bytes) is a no-op: "already had it";
  so is the same revision with the same content under a new bundle UUID;
- a lower or equal revision of an imported plan with different content is a
  replay and refused;
- a higher revision supersedes: the older rows stay, marked not current;
- a review note writes a received review of a local plan (core/review_note.py);
- a national bundle brings its city bundles, each checked by the same rules
  inside the national bundle's transaction.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ascn_desktop.core import bundle_archive
from ascn_desktop.core.bundle_format import BUNDLE_SUFFIX
from ascn_desktop.core.bundle_verify import VerifyResult, verify_bundle
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.plan_document import NON_CONTENT_FIELDS, plan_from_document
from ascn_desktop.core.progress import ProgressCallback, no_progress
from ascn_desktop.core.zip_safety import BundleError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import fill_plan_header, fill_project_row
from ascn_desktop.store.models import City, Cycle, ImportedBundle, PlanRow, ProjectRow
from ascn_desktop.store.types import utc_now


@dataclass
class ImportOutcome:
    """One line of the results list."""

    file: str
    status: str  # imported | already | refused | skipped
    code: str
    message: str
    kind: str | None = None
    city: str | None = None
    revision: int | None = None
    plan_ids: list[int] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "code": self.code, "message": self.message,
                "kind": self.kind, "city": self.city, "revision": self.revision, "plan_ids": self.plan_ids,
                "details": self.details}


def bundle_files(paths: Iterable[str | Path]) -> list[Path]:
    """The bundles named: files as given, folders searched (recursively) for *.ascn, in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    return found


def import_bundles(store: Store, paths: Iterable[str | Path], *, progress: ProgressCallback = no_progress,
                   abort: threading.Event | None = None) -> list[ImportOutcome]:
    """Verify and import every bundle named; never stops at a bad one. Cancelling keeps what is done."""
    files = bundle_files(paths)
    outcomes: list[ImportOutcome] = []
    for n, path in enumerate(files):
        if abort is not None and abort.is_set():
            outcomes.extend(ImportOutcome(str(p), "skipped", "cancelled", "Not imported: you cancelled.")
                            for p in files[n:])
            break
        progress(n / max(len(files), 1), f"Checking {path.name} ({n + 1} of {len(files)})")
        outcomes.append(import_one(store, path))
    progress(1.0, f"{sum(o.status == 'imported' for o in outcomes)} of {len(files)} bundles imported")
    return outcomes


def import_one(store: Store, path: str | Path) -> ImportOutcome:
    result = verify_bundle(path, store)
    if result.status != "valid":
        return ImportOutcome(str(path), "refused", result.code, f"Refused: {result.reason}", kind=result.kind)
    try:
        return import_verified(store, result, file_name=Path(path).name)
    except BundleError as error:
        return ImportOutcome(str(path), "refused", error.code, f"Refused: {error.message}", kind=result.kind)
    except AscnError as error:
        return ImportOutcome(str(path), "refused", "error", f"Not imported: {error.message}", kind=result.kind)


@dataclass
class _Written:
    archived: list[Path] = field(default_factory=list)


def import_verified(store: Store, result: VerifyResult, *, file_name: str) -> ImportOutcome:
    """Write a verified bundle (and its archived bytes) in one transaction."""
    written = _Written()
    try:
        with store.transaction() as session:
            if result.kind == "city-plan":
                outcome = _import_city(session, store, result, file_name=file_name, written=written)
            elif result.kind == "review-note":
                from ascn_desktop.core.review_note import import_review_note

                outcome = import_review_note(session, store, result, file_name=file_name,
                                             archive=lambda row: _archive(store, row, result.data, written))
            else:
                outcome = _import_national(session, store, result, file_name=file_name, written=written)
    except BaseException:
        for path in written.archived:
            bundle_archive.remove_archived(path)
        raise
    return outcome


def _archive(store: Store, row: ImportedBundle, data: bytes, written: _Written) -> None:
    path, created = bundle_archive.archive_bytes(store.profile, row.archive_path, data)
    if created:
        written.archived.append(path)


def _bundle_row(result: VerifyResult, *, file_name: str, data: bytes, parent: ImportedBundle | None = None,
                details: dict[str, Any] | None = None) -> ImportedBundle:
    manifest = result.manifest or {}
    return ImportedBundle(
        bundle_uuid=manifest["bundle_uuid"], sha256=hashlib.sha256(data).hexdigest(), kind=manifest["kind"],
        file_name=file_name[:300],
        archive_path=bundle_archive.archive_relative_path(kind=manifest["kind"], country=manifest.get("country"),
                                                          bundle_uuid=manifest["bundle_uuid"]),
        size=len(data), signer_fingerprint=result.fingerprint, signed_at=result.signed_at or utc_now(),
        imported_at=utc_now(), plan_uuid=manifest.get("plan_uuid"), revision=manifest.get("revision"),
        city=manifest.get("city"), country=manifest.get("country"),
        parent_id=parent.id if parent is not None else None, details=details or {},
    )


def document_content_hash(document: dict[str, Any]) -> str:
    """SHA-256 of plan.json without revision, timestamps and editor: equal hashes, same plan content."""
    content = {key: value for key, value in document.items() if key not in NON_CONTENT_FIELDS}
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def _already_by_uuid(session: Session, result: VerifyResult) -> ImportOutcome | None:
    manifest = result.manifest or {}
    row = session.scalars(select(ImportedBundle).where(ImportedBundle.bundle_uuid == manifest["bundle_uuid"])).first()
    if row is None:
        return None
    if row.sha256 == result.sha256:
        return ImportOutcome(result.path, "already", "already-imported",
                             f"Already had it: this bundle was imported on {row.imported_at:%Y-%m-%d %H:%M} UTC.",
                             kind=row.kind, city=row.city, revision=row.revision)
    raise BundleError("bundle-uuid-reused", "Another bundle with the same identifier but different content was "
                      "already imported; this one was refused as a replay or forgery.")


def _import_city(session: Session, store: Store, result: VerifyResult, *, file_name: str, written: _Written,
                 parent: ImportedBundle | None = None) -> ImportOutcome:
    manifest = result.manifest or {}
    document = result.document or {}
    city, revision = manifest["city"], manifest["revision"]
    label = f"{document.get('city_name') or city}, revision {revision}"
    already = _already_by_uuid(session, result)
    if already is not None:
        return already
    if session.get(City, city) is None or session.get(Cycle, manifest["cycle"]) is None:
        raise BundleError("unknown-city", f"This bundle is for a city or cycle this store does not know "
                          f"({city}, {manifest['cycle']}); update the app's reference data first.")
    content = document_content_hash(document)
    previous = session.scalars(
        select(ImportedBundle).where(ImportedBundle.kind == "city-plan",
                                     ImportedBundle.plan_uuid == manifest["plan_uuid"])
        .order_by(ImportedBundle.revision.desc())
    ).all()
    newest = max((row.revision or 0 for row in previous), default=-1)
    if revision <= newest:
        same = [row for row in previous if row.revision == revision and row.details.get("content") == content]
        if same:
            return ImportOutcome(result.path, "already", "already-imported",
                                 f"Already had it: {label} is already here with the same content.",
                                 kind="city-plan", city=city, revision=revision)
        raise BundleError("replay", f"This is revision {revision} of the {document.get('city_name') or city} plan, "
                          f"but revision {newest} is already here; an older or repeated revision with "
                          "different content is refused as a replay.")
    plan = plan_from_document(document)
    row = _bundle_row(result, file_name=file_name, data=result.data, parent=parent,
                      details={"content": content, "cycle": manifest["cycle"], "signer": result.signer_name})
    session.add(row)
    session.flush()
    session.execute(update(PlanRow).where(PlanRow.uuid == plan.uuid, PlanRow.origin == "imported")
                    .values(is_current=False))
    now = utc_now()
    plan_row = fill_plan_header(PlanRow(origin="imported", created_at=plan.created_at or now), plan)
    plan_row.updated_at = plan.updated_at or now
    plan_row.is_current, plan_row.bundle_id, plan_row.review_status = True, row.id, "received"
    plan_row.projects = [fill_project_row(ProjectRow(), project, n) for n, project in enumerate(plan.projects)]
    session.add(plan_row)
    session.flush()
    _archive(store, row, result.data, written)
    superseded = f" (supersedes revision {newest})" if newest >= 0 else ""
    return ImportOutcome(result.path, "imported", "imported",
                         f"Imported: {label}{superseded}, signed by {result.signer_name}.",
                         kind="city-plan", city=city, revision=revision, plan_ids=[plan_row.id])


def _import_national(session: Session, store: Store, result: VerifyResult, *, file_name: str,
                     written: _Written) -> ImportOutcome:
    """The national bundle and each city bundle it carries; cities already here or older are reported."""
    manifest = result.manifest or {}
    already = _already_by_uuid(session, result)
    if already is not None:
        return already
    row = _bundle_row(result, file_name=file_name, data=result.data,
                      details={"signer": result.signer_name, "endorsement": (result.document or {}).get("text", "")})
    session.add(row)
    session.flush()
    _archive(store, row, result.data, written)
    outcome = ImportOutcome(result.path, "imported", "imported", "", kind="national",
                            city=None, revision=None)
    counts = {"imported": 0, "already": 0, "refused": 0}
    for inner in result.inner:
        inner_name = inner.path.split("/", 1)[-1]
        try:
            with session.begin_nested():
                city_outcome = _import_city(session, store, inner, file_name=inner_name, written=written,
                                            parent=row)
        except BundleError as error:
            city_outcome = ImportOutcome(inner.path, "refused", error.code, f"Refused: {error.message}")
        counts[city_outcome.status] += 1
        outcome.plan_ids.extend(city_outcome.plan_ids)
        outcome.details.append(f"{inner_name}: {city_outcome.message}")
    outcome.message = (f"Imported: national bundle of {manifest['country']} signed by {result.signer_name}: "
                       f"{counts['imported']} city plans imported, {counts['already']} already here, "
                       f"{counts['refused']} refused.")
    return outcome


def imported_bundle_of(store: Store, plan_id: int) -> tuple[ImportedBundle, datetime] | None:
    """The bundle an imported plan came from (for tracing a plan to its file and signer)."""
    with store.read() as session:
        plan = session.get(PlanRow, plan_id)
        if plan is None or plan.bundle_id is None:
            return None
        bundle = session.get(ImportedBundle, plan.bundle_id)
        if bundle is None:
            return None
        session.expunge(bundle)
        return bundle, bundle.imported_at
