"""Export a local plan as a signed submission bundle (docs/bundle-format.md).

`export_bundle` is what both `ascn export` and the GUI's "Export signed
bundle…" call. Order matters for the promises the user gets:

1. refuse early (no identity, wrong passphrase, readiness errors, no folder);
2. render plan.json, plan.xlsx, plan.pdf in memory and sign the manifest;
3. write the zip to a temporary file in the target folder and rename it into
   place only when complete (safe_files.atomic_writer);
4. only then record the revision and the export in one store transaction.

A failure or a cancel at any step leaves no .ascn behind and does not consume
a revision. The revision grows by one only when the plan's content (its
canonical document without revision, timestamps and editor) differs from
what was last exported.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ascn_desktop import __version__
from ascn_desktop.core.app_log import log_file_words
from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.collector import collector_paused
from ascn_desktop.core.errors import AscnError, NotFoundError, ValidationError
from ascn_desktop.core.signing.identity import Identity, IdentityCard, require_identity, unlock
from ascn_desktop.core.model import Plan, new_id
from ascn_desktop.core.plan_loading import load_whole_plan
from ascn_desktop.core.bundles.plan_document import EncodedDocument, plan_to_document
from ascn_desktop.core.progress import ProgressCallback, check, no_progress
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.safe_files import FileWriteError, atomic_writer, describe_os_error
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ExportRow, PlanRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _


@dataclass(frozen=True)
class ExportResult:
    path: Path
    revision: int
    revision_raised: bool
    fingerprint: str  # the signer's key fingerprint
    sha256: str  # of the whole bundle file
    bundle_uuid: str
    size: int
    # seconds: load (+ readiness), unlock, json, excel, pdf, signing, write, total
    timings: dict[str, float] = field(default_factory=dict)
    cpu_timings: dict[str, float] = field(default_factory=dict)  # the same steps in CPU seconds of this process


# --- the renderers other modules own (called by their agreed names) ----------------


def render_workbook(plan: Plan, reference: ReferenceData) -> bytes:
    from ascn_desktop.core.workbook.writer import plan_workbook_bytes

    return plan_workbook_bytes(plan, reference)


def render_pdf(plan: Plan, reference: ReferenceData, *, signer_name: str, signer_fingerprint: str,
               generated_at: datetime) -> bytes:
    from ascn_desktop.core.reports.plan_pdf import plan_pdf_bytes

    return plan_pdf_bytes(plan, reference, signer_name=signer_name, signer_fingerprint=signer_fingerprint,
                          generated_at=generated_at)


def readiness_errors(plan: Plan, reference: ReferenceData) -> list[str]:
    from ascn_desktop.core.readiness import check_plan

    return [finding.message for finding in check_plan(plan, reference) if finding.severity == "error"]


@dataclass(frozen=True)
class ExportReadiness:
    """Whether a plan may leave as a final plan; otherwise exporting is an explicit choice ("as a draft")."""

    is_final: bool
    errors: tuple[str, ...]

    @property
    def needs_draft_choice(self) -> bool:
        return not self.is_final or bool(self.errors)

    def sentence(self) -> str:
        """Why the bundle would travel as a draft, in one sentence."""
        count = len(self.errors)
        problems = _("1 problem") if count == 1 else _("{count} problems").format(count=count)
        if self.is_final:
            return _("The plan still has {problems} to fix; it can only leave as a draft.").format(problems=problems)
        if count:
            return _("The plan is a draft and has {problems} to fix.").format(problems=problems)
        return _("The plan is still a draft: it has not been marked final.")


class DraftExportRefused(ValidationError):
    """Exporting a draft (or a plan with errors) was not chosen explicitly."""


def export_readiness(store: Store, plan_id: int) -> ExportReadiness:
    plan = load_whole_plan(store, plan_id)
    return ExportReadiness(is_final=plan.status == "final",
                           errors=tuple(readiness_errors(plan, load_reference(store))))


# --- export ----------------------------------------------------------------------


def _local_plan_state(store: Store, plan_id: int) -> tuple[str, str | None]:
    with store.read() as session:
        row = session.get(PlanRow, plan_id)
        if row is None:
            raise NotFoundError(_("There is no plan number {plan_id} in this store.").format(plan_id=plan_id))
        return row.origin, row.exported_hash


def _check_signer_city(card: IdentityCard, plan_city: str, reference: ReferenceData) -> None:
    """A city plan is signed by that city's officer: receivers trust a card for one city, not for any."""
    def name(code: str | None) -> str:
        info = reference.cities.get(code or "")
        return info.name if info is not None else str(code)

    if card.role != "csco":
        raise ValidationError(_("Your signing identity is not a city officer's, so it cannot sign the plan of "
                              "{plan_city}; a city plan is exported by that city's officer.").format(
                                  plan_city=name(plan_city)))
    if card.city != plan_city:
        raise ValidationError(_("Your signing identity is for {city}, so it cannot sign the plan of "
                              "{plan_city}; only your own city's plan can be exported.").format(
                                  city=name(card.city), plan_city=name(plan_city)))


def plan_document_bytes(plan: Plan, reference: ReferenceData) -> bytes:
    """plan.json exactly as it goes into the bundle."""
    return canonical_bytes(plan_to_document(plan, reference))


def check_export_allowed(store: Store, plan_id: int, out_dir: Path, *, as_draft: bool = False) -> ExportReadiness:
    """Everything export_bundle refuses before asking for the passphrase (the CLI asks only after this)."""
    return _preflight(store, plan_id, Path(out_dir), as_draft=as_draft)[4]


def _preflight(store: Store, plan_id: int, out_dir: Path, *, as_draft: bool
               ) -> tuple[Identity, Plan, ReferenceData, str | None, ExportReadiness]:
    exported_hash, identity = _check_destination(store, plan_id, out_dir)
    plan, reference, readiness = _load_checked(store, plan_id, identity, as_draft=as_draft)
    return identity, plan, reference, exported_hash, readiness


def _check_destination(store: Store, plan_id: int, out_dir: Path) -> tuple[str | None, Identity]:
    """The refusals that need neither the plan nor the key: not our plan, no folder, no identity."""
    origin, exported_hash = _local_plan_state(store, plan_id)
    if origin != "local":
        raise ValidationError(_("This plan was received from another city; only your own plans can be exported."))
    if not out_dir.is_dir():
        raise FileWriteError(_("The folder {out_dir} does not exist; choose an existing folder.").format(
            out_dir=out_dir))
    return exported_hash, require_identity(store)


def _load_checked(store: Store, plan_id: int, identity: Identity, *, as_draft: bool
                  ) -> tuple[Plan, ReferenceData, ExportReadiness]:
    """The plan, and the refusals that need it: another city's plan, a draft not chosen as such."""
    plan = load_whole_plan(store, plan_id)
    reference = load_reference(store)
    _check_signer_city(identity.card, plan.city, reference)
    readiness = ExportReadiness(is_final=plan.status == "final", errors=tuple(readiness_errors(plan, reference)))
    if readiness.needs_draft_choice and not as_draft:
        raise DraftExportRefused(_("{sentence} Mark it final first, or export it as a draft on purpose "
                                 "(“Export as a draft” in the dialog, --draft on the command line).").format(
                                     sentence=readiness.sentence()),
                                 details=list(readiness.errors))
    return plan, reference, readiness


def _spool(out_dir: Path) -> fmt.MemberSpool:
    try:
        return fmt.MemberSpool(out_dir)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, out_dir / "bundle.ascn")) from None


def export_bundle(store: Store, plan_id: int, out_dir: Path, *, passphrase: str,
                  progress: ProgressCallback = no_progress, abort: threading.Event | None = None,
                  now: datetime | None = None, validate_schema: bool = False, as_draft: bool = False) -> ExportResult:
    """Write `<out_dir>/<COUNTRY>-<City>-<cycle>-r<N>.ascn` for plan `plan_id`, signed by the profile's identity.

    A plan that is not final, or still has readiness errors, leaves only when `as_draft` says the person
    chose it (the GUI's "Export as a draft", `ascn export --draft`); it then travels with status "draft"
    in plan.json, the workbook and the PDF, and every receiver sees "Draft" before deciding.

    Memory: the key is unlocked before the plan is loaded (scrypt takes 128 MiB for a moment, which
    should not come on top of a large plan), and each member is set aside on disk as soon as it is
    made (``bundle_format.MemberSpool``), so a 5,000-project export never holds its members together.
    """
    with collector_paused():
        return _export(store, plan_id, Path(out_dir), passphrase=passphrase, progress=progress, abort=abort,
                       now=now, validate_schema=validate_schema, as_draft=as_draft)


def _export(store: Store, plan_id: int, out_dir: Path, *, passphrase: str, progress: ProgressCallback,
            abort: threading.Event | None, now: datetime | None, validate_schema: bool,
            as_draft: bool) -> ExportResult:
    clock = _StepClock()
    progress(0.0, "Checking the plan…")
    exported_hash, identity = _check_destination(store, plan_id, out_dir)
    check(abort)

    progress(0.02, "Unlocking your signing key…")
    clock.start()
    private_key = unlock(identity, passphrase)
    clock.done("unlock")  # scrypt: slow on purpose
    check(abort)

    progress(0.1, "Checking the plan…")
    clock.start()
    plan, reference, readiness = _load_checked(store, plan_id, identity, as_draft=as_draft)
    if plan.status == "final" and readiness.errors:
        plan = replace(plan, status="draft")  # errors never travel as a final plan
    clock.done("load")  # the plan from the store, and the readiness check
    check(abort)

    with _spool(out_dir) as spool:
        return _write_bundle(store, plan_id, out_dir, spool, identity=identity, private_key=private_key, plan=plan,
                             reference=reference, exported_hash=exported_hash, now=now,
                             validate_schema=validate_schema, progress=progress, abort=abort, clock=clock)


def _write_bundle(store: Store, plan_id: int, out_dir: Path, spool: fmt.MemberSpool, *, identity: Identity,
                  private_key: Ed25519PrivateKey, plan: Plan, reference: ReferenceData, exported_hash: str | None,
                  now: datetime | None, validate_schema: bool, progress: ProgressCallback,
                  abort: threading.Event | None, clock: _StepClock) -> ExportResult:
    city = reference.city(plan.city)
    progress(0.15, "Writing plan.json…")
    clock.start()
    encoded = EncodedDocument.of_plan(plan, reference)
    digest = encoded.content_hash()
    unchanged = exported_hash == digest and plan.revision > 0
    revision = plan.revision if unchanged else plan.revision + 1
    moment = (now or utc_now()).replace(microsecond=0)
    plan = replace(plan, revision=revision)
    encoded.set_revision(revision)
    if validate_schema:
        problems = fmt.plan_schema_errors(plan_to_document(plan, reference))
        if problems:  # a bug or a damaged store, never the user's input: say so plainly
            raise AscnError(_("The plan cannot be written in the bundle format; please report it with "
                            "{log_file_words}.").format(log_file_words=log_file_words()),
                            details=problems)
    _set_aside(spool, fmt.PLAN_JSON, encoded.chunks(), out_dir)  # in pieces: plan.json is never joined
    del encoded  # its encoded pieces: as large as plan.json itself
    clock.done("json")
    check(abort)

    progress(0.25, "Writing the Excel workbook…")
    clock.start()
    _set_aside(spool, fmt.PLAN_XLSX, render_workbook(plan, reference), out_dir)
    clock.done("excel")
    check(abort)

    progress(0.5, "Writing the PDF report…")
    clock.start()
    _set_aside(spool, fmt.PLAN_PDF, render_pdf(plan, reference, signer_name=identity.name,
                                               signer_fingerprint=identity.fingerprint, generated_at=moment),
               out_dir)
    clock.done("pdf")
    check(abort)

    progress(0.85, "Signing…")
    clock.start()
    bundle_uuid = new_id()
    manifest = fmt.build_manifest(
        bundle_uuid=bundle_uuid, plan_uuid=plan.uuid, city=plan.city, country=city.country, cycle=plan.cycle,
        revision=revision, created_at=moment, app_version=__version__, signer_card=identity.card.as_json(),
        members=spool.entries(fmt.SIGNED_MEMBERS), reference_version=reference.version)
    manifest_data = fmt.manifest_bytes(manifest)
    signature = private_key.sign(manifest_data)
    clock.done("signing")
    check(abort)

    progress(0.9, "Saving the bundle…")
    clock.start()
    target = out_dir / fmt.bundle_file_name(country=city.country, city_name_en=city.name_en, cycle=plan.cycle,
                                            revision=revision)
    with atomic_writer(target) as handle:  # a bundle is meant to be shared: the default mode (an OSError: one sentence)
        spool.write_zip(handle, [(fmt.MANIFEST, manifest_data), (fmt.SIGNATURE, signature)], fmt.SIGNED_MEMBERS,
                        created_at=moment)
        check(abort)  # a cancel here still removes the temporary file
    sha256, size = _file_digest(target)
    clock.done("write")

    try:
        with store.transaction() as session:
            row = session.get(PlanRow, plan_id)
            assert row is not None
            row.revision = revision
            row.exported_hash = digest
            session.add(ExportRow(plan_id=plan_id, revision=revision, bundle_uuid=bundle_uuid,
                                  file_path=str(target), content_hash=digest,
                                  signer_fingerprint=identity.fingerprint, created_at=moment))
    except BaseException:
        target.unlink(missing_ok=True)  # the store did not record it: leave no bundle that claims a revision
        raise
    clock.finish()
    progress(1.0, "Done.")
    return ExportResult(path=target, revision=revision, revision_raised=not unchanged,
                        fingerprint=identity.fingerprint, sha256=sha256, bundle_uuid=bundle_uuid, size=size,
                        timings=clock.wall, cpu_timings=clock.cpu)


class _StepClock:
    """Wall and CPU seconds of each step of an export (ExportResult.timings and .cpu_timings), and in all.

    CPU time is what the benchmark compares (docs/performance.md): on a shared machine wall time
    swings several-fold while CPU time holds."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._began = (time.perf_counter(), time.process_time())
        self._step = self._began

    def start(self) -> None:
        self._step = (time.perf_counter(), time.process_time())

    def done(self, step: str) -> None:
        self.wall[step] = time.perf_counter() - self._step[0]
        self.cpu[step] = time.process_time() - self._step[1]

    def finish(self) -> None:
        self._step = self._began
        self.done("total")


def _set_aside(spool: fmt.MemberSpool, name: str, data: bytes | Iterable[bytes], out_dir: Path) -> None:
    try:
        spool.add(name, data)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, out_dir / name)) from None


def _file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 and size of the bundle as written (read back a megabyte at a time)."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
