"""The data part of a bundle: plan.json against the JSON Schema and the receiver's reference data,
the review note or endorsement parsed (docs/bundle-format.md §5 step 9).

Kept apart from `manifest_checks` (the manifest, signature and members) and `trust_checks`;
`bundle_verify` fixes their order. Every refusal is a `BundleError(code, sentence)`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ascn_desktop.core import limits
from ascn_desktop.core.bundles import bundle_format
from ascn_desktop.core.bundles.manifest_checks import parse_json_member
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.reference import ReferenceData


@lru_cache(maxsize=1)
def _plan_validator() -> Any:
    # Built once: compiling the schema costs more than validating a 50-project plan.
    # No format checker, exactly like the writer (bundle_format.plan_schema_errors).
    from jsonschema import Draft202012Validator

    return Draft202012Validator(bundle_format.plan_schema(), format_checker=None)


@lru_cache(maxsize=1)
def _fast_plan_validator() -> Any:
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(_fast_schema(bundle_format.plan_schema()))


def _fast_schema(schema: Any) -> Any:
    """The plan schema as the Rust validator gets it: the same, but for the evidence link's pattern.

    Its `[^\\s]{1,1992}` made the Rust regex engine build an automaton of two thousand Unicode
    classes: 30-70 ms, once per process. The fast validator is
    given `^https?://[^<spaces>]+$` with a maxLength instead, which accepts only links the schema's
    own pattern accepts (the answer "valid" is all it gives; anything else is decided by `jsonschema`
    on the schema itself): the run is at most 1,999 characters (the pattern allows 1,992 after
    "http://" or "https://"), and <spaces> are the characters Python's `re` counts as `\\s`
    (`jsonschema` checks patterns with `re`), which are more than the Rust engine's `\\s`
    (U+001C to U+001F): a link holding one of those now goes to `jsonschema`, which refuses it.
    The Rust engine's `$` matches only at the very end (Python's also before a final newline,
    which `[^\\s]` refuses anyway). tests/test_plan_schema.py compares both answers."""
    from ascn_desktop.core.bundles.plan_schema import LINK, LINK_RUN

    # Every character Python's `re` matches with `\s` in a text pattern (str.isspace(): none lies above
    # U+3000, which tests/test_plan_schema.py checks over every code point).
    spaces = "".join(filter(str.isspace, map(chr, range(0x3001))))
    fast = {"pattern": "^https?://[^" + spaces + "]+$", "maxLength": len("http://") + LINK_RUN}

    def rewritten(node: Any) -> Any:
        if isinstance(node, list):
            return [rewritten(item) for item in node]
        if not isinstance(node, dict):
            return node
        copied = {key: rewritten(value) for key, value in node.items()}
        if copied.get("pattern") == LINK["pattern"]:
            copied["pattern"] = fast["pattern"]
            copied["maxLength"] = min(copied.get("maxLength", fast["maxLength"]), fast["maxLength"])
        return copied
    return rewritten(schema)


def _fast_says_valid(document: Any) -> bool:
    try:
        return bool(_fast_plan_validator().is_valid(document))
    except Exception:  # e.g. a number beyond 64 bits: let the reference validator decide
        return False


def check_plan_document(document: Any) -> None:
    """plan.json against the JSON Schema. The Rust validator answers "valid" fast; anything it
    does not pass is checked again by `jsonschema`, whose finding is the one reported."""
    if _fast_says_valid(document):
        return
    error = next(iter(_plan_validator().iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        message = error.message if len(error.message) < 160 else error.message[:157] + "…"
        raise BundleError("plan-schema", _("The plan data in this bundle does not follow the format "
                          "(at {where}: {message}).").format(where=where, message=message))


MAX_TEXT = 100_000  # characters in one text field; the longest real description is far shorter
_VOCABULARY_FIELDS = (  # (where, key, vocabulary kind) checked against the receiver's reference data
    ("plan", "focus_areas", "focus_areas"), ("plan", "outcomes", "outcomes"),
    ("project", "focus_area", "focus_areas"), ("project", "outcomes", "outcomes"),
    ("project", "status", "project_statuses"),
)


def _longest_text(value: Any) -> int:
    stack, longest = [value], 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            longest = max(longest, len(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list):
            stack.extend(item)
    return longest


def _content_error(message: str) -> BundleError:
    return BundleError("plan-content", _("The plan data in this bundle {message}; it was refused.").format(
        message=message))


def _may_hold_long_text(raw: bytes) -> bool:
    """False when no JSON string in `raw` can exceed MAX_TEXT characters (cheap, in C).

    A string's character count is at most its byte count, and with its escaped
    quotes and backslashes masked it is a run of bytes without a quote. Such a run
    of more than MAX_TEXT bytes holds a whole window of _WINDOW bytes (the windows
    laid end to end from the start, or from any quote); so `raw` is looked at a window
    at a time, each `find` stopping at the window's first quote, and only a run that
    holds a whole window is measured. Linear: the regular expression `[^"]{100001,}`
    this replaces tried every byte of every run followed by 100,000 more bytes again
    (fifty 20,000-character descriptions, which the limits allow: 6.6 s for one plan).
    """
    masked = raw.replace(b"\\\\", b"__").replace(b'\\"', b"__") if b"\\" in raw else raw
    start, size = 0, len(masked)
    while start < size:
        if masked.find(b'"', start, start + _WINDOW) < 0:  # inside a run without a quote: how long is it?
            before, after = masked.rfind(b'"', 0, start), masked.find(b'"', start + _WINDOW)
            end = size if after < 0 else after
            if end - before - 1 > MAX_TEXT:
                return True
            start = end + 1  # the windows go on from the quote that ends the run
        else:
            start += _WINDOW
    return False


# A run of MAX_TEXT + 1 bytes holds one of the windows laid end to end when MAX_TEXT + 1 >= 2 * _WINDOW - 1.
_WINDOW = (MAX_TEXT + 2) // 2


def check_plan_semantics(document: dict[str, Any], reference: ReferenceData, *, raw: bytes | None = None) -> None:
    """What the schema cannot say: codes this app knows, no negative money, no absurd text."""
    longest = _longest_text(document) if raw is None or _may_hold_long_text(raw) else 0
    if longest > MAX_TEXT:
        raise _content_error(f"holds a text of {longest:,} characters, far longer than any plan field")
    beyond = None if limits.document_within_limits(document) else next(limits.plan_problems(document), None)
    if beyond is not None:  # the editor's, the Excel import's and the export's limits too (core/limits.py)
        raise _content_error(f"gives the {beyond.field.replace('_', ' ')} of {beyond.where} more characters "
                             f"than this app accepts: it should be {beyond.expected}")
    known: dict[str, set[str]] = {}
    for kind, codes in reference.vocab.items():  # a cycle's own lists ("focus_areas:2026-2035") count as their kind
        known.setdefault(kind.split(":")[0], set()).update(codes)

    def check_codes(value: Any, kind: str) -> None:
        for code in value if isinstance(value, list) else [value]:
            if code is not None and code not in known.get(kind, set()):
                raise _content_error(f"uses the code “{str(code)[:32]}”, which is not a known "
                                     f"{kind.replace('_', ' ').rstrip('s')}")

    for where, key, kind in _VOCABULARY_FIELDS:
        if where == "plan":
            check_codes(document[key], kind)
    for project in document["projects"]:
        for where, key, kind in _VOCABULARY_FIELDS:
            if where == "project":
                check_codes(project[key], kind)
        if project["partner"] is not None and project["partner"] not in reference.partners:
            raise _content_error(f"names the partner “{project['partner'][:32]}”, which is not a known partner")
        if project["currency"] and project["currency"] not in reference.currency_decimals:
            raise _content_error(f"uses the currency “{project['currency']}”, which is not known")
        amounts = [project["budget"], project["budget_usd"], *(f["amount"] for f in project["funding"])]
        if any(isinstance(amount, str) and amount.startswith("-") for amount in amounts):
            raise _content_error(f"gives project {str(project['code'])[:40]} a negative amount")
        for funding in project["funding"]:
            check_codes(funding["type"], "funding_types")
        for milestone in project["milestones"]:
            check_codes(milestone["status"], "milestone_statuses")


def check_content(manifest: dict[str, Any], members: dict[str, bytes], *,
                  reference: Callable[[], ReferenceData]) -> dict[str, Any] | None:
    """Parse and check the data part; return the parsed document (plan, endorsement or review)."""
    kind = manifest["kind"]
    if kind == "city-plan":
        # No depth walk: the schema fixes every level of plan.json and stops at the first wrong one.
        document = parse_json_member(members["plan.json"], what="plan data", code="plan-invalid",
                                     canonical=True, check_depth=False)
        check_plan_document(document)
        check_plan_semantics(document, reference(), raw=members["plan.json"])
        for key, field in (("uuid", "plan_uuid"), ("city", "city"), ("cycle", "cycle"),
                           ("revision", "revision"), ("country", "country")):
            if document.get(key) != manifest.get(field):
                raise BundleError("manifest-plan-mismatch", _("The plan data and the manifest of this bundle "
                                  "disagree about the plan's {key}; the bundle was crafted.").format(key=key))
        return document
    if kind == "review-note":
        from ascn_desktop.core.bundles.review_note import check_review_document

        document = parse_json_member(members["review.json"], what="review note", code="review-invalid",
                                     canonical=True)
        check_review_document(document, manifest)
        return document
    document = parse_json_member(members["endorsement.json"], what="endorsement", code="endorsement-invalid",
                                 canonical=True)
    if not isinstance(document, dict):
        raise BundleError("endorsement-invalid", _("The endorsement of this national bundle is malformed."))
    return document
