"""The review note: a reviewer's signed decision that travels back to the city.

A review note is a bundle of kind "review-note" (docs/bundle-format.md,
"Review note"): a zip of `manifest.json`, `manifest.sig` and `review.json`,
verified exactly like a city bundle. The CSCO imports it (`ascn import` or
`ascn import-review`); it becomes a received `ReviewRow` of their plan, which
the plan overview shows.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ascn_desktop import __version__
from ascn_desktop.core.timestamps import utc_seconds
from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.model import new_id
from ascn_desktop.core.text import slug
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.core.i18n import _

KIND = "review-note"
DOCUMENT_KIND = "ascn-review-note"
REVIEW_JSON = "review.json"
DECISIONS = ("accepted", "returned")
MAX_REASON = 10_000
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def review_document(*, plan_uuid: str, city: str, cycle: str, revision: int, decision: str, reason: str,
                    reviewer: dict[str, Any], reviewed_at: datetime,
                    comments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    document = {"kind": DOCUMENT_KIND, "document_version": 1, "plan_uuid": plan_uuid, "city": city, "cycle": cycle,
                "revision": revision, "decision": decision, "reason": reason,
                "reviewer": {"name": reviewer["name"], "role": reviewer["role"],
                             "fingerprint": reviewer["fingerprint"]},
                "reviewed_at": utc_seconds(reviewed_at)}
    if comments:  # optional: a note without comments is byte for byte what older versions wrote
        document["comments"] = comments
    return document


def note_file_name(*, country: str, city_name_en: str, cycle: str, revision: int) -> str:
    return f"{country}-{slug(city_name_en)}-{slug(cycle)}-r{revision}-review{fmt.BUNDLE_SUFFIX}"


def build_review_note(document: dict[str, Any], *, country: str, signer_card: dict[str, Any],
                      sign: Callable[[bytes], bytes], created_at: datetime, reference_version: int | None = None,
                      reference_pack: bytes | None = None) -> bytes:
    """The bytes of a signed review-note bundle for `document` (carrying `reference_pack` when given)."""
    review = canonical_bytes(document)
    entry = fmt.member_entry(REVIEW_JSON, review)
    extra = [(fmt.REFERENCE_PACK, reference_pack)] if reference_pack is not None else []
    manifest = {
        "format_version": fmt.FORMAT_VERSION, "kind": KIND, "bundle_uuid": new_id(),
        "plan_uuid": document["plan_uuid"], "city": document["city"], "country": country,
        "cycle": document["cycle"], "revision": document["revision"], "created_at": utc_seconds(created_at),
        "app_version": __version__, "signer": dict(signer_card),
        "members": [entry.as_json()] + [fmt.member_entry(name, data).as_json() for name, data in extra],
    }
    if reference_version is not None:
        manifest["reference_version"] = reference_version
    manifest_data = fmt.manifest_bytes(manifest)
    signature = sign(manifest_data)
    buffer = io.BytesIO()
    fmt.write_members_zip(buffer, [(fmt.MANIFEST, manifest_data), (fmt.SIGNATURE, signature), (REVIEW_JSON, review),
                                   *extra], created_at=created_at)
    return buffer.getvalue()


def _bad(what: str) -> BundleError:
    return BundleError("review-invalid", _("The review note in this bundle {what}; it was refused.").format(
        what=what))


REVIEW_FIELDS = ("kind", "document_version", "plan_uuid", "city", "cycle", "revision", "decision", "reason",
                 "reviewer", "reviewed_at")
# Field-by-field comments (issue 19) travel in notes written from then on; older notes have none.
REVIEW_OPTIONAL_FIELDS = ("comments",)
REVIEWER_FIELDS = ("name", "role", "fingerprint")


def check_review_document(document: Any, manifest: dict[str, Any]) -> None:
    """review.json has exactly the fields of its version and states what its signed manifest states."""
    if not isinstance(document, dict) or document.get("kind") != DOCUMENT_KIND:
        raise _bad("is not an ASCN review note")
    if document.get("document_version") != 1 or isinstance(document.get("document_version"), bool):
        raise _bad("was written by a newer version of ASCN Desktop")
    for key in document:
        if key not in REVIEW_FIELDS and key not in REVIEW_OPTIONAL_FIELDS:
            raise _bad(f"has the field “{str(key)[:40]}”, which the format does not have")
    for key in REVIEW_FIELDS:
        if key not in document:
            raise _bad(f"has no “{key}” field")
    if document["decision"] not in DECISIONS:
        raise _bad("has no decision (accepted or returned)")
    reason = document["reason"]
    if not isinstance(reason, str) or len(reason) > MAX_REASON:
        raise _bad("has a missing or overlong reason")
    if document["decision"] == "returned" and not reason.strip():
        raise _bad("returns the plan without giving a reason")
    reviewer = document["reviewer"]
    if not isinstance(reviewer, dict) or set(reviewer) != set(REVIEWER_FIELDS) \
            or not all(isinstance(reviewer[k], str) for k in REVIEWER_FIELDS):
        raise _bad("does not name its reviewer (exactly name, role and fingerprint)")
    if not isinstance(document["reviewed_at"], str) or not _TIMESTAMP.match(document["reviewed_at"]):
        raise _bad("has no valid date")
    if "comments" in document and not _comments_shape(document["comments"]):
        raise _bad("has malformed field comments")
    for key in ("plan_uuid", "city", "cycle", "revision"):
        if document[key] != manifest.get(key):
            raise BundleError("manifest-plan-mismatch", _("The review note says it is about the plan's {key} "
                              "{document_value}, but its signed manifest says {manifest_value}; "
                              "the bundle was crafted.").format(
                                  key=key, document_value=str(document[key])[:40],
                                  manifest_value=str(manifest.get(key))[:40]))
    signer = manifest["signer"]
    if (reviewer["fingerprint"], reviewer["name"], reviewer["role"]) != (signer["fingerprint"], signer["name"],
                                                                        signer["role"]):
        raise BundleError("review-signer", _("The review note names {reviewer} "
                          "({reviewer_fingerprint}, {reviewer_role}) as its reviewer, but it was "
                          "signed by {signer} ({signer_fingerprint}, {signer_role}); a reviewer "
                          "signs only their own notes.").format(
                              reviewer=reviewer['name'][:80], reviewer_fingerprint=reviewer['fingerprint'][:40],
                              reviewer_role=reviewer['role'][:8], signer=signer['name'],
                              signer_fingerprint=signer['fingerprint'], signer_role=signer['role']))


def _comments_shape(comments: Any) -> bool:
    """At most 1,000 comments, each exactly as docs/bundle-format.md "Field comments" says."""
    from ascn_desktop.core.errors import ValidationError
    from ascn_desktop.core.review_comments import MAX_COMMENTS, comments_from_note

    if not isinstance(comments, list) or len(comments) > MAX_COMMENTS:
        return False
    try:
        comments_from_note(comments)
    except ValidationError:
        return False
    return True
