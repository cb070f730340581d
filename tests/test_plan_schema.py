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
