"""What an import keeps of a bundle besides the plan: its `ImportedBundle` row, its archived original
bytes, and the content hash that tells a replay from the same revision sent again (see bundle_import)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ascn_desktop.core.bundles import bundle_archive
from ascn_desktop.core.bundles.bundle_verify import VerifyResult
from ascn_desktop.core.bundles.plan_document import NON_CONTENT_FIELDS
from ascn_desktop.core.canonical_json import float_free_bytes
from ascn_desktop.core.errors import AscnError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ImportedBundle, PlanRow
from ascn_desktop.store.types import utc_now


@dataclass
class WrittenFiles:
    """The archive files a bundle's import has written, removed again if its transaction fails."""

    archived: list[Path] = field(default_factory=list)


def archive_bundle(store: Store, row: ImportedBundle, data: bytes, written: WrittenFiles) -> None:
    path, created = bundle_archive.archive_bytes(store.profile, row.archive_path, data, sync=False)
    if created:
        written.archived.append(path)


def bundle_row(result: VerifyResult, *, file_name: str, parent: ImportedBundle | None = None,
               details: dict[str, Any] | None = None) -> ImportedBundle:
    """The row of a verified bundle: its bytes' SHA-256 as verification took it (not hashed a second time)."""
    manifest = result.manifest or {}
    data = result.data
    return ImportedBundle(
        bundle_uuid=manifest["bundle_uuid"], sha256=result.sha256, kind=manifest["kind"],
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
    import orjson  # here, as in core/canonical_json.py: only receiving bundles needs it

    content = {key: value for key, value in document.items() if key not in NON_CONTENT_FIELDS}
    # The document came from canonical JSON (strings, ints, bools, None only), so its canonical bytes
    # need no walk for floats (float_free_bytes); orjson with sorted keys writes the same bytes for those
    # values (core/canonical_json.py, `_orjson_canonical`) in a tenth of the time (a shared server store
    # asks this of every imported plan). What it refuses (an integer beyond 64 bits) takes the json path.
    try:
        encoded = orjson.dumps(content, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        encoded = float_free_bytes(content)
    return hashlib.sha256(encoded).hexdigest()


def archived_content_hash(store: Store, row: ImportedBundle) -> str | None:
    """The content hash of an already imported revision, from its archived bundle (rare path: replays)."""
    if row.details.get("content"):
        return str(row.details["content"])
    try:
        data = bundle_archive.read_archived(store.profile, row.archive_path, sha256=row.sha256)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # our own archived copy, checked by its hash
            return document_content_hash(json.loads(archive.read("plan.json")))
    except (AscnError, zipfile.BadZipFile, KeyError, ValueError):
        return None


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
