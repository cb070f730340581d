"""What changed between two versions of a plan: projects and their rows added, changed, removed.

`diff_plans(old, new)` compares by stable ids (never by position), so sorting a
sheet or reordering rows is not a change. Used by the Excel import's preview
and by the side-by-side revision view; `PlanDiff` is plain data (JSON-ready via
`to_dict`) with helpers for counts and one-line summaries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ascn_desktop.core import fields as declared
from ascn_desktop.core.i18n import N_, _
from ascn_desktop.core.model import FundingSource, Indicator, Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.money import format_amount

if TYPE_CHECKING:
    from ascn_desktop.core.reference import ReferenceData

PLAN_FIELDS = tuple(f.name for f in declared.PLAN.fields if f.in_diff)
PROJECT_FIELDS = tuple(f.name for f in declared.PROJECT.fields if f.in_diff)
_COMPARED = {entity.name: tuple(f.name for f in entity.fields if f.in_diff) for entity in declared.ENTITIES}
KINDS = ("project", "milestone", "indicator", "funding", "progress_note")
KIND_PLURALS = {"project": N_("projects"), "milestone": N_("milestones"), "indicator": N_("indicators"),
                "funding": N_("funding rows"), "progress_note": N_("progress notes")}
_ACTION_COUNTS = {"added": N_("{count} added"), "changed": N_("{count} changed"), "removed": N_("{count} removed")}
_CHILDREN = (("milestone", "milestones"), ("indicator", "indicators"), ("funding", "funding"),
             ("progress_note", "progress_notes"))


@dataclass(frozen=True)
class FieldChange:
    field: str  # e.g. 'title', 'budget', 'target 2021'
    old: Any
    new: Any


@dataclass(frozen=True)
class RowChange:
    kind: str  # one of KINDS
    action: str  # 'added' | 'changed' | 'removed'
    id: str
    project_id: str
    project_code: str
    label: str  # what a person recognises the row by
    changes: tuple[FieldChange, ...] = ()
    currency: str = ""  # the project's own currency ('' = the city's), for its amounts

    def describe(self, *, reference: ReferenceData | None = None, city_currency: str = "") -> str:
        """'Project 'DN-01 …' changed: Start year 2019 → 2023; Budget 250,000,000,000.00 VND → …'.

        Fields by the names a person sees (the workbook's headers, the editor's labels), values as
        they are shown: amounts grouped with their currency, codes as their labels.
        """
        where = "" if self.kind == "project" else f" (project {self.project_code})"
        text = f"{self.kind.replace('_', ' ').capitalize()} {self.label!r}{where} {self.action}"
        if self.changes:
            currency = self.currency or city_currency
            text += ": " + "; ".join(
                f"{field_label(c.field)} {shown_value(c.field, c.old, self.kind, reference, currency)} → "
                f"{shown_value(c.field, c.new, self.kind, reference, currency)}" for c in self.changes)
        return text


@dataclass(frozen=True)
class PlanDiff:
    plan_changes: tuple[FieldChange, ...]
    rows: tuple[RowChange, ...]

    @property
    def is_empty(self) -> bool:
        return not self.plan_changes and not self.rows

    def of(self, kind: str, action: str | None = None) -> list[RowChange]:
        return [r for r in self.rows if r.kind == kind and (action is None or r.action == action)]

    def counts(self) -> dict[tuple[str, str], int]:
        return dict(Counter((r.kind, r.action) for r in self.rows))

    def summary(self) -> str:
        """'2 projects added, 1 changed; 5 milestones added' or 'No changes.'"""
        if self.is_empty:
            return _("No changes.")
        counts = self.counts()
        parts = []
        if self.plan_changes:
            parts.append(_("plan details changed ({fields})").format(
                fields=", ".join(field_label(c.field).lower() for c in self.plan_changes)))
        for kind in KINDS:
            actions = [_(_ACTION_COUNTS[a]).format(count=counts[(kind, a)]) for a in ("added", "changed", "removed")
                       if (kind, a) in counts]
            if actions:
                parts.append(_("{kinds}: {actions}").format(kinds=_(KIND_PLURALS[kind]), actions=", ".join(actions)))
        return _("{changes}.").format(changes="; ".join(parts))

    def lines(self, *, reference: ReferenceData | None = None, city_currency: str = "") -> list[str]:
        """One line per change, in words (see RowChange.describe); `city_currency` names blank currencies."""
        plan = [f"Plan {field_label(c.field).lower()}: {shown_value(c.field, c.old, 'plan', reference, '')} → "
                f"{shown_value(c.field, c.new, 'plan', reference, '')}" for c in self.plan_changes]
        return plan + [row.describe(reference=reference, city_currency=city_currency) for row in self.rows]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan_changes": [_change_dict(c) for c in self.plan_changes],
            "rows": [{"kind": r.kind, "action": r.action, "id": r.id, "project_id": r.project_id,
                      "project_code": r.project_code, "label": r.label,
                      "changes": [_change_dict(c) for c in r.changes]} for r in self.rows],
            "summary": self.summary(),
        }


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    plan_changes = tuple(_compare(old, new, PLAN_FIELDS))
    rows: list[RowChange] = []
    old_projects = {p.id: p for p in old.projects}
    new_ids = {p.id for p in new.projects}
    for project in new.projects:
        before = old_projects.get(project.id)
        label = _project_label(project)
        if before is None:
            rows.append(RowChange("project", "added", project.id, project.id, project.code, label,
                                  currency=project.currency))
        else:
            changes = tuple(_compare(before, project, PROJECT_FIELDS))
            if changes:
                rows.append(RowChange("project", "changed", project.id, project.id, project.code, label, changes,
                                      currency=project.currency))
    for project in old.projects:
        if project.id not in new_ids:
            rows.append(RowChange("project", "removed", project.id, project.id, project.code,
                                  _project_label(project), currency=project.currency))
    for kind, attribute in _CHILDREN:
        rows.extend(_child_changes(kind, attribute, old, new))
    return PlanDiff(plan_changes, tuple(rows))


def _child_changes(kind: str, attribute: str, old: Plan, new: Plan) -> list[RowChange]:
    before = {c.id: (p, c) for p in old.projects for c in getattr(p, attribute)}
    after_ids: set[str] = set()
    rows: list[RowChange] = []
    for project in new.projects:
        for child in getattr(project, attribute):
            after_ids.add(child.id)
            label = _child_label(child)
            found = before.get(child.id)
            if found is None:
                rows.append(RowChange(kind, "added", child.id, project.id, project.code, label,
                                      currency=project.currency))
                continue
            old_project, old_child = found
            changes = list(_child_fields(kind, old_child, child))
            if old_project.id != project.id:
                changes.insert(0, FieldChange("project", old_project.code, project.code))
            if changes:
                rows.append(RowChange(kind, "changed", child.id, project.id, project.code, label, tuple(changes),
                                      currency=project.currency))
    for project in old.projects:
        for child in getattr(project, attribute):
            if child.id not in after_ids:
                rows.append(RowChange(kind, "removed", child.id, project.id, project.code, _child_label(child),
                                      currency=project.currency))
    return rows


def _child_fields(kind: str, old: Any, new: Any) -> list[FieldChange]:
    changes = list(_compare(old, new, _COMPARED[kind]))
    if isinstance(new, Indicator):
        old_values = {v.year: v for v in old.values}
        new_values = {v.year: v for v in new.values}
        for year in sorted(set(old_values) | set(new_values)):
            for part in _COMPARED["indicator_value"]:
                a = getattr(old_values.get(year), part, None)
                b = getattr(new_values.get(year), part, None)
                if not _same(a, b):
                    changes.append(FieldChange(f"{part} {year}", a, b))
    return changes


def _compare(old: Any, new: Any, names: tuple[str, ...]) -> list[FieldChange]:
    return [FieldChange(name, getattr(old, name), getattr(new, name)) for name in names
            if not _same(getattr(old, name), getattr(new, name))]


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    return bool(a == b)  # Decimal('1.5') == Decimal('1.50'): the same amount


def _project_label(project: Project) -> str:
    return f"{project.code} {project.title}".strip()


def _child_label(child: Milestone | Indicator | FundingSource | ProgressNote) -> str:
    if isinstance(child, Milestone):
        return child.title
    if isinstance(child, Indicator):
        return child.name
    if isinstance(child, FundingSource):
        return child.name or child.type
    return f"{child.year}: {child.text[:40]}"


# What a person calls each field a FieldChange names (the receiving side's revision compare uses these too):
# the declared labels (a name means the same in every kind of row: 'status', 'title', 'year').
FIELD_LABELS: dict[str, str] = {"project": declared.PROJECT.label}
for _entity in declared.ENTITIES:
    for _field in _entity.fields:
        FIELD_LABELS.setdefault(_field.name, _field.label)
# Which reference vocabulary turns a field's codes into labels, per kind of row.
_VOCABULARY_OF = {f.name: f.vocabulary for entity in declared.ENTITIES for f in entity.fields
                  if f.vocabulary and f.name not in ("status", "partner")}
_STATUS_VOCABULARY = {entity.name: entity["status"].vocabulary for entity in declared.ENTITIES
                      if "status" in entity.by_name and entity["status"].vocabulary}


def field_label(name: str) -> str:
    """'focus_area' -> 'Focus area', 'target 2021' -> 'Target 2021'."""
    if name in FIELD_LABELS:
        return _(FIELD_LABELS[name])
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:]


def display_value(name: str, value: Any, *, kind: str = "project",
                  reference: ReferenceData | None = None) -> str:
    """A changed value as a person reads it: labels for codes, amounts with thousands separators, no quotes.

    `kind` is the row's kind ('plan', 'project', 'milestone', …): a status means different things in each.
    """
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(display_value(name, item, kind=kind, reference=reference) for item in value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Decimal):  # whole amounts without '.00', so 250,000,000,000.00 and 2,000,000 compare
        return format(value.quantize(Decimal(1)) if value == value.to_integral_value() else value, ",f")
    if name == "sdgs" and reference is None:
        return f"SDG {value}"
    if reference is not None:
        if name == "partner":
            return reference.partners.get(str(value), str(value))
        vocabulary = _STATUS_VOCABULARY.get(kind) if name == "status" else _VOCABULARY_OF.get(name)
        if vocabulary == "sdgs":
            return f"SDG {value} {reference.label(vocabulary, str(value))}"
        if vocabulary is not None:
            return reference.label(vocabulary, str(value))
    if name == "status":
        return str(value).replace("_", " ").capitalize()
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


_MONEY_FIELDS = {"budget": "", "amount": "", "budget_usd": "USD"}  # '' = the row's currency


def shown_value(name: str, value: Any, kind: str, reference: ReferenceData | None, currency: str) -> str:
    """A value in a change line: amounts as '625,000,000,000.00 VND', the rest as display_value shows it."""
    if name in _MONEY_FIELDS and isinstance(value, Decimal):
        return format_amount(value, _MONEY_FIELDS[name] or currency)
    return display_value(name, value, kind=kind, reference=reference)


def _change_dict(change: FieldChange) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return format(value, "f")
        return value

    return {"field": change.field, "old": plain(change.old), "new": plain(change.new)}
