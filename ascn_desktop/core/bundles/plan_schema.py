"""The JSON Schema of plan.json, generated from the field declarations (core/fields.py).

`plan_schema_document()` is the schema; `schema_text()` is it as checked in at
resources/schema/plan.schema.json (`make schema` writes it; tests/test_plan_schema.py
fails when the file is not what the declarations give). Readers of the bundle
format use the file, never this module: the file is the public contract.
"""

from __future__ import annotations

import json
from typing import Any

from ascn_desktop.core import fields as declared
from ascn_desktop.core import limits
from ascn_desktop.core.bundles.plan_document import DOCUMENT_KIND, DOCUMENT_VERSION

UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
CODE = {"type": "string", "pattern": "^[A-Za-z0-9_\\-]{1,32}$"}
YEAR = {"type": "integer", "minimum": 1900, "maximum": 2200}
AMOUNT = {"type": "string", "pattern": "^(0|[1-9][0-9]{0,14})\\.[0-9]{2}$",
          "description": "exact amount from 0.00 to 999999999999999.99, exactly two decimals, no sign, "
                         "e.g. \"1500000.50\""}
DECIMAL = {"type": "string", "pattern": "^(0|-?[1-9][0-9]*(\\.[0-9]*[1-9])?|-?0\\.[0-9]*[1-9])$",
           "description": "shortest plain decimal, e.g. \"12.5\", \"100\", \"0\" (never \"-0\")"}
TIMESTAMP = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z$"}
# A web address without spaces, of at most limits.LINK characters (in the pattern: every reader checks patterns).
LINK_RUN = limits.LINK - 8  # characters after "https://" (so at most limits.LINK in all)
LINK = {"type": "string", "pattern": f"^https?://[^\\s]{{1,{LINK_RUN}}}$",
        "description": f"a web address (http or https) of at most {limits.LINK:,} characters"}

_BY_KIND: dict[str, dict[str, Any]] = {
    "id": UUID, "ref": UUID, "text": {"type": "string"}, "link": LINK, "code": CODE, "money": AMOUNT,
    "decimal": DECIMAL, "timestamp": TIMESTAMP, "bool": {"type": "boolean"},
    "count": {"type": "integer", "minimum": 0},
    "currency": {"type": "string", "pattern": "^([A-Z]{3})?$",
                 "description": "ISO 4217; empty means the city's currency"},
    "codes": {"type": "array", "items": CODE},
}
# The objects of plan.json ($defs), each an entity of core/fields.py; "values" and the child lists refer to them.
_DEFINITIONS = (("funding", declared.FUNDING), ("milestone", declared.MILESTONE),
                ("indicator_value", declared.INDICATOR_VALUE), ("indicator", declared.INDICATOR),
                ("progress_note", declared.PROGRESS_NOTE), ("project", declared.PROJECT))
_LISTS = {"project": {name: entity.name for name, entity in declared.PROJECT_CHILDREN.items()},
          "indicator": {"values": "indicator_value"}, "plan": {"projects": "project"}}
# What plan.json says beside the plan's own fields, for readers without the reference data.
_PLAN_CONTEXT: dict[str, dict[str, Any]] = {
    "city_name": {"type": "string"}, "city_name_en": {"type": "string"},
    "country": {"type": "string", "pattern": "^[A-Z]{3}$"}, "country_name": {"type": "string"},
    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "cycle_start_year": {**YEAR, "type": ["integer", "null"]}, "cycle_end_year": {**YEAR, "type": ["integer", "null"]},
}
LABEL_KINDS = ("focus_areas", "outcomes", "project_statuses", "milestone_statuses", "funding_types", "sdgs",
               "partners")


def field_schema(field: declared.Field) -> dict[str, Any]:
    """The schema of one field's value."""
    if field.json_schema is not None:
        schema = dict(field.json_schema)
    elif field.choices:
        schema = {"enum": list(field.choices)}
    elif field.kind in declared.RANGES and field.kind != "goals":
        low, high = declared.RANGES[field.kind]
        schema = {"type": "integer", "minimum": low, "maximum": high}
    elif field.kind == "goals":
        low, high = declared.RANGES["goals"]
        schema = {"type": "array", "items": {"type": "integer", "minimum": low, "maximum": high}}
    else:
        schema = dict(_BY_KIND[field.kind])
    if field.nullable:
        schema["type"] = [schema["type"], "null"]
    return schema


def _object(entity: declared.Entity, before: dict[str, Any] | None = None) -> dict[str, Any]:
    properties = dict(before or {})
    properties.update((f.name, field_schema(f)) for f in entity.document_fields)
    for name, definition in _LISTS.get(entity.name, {}).items():
        properties[name] = {"type": "array", "items": {"$ref": f"#/$defs/{definition}"}}
    return {"type": "object", "additionalProperties": False,
            "required": sorted(name for name in properties if name not in _optional(entity)), "properties": properties}


def _optional(entity: declared.Entity) -> set[str]:
    """Fields added after version 1 may be absent (bundles made before them); all others are always there."""
    return {f.name for f in entity.document_fields if f.optional}


def plan_schema_document() -> dict[str, Any]:
    header = {"kind": {"const": DOCUMENT_KIND}, "document_version": {"const": DOCUMENT_VERSION}}
    plan = _object(declared.PLAN, header)
    plan["properties"].update(_PLAN_CONTEXT)
    plan["properties"]["labels"] = {"type": "object", "additionalProperties": False,
                                    "properties": {kind: {"$ref": "#/$defs/label_map"} for kind in LABEL_KINDS}}
    plan["properties"]["projects"] = plan["properties"].pop("projects")  # last, as in the documentation
    plan["required"] = sorted(name for name in plan["properties"] if name not in _optional(declared.PLAN))
    definitions: dict[str, Any] = {"uuid": UUID, "code": CODE, "year": YEAR, "amount": AMOUNT, "decimal": DECIMAL,
                                   "timestamp": TIMESTAMP}
    definitions.update((name, _object(entity)) for name, entity in _DEFINITIONS)
    definitions["label_map"] = {"type": "object", "additionalProperties": {"type": "string"},
                                "propertyNames": {"type": "string", "pattern": "^[A-Za-z0-9_\\-]{1,32}$"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:ascn:schema:plan.json:1",
        "title": "ASCN city action plan (plan.json), document version 1",
        "description": "The data part of an ASCN city-plan bundle. See docs/bundle-format.md. Every object lists "
                       "all its fields (null where empty), except fields added after version 1, which are "
                       "absent when empty; unknown fields are not allowed in version 1.",
        "$defs": definitions,
        **plan,
    }


def schema_text() -> str:
    """The schema file's exact text."""
    return json.dumps(plan_schema_document(), ensure_ascii=False, indent=2) + "\n"
