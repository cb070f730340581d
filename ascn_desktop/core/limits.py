"""How long, how large and which years: the limits of a plan, in one place.

Every way into a plan applies these same numbers: the editor (project_fields,
plan overview), the Excel import (the offending cell is named), the bundle
import (a plan beyond them is refused with one sentence) and the export
(readiness). So nothing imports that a later step cuts or refuses: a title of
40,000 characters is refused where it enters, not cut in a template and then
refused at export.

Why these numbers: a title is a line a person reads in a table or a PDF
heading (500 characters is several lines already); a description, risks or a
progress note is a few pages, not a book (20,000); codes and units are short
labels. Excel holds at most 32,767 characters in a cell, so every limit fits a
workbook. Amounts: money.MAX_AMOUNT (below 10^15 in any currency, exact in the
store). Years: 1900..2200, as in the plan.json schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ascn_desktop.core.model import Plan
from ascn_desktop.core.money import MAX_AMOUNT
from ascn_desktop.core.i18n import N_, _, format_number

TITLE = 500
CODE = 64
UNIT = 100
TEXT = 20_000
LINK = 2_000  # a web address: longer ones do not survive being pasted into e-mail or a browser
MIN_YEAR, MAX_YEAR = 1900, 2200
AMOUNT = MAX_AMOUNT

# Field name (as in the model, plan.json and the workbook's column keys) -> longest text it holds.
LENGTHS: dict[str, int] = {
    "title": TITLE, "name": TITLE, "lead_agency": TITLE, "blueprint": TITLE, "updated_by": TITLE,
    "code": CODE, "unit": UNIT,
    "vision": TEXT, "description": TEXT, "risks": TEXT, "private_sector_need": TEXT, "text": TEXT,
    "evidence": LINK,
}

_WORDS = {"title": N_("title"), "name": N_("name"), "lead_agency": N_("lead agency"), "blueprint": N_("blueprint"),
          "updated_by": N_("editor's name"), "code": N_("code"), "unit": N_("unit"), "vision": N_("vision"),
          "description": N_("description"), "risks": N_("risks"), "private_sector_need": N_("private-sector need"),
          "text": N_("progress note"), "evidence": N_("evidence link")}


def length_of(field: str) -> int:
    """The longest text `field` may hold (TEXT for a field not listed)."""
    return LENGTHS.get(field, TEXT)


def too_long(field: str, text: str) -> str | None:
    """What a cell or field should hold instead, when `text` is longer than `field` allows; else None."""
    limit = length_of(field)
    if len(text) <= limit:
        return None
    return _("a {what} of at most {limit} characters (this one has {length})").format(
        what=_(_WORDS.get(field, field)), limit=format_number(limit), length=format_number(len(text)))


@dataclass(frozen=True)
class LimitProblem:
    where: str  # "the plan" or "project HN-01" / "a milestone of project HN-01"
    field: str
    expected: str

    def sentence(self) -> str:
        return f"The {_WORDS.get(self.field, self.field)} of {self.where} is too long: it should be {self.expected}."


def _get(item: Any, field: str) -> str:
    value = item.get(field) if isinstance(item, dict) else getattr(item, field, "")
    return value if isinstance(value, str) else ""


def _children(project: Any, name: str) -> list[Any]:
    value = project.get(name) if isinstance(project, dict) else getattr(project, name, [])
    return value if isinstance(value, list) else []


_PROJECT_FIELDS = tuple((field, LENGTHS[field]) for field in
                        ("code", "title", "description", "lead_agency", "private_sector_need", "risks"))
_CHILD_FIELDS = (("milestones", (("title", TITLE),)), ("indicators", (("name", TITLE), ("unit", UNIT))),
                 ("funding", (("name", TITLE),)), ("progress_notes", (("text", TEXT),)))


def document_within_limits(document: dict[str, Any]) -> bool:
    """True when no text of a plan.json document is beyond its limit (the fast path of bundle import)."""
    for field in ("title", "vision", "blueprint", "updated_by"):
        if len(_get(document, field)) > LENGTHS[field]:
            return False
    for project in _children(document, "projects"):
        if not isinstance(project, dict):
            continue
        for field, limit in _PROJECT_FIELDS:
            value = project.get(field)
            if isinstance(value, str) and len(value) > limit:
                return False
        for name, fields in _CHILD_FIELDS:
            for child in project.get(name) or ():
                if isinstance(child, dict):
                    for field, limit in fields:
                        value = child.get(field)
                        if isinstance(value, str) and len(value) > limit:
                            return False
    return True


def plan_problems(plan: Plan | dict[str, Any]) -> Iterator[LimitProblem]:
    """Every text of a plan (a Plan, or a plan.json document) beyond its limit.

    Amounts and years are bounded where they are read: by the amount and year parsers of the Excel
    import and the editor, and by the plan.json schema in a bundle.
    """
    for field in ("title", "vision", "blueprint", "updated_by"):
        expected = too_long(field, _get(plan, field))
        if expected:
            yield LimitProblem(_("the plan"), field, expected)
    for project in _children(plan, "projects"):
        name = f"project {_get(project, 'code')[:CODE]}"
        for field in ("code", "title", "description", "lead_agency", "private_sector_need", "risks"):
            expected = too_long(field, _get(project, field))
            if expected:
                yield LimitProblem(name, field, expected)
        children = ([("a milestone", m, ("title",)) for m in _children(project, "milestones")]
                    + [("an indicator", i, ("name", "unit")) for i in _children(project, "indicators")]
                    + [("a funding source", f, ("name",)) for f in _children(project, "funding")]
                    + [("a progress note", n, ("text",)) for n in _children(project, "progress_notes")])
        for what, child, fields in children:
            for field in fields:
                expected = too_long(field, _get(child, field))
                if expected:
                    yield LimitProblem(_("{what} of {name}").format(what=what, name=name), field, expected)
