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


def loads_canonical_fast(data: bytes) -> Any:
    """Same answer as `loads_canonical`, in half the time for big plan.json files.

    Duplicate keys need no hook here: json keeps the last one, so the re-encoded
    bytes differ from `data` and the document is refused as not canonical. Floats
    and NaN are refused while parsing; keys are always strings after parsing.
    """
    text = _utf8_text(data)
    value = _parse(text)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    if encoded == text:  # `text` is strict UTF-8 decoded from `data`, so its encoding is `data`, without re-encoding
        return value
    if encoded.encode("utf-8", errors="strict") != data:
        raise NotCanonical(_("The JSON is not in canonical form (key order, spacing, escapes or a repeated key)."))
    return value
