"""The verifier under random damage: always an answer, never an exception, never the catch-all."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_verify import verify_bytes
from ascn_desktop.store.engine import Store


@pytest.fixture(scope="module")
def valid(module_store: Store) -> bytes:
    signer = bf.make_signer(seed=51)
    bf.trust(module_store, signer)
    reference = bf.load(module_store)
    return bf.city_bundle(bf.demo_plan(reference), reference, signer)


damage = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("cut"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(damage, min_size=1, max_size=4))
def test_random_damage_is_answered_in_words(module_store: Store, valid: bytes,
                                            changes: list[tuple[str, int, int]]) -> None:
    data = bytearray(valid)
    for kind, where, value in changes:
        where %= max(len(data), 1)
        if kind == "flip" and not data:
            continue
        if kind == "flip":
            data[where] ^= value
        elif kind == "cut":
            del data[where:]
        else:
            data[where:where] = bytes([value])
    started = time.perf_counter()
    result = verify_bytes(bytes(data), module_store, name="fuzzed.ascn")
    assert time.perf_counter() - started < 2
    assert result.status in ("valid", "untrusted", "invalid")
    assert result.code != "unreadable", result.reason  # the catch-all means an unforeseen exception: a bug
    assert result.reason and "\n" not in result.reason


def test_the_valid_bundle_is_valid(module_store: Store, valid: bytes, tmp_path: Path) -> None:
    assert verify_bytes(valid, module_store, name="ok.ascn").status == "valid"
