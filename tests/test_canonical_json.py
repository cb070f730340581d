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
    _loads_canonical_json,
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


def test_orjson_writes_every_code_point_as_json_does() -> None:
    """The fast reader trusts orjson's re-encoding only because it equals json.dumps's: every code point
    but the surrogates (which orjson never reads) as text, keys sorted alike across every UTF-8 length
    and around the surrogates, 64-bit integers."""
    import orjson

    def canonical(value: object) -> bytes:  # canonical_bytes without its float walk (none here)
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()

    texts = [chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF]
    assert orjson.dumps(texts) == canonical(texts)
    edges = [0, 0x1F, 0x20, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]
    keys = [text + tail for text in [*texts[::61], *map(chr, edges)] for tail in ("", "a", "\uffff", "\U00010000")]
    keyed = dict.fromkeys(reversed(keys), 0)
    assert orjson.dumps(keyed, option=orjson.OPT_SORT_KEYS) == canonical(keyed)
    numbers = [0, -1, 2**63 - 1, -(2**63), 2**64 - 1, 10**18, True, False, None]
    assert orjson.dumps(numbers) == canonical(numbers)


def _answer(reader: object, data: bytes) -> object:
    """The value read, or the sentence of the refusal."""
    try:
        return ("read", reader(data))  # type: ignore[operator]
    except NotCanonical as refusal:
        return ("refused", refusal.message)
    except (RecursionError, ValueError) as error:
        return ("raised", type(error).__name__)


@pytest.mark.parametrize("data", [
    b'{"a":1.5}', b'{"a":[1,2e5]}', b'[-1E-5]', b'[0.1]', b'{"a":[[1e4]]}', b'{"a":1.0}', b"1.5", b"1e5",
    b'{"a":18446744073709551616}', b'{"a":-9223372036854775809}', b'{"a":-0}', b'{"a":"\\ud800"}',
    b'{"a":"\\/"}', b'{"a":"\\u00e0"}', b'\xef\xbb\xbf{}', b'{"a":1,"a":1}', b'{"a":NaN}', b'{"a":Infinity}',
    b"[" * 300 + b"]" * 300, b"[" * 1100 + b"]" * 1100, b'{"t":"12:30.5","u":[1,2]}', b'{"x":"a\\",e"}',
    b'{"x":"\\\\"}', b"null", b"true", b'"text"', b"{}", b"[]", b"12", b'{"b":1,"a":2}', b'{"a": 1}',
    b'{"a":1}\n', b'\xff', b'{"a":"\xed\xa0\x80"}', b'{"\xc3\xa0":1,"b":2}', b'{"b":2,"\xc3\xa0":1}',
])
def test_the_fast_reader_answers_as_json_alone(data: bytes) -> None:
    assert _answer(loads_canonical_fast, data) == _answer(_loads_canonical_json, data)


@given(json_values, st.sampled_from(["canonical", "float", "exponent", "fraction in text", "repeated key"]))
@settings(max_examples=150, deadline=None)
def test_the_fast_reader_answers_as_json_alone_for_any_value(value: object, layout: str) -> None:
    data = {
        "canonical": lambda: canonical_bytes(value),
        "float": lambda: canonical_bytes([value, {"k": 0}]).replace(b'"k":0', b'"k":0.5', 1),
        "exponent": lambda: canonical_bytes([value, 7]).replace(b",7]", b",7e1]", 1),
        "fraction in text": lambda: canonical_bytes({"a": value, "t": '":1.5,2e5[.5'}),
        "repeated key": lambda: b'{"a":1,' + canonical_bytes({"a": value})[1:],
    }[layout]()
    assert _answer(loads_canonical_fast, data) == _answer(_loads_canonical_json, data)
