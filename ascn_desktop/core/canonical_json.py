"""Canonical JSON: one byte sequence for one value, so hashes and signatures are stable.

The rules (docs/bundle-format.md, "Canonical JSON") in short: UTF-8, object
keys sorted by code point, no insignificant whitespace, no floats (exact
numbers travel as decimal strings), only the escapes JSON requires, no
trailing newline. Python's ``json`` with the options below produces exactly
this; the reader refuses anything that would not re-encode to the same bytes.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.i18n import _


class NotCanonical(ValidationError):
    """JSON that is valid but not in canonical form (or holds a float or a duplicate key)."""


def _reject_floats(value: Any) -> None:
    # json.dumps happily writes floats; a float in a plan is always a bug (money!).
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            raise TypeError(_("floats are not allowed in canonical JSON; use decimal strings"))
        if isinstance(item, Decimal):
            raise TypeError(_("Decimals must be converted to strings before canonical encoding"))
        if isinstance(item, dict):
            for key in item:
                if not isinstance(key, str):
                    raise TypeError(_("object keys must be strings in canonical JSON"))
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def canonical_bytes(value: Any) -> bytes:
    """Encode `value` (dict/list/str/int/bool/None only) as canonical JSON bytes."""
    _reject_floats(value)
    return float_free_bytes(value)


def float_free_bytes(value: Any) -> bytes:
    """`canonical_bytes` of a value known to hold no float, without the walk looking for one.

    For values parsed from canonical JSON or built from the typed model (strings, ints, bools, None,
    and lists and objects of them with string keys; amounts and decimals are strings): the walk cannot
    find a float in them, and costs about a tenth of a second a thousand projects. ``json.dumps``
    itself still refuses a Decimal or any other object.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # Lone surrogates cannot be UTF-8; "strict" makes that an error instead of mojibake.
    return text.encode("utf-8", errors="strict")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in pairs:
        if key in result:
            raise NotCanonical(_("The JSON has the key '{key}' twice in one object.").format(key=key))
        result[key] = item
    return result


def _no_float(text: str) -> Any:
    # Cut: a hostile number may run to megabytes, and this sentence reaches the user.
    raise NotCanonical(_("The JSON holds the fractional number {text}; exact numbers must be decimal strings.").format(
        text=text[:20]))


def _no_constant(text: str) -> Any:
    raise NotCanonical(_("The JSON holds {text}, which is not allowed.").format(text=text))


def _utf8_text(data: bytes) -> str:
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise NotCanonical(_("The JSON is not valid UTF-8 text.")) from None


def _parse(text: str, **hooks: Any) -> Any:
    """json.loads refusing floats and NaN/Infinity, with errors as one sentence."""
    try:
        return json.loads(text, parse_float=_no_float, parse_constant=_no_constant, **hooks)
    except json.JSONDecodeError as exc:
        raise NotCanonical(_("The JSON cannot be read ({msg} at line {lineno}, column {colno}).").format(
            msg=exc.msg, lineno=exc.lineno, colno=exc.colno)) from None


def loads_strict(data: bytes) -> Any:
    """Parse JSON bytes refusing floats, NaN/Infinity, duplicate keys and non-UTF-8 text."""
    text = _utf8_text(data)
    if text.startswith("\ufeff"):
        raise NotCanonical(_("The JSON starts with a byte-order mark, which is not allowed."))
    return _parse(text, object_pairs_hook=_no_duplicates)


def loads_canonical(data: bytes) -> Any:
    """Parse canonical JSON bytes; refuse them unless re-encoding gives exactly the same bytes."""
    value = loads_strict(data)
    if canonical_bytes(value) != data:
        raise NotCanonical(_("The JSON is not in canonical form (key order, spacing or escapes differ)."))
    return value


# After deleting digits and minus signs, and writing "e", "E" as "." and "[" as ",": what a number
# with a fraction or an exponent leaves where a value starts (after a key's `":`, or a `,` or `[`).
_NUMBER_PARTS = bytes.maketrans(b"eE[", b"..,")
_FRACTION_MARKS = (b'":.', b",.")


def _holds_no_fraction(data: bytes) -> bool:
    """True when compact JSON `data` (an object or array, as orjson writes it) has no number with a
    fraction or exponent. Every number of compact JSON inside an object or array follows `:` (after
    its key's closing quote), `,` or `[` directly, so such a number leaves one of `_FRACTION_MARKS`
    once its digits and signs are deleted. Text may leave one too: then the json path decides."""
    if data[:1] not in (b"{", b"["):
        return False
    marked = data.translate(_NUMBER_PARTS, b"0123456789-")
    return not any(mark in marked for mark in _FRACTION_MARKS)


def _orjson_canonical(data: bytes) -> Any | None:
    """The value of `data` when orjson proves it canonical, else None (the json path then decides, and
    gives the same answer and sentence as before).

    orjson reads `data`; if writing the value back with sorted keys gives `data` itself and no number
    in it has a fraction, `loads_canonical` accepts `data` with the same value: orjson writes exactly
    what json.dumps with the canonical options writes for strings (every code point, as text and as
    keys, in the same order), for 64-bit integers, true, false and null (tests/test_canonical_json.py
    checks every code point). Anything else orjson refuses or writes differently: a repeated key
    (one is dropped), a float, NaN, a lone surrogate, a byte-order mark, an integer beyond 64 bits
    (read as a float), nesting deeper than orjson goes."""
    import orjson  # here, not at the top: only reading bundles needs it, and start-up imports this module

    try:
        value = orjson.loads(data)
        if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) != data:
            return None
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    return value if _holds_no_fraction(data) else None


def loads_canonical_fast(data: bytes) -> Any:
    """Same answer as `loads_canonical`, in a fifth of the time for big plan.json files.

    A canonical document is read by orjson (`_orjson_canonical`); anything orjson does not prove
    canonical takes the json path below. There, duplicate keys need no hook: json keeps the last
    one, so the re-encoded bytes differ from `data` and the document is refused as not canonical.
    Floats and NaN are refused while parsing; keys are always strings after parsing.
    """
    value = _orjson_canonical(data)
    return value if value is not None else _loads_canonical_json(data)


def _loads_canonical_json(data: bytes) -> Any:
    """`loads_canonical_fast` with json alone: the answer, and the sentence of any refusal."""
    text = _utf8_text(data)
    value = _parse(text)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    if encoded == text:  # `text` is strict UTF-8 decoded from `data`, so its encoding is `data`, without re-encoding
        return value
    if encoded.encode("utf-8", errors="strict") != data:
        raise NotCanonical(_("The JSON is not in canonical form (key order, spacing, escapes or a repeated key)."))
    return value
