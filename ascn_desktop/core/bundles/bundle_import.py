"""Importing verified bundles into the store: one bundle, one transaction.

`import_bundles` takes files and folders, verifies each bundle completely
(core/bundles/bundle_verify.py) and writes it in one transaction together with its
archived original bytes. A refused bundle is reported and skipped; the others
go in. The rules:

- the same bundle again (same UUID, same bytes) is a no-op: "already had it";
  so is the same revision with the same content under a new bundle UUID;
- a lower or equal revision of an imported plan with different content is a
  replay and refused;
- a higher revision supersedes: the older rows stay, marked not current;
- a review note writes a received review of a local plan (core/bundles/review_note.py);
- a national bundle brings its city bundles, each checked by the same rules
  inside the national bundle's transaction.

Speed (300 bundles of 50 projects at 60 bundles/s, docs/performance.md): every
bundle is verified first, outside any transaction; then a batch of verified
bundles is written in one SQLite transaction in which each bundle is its own
SAVEPOINT, so a bundle is still written all or nothing and a refusal undoes
only that bundle, but the disk is synced once per batch (archive files, then
the commit) instead of three times per bundle. Plan rows go in with bulk
INSERTs (`insert_plan`), not one ORM object per milestone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, bindparam, select, update
from sqlalchemy.orm import Session

from ascn_desktop.core.bundles.import_outcome import ImportOutcome as ImportOutcome  # callers import it here
from ascn_desktop.core.bundles import bundle_archive
from ascn_desktop.core.bundles.bundle_format import BUNDLE_SUFFIX, REFERENCE_PACK
from ascn_desktop.core.bundles.bundle_records import (WrittenFiles, archive_bundle, archived_content_hash, bundle_row,
                                                      document_content_hash as document_content_hash,
                                                      imported_bundle_of as imported_bundle_of)
from ascn_desktop.core.bundles.bundle_verify import VerifyResult, verify_bundle
from ascn_desktop.core.bundles.imported_rows import insert_plan
from ascn_desktop.core.bundles.signing_time import note_first_seen
from ascn_desktop.core.collector import collector_paused
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.bundles.plan_document import plan_from_document
from ascn_desktop.core.progress import ProgressCallback, no_progress
from ascn_desktop.core.reference import held_version
from ascn_desktop.core.reference_packs import PACK_SUFFIX, apply_pack_bytes, import_packs
from ascn_desktop.core.signing.trust import read_registry
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.direct_rows import insert_row, run_compiled, stored_value
from ascn_desktop.store.retries import retry_on_conflict
from ascn_desktop.store.models import City, Cycle, ImportedBundle, PlanRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _
from ascn_desktop.core.wording import counted


def bundle_files(paths: Iterable[str | Path]) -> list[Path]:
    """The bundles named: files as given, folders searched (recursively) for *.ascn and *.ascnref, in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and p.suffix.lower() in (BUNDLE_SUFFIX, PACK_SUFFIX)))
        else:
            found.append(path)
    return found


BATCH = 20  # bundles per transaction (one disk sync each): 50 held ~380 MiB of parsed plans at once, 20 hold ~110 MiB at the same speed


def import_bundles(store: Store, paths: Iterable[str | Path], *, progress: ProgressCallback = no_progress,
                   abort: threading.Event | None = None, batch_size: int = BATCH) -> list[ImportOutcome]:
    """Verify and import every bundle named; never stops at a bad one. Cancelling keeps what is done."""
    named = bundle_files(paths)
    # Reference packs first: a bundle made with the update that came in the same batch then imports.
    packs = [path for path in named if path.suffix.lower() == PACK_SUFFIX]
    files = [path for path in named if path.suffix.lower() != PACK_SUFFIX]
    outcomes: list[ImportOutcome] = [
        ImportOutcome(pack.file, {"applied": "imported"}.get(pack.status, pack.status), pack.code, pack.message,
                      kind=REFERENCE_PACK_KIND)
        for pack in (import_packs(store, packs) if packs else [])]
    backed_up = False

    def backup_once() -> None:
        # One checked backup per import, taken only once a bundle has passed verification:
        # a damaged store is refused before anything is written, and refused bundles cost nothing.
        nonlocal backed_up
        if not backed_up:
            store.backup(label="before-import")
            backed_up = True

    for start in range(0, len(files), batch_size):
        # No cyclic collection while a batch is verified and written: its parsed plans are a few hundred
        # thousand objects, each full collection walked them all (a twentieth of an import). They go by
        # reference counting when the batch returns; one young collection then finds the few cycles.
        with collector_paused():
            done = _import_batch(store, files[start:start + batch_size], offset=start, total=len(files),
                                 progress=progress, abort=abort, before_write=backup_once)
        outcomes.extend(done)
    progress(1.0, f"{sum(o.status == 'imported' for o in outcomes)} of {len(named)} files imported")
    return outcomes


REFERENCE_PACK_KIND = "reference-pack"


def import_one(store: Store, path: str | Path) -> ImportOutcome:
    return import_bundles(store, [Path(path)])[0]


def _skipped(path: Path) -> ImportOutcome:
    return ImportOutcome(str(path), "skipped", "cancelled", _("Not imported: you cancelled."))


def _import_batch(store: Store, paths: list[Path], *, offset: int, total: int, progress: ProgressCallback,
                  abort: threading.Event | None, before_write: Callable[[], None]) -> list[ImportOutcome]:
    outcomes: list[ImportOutcome | None] = [None] * len(paths)
    verified: list[tuple[int, Path, VerifyResult]] = []
    registry = read_registry(store)  # nothing verifying the batch writes to it: read once, not per bundle
    held: dict[str, int] = {}  # the reference version this profile holds, read once per batch (see below)
    for n, path in enumerate(paths):
        if abort is not None and abort.is_set():
            outcomes[n] = _skipped(path)
            continue
        progress((offset + n) / max(total, 1), f"Checking {path.name} ({offset + n + 1} of {total})")
        result = verify_bundle(path, store, registry=registry)
        if result.status != "valid":
            outcomes[n] = ImportOutcome(str(path), "refused", result.code, _refused(result.reason),
                                        kind=result.kind)
        elif (newer := _reference_newer_than_held(store, result, held)) is not None:
            outcomes[n] = ImportOutcome(str(path), "refused", "reference-newer", _refused(newer),
                                        kind=result.kind)
        else:
            verified.append((n, path, result))
    if verified:
        # Another analyst importing into the same server store may collide with this batch (the same
        # bundle, or a revision of the same plan): the server undoes one batch, which is written again
        # from its first read and so sees what the other committed ("already had it", "supersedes").
        before_write()
        retry_on_conflict(lambda: _write_verified(store, verified, outcomes))
    return [outcome for outcome in outcomes if outcome is not None]


def _reference_newer_than_held(store: Store, result: VerifyResult, held_cache: dict[str, int]) -> str | None:
    """A bundle made with newer reference data than this profile's is refused (it could name codes we would
    mislabel); one that carries the Secretariat's pack brings the update itself, applied first.

    `held_cache` keeps the version held for the batch: reading the reference data was an eighth of an
    import's time when done per bundle (now only its version is read). Only a pack applied here
    changes it, and then it is read again."""
    carried = result.members.get(REFERENCE_PACK)
    if carried is not None:
        apply_pack_bytes(store, carried, file_name=f"{Path(result.path).name}/{REFERENCE_PACK}")
        held_cache.clear()
    stated = [manifest.get("reference_version", 1)
              for manifest in [result.manifest or {}, *(inner.manifest or {} for inner in result.inner)]]
    if "version" not in held_cache:
        held_cache["version"] = held_version(store)
    needed, held = max(stated), held_cache["version"]
    if needed <= held:
        return None
    return (f"this bundle was made with reference data version {needed}, newer than the version {held} this "
            f"profile holds; import the Secretariat's reference update version {needed} (an .ascnref file, "
            "File → Import) first, then this bundle again.")


def _write_verified(store: Store, verified: list[tuple[int, Path, VerifyResult]],
                    outcomes: list[ImportOutcome | None]) -> None:
    """One transaction for the batch, one savepoint per bundle, archive files synced before the commit."""
    kept: list[Path] = []
    try:
        with store.transaction() as session:
            for n, path, result in verified:
                written = WrittenFiles()
                try:
                    with session.begin_nested():
                        outcomes[n] = _import_in_session(session, store, result, file_name=path.name,
                                                         written=written)
                except AscnError as error:
                    for archived in written.archived:
                        bundle_archive.remove_archived(archived)
                    code = error.code if isinstance(error, BundleError) else "error"
                    outcomes[n] = ImportOutcome(str(path), "refused", code, _refused(error.message),
                                                kind=result.kind)
                    continue
                kept.extend(written.archived)
            bundle_archive.make_durable(kept)
    except BaseException:
        for archived in kept:
            bundle_archive.remove_archived(archived)
        raise


def _import_in_session(session: Session, store: Store, result: VerifyResult, *, file_name: str,
                       written: WrittenFiles) -> ImportOutcome:
    if result.kind == "city-plan":
        return _import_city(session, store, result, file_name=file_name, written=written)
    if result.kind == "review-note":
        from ascn_desktop.core.bundles.review_note_import import import_review_note

        outcome: ImportOutcome = import_review_note(
            session, store, result, file_name=file_name,
            archive=lambda row: archive_bundle(store, row, result.data, written))
        return outcome
    return _import_national(session, store, result, file_name=file_name, written=written)


def _already_by_uuid(session: Session, result: VerifyResult) -> ImportOutcome | None:
    manifest = result.manifest or {}
    if stored_value(session, ImportedBundle.sha256, ImportedBundle.bundle_uuid, manifest["bundle_uuid"]) is None:
        return None  # the usual answer, asked cheaply; the row itself is read only when there is one
    row = session.scalars(select(ImportedBundle).where(ImportedBundle.bundle_uuid == manifest["bundle_uuid"])).first()
    if row is None:
        return None
    if row.sha256 == result.sha256:
        return ImportOutcome(result.path, "already", "already-imported",
                             _("Already had it: this bundle was imported on {when} UTC.").format(
                                 when=f"{row.imported_at:%Y-%m-%d %H:%M}"),
                             kind=row.kind, city=row.city, revision=row.revision)
    raise BundleError("bundle-uuid-reused", _("Another bundle with the same identifier but different content was "
                      "already imported; this one was refused as a replay or forgery."))


def _import_city(session: Session, store: Store, result: VerifyResult, *, file_name: str, written: WrittenFiles,
                 parent: ImportedBundle | None = None) -> ImportOutcome:
    manifest = result.manifest or {}
    document = result.document or {}
    city, revision = manifest["city"], manifest["revision"]
    label = _("{city}, revision {revision}").format(city=document.get('city_name') or city, revision=revision)
    already = _already_by_uuid(session, result)
    if already is not None:
        return already
    if not _place_known(session, city, manifest["cycle"]):
        raise BundleError("unknown-city", _("This bundle is for a city or cycle this store does not know "
                          "({city}, {manifest}); update the app's reference data first.").format(
                              city=city, manifest=manifest['cycle']))
    previous = [] if stored_value(session, ImportedBundle.id, ImportedBundle.plan_uuid, manifest["plan_uuid"]) is None \
        else session.scalars(select(ImportedBundle).where(ImportedBundle.kind == "city-plan",
                                                          ImportedBundle.plan_uuid == manifest["plan_uuid"])
                             .order_by(ImportedBundle.revision.desc())).all()
    newest = max((row.revision or 0 for row in previous), default=-1)
    if revision <= newest:
        content = document_content_hash(document)
        same = [row for row in previous if row.revision == revision and archived_content_hash(store, row) == content]
        if same:
            return ImportOutcome(result.path, "already", "already-imported",
                                 _("Already had it: {label} is already here with the same content.").format(
                                     label=label),
                                 kind="city-plan", city=city, revision=revision)
        raise BundleError("replay", _("This is revision {revision} of the {city} plan, "
                          "but revision {newest} is already here; an older or repeated revision with "
                          "different content is refused as a replay.").format(
                              revision=revision, city=document.get('city_name') or city, newest=newest))
    plan = plan_from_document({**document, "projects": []})  # the header; projects go in straight as rows
    row = bundle_row(result, file_name=file_name, parent=parent,
                     details=_city_details(store, manifest, result, document))
    note_first_seen(session, sha256=row.sha256, fingerprint=row.signer_fingerprint, at=row.imported_at)
    insert_row(session, row)
    run_compiled(session, "older revisions not current",
                 lambda: update(PlanRow).where(PlanRow.uuid == bindparam("uuid"), PlanRow.origin == bindparam("origin"))
                 .values(is_current=bindparam("current", type_=Boolean)),
                 {"uuid": plan.uuid, "origin": "imported", "current": False})
    plan_id = insert_plan(session, plan, document["projects"], bundle_id=row.id)
    archive_bundle(store, row, result.data, written)
    message = (_("Imported: {label} (supersedes revision {newest}), signed by {signer}.") if newest >= 0
               else _("Imported: {label}, signed by {signer}.")).format(label=label, newest=newest,
                                                                        signer=result.signer_name)
    return ImportOutcome(result.path, "imported", "imported", message,
                         kind="city-plan", city=city, revision=revision, plan_ids=[plan_id])


def _place_known(session: Session, city: str, cycle: str) -> bool:
    """The store knows this city and cycle. Their codes are read once for the batch's transaction
    (a few dozen; nothing during the writing adds any), not looked up twice per bundle."""
    known = session.info.get("ascn_known_places")
    if known is None:
        known = session.info["ascn_known_places"] = (set(session.scalars(select(City.code))),
                                                     set(session.scalars(select(Cycle.code))))
    return city in known[0] and cycle in known[1]


def _city_details(store: Store, manifest: dict[str, Any], result: VerifyResult,
                  document: dict[str, Any]) -> dict[str, Any]:
    details = {"cycle": manifest["cycle"], "signer": result.signer_name}
    if store.profile.db_path is None:
        # A shared server store: the replay check reads the content hash here, because the archive
        # folder holding the bundle's bytes is on the computer of the analyst who imported it.
        details["content"] = document_content_hash(document)
    return details


def _import_national(session: Session, store: Store, result: VerifyResult, *, file_name: str,
                     written: WrittenFiles) -> ImportOutcome:
    """The national bundle and each city bundle it carries; cities already here or older are reported."""
    manifest = result.manifest or {}
    already = _already_by_uuid(session, result)
    if already is not None:
        return already
    row = bundle_row(result, file_name=file_name,
                     details={"signer": result.signer_name, "endorsement": (result.document or {}).get("text", "")})
    # First-seen asked before the row is added: its lookup then flushes nothing, and one flush writes both.
    note_first_seen(session, sha256=row.sha256, fingerprint=row.signer_fingerprint, at=row.imported_at)
    session.add(row)
    session.flush()
    archive_bundle(store, row, result.data, written)
    outcome = ImportOutcome(result.path, "imported", "imported", "", kind="national",
                            city=None, revision=None)
    if result.vouches.cards or result.vouches.revoked:
        from ascn_desktop.core.bundles.vouching import apply_vouches

        vouched = apply_vouches(session, result.vouches, nr_fingerprint=result.fingerprint,
                                nr_name=result.signer_name, country=manifest["country"], now=utc_now())
        outcome.details.append(vouched.sentence(result.signer_name))
    counts = {"imported": 0, "already": 0, "refused": 0}
    for inner in result.inner:
        inner_name = inner.path.split("/", 1)[-1]
        try:
            with session.begin_nested():
                city_outcome = _import_city(session, store, inner, file_name=inner_name, written=written,
                                            parent=row)
        except BundleError as error:
            city_outcome = ImportOutcome(inner.path, "refused", error.code, _refused(error.message))
        counts[city_outcome.status] += 1
        outcome.plan_ids.extend(city_outcome.plan_ids)
        outcome.details.append(f"{inner_name}: {city_outcome.message}")
    outcome.message = _("Imported: national bundle of {country} signed by {signer}: {plans} imported, "
                        "{already} already here, {refused} refused.").format(
        country=manifest['country'], signer=result.signer_name, plans=counted(counts['imported'], "city plan"),
        already=counts['already'], refused=counts['refused'])
    return outcome


def _refused(reason: str) -> str:
    return _("Refused: {reason}").format(reason=reason)


