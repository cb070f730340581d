"""plan.json: lossless round trip of any plan, schema-valid, stable bytes, content hash."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ascn_desktop.core.bundles.bundle_format import plan_schema_errors
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.bundles.plan_document import EncodedDocument, content_hash, decimal_text, plan_from_document, plan_to_document
from ascn_desktop.core.plans import find_plan_id, get_plan
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.store.engine import Store
from tests.strategies import plans


moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


@given(plan=plans(max_projects=3), created=st.none() | moments, updated=st.none() | moments,
       carried=st.none() | st.uuids().map(str), revision=st.integers(0, 10**6))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_plan_round_trips_and_is_schema_valid(reference: ReferenceData, plan, created, updated,  # type: ignore[no-untyped-def]
                                                  carried, revision) -> None:
    plan = replace(plan, created_at=created, updated_at=updated, carried_over_from=carried, revision=revision)
    document = plan_to_document(plan, reference)
    assert plan_schema_errors(document) == []
    data = canonical_bytes(document)
    again = plan_from_document(json.loads(data))
    assert again == plan
    assert canonical_bytes(plan_to_document(again, reference)) == data
    encoded = EncodedDocument.of_plan(plan, reference)  # the export's encoding, a project at a time
    assert encoded.to_bytes() == data and encoded.content_hash() == content_hash(plan, reference)
    assert EncodedDocument.of_document(document).to_bytes() == data
    encoded.set_revision(revision + 1)
    assert encoded.to_bytes() == canonical_bytes(plan_to_document(replace(plan, revision=revision + 1), reference))


def test_same_store_state_gives_byte_identical_json(demo_store: Store) -> None:
    reference = load_reference(demo_store)
    plan_id = find_plan_id(demo_store, "VNM-DA-NANG")
    assert plan_id is not None
    first = canonical_bytes(plan_to_document(get_plan(demo_store, plan_id), reference))
    second = canonical_bytes(plan_to_document(get_plan(demo_store, plan_id), load_reference(demo_store)))
    assert first == second
    assert "Đà Nẵng".encode() in first and b"\\u" not in first


def test_content_hash_ignores_revision_and_timestamps_only(demo_store: Store) -> None:
    reference = load_reference(demo_store)
    plan = get_plan(demo_store, find_plan_id(demo_store, "VNM-HA-NOI") or 0)
    base = content_hash(plan, reference)
    touched = replace(plan, revision=plan.revision + 3, updated_at=datetime(2030, 1, 1, tzinfo=UTC), updated_by="x")
    assert content_hash(touched, reference) == base
    assert content_hash(replace(plan, title=plan.title + "!"), reference) != base


@pytest.mark.parametrize("value, text", [
    (Decimal("100"), "100"), (Decimal("1E+2"), "100"), (Decimal("62.50"), "62.5"), (Decimal("-0.000"), "0"),
    (Decimal("0.001"), "0.001"), (Decimal("-3"), "-3"), (None, None),
])
def test_decimal_text_is_the_shortest_plain_decimal(value: Decimal | None, text: str | None) -> None:
    assert decimal_text(value) == text


def test_example_plan_json_is_valid_and_canonical() -> None:
    data = (Path(__file__).resolve().parents[1] / "docs/examples/example-plan.json").read_bytes()
    document = json.loads(data)
    assert plan_schema_errors(document) == []
    assert canonical_bytes(document) == data
    assert plan_from_document(document).projects[0].budget == Decimal("250000000000")


def test_a_foreign_document_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a version 1"):
        plan_from_document({"kind": "something-else"})
