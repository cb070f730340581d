"""The content hash of a received plan.json (bundle_records.document_content_hash), kept per bundle in a
server store, is the hash of its canonical bytes: orjson's encoding is the canonical one."""

from __future__ import annotations

import hashlib
import json

from hypothesis import HealthCheck, given, settings

from ascn_desktop.core.bundles.bundle_records import document_content_hash
from ascn_desktop.core.bundles.plan_document import NON_CONTENT_FIELDS, content_hash, plan_to_document
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.model import Plan
from ascn_desktop.core.reference import ReferenceData
from tests.strategies import plans


@given(plan=plans(max_projects=3))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_received_documents_hash_is_its_plans_content_hash(reference: ReferenceData, plan: Plan) -> None:
    received = json.loads(canonical_bytes(plan_to_document(plan, reference)))
    assert document_content_hash(received) == content_hash(plan, reference)


def test_what_orjson_cannot_write_takes_the_json_path() -> None:
    document = {"title": "Hà Nội \u2028 \x1f \"q\" \\", "big": 2**70, "revision": 3, "nested": [{"b": 1, "a": None}]}
    content = {key: value for key, value in document.items() if key not in NON_CONTENT_FIELDS}
    assert document_content_hash(document) == hashlib.sha256(canonical_bytes(content)).hexdigest()
