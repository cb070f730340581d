"""Fuzz targets and mutators for the bundle verifier and the Excel importer.

A mutation fuzzer (random, seeded, reproducible) rather than atheris: it needs
no native build, runs anywhere the tests run, and knows the formats well
enough to get past the first checks. Mutators work at three depths:

- raw bytes: flip, set, insert, delete, duplicate or splice ranges;
- zip members: change one member's bytes and re-zip it properly (so the
  zip checks pass and the deeper ones are reached);
- JSON: change one value of the manifest or plan.json and re-sign the manifest
  with the corpus key (so the signature passes and the data checks are reached).

The rule checked: the verifier returns a result (never raises) and never falls
back to its "unreadable" last resort (which catches exceptions nobody
foresaw); the Excel importer raises nothing but `AscnError`. Both finish
within the hang limit.
"""

from __future__ import annotations

import copy
import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ascn_desktop.core.bundles.bundle_verify import verify_bytes
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook.reader import read_plan_workbook
from ascn_desktop.store.engine import Store
from bundle_factory import Signer
from hostile.zipcraft import Entry, craft_zip, entries_of

HANG_SECONDS = 5.0
INTERESTING_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, 10**30, -(10**30), "", " ", "0", "-1.00", "1e400", "NaN",
    "\u0000", "\ud7ff", "Đà Nẵng", "=1+1", "../../x", "A" * 10_000, [], {}, [[[[[]]]]], {"": {"": {}}},
    "2026-02-30T25:61:61Z", "0" * 64, "ZZ", 1.5,
]


class Finding(Exception):
    """A fuzz input that broke the rule (not an AscnError, a last-resort error, or a hang)."""


@dataclass
class FuzzInput:
    data: bytes
    recipe: list[str]


# --- raw byte mutators ---------------------------------------------------------------


def _raw(rng: random.Random, data: bytes, seeds: list[bytes]) -> tuple[bytes, str]:
    if not data:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))), "random bytes"
    kind = rng.choice(["flip", "set", "insert", "delete", "duplicate", "splice", "truncate", "magic"])
    at = rng.randrange(len(data))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:], f"flip bit at {at}"
    if kind == "set":
        value = rng.choice([0, 0xFF, 0x7F, 0x80, rng.randrange(256)])
        return data[:at] + bytes([value]) + data[at + 1:], f"set byte {at} to {value}"
    if kind == "insert":
        chunk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 32)))
        return data[:at] + chunk + data[at:], f"insert {len(chunk)} bytes at {at}"
    if kind == "delete":
        end = min(len(data), at + rng.randrange(1, 64))
        return data[:at] + data[end:], f"delete {at}:{end}"
    if kind == "duplicate":
        end = min(len(data), at + rng.randrange(1, 256))
        return data[:end] + data[at:end] + data[end:], f"duplicate {at}:{end}"
    if kind == "splice":
        other = rng.choice(seeds)
        cut = rng.randrange(len(other) + 1)
        return data[:at] + other[cut:], f"splice at {at} with another seed from {cut}"
    if kind == "truncate":
        return data[:at], f"truncate to {at}"
    magic = rng.choice([b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"PK\x07\x08", b"\xff\xff\xff\xff"])
    return data[:at] + magic + data[at + len(magic):], f"write {magic!r} at {at}"


# --- structure-aware mutators ------------------------------------------------------------


def _mutate_json(rng: random.Random, value: Any, path: str = "") -> tuple[Any, str]:
    """Replace, delete or add one value somewhere in a JSON document."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(sorted(value))
        roll = rng.random()
        if roll < 0.15:
            changed = dict(value)
            del changed[key]
            return changed, f"delete {path}/{key}"
        if roll < 0.25:
            changed = dict(value)
            changed[f"x{rng.randrange(100)}"] = rng.choice(INTERESTING_VALUES)
            return changed, f"add a key to {path}"
        inner, recipe = _mutate_json(rng, value[key], f"{path}/{key}")
        changed = dict(value)
        changed[key] = inner
        return changed, recipe
    if isinstance(value, list) and value and rng.random() < 0.8:
        index = rng.randrange(len(value))
        roll = rng.random()
        if roll < 0.15:
            return value[:index] + value[index + 1:], f"delete {path}[{index}]"
        if roll < 0.25:
            return value + [copy.deepcopy(value[index])], f"duplicate {path}[{index}]"
        inner, recipe = _mutate_json(rng, value[index], f"{path}[{index}]")
        return value[:index] + [inner] + value[index + 1:], recipe
    new = rng.choice(INTERESTING_VALUES)
    return copy.deepcopy(new), f"set {path or '/'} to {str(new)[:30]!r}"


def _encode(value: Any) -> bytes:
    try:
        return canonical_bytes(value)
    except (TypeError, ValueError):  # a float or a lone surrogate: write it anyway, as an attacker would
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _member(rng: random.Random, data: bytes, signer: Signer | None) -> tuple[bytes, str]:
    try:
        entries = entries_of(data)
    except Exception:  # the fuzzer's own reading of a broken zip: anything goes
        return data, "not a zip any more"
    if not entries:
        return data, "empty zip"
    index = rng.randrange(len(entries))
    entry = entries[index]
    name = entry.name if isinstance(entry.name, str) else entry.name.decode("utf-8", "replace")
    recipe = f"member {name}: "
    content = entry.data
    if name.endswith(".json") and rng.random() < 0.7:
        try:
            document = json.loads(content)
        except Exception:  # not JSON any more (or nested too deep to parse): mutate its bytes instead
            document = None
        if document is not None:
            mutated, what = _mutate_json(rng, document)
            content = _encode(mutated)
            recipe += what
            entries[index] = replace(entry, data=content, compressed=None)
            if signer is not None and name == "manifest.json":
                entries = [replace(e, data=signer.key.sign(content), compressed=None) if e.name == "manifest.sig"
                           else e for e in entries]
                recipe += " (re-signed)"
            elif signer is not None and name == "plan.json":
                entries = _resign_member(entries, name, content, signer)
                recipe += " (manifest updated and re-signed)"
            return craft_zip(entries), recipe
    if name.endswith((".xml", ".rels")) and rng.random() < 0.6:
        mutated, what = _mutate_xml(rng, content)
    else:
        mutated, what = _raw(rng, content, [content])
    entries[index] = replace(entry, data=mutated, compressed=None)
    return craft_zip(entries), recipe + what


_XML_VALUES = [b"", b"-1", b"0", b"1048577", b"XFD1048577", b"A0", b"ZZZZ9", b"1e308", b"NaN", b"s", b"n", b"b",
               b"e", b"str", b"inlineStr", b"d", b"99999999999999999999", b"&amp;", b"\xc3\x28", b"=cmd|' /C calc'!A0"]


def _mutate_xml(rng: random.Random, content: bytes) -> tuple[bytes, str]:
    """Change one attribute value or one text node of an XML part (cell types, references, values)."""
    import re

    if rng.random() < 0.1:
        return (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + content.split(b"?>", 1)[-1],
                "xml: document type declaration added")
    matches = list(re.finditer(rb'="([^"]*)"|>([^<]{1,200})<', content))
    if not matches:
        return content, "xml: nothing to change"
    match = rng.choice(matches)
    group = 1 if match.group(1) is not None else 2
    value = rng.choice(_XML_VALUES)
    start, end = match.span(group)
    return content[:start] + value + content[end:], f"xml: {match.group(group)[:20]!r} -> {value!r} at {start}"


def _resign_member(entries: list[Entry], name: str, content: bytes, signer: Signer) -> list[Entry]:
    import hashlib

    manifest_entry = next((e for e in entries if e.name == "manifest.json"), None)
    if manifest_entry is None:
        return entries
    try:
        manifest = json.loads(manifest_entry.data)
        for item in manifest["members"]:
            if item["name"] == name:
                item["size"] = len(content)
                item["sha256"] = hashlib.sha256(content).hexdigest()
        data = canonical_bytes(manifest)
    except Exception:  # the manifest is already broken: leave it
        return entries
    signature = signer.key.sign(data)
    return [replace(e, data=data, compressed=None) if e.name == "manifest.json" else
            replace(e, data=signature, compressed=None) if e.name == "manifest.sig" else e for e in entries]


def mutate(rng: random.Random, seed: bytes, seeds: list[bytes], signer: Signer | None) -> FuzzInput:
    """One to three stacked mutations of `seed`."""
    data, recipe = seed, []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if rng.random() < 0.55:
            data, what = _member(rng, data, signer)
        else:
            data, what = _raw(rng, data, seeds)
        recipe.append(what)
    return FuzzInput(data, recipe)


# --- targets ---------------------------------------------------------------------------


def check_verifier(data: bytes, store: Store) -> str:
    """Verify `data`; raise Finding unless the verifier answered with a deliberate result. Returns its code."""
    try:
        result = verify_bytes(data, store, name="fuzz.ascn")
    except Exception as error:  # the verifier promises to raise nothing at all
        raise Finding(f"verify_bytes raised {type(error).__name__}: {error}") from error
    if result.code == "unreadable" or not result.reason:
        raise Finding(f"the verifier fell back to its last resort: {result.reason}")
    return result.code


def check_workbook(data: bytes, folder: Path, reference: ReferenceData, base_plan: Plan) -> str:
    """Read `data` as a plan workbook; raise Finding on anything but success or an AscnError."""
    path = folder / "fuzz.xlsx"
    path.write_bytes(data)
    try:
        result = read_plan_workbook(path, reference=reference, base_plan=base_plan)
    except AscnError as error:
        return f"refused: {type(error).__name__}"
    except Exception as error:
        raise Finding(f"read_plan_workbook raised {type(error).__name__}: {error}") from error
    return "read with errors" if result.errors else "read"


def workbook_seeds(plan: Plan, reference: ReferenceData) -> list[bytes]:
    from ascn_desktop.core.workbook.writer import plan_workbook_bytes

    return [plan_workbook_bytes(plan, reference)]


def zip_member_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


Target = Callable[[bytes], str]
