"""resources/schema/plan.schema.json is what the field declarations give (generated, checked in)."""

from __future__ import annotations

from pathlib import Path

from ascn_desktop.core import fields as declared
from ascn_desktop.core.bundles.plan_schema import plan_schema_document, schema_text

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "resources" / "schema" / "plan.schema.json"


def test_the_checked_in_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run 'make schema' and commit the file"


def test_every_declared_field_of_plan_json_is_in_the_schema() -> None:
    schema = plan_schema_document()
    objects = {"plan": schema, "project": schema["$defs"]["project"], "funding": schema["$defs"]["funding"],
               "milestone": schema["$defs"]["milestone"], "indicator": schema["$defs"]["indicator"],
               "indicator_value": schema["$defs"]["indicator_value"],
               "progress_note": schema["$defs"]["progress_note"]}
    for entity in declared.ENTITIES:
        properties = objects[entity.name]["properties"]
        required = set(objects[entity.name]["required"])
        for field in entity.document_fields:
            assert field.name in properties, (entity.name, field.name)
            assert (field.name in required) != field.optional, (entity.name, field.name)


# The import's fast schema check (Rust, core/bundles/content_checks.py) is given the evidence link as
# `[^<Python's spaces>]+` with a maxLength: what it calls valid, the schema itself must call valid.
_LINKS = ["https://a.org/x", "http://a.org/x", "https://" + "a" * 1991, "https://" + "a" * 1992,
          "http://" + "a" * 1992, "http://" + "a" * 1993, "https://" + "a" * 1993, "https://", "https://a\n",
          "https://a.org/\u00e9\u1780\U0001f600", "HTTPS://a.org", " https://a.org"]
_LINKS += [f"https://a.org/{space}b" for space in map(chr, range(0x3001)) if space.isspace() or space in "\x00\x7f\u200b"]


def test_the_fast_schema_check_calls_valid_only_what_the_schema_does(reference) -> None:  # type: ignore[no-untyped-def]
    import bundle_factory as bf
    from ascn_desktop.core.bundles import content_checks
    from ascn_desktop.core.bundles.plan_document import plan_to_document
    from ascn_desktop.core.bundles.zip_safety import BundleError

    document = plan_to_document(bf.demo_plan(reference), reference)
    value = next(v for p in document["projects"] for i in p["indicators"] for v in i["values"])
    for link in _LINKS:
        value["evidence"] = link
        schema_valid = content_checks._plan_validator().is_valid(document)  # jsonschema, on the schema file
        assert content_checks._fast_says_valid(document) <= schema_valid, repr(link)
        try:
            content_checks.check_plan_document(document)
            checked_valid = True
        except BundleError:
            checked_valid = False
        assert checked_valid == schema_valid, repr(link)
    # Both lengths the schema's pattern allows in full take the fast path.
    for link in ("https://" + "a" * 1991, "http://" + "a" * 1992):
        value["evidence"] = link
        assert content_checks._fast_says_valid(document)


def test_no_character_beyond_u3000_is_a_space_to_python() -> None:
    # content_checks._PYTHON_SPACES looks only up to U+3000.
    assert not [code for code in range(0x3001, 0x110000) if chr(code).isspace()]
