"""The field declarations of core/fields.py cover the model and the store, one to one."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import inspect

from ascn_desktop.core import fields as declared
from ascn_desktop.core import limits, model
from ascn_desktop.store import models

MODELS = {"plan": model.Plan, "project": model.Project, "funding": model.FundingSource,
          "milestone": model.Milestone, "indicator": model.Indicator, "indicator_value": model.IndicatorValue,
          "progress_note": model.ProgressNote}
ROWS = {"plan": models.PlanRow, "project": models.ProjectRow, "funding": models.FundingRow,
        "milestone": models.MilestoneRow, "indicator": models.IndicatorRow,
        "indicator_value": models.IndicatorValueRow, "progress_note": models.ProgressNoteRow}
CHILD_LISTS = {"projects", "funding", "milestones", "indicators", "progress_notes", "values"}


@pytest.mark.parametrize("entity", declared.ENTITIES, ids=lambda e: e.name)
def test_every_attribute_of_the_model_is_declared_once(entity: declared.Entity) -> None:
    attributes = [f.name for f in dataclasses.fields(MODELS[entity.name]) if f.name not in CHILD_LISTS]
    assert sorted(f.name for f in entity.fields) == sorted(attributes)


@pytest.mark.parametrize("entity", declared.ENTITIES, ids=lambda e: e.name)
def test_every_declared_field_has_its_store_column(entity: declared.Entity) -> None:
    columns = set(inspect(ROWS[entity.name]).columns.keys())
    assert sorted(f.column for f in entity.fields if f.column not in columns) == []


@pytest.mark.parametrize("entity", declared.ENTITIES, ids=lambda e: e.name)
def test_text_limits_agree_with_core_limits(entity: declared.Entity) -> None:
    for field in entity.fields:
        if field.kind == "text" and field.name in limits.LENGTHS:
            assert field.max_length == limits.LENGTHS[field.name], (entity.name, field.name)


def test_codes_name_a_vocabulary_or_their_choices() -> None:
    for entity in declared.ENTITIES:
        for field in entity.fields:
            if field.kind in ("code", "codes") and field.name not in ("city", "cycle"):
                assert bool(field.vocabulary) != bool(field.choices), (entity.name, field.name)


def test_fields_added_after_version_1_are_optional_in_plan_json_and_nullable_or_empty() -> None:
    for entity in declared.ENTITIES:
        for field in entity.fields:
            if field.optional:
                assert field.in_document and field.empty in (None, "", []), (entity.name, field.name)
