"""Verifying a bundle before anything in it is believed (docs/bundle-format.md).

`verify_bundle(path, store)` runs the checks in the order docs/bundle-format.md §5
fixes (the first failure decides, and `ascn verify` reports its code):

1. the archive (core/bundles/zip_safety.py): a zip, safe names, no links, duplicates,
   encryption, bombs or overlaps; only names some kind of bundle has;
2. the manifest is readable: strict JSON, a known format version, a public key;
3. its Ed25519 signature over the exact bytes, before any field is believed;
4. the manifest field by field (core/bundles/manifest_strict.py);
5. the members: exactly those listed, each size and SHA-256;
6. the content: plan.json, review.json or endorsement.json, and every statement the
   manifest and the document make about each other;
7. the signer: in the trust registry and not revoked when the bundle was signed
   (an unknown signer is "untrusted", reported apart from tampering);
8. the signer's standing: role, country and city allow this kind of bundle;
9. a national bundle's carried city bundles, each verified the same way, then held
   to what the national bundle states about it (core/bundles/national_checks.py).

The result is a `VerifyResult` with a status, a stable code and one sentence a
city officer understands. Nothing here raises anything but `AscnError`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ascn_desktop.core.app_log import log_file_words
from ascn_desktop.core.bundles import bundle_format, content_checks, trust_checks
from ascn_desktop.core.bundles import manifest_checks as bm
from ascn_desktop.core.bundles import manifest_strict
from ascn_desktop.core.bundles import national_checks
from ascn_desktop.core.bundles import signing_time
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.bundles.zip_safety import BundleError, SafeZip
from ascn_desktop.store.engine import Store
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _

if TYPE_CHECKING:
    from ascn_desktop.core.signing.trust import RegistrySnapshot

log = logging.getLogger(__name__)

MAX_BUNDLE_FILE = bundle_format.MAX_ARCHIVE_BYTES


@dataclass
class VerifyResult:
    """What verification found about one bundle."""

    path: str
    status: str  # valid | untrusted | invalid
    code: str  # stable machine code, "ok" when valid
    reason: str  # one sentence for people
    kind: str | None = None
    manifest: dict[str, Any] | None = None
    signer_name: str = ""
    fingerprint: str = ""
    signed_at: datetime | None = None
    sha256: str = ""
    size: int = 0
    # Not part of the JSON report: what import needs without reading again.
    data: bytes = field(default=b"", repr=False)
    members: dict[str, bytes] = field(default_factory=dict, repr=False)
    document: dict[str, Any] | None = field(default=None, repr=False)
    inner: list[VerifyResult] = field(default_factory=list, repr=False)
    vouches: national_checks.Vouches = field(default_factory=national_checks.Vouches, repr=False)

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    def to_json(self) -> dict[str, Any]:
        manifest = self.manifest or {}
        report: dict[str, Any] = {
            "file": self.path, "status": self.status, "code": self.code, "reason": self.reason,
            "kind": self.kind, "signer": self.signer_name, "fingerprint": self.fingerprint,
            "signed_at": self.signed_at, "sha256": self.sha256, "size": self.size,
            "bundle_uuid": manifest.get("bundle_uuid"), "plan_uuid": manifest.get("plan_uuid"),
            "city": manifest.get("city"), "country": manifest.get("country"),
            "cycle": manifest.get("cycle"), "revision": manifest.get("revision"),
        }
        if self.inner:
            report["city_bundles"] = [result.to_json() for result in self.inner]
        return report


def _invalid(path: str, error: BundleError, **known: Any) -> VerifyResult:
    return VerifyResult(path=path, status="invalid", code=error.code, reason=error.message, **known)


def read_bundle_file(path: Path) -> bytes:
    """The bytes of a bundle file, refusing what cannot be one before reading it all."""
    try:
        size = os.stat(path).st_size
        if not Path(path).is_file():
            raise BundleError("not-a-file", _("{name} is not a file; choose a .ascn bundle file.").format(
                name=Path(path).name))
        if size > MAX_BUNDLE_FILE:
            raise BundleError("bundle-too-large", _("{name} is larger than any bundle can be "
                              "({size} MB); it was not opened.").format(
                                  name=Path(path).name, size=size // (1024 * 1024)))
        with open(path, "rb") as handle:
            # size + 1, not the limit: read() reserves its whole argument up front. A file that
            # grew after stat() is still being written: refused rather than read half.
            data = handle.read(size + 1)
        if len(data) > size:
            raise BundleError("file-changing", _("{name} is still being written or changed; "
                              "try again when it is complete.").format(name=Path(path).name))
        return data
    except BundleError:
        raise
    except FileNotFoundError:
        raise BundleError("file-missing", _("There is no file {path}; check the name and folder.").format(
            path=path)) from None
    except OSError as exc:
        raise BundleError("file-unreadable", _("{name} cannot be read ({reason}).").format(
            name=Path(path).name, reason=exc.strerror or exc)) from None


TrustCheck = Callable[[bm.Signer, datetime], tuple[str, str, str]]
# Who a trusted key belongs to (registry entry or own identity), for the role/city rule; None: neither.
StandingCheck = Callable[[bm.Signer], "trust_checks.Standing | None"]


def verify_bundle(path: str | os.PathLike[str], store: Store, *, expect_kind: str | None = None,
                  trust: TrustCheck | None = None, standing: StandingCheck | None = None,
                  registry: RegistrySnapshot | None = None) -> VerifyResult:
    """Verify the bundle file at `path` against the trust registry of `store`.

    `registry`: the trust registry as read once for a batch of bundles (core/signing/trust.py), which
    then answers every question about signers instead of the store."""
    name = str(path)
    try:
        data = read_bundle_file(Path(path))
    except BundleError as error:
        return _invalid(name, error)
    return verify_bytes(data, store, name=name, expect_kind=expect_kind, trust=trust, standing=standing,
                        registry=registry)


def verify_bytes(data: bytes, store: Store, *, name: str, expect_kind: str | None = None,
                 trust: TrustCheck | None = None, standing: StandingCheck | None = None,
                 registry: RegistrySnapshot | None = None) -> VerifyResult:
    """Verify a bundle held in memory (a file, or a city bundle inside a national bundle)."""
    result = VerifyResult(path=name, status="invalid", code="", reason="", data=data,
                          sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    try:
        _verify_into(result, data, store, expect_kind=expect_kind, trust=trust or _registry_trust(store, registry),
                     standing=standing or (lambda signer: trust_checks.signer_standing(store, signer,
                                                                                       registry=registry)),
                     registry=registry)
    except BundleError as error:
        result.status, result.code, result.reason = "invalid", error.code, error.message
        result.members, result.document = {}, None
    except AscnError as error:  # a lower layer's sentence (e.g. store unreadable) stays as it is
        result.status, result.code, result.reason = "invalid", "error", error.message
        result.members, result.document = {}, None
    except Exception as error:  # a bug or an unforeseen corruption: never a traceback for a file
        log.exception("verifying %s failed unexpectedly", name)
        result.status, result.code = "invalid", "unreadable"
        result.reason = (f"This bundle could not be read ({type(error).__name__}); it was refused. "
                         f"Please report it with {log_file_words()}.")
        result.members, result.document = {}, None
    return result


def _verify_into(result: VerifyResult, data: bytes, store: Store, *, expect_kind: str | None,
                 trust: TrustCheck, standing: StandingCheck, registry: RegistrySnapshot | None) -> None:
    """docs/bundle-format.md §5, in its order: the first failure decides."""
    archive = SafeZip(data, name_allowed=bm.name_allowed_in_any_kind, size_limit=bm.size_limit)  # step 1
    names = archive.names()
    for needed in (bm.MANIFEST, bm.SIGNATURE):
        if needed not in names:
            raise BundleError("member-missing", _("The bundle has no {needed}, so it cannot be checked; "
                              "it is not a complete ASCN bundle.").format(needed=needed))
    manifest_bytes = archive.read(bm.MANIFEST, cap=bm.MAX_MANIFEST)
    signature = archive.read(bm.SIGNATURE, cap=bm.MAX_SIGNATURE)
    _manifest, public_key = bm.readable_manifest(manifest_bytes)  # step 2
    # Step 3: the signature over the exact bytes, before any field is believed, so that a changed
    # manifest reads "changed after it was signed" whatever byte was changed.
    bm.verify_signature(public_key, manifest_bytes, signature)
    manifest = manifest_strict.check_manifest(manifest_bytes)  # step 4
    result.kind, result.manifest = manifest["kind"], manifest
    bm.check_expected_kind(manifest, expect_kind)
    signer = bm.signer_of(manifest)
    result.signer_name, result.fingerprint = signer.name, signer.fingerprint
    result.signed_at = bm.signed_at(manifest)
    bm.check_member_set(manifest, names)  # step 5
    members: dict[str, bytes] = {}
    for entry in manifest["members"]:
        if archive.entries[entry["name"]].size != entry["size"]:
            bm.check_member(entry, b"")  # the sizes already differ: refuse without unpacking it
        content = archive.read(entry["name"])
        bm.check_member(entry, content)
        members[entry["name"]] = content
    document = content_checks.check_content(manifest, members, reference=lambda: _reference_of(store))  # step 6
    result.members, result.document = members, document
    if manifest["kind"] == "national":
        result.vouches = national_checks.check_endorsement(document, manifest)
        national_checks.check_city_list(manifest)
    now = utc_now()
    signing_time.check_not_in_future(result.signed_at, now=now)  # step 7 begins: when, then who
    status, code, reason = trust(signer, result.signed_at)
    if status != "valid":
        result.status, result.code, result.reason = status, code, reason
        return
    # Key creation and revocation judged by times the signer does not choose (signing_time.py, §11).
    signing_time.check_key_times(store, fingerprint=signer.fingerprint, card_created_at=signer.card.get("created_at"),
                                 signed_at=result.signed_at, sha256=result.sha256, now=now, registry=registry)
    # Step 8: a trusted key signs only what its role, country and city allow; who it is comes
    # from the registry entry (or own identity), not from the card the bundle carries. None
    # happens only when a caller vouched for the key itself (trust=...).
    known = standing(signer)
    if known is not None:
        trust_checks.check_signer_standing(manifest, known, reference=_reference_of(store))
    if manifest["kind"] == "national":  # step 9
        result.inner = verify_carried(result, members, store, trust=trust, standing=standing, registry=registry)
        untrusted = next((city for city in result.inner if city.status == "untrusted"), None)
        if untrusted is not None:
            result.status, result.code = "untrusted", "inner-signer-unknown"
            result.reason = (f"The national bundle is intact, but the city bundle {untrusted.path.split('/', 1)[1]} "
                             f"is signed by {untrusted.signer_name or 'someone'} ({untrusted.fingerprint}), whom "
                             "neither your trust registry nor the National Representative vouches for; add their "
                             "identity card before importing.")
            return
    result.status, result.code = "valid", "ok"
    result.reason = bm.valid_sentence(manifest, signer.name, document)


def verify_carried(result: VerifyResult, members: dict[str, bytes], store: Store, *, trust: TrustCheck | None,
                   standing: StandingCheck, registry: RegistrySnapshot | None = None) -> list[VerifyResult]:
    """§5 step 9: every city bundle of a national bundle (in name order), verified as if it had come
    alone, then held to what the national bundle states about it; the first failure decides. Called
    only when the NR is trusted, so the NR's vouches count."""
    manifest = result.manifest or {}
    vouches = result.vouches
    inner_trust = national_checks.vouched_trust(trust or _registry_trust(store, registry), vouches,
                                                nr_name=result.signer_name)

    def inner_standing(signer: bm.Signer) -> trust_checks.Standing | None:
        known = standing(signer)
        card = vouches.cards.get(signer.fingerprint)
        if known is None and card is not None:
            return trust_checks.Standing(name=card["name"], role=card["role"], country=card["country"],
                                         city=card["city"])
        return known

    inner: list[VerifyResult] = []
    for entry in sorted(manifest["cities"], key=lambda entry: entry["file"]):
        name = entry["file"]
        city = verify_bytes(members[name], store, name=name, expect_kind="city-plan", trust=inner_trust,
                            standing=inner_standing, registry=registry)
        if city.status == "invalid":
            raise BundleError(f"inner-{city.code}", _("The city bundle {file} inside this national "
                              "bundle was refused: {reason} The whole national bundle was refused.").format(
                                  file=name.split('/', 1)[1], reason=city.reason))
        inner.append(city)
        if city.status == "untrusted":
            return inner
        national_checks.check_carried(manifest, entry, city.manifest or {}, city.fingerprint)
    return inner


def _reference_of(store: Store) -> ReferenceData:
    # Reference data only grows during a session (codes are forever), so one
    # snapshot per store serves a whole batch of bundles.
    cached = _REFERENCE_CACHE.get(id(store))
    if cached is None or cached[0] is not store:
        cached = (store, load_reference(store))
        _REFERENCE_CACHE.clear()
        _REFERENCE_CACHE[id(store)] = cached
    return cached[1]


_REFERENCE_CACHE: dict[int, tuple[Store, ReferenceData]] = {}


def _registry_trust(store: Store, registry: RegistrySnapshot | None = None) -> TrustCheck:
    def check(signer: bm.Signer, signed_at: datetime) -> tuple[str, str, str]:
        return trust_checks.registry_trust(store, signer, signed_at, registry=registry)
    return check


def overall_exit_status(results: list[VerifyResult]) -> int:
    """0 all valid and trusted; 1 anything invalid; 2 signatures valid but a signer not trusted."""
    if any(result.status == "invalid" for result in results):
        return 1
    if any(result.status == "untrusted" for result in results):
        return 2
    return 0
