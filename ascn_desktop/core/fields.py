"""Every field of a plan and of what it holds, declared once.

A `Field` says what one attribute of the dataclasses in core/model.py is: its
name (the same in the model, the store's column and plan.json, except a child's
``id``, stored as ``uuid``), its kind, its label in English (translated where it
is shown, through core.i18n), its limits, how it travels in plan.json, and where
it stands in the workbook and the data export. The views are derived from these
declarations: the row mapping of the store (store/mapping.py), the flat loading
of a plan (core/plan_loading.py), the rows a bundle import inserts, plan.json and
its JSON Schema (core/bundles/plan_schema.py, ``make schema``), the labels of a
revision diff, the workbook's columns, the data-export columns, a project's blocks
and tables in plan.pdf (`pdf`), the project editor's General and Budget tabs
(`form`) and `ascn plan show` (`summary`).

Adding a field is: its declaration here (and its attribute in core/model.py), its
store column with an Alembic migration, and tests (docs/architecture.md, "Fields"). A field added after plan.json
version 1 is ``optional``: written only when it holds something, so the bytes (and
content hash) of a plan that does not use it stay what they were, and older
bundles, which never carry it, read as before (docs/bundle-format.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from ascn_desktop.core import limits
from ascn_desktop.core.i18n import N_

Kind = Literal[
    "id",  # the stable UUID of the row (stored as `uuid`)
    "ref",  # the UUID of another plan or project, or none
    "text",  # Unicode text of at most `max_length` characters
    "link",  # a web address (http or https), or empty
    "code",  # a code of the reference vocabulary `vocabulary` (or one of `choices`)
    "codes",  # a list of such codes
    "goals",  # SDG numbers 1..17
    "year", "quarter", "percent", "count",  # whole numbers within their range
    "money",  # an exact amount (Decimal), two decimals in plan.json
    "decimal",  # an exact number of any precision (indicator values)
    "currency",  # an ISO 4217 code, empty for the city's currency
    "bool",
    "timestamp",  # a UTC moment
]

RANGES: Mapping[str, tuple[int, int]] = MappingProxyType({
    "year": (limits.MIN_YEAR, limits.MAX_YEAR), "quarter": (1, 4), "percent": (0, 100), "goals": (1, 17),
})


@dataclass(frozen=True)
class WorkbookColumn:
    """Where a field stands on its sheet of plan.xlsx (the template and the import find it by `header`)."""

    header: str  # English, marked with N_(); written in the workbook's language, read in any (workbook/layout)
    kind: str  # the workbook's own way to write and read it (core/workbook/layout.Column.kind)
    width: float = 14
    note: str = ""  # shown on the Instructions sheet, in the reader's language (marked with N_)
    position: int = 0  # order on the sheet (the sheet's fixed columns come first)
    codes: tuple[str, str, float] | None = None  # (key, header, width) of the codes written beside the labels


@dataclass(frozen=True)
class PdfPlace:
    """Where a field stands in a project's section of plan.pdf (core/reports/plan_pdf.py).

    `block`: "facts", the table of short facts under the project's heading; "texts", the paragraphs
    below it; "table", a column of the entity's own table (funding, milestones, indicators). The value is
    written as its kind says (a code by its label, money with its currency, a bool as Yes or No)."""

    block: Literal["facts", "texts", "table"]
    position: int
    label: str = ""  # the heading there when it is not the field's label (marked with N_)
    width: float = 0  # a table column's width in mm; 0 takes what the other columns leave
    when: str = ""  # a bool field of the same row that must hold for this one to be printed


class ExportColumn(NamedTuple):
    """A field's column in a table of the data export (docs/data-export.md: a contract, new columns go last)."""

    name: str
    position: int


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label: str  # English, marked with N_(); shown translated (revision diff, editor, PDF)
    nullable: bool = False
    vocabulary: str = ""  # reference vocabulary of a code
    choices: tuple[str, ...] = ()  # a closed list instead of a vocabulary (plan status)
    max_length: int | None = None
    in_document: bool = True  # travels in plan.json
    optional: bool = False  # added after plan.json version 1: absent when empty
    in_diff: bool = True  # compared between two revisions
    json_schema: Mapping[str, Any] | None = None  # a schema of its own instead of its kind's
    workbook: WorkbookColumn | None = None
    export: ExportColumn | None = None  # its column in the data export (core/data_export.py), if any
    required: bool = False  # refused when empty (editor, readiness)
    unique: bool = False  # no two rows of one plan share it (a project's code)
    currency: str = ""  # money always in this currency (the USD equivalent), else the project's
    shown_with: str = ""  # the next field, shown with this one as one value: start–end years, due year and quarter
    form: str = ""  # the project editor's tab that edits it ("general", "budget"); rows follow this order
    pdf: PdfPlace | None = None
    summary: bool = False  # in the projects of `ascn plan show` (text and --json)

    @property
    def column(self) -> str:
        """The attribute of the store's row."""
        return "uuid" if self.kind == "id" else self.name

    @property
    def empty(self) -> Any:
        """What the field holds when nothing was entered."""
        if self.nullable:
            return None
        return {"codes": [], "goals": [], "bool": False, "count": 0}.get(self.kind, "")


@dataclass(frozen=True, eq=False)  # one object per entity: hashed by identity
class Entity:
    """A kind of row of a plan and its declared fields, in the order of core/model.py."""

    name: str  # "project", "milestone", ...
    label: str
    fields: tuple[Field, ...]
    by_name: Mapping[str, Field] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", MappingProxyType({f.name: f for f in self.fields}))

    def __getitem__(self, name: str) -> Field:
        return self.by_name[name]

    @property
    def document_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_document)


def _id() -> Field:
    return Field("id", "id", N_("ID"), in_diff=False)


def _pdf(block: Literal["facts", "texts", "table"], position: int, label: str = "", *, width: float = 0,
         when: str = "") -> PdfPlace:
    return PdfPlace(block, position, label, width, when)


def _export(name: str, position: int) -> ExportColumn:
    return ExportColumn(name, position)


def _workbook(header: str, kind: str, width: float, position: int, note: str = "",
              codes: tuple[str, str, float] | None = None) -> WorkbookColumn:
    return WorkbookColumn(header, kind, width, note, position, codes)


PLAN = Entity("plan", N_("Plan"), (
    Field("uuid", "id", N_("Plan ID"), in_diff=False, summary=True),
    Field("city", "code", N_("City"), in_diff=False, summary=True, json_schema=MappingProxyType({
        "type": "string", "pattern": "^[A-Za-z0-9_\\-]{1,64}$",
        "description": "city code of the ASCN reference data, e.g. VNM-DA-NANG"})),
    Field("cycle", "code", N_("Planning cycle"), in_diff=False, summary=True,
          json_schema=MappingProxyType({"type": "string", "pattern": "^[0-9A-Za-z_\\-]{1,32}$"})),
    Field("title", "text", N_("Title"), max_length=limits.TITLE, summary=True),
    Field("vision", "text", N_("Vision"), max_length=limits.TEXT),
    Field("blueprint", "text", N_("Blueprint"), max_length=limits.TITLE),
    Field("focus_areas", "codes", N_("Focus areas"), vocabulary="focus_areas", summary=True),
    Field("outcomes", "codes", N_("Strategic outcomes"), vocabulary="outcomes", summary=True),
    Field("status", "code", N_("Status"), choices=("draft", "final"), summary=True),
    Field("revision", "count", N_("Revision"), in_diff=False, summary=True),
    Field("is_sample", "bool", N_("Sample plan"), in_diff=False, summary=True),
    Field("carried_over_from", "ref", N_("Carried over from"), nullable=True, in_diff=False),
    Field("created_at", "timestamp", N_("Created"), nullable=True, in_diff=False),
    Field("updated_at", "timestamp", N_("Last edited"), nullable=True, in_diff=False, summary=True),
    Field("updated_by", "text", N_("Edited by"), max_length=limits.TITLE, in_diff=False),
))

PROJECT = Entity("project", N_("Project"), (
    _id(),
    Field("code", "text", N_("Code"), max_length=limits.CODE, export=_export("code", 1), required=True, unique=True,
          workbook=_workbook(N_("Code"), "text", 12, 1, N_("Short unique code of the project, e.g. P-01; required.")),
          form="general", summary=True),
    Field("title", "text", N_("Title"), max_length=limits.TITLE, export=_export("title", 2), required=True,
          workbook=_workbook(N_("Title"), "text", 40, 2, N_("Required.")), form="general", summary=True),
    Field("description", "text", N_("Description"), max_length=limits.TEXT,
          workbook=_workbook(N_("Description"), "text", 50, 3), form="general", pdf=_pdf("texts", 1)),
    Field("focus_area", "code", N_("Focus area"), nullable=True, vocabulary="focus_areas",
          export=_export("focus_area", 3),
          workbook=_workbook(N_("Focus area"), "vocab", 24, 4, codes=("focus_area_code", N_("Focus area code"), 10)),
          form="general", pdf=_pdf("facts", 1), summary=True),
    Field("outcomes", "codes", N_("Strategic outcomes"), vocabulary="outcomes", export=_export("outcomes", 4),
          workbook=_workbook(N_("Strategic outcomes"), "vocab_list", 30, 6, N_("One or more outcomes, separated by ';'."),
                             codes=("outcome_codes", N_("Outcome codes"), 12)),
          form="general", pdf=_pdf("facts", 3, N_("Outcomes"))),
    Field("sdgs", "goals", N_("SDGs"), vocabulary="sdgs", export=_export("sdgs", 5),
          workbook=_workbook(N_("SDGs"), "sdgs", 12, 8, N_("SDG goal numbers 1-17, separated by ';' (e.g. 9; 11).")),
          form="general", pdf=_pdf("facts", 4)),
    Field("start_year", "year", N_("Start year"), nullable=True, export=_export("start_year", 7),
          workbook=_workbook(N_("Start year"), "year", 10, 9), shown_with="end_year", form="general",
          pdf=_pdf("facts", 5, N_("Period")), summary=True),
    Field("end_year", "year", N_("End year"), nullable=True, export=_export("end_year", 8),
          workbook=_workbook(N_("End year"), "year", 10, 10), form="general", summary=True),
    Field("status", "code", N_("Status"), vocabulary="project_statuses", export=_export("status", 6),
          workbook=_workbook(N_("Status"), "vocab", 14, 11), form="general", pdf=_pdf("facts", 2), summary=True),
    Field("lead_agency", "text", N_("Lead agency"), max_length=limits.TITLE, export=_export("lead_agency", 9),
          workbook=_workbook(N_("Lead agency"), "text", 28, 12), form="general", pdf=_pdf("facts", 6)),
    Field("budget", "money", N_("Budget"), nullable=True, export=_export("budget", 10),
          workbook=_workbook(N_("Budget"), "money", 20, 14), shown_with="currency", form="budget",
          pdf=_pdf("facts", 7), summary=True),
    Field("currency", "currency", N_("Currency"), export=_export("currency", 11),
          workbook=_workbook(N_("Currency"), "currency", 10, 13, N_("ISO 4217 code; blank means the city's currency.")),
          form="budget"),
    Field("budget_usd", "money", N_("Budget (USD)"), nullable=True, export=_export("budget_usd", 12),
          workbook=_workbook(N_("Budget (USD)"), "usd", 18, 15), currency="USD", form="budget",
          pdf=_pdf("facts", 8, N_("USD equivalent"))),
    Field("seeks_private_partner", "bool", N_("Seeks a private partner"),
          export=_export("seeks_private_partner", 13),
          workbook=_workbook(N_("Seeks private partner"), "bool", 12, 16, N_("Yes or No.")), form="budget",
          pdf=_pdf("facts", 10, N_("Private partner sought"))),
    Field("private_sector_need", "text", N_("Private-sector need"), max_length=limits.TEXT,
          export=_export("private_sector_need", 14), workbook=_workbook(N_("Private-sector need"), "text", 30, 17),
          form="budget", pdf=_pdf("texts", 2, when="seeks_private_partner")),
    Field("partner", "code", N_("External partner"), nullable=True, vocabulary="partners",
          export=_export("partner", 15),
          workbook=_workbook(N_("External partner"), "partner", 24, 18), form="budget", pdf=_pdf("facts", 9)),
    Field("risks", "text", N_("Risks"), max_length=limits.TEXT, workbook=_workbook(N_("Risks"), "text", 30, 19),
          form="general", pdf=_pdf("texts", 3)),
    Field("carried_over_from", "ref", N_("Carried over from"), nullable=True, export=_export("carried_over_from", 16)),
))

FUNDING = Entity("funding", N_("Funding source"), (
    _id(),
    Field("type", "code", N_("Funding type"), vocabulary="funding_types", export=_export("funding_type", 1),
          workbook=_workbook(N_("Funding type"), "vocab", 20, 1), pdf=_pdf("table", 1, width=40)),
    Field("name", "text", N_("Name"), max_length=limits.TITLE, export=_export("name", 2),
          workbook=_workbook(N_("Source"), "text", 30, 2), pdf=_pdf("table", 2, N_("Source"), width=74)),
    Field("amount", "money", N_("Amount"), export=_export("amount", 3),
          workbook=_workbook(N_("Amount"), "money", 20, 3, N_("In the project's currency.")), pdf=_pdf("table", 3)),
))

MILESTONE = Entity("milestone", N_("Milestone"), (
    _id(),
    Field("title", "text", N_("Title"), max_length=limits.TITLE, export=_export("title", 1),
          workbook=_workbook(N_("Milestone"), "text", 40, 1, N_("Required.")), pdf=_pdf("table", 1, N_("Milestone"))),
    Field("due_year", "year", N_("Due year"), export=_export("due_year", 2), shown_with="due_quarter",
          workbook=_workbook(N_("Due year"), "year", 10, 2), pdf=_pdf("table", 2, N_("Due"), width=22)),
    Field("due_quarter", "quarter", N_("Due quarter"), export=_export("due_quarter", 3),
          workbook=_workbook(N_("Due quarter"), "quarter", 10, 3, N_("1 to 4 (Q1 to Q4)."))),
    Field("status", "code", N_("Status"), vocabulary="milestone_statuses", export=_export("status", 4),
          workbook=_workbook(N_("Status"), "vocab", 14, 4), pdf=_pdf("table", 3, width=32)),
    Field("percent", "percent", N_("Percent done"), export=_export("percent", 5),
          workbook=_workbook(N_("Percent done"), "percent", 10, 5, N_("0 to 100.")), pdf=_pdf("table", 4, N_("Done"),
                                                                                         width=18)),
))

INDICATOR = Entity("indicator", N_("Indicator"), (
    _id(),
    Field("name", "text", N_("Name"), max_length=limits.TITLE, export=_export("name", 1), shown_with="unit",
          workbook=_workbook(N_("Indicator"), "text", 36, 1, N_("Required.")), pdf=_pdf("table", 1, N_("Indicator"))),
    Field("unit", "text", N_("Unit"), max_length=limits.UNIT, export=_export("unit", 2),
          workbook=_workbook(N_("Unit"), "text", 10, 2)),
    Field("baseline_year", "year", N_("Baseline year"), nullable=True, export=_export("baseline_year", 3),
          workbook=_workbook(N_("Baseline year"), "year", 10, 3)),
    Field("baseline_value", "decimal", N_("Baseline value"), nullable=True, export=_export("baseline_value", 4),
          workbook=_workbook(N_("Baseline value"), "decimal", 12, 4), shown_with="baseline_year",
          pdf=_pdf("table", 2, N_("Baseline"))),
))

# One year of an indicator; its workbook headers are followed by the year ("Target 2021"); in plan.pdf each
# placed field is one row of the indicator under the cycle's years.
INDICATOR_VALUE = Entity("indicator_value", N_("Indicator value"), (
    Field("year", "year", N_("Year"), in_diff=False, export=_export("year", 1)),
    Field("target", "decimal", N_("Target"), nullable=True, export=_export("target", 2),
          workbook=_workbook(N_("Target"), "decimal", 11, 1), pdf=_pdf("table", 1)),
    Field("actual", "decimal", N_("Actual"), nullable=True, export=_export("actual", 3),
          workbook=_workbook(N_("Actual"), "decimal", 11, 2), pdf=_pdf("table", 2)),
    # Where the year's actual value can be checked (a report, a dashboard): added in 2026, optional in plan.json.
    # Not in plan.pdf: the indicator table has no room for web addresses.
    Field("evidence", "link", N_("Evidence"), max_length=limits.LINK, optional=True, export=_export("evidence", 4),
          workbook=_workbook(N_("Evidence"), "link", 30, 3, N_("A web address (http or https) where the actual value "
                                                           "can be checked."))),
))

PROGRESS_NOTE = Entity("progress_note", N_("Progress note"), (
    _id(),
    Field("year", "year", N_("Year"), workbook=_workbook(N_("Year"), "year", 10, 1)),
    Field("text", "text", N_("Note"), max_length=limits.TEXT, workbook=_workbook(N_("Progress note"), "text", 80, 2)),
))

ENTITIES: tuple[Entity, ...] = (PLAN, PROJECT, FUNDING, MILESTONE, INDICATOR, INDICATOR_VALUE, PROGRESS_NOTE)

# The child lists of a project: the attribute of core.model.Project (and of plan.json) -> what it holds.
PROJECT_CHILDREN: Mapping[str, Entity] = MappingProxyType({
    "funding": FUNDING, "milestones": MILESTONE, "indicators": INDICATOR, "progress_notes": PROGRESS_NOTE,
})


@lru_cache(maxsize=None)  # asked per cell by the workbook reader; the declarations never change
def workbook_fields(entity: Entity) -> tuple[Field, ...]:
    """The fields of `entity` on its sheet, in their order there."""
    placed = [f for f in entity.fields if f.workbook is not None]
    return tuple(sorted(placed, key=lambda f: f.workbook.position if f.workbook else 0))


def pdf_fields(entity: Entity, block: str) -> tuple[Field, ...]:
    """The fields of `entity` in `block` of a project's section of plan.pdf, in their order there."""
    placed = [f for f in entity.fields if f.pdf is not None and f.pdf.block == block]
    return tuple(sorted(placed, key=lambda f: f.pdf.position if f.pdf else 0))


def form_fields(entity: Entity, tab: str) -> tuple[Field, ...]:
    """The fields the editor's tab `tab` edits, in their order; a field shown with another is left to it."""
    joined = {f.shown_with for f in entity.fields}
    return tuple(f for f in entity.fields if f.form == tab and f.name not in joined)


def summary_fields(entity: Entity) -> tuple[Field, ...]:
    """The fields of `entity` that a summary of its plan lists (`ascn plan show`)."""
    return tuple(f for f in entity.fields if f.summary)


def summary_row(entity: Entity, item: Any) -> dict[str, Any]:
    """`item`'s summary fields by name: a row of `ascn plan show --json`."""
    return {f.name: getattr(item, f.name) for f in summary_fields(entity)}


def export_fields(entity: Entity) -> tuple[Field, ...]:
    """The fields of `entity` in the data export, in their order there."""
    placed = [f for f in entity.fields if f.export is not None]
    return tuple(sorted(placed, key=lambda f: f.export.position if f.export else 0))


def model_value(field: Field, value: Any) -> Any:
    """A stored (or plan.json) value as the model holds it: lists copied, SDG numbers as int."""
    if field.kind == "codes":
        return list(value or [])
    if field.kind == "goals":
        return [int(goal) for goal in value or []]
    return value


LINK_PATTERN = re.compile(r"https?://\S+")


def is_link(text: str) -> bool:
    """A web address as a `link` field holds it: http or https, no spaces, within limits.LINK."""
    return len(text) <= limits.LINK and LINK_PATTERN.fullmatch(text) is not None


def holds_something(item: Any, entity: Entity, *, besides: str) -> bool:
    """Whether `item` holds a value in any declared field but `besides` (an indicator's year is kept only then)."""
    return any(getattr(item, f.name) not in (None, "") for f in entity.fields if f.name != besides)
