"""Canonical JSON: one byte sequence per value; floats, duplicates and non-canonical text refused."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ascn_desktop.core.canonical_json import (
    NotCanonical,
    canonical_bytes,
    loads_canonical,
    loads_canonical_fast,
    loads_strict,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**18), max_value=10**18) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def test_exact_bytes_of_a_small_value() -> None:
    value = {"b": [1, "Đà Nẵng", None, True], "a": "tab\there \"quoted\" \\ \u0001"}
    assert canonical_bytes(value) == (
        '{"a":"tab\\there \\"quoted\\" \\\\ \\u0001","b":[1,"Đà Nẵng",null,true]}'.encode()
    )


@given(json_values)
@settings(max_examples=60, deadline=None)
def test_round_trip_is_byte_identical(value: object) -> None:
    data = canonical_bytes(value)
    assert loads_canonical(data) == value
    assert canonical_bytes(json.loads(data)) == data


@pytest.mark.parametrize("bad", [1.5, {"x": [0.0]}, Decimal("1.5"), {1: "x"}])
def test_floats_decimals_and_non_string_keys_are_refused(bad: object) -> None:
    with pytest.raises(TypeError):
        canonical_bytes(bad)


@pytest.mark.parametrize("data, words", [
    (b'{"a":1.5}', "decimal strings"),
    (b'{"a":1,"a":2}', "twice"),
    (b'{"a":NaN}', "not allowed"),
    (b'\xff', "UTF-8"),
    (b'{"a":', "cannot be read"),
])
def test_strict_reader_refuses_with_a_sentence(data: bytes, words: str) -> None:
    with pytest.raises(NotCanonical, match=words):
        loads_strict(data)


@pytest.mark.parametrize("data", [b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":"\\u00e0"}', b'{"a":1}\n'])
def test_non_canonical_layouts_are_refused(data: bytes) -> None:
    with pytest.raises(NotCanonical):
        loads_canonical(data)


def _outcome(reader: object, data: bytes) -> object:
    try:
        return ("read", reader(data))  # type: ignore[operator]
    except NotCanonical:
        return "refused"


@given(json_values, st.sampled_from(["canonical", "spaced", "ascii", "bom", "float", "repeated key"]))
@settings(max_examples=120, deadline=None)
def test_the_fast_reader_gives_the_same_answer(value: object, layout: str) -> None:
    data = {
        "canonical": lambda: canonical_bytes(value),
        "spaced": lambda: json.dumps(value, ensure_ascii=False).encode(),
        "ascii": lambda: json.dumps(value, sort_keys=True, separators=(",", ":")).encode(),
        "bom": lambda: b"\xef\xbb\xbf" + canonical_bytes(value),
        "float": lambda: canonical_bytes([value]).replace(b"[", b"[1.5,", 1),
        "repeated key": lambda: b'{"a":1,' + canonical_bytes({"a": value})[1:],
    }[layout]()
    assert _outcome(loads_canonical_fast, data) == _outcome(loads_canonical, data)
