"""plan.json: the whole plan as a JSON document (the data part of a bundle).

`plan_to_document` turns a `Plan` into plain JSON values following
resources/schema/plan.schema.json; `plan_from_document` turns such a document
back into exactly the same `Plan` (the round trip is lossless; tested with
hypothesis). Encode the result with `canonical_json.canonical_bytes`.

Amounts are decimal strings with exactly two decimals ("1500000.50"); other
exact numbers (indicator values) are the shortest plain decimal ("12.5",
"100"); timestamps are UTC with microseconds ("2026-11-26T06:03:41.123456Z").
Codes travel as codes; the labels of the codes used travel alongside in
"labels" so that another program can show them without our reference data.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ascn_desktop.core import money
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.model import (
    FundingSource,
    Indicator,
    IndicatorValue,
    Milestone,
    Plan,
    ProgressNote,
    Project,
)
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.i18n import _

DOCUMENT_KIND = "ascn-city-plan"
DOCUMENT_VERSION = 1
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
# Fields left out of the content hash: they change without the plan's content changing.
NON_CONTENT_FIELDS = ("revision", "created_at", "updated_at", "updated_by")


# --- scalars -------------------------------------------------------------------


def amount_text(value: Decimal | None) -> str | None:
    return None if value is None else money.canonical(value)


def decimal_text(value: Decimal | None) -> str | None:
    """Shortest plain decimal: no exponent, no trailing zeros, '0' for any zero."""
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(_("An indicator value must be a finite number."))
    if value.is_zero():
        return "0"
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def timestamp_text(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValidationError(_("Timestamps in a plan must carry a time zone."))
    return value.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def _decimal(text: Any, what: str) -> Decimal | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValidationError(_("{what} must be a decimal string.").format(what=what))
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(_("{what} '{text}' is not a number.").format(what=what, text=text)) from None
    if not value.is_finite():
        raise ValidationError(_("{what} '{text}' is not a number.").format(what=what, text=text))
    return value


def _timestamp(text: Any) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.strptime(str(text), TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise ValidationError(_("'{text}' is not a timestamp like 2026-11-26T06:03:41.000000Z.").format(
            text=text)) from None


# --- Plan -> document ------------------------------------------------------------


def _project_document(project: Project) -> dict[str, Any]:
    return {
        "id": project.id,
        "code": project.code,
        "title": project.title,
        "description": project.description,
        "focus_area": project.focus_area,
        "outcomes": list(project.outcomes),
        "sdgs": [int(goal) for goal in project.sdgs],
        "start_year": project.start_year,
        "end_year": project.end_year,
        "status": project.status,
        "lead_agency": project.lead_agency,
        "budget": amount_text(project.budget),
        "currency": project.currency,
        "budget_usd": amount_text(project.budget_usd),
        "funding": [
            {"id": f.id, "type": f.type, "name": f.name, "amount": amount_text(f.amount)}
            for f in project.funding
        ],
        "seeks_private_partner": bool(project.seeks_private_partner),
        "private_sector_need": project.private_sector_need,
        "partner": project.partner,
        "risks": project.risks,
        "milestones": [
            {"id": m.id, "title": m.title, "due_year": m.due_year, "due_quarter": m.due_quarter,
             "status": m.status, "percent": m.percent}
            for m in project.milestones
        ],
        "indicators": [
            {"id": i.id, "name": i.name, "unit": i.unit, "baseline_year": i.baseline_year,
             "baseline_value": decimal_text(i.baseline_value),
             "values": [{"year": v.year, "target": decimal_text(v.target), "actual": decimal_text(v.actual)}
                        for v in i.values]}
            for i in project.indicators
        ],
        "progress_notes": [{"id": n.id, "year": n.year, "text": n.text} for n in project.progress_notes],
        "carried_over_from": project.carried_over_from,
    }


def _labels(plan: Plan, reference: ReferenceData) -> dict[str, dict[str, str]]:
    """Labels of the codes this plan uses, so readers need not know our reference data."""
    used: dict[str, set[str]] = {kind: set() for kind in
                                 ("focus_areas", "outcomes", "project_statuses", "milestone_statuses",
                                  "funding_types", "sdgs", "partners")}
    used["focus_areas"].update(plan.focus_areas)
    used["outcomes"].update(plan.outcomes)
    for project in plan.projects:
        if project.focus_area:
            used["focus_areas"].add(project.focus_area)
        used["outcomes"].update(project.outcomes)
        used["sdgs"].update(str(goal) for goal in project.sdgs)
        used["project_statuses"].add(project.status)
        used["milestone_statuses"].update(m.status for m in project.milestones)
        used["funding_types"].update(f.type for f in project.funding)
        if project.partner:
            used["partners"].add(project.partner)
    labels: dict[str, dict[str, str]] = {}
    for kind, codes in used.items():
        if kind == "partners":
            labels[kind] = {code: reference.partners.get(code, code) for code in codes}
        else:
            labels[kind] = {code: reference.label(kind, code) for code in codes}
    return labels


def plan_to_document(plan: Plan, reference: ReferenceData) -> dict[str, Any]:
    """The plan.json document of `plan` (plain JSON values, ready for canonical encoding)."""
    city = reference.cities.get(plan.city)
    cycle = reference.cycles.get(plan.cycle)
    return {
        "kind": DOCUMENT_KIND,
        "document_version": DOCUMENT_VERSION,
        "uuid": plan.uuid,
        "city": plan.city,
        "city_name": city.name if city else plan.city,
        "city_name_en": city.name_en if city else plan.city,
        "country": city.country if city else "",
        "country_name": reference.member_states.get(city.country, "") if city else "",
        "currency": city.currency if city else "",
        "cycle": plan.cycle,
        "cycle_start_year": cycle.start_year if cycle else None,
        "cycle_end_year": cycle.end_year if cycle else None,
        "title": plan.title,
        "vision": plan.vision,
        "blueprint": plan.blueprint,
        "focus_areas": list(plan.focus_areas),
        "outcomes": list(plan.outcomes),
        "status": plan.status,
        "revision": plan.revision,
        "is_sample": bool(plan.is_sample),
        "carried_over_from": plan.carried_over_from,
        "created_at": timestamp_text(plan.created_at),
        "updated_at": timestamp_text(plan.updated_at),
        "updated_by": plan.updated_by,
        "labels": _labels(plan, reference),
        "projects": [_project_document(project) for project in plan.projects],
    }


def content_hash(plan: Plan, reference: ReferenceData) -> str:
    """SHA-256 (hex) of the canonical document without revision, timestamps and editor.

    Two exports with the same content hash carry the same plan; the revision
    only grows when this changes.
    """
    return document_content_hash(plan_to_document(plan, reference))


class EncodedDocument:
    """A plan document encoded once, piece by piece, for its canonical bytes and content hash.

    Canonical JSON of an object is `{` + the sorted `"key":value` pairs joined by `,` + `}`,
    so the bytes with and without the non-content fields, and with a new revision, are
    assembled from the same encoded pieces: the projects (most of a plan) are encoded once.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._pieces = {key: canonical_bytes(key) + b":" + canonical_bytes(document[key]) for key in document}

    def content_hash(self) -> str:
        content = [self._pieces[key] for key in sorted(self._pieces) if key not in NON_CONTENT_FIELDS]
        return hashlib.sha256(b"{" + b",".join(content) + b"}").hexdigest()

    def set_revision(self, revision: int) -> None:
        self.document["revision"] = revision
        self._pieces["revision"] = canonical_bytes("revision") + b":" + canonical_bytes(revision)

    def to_bytes(self) -> bytes:
        return b"{" + b",".join(self._pieces[key] for key in sorted(self._pieces)) + b"}"


def document_content_hash(document: dict[str, Any]) -> str:
    """`content_hash` of an already built plan document (which is left unchanged)."""
    return EncodedDocument(document).content_hash()


# --- document -> Plan ------------------------------------------------------------


def _project_from(doc: dict[str, Any]) -> Project:
    return Project(
        id=doc["id"],
        code=doc["code"],
        title=doc["title"],
        description=doc["description"],
        focus_area=doc["focus_area"],
        outcomes=list(doc["outcomes"]),
        sdgs=[int(goal) for goal in doc["sdgs"]],
        start_year=doc["start_year"],
        end_year=doc["end_year"],
        status=doc["status"],
        lead_agency=doc["lead_agency"],
        budget=_decimal(doc["budget"], "A budget"),
        currency=doc["currency"],
        budget_usd=_decimal(doc["budget_usd"], "A USD budget"),
        funding=[FundingSource(id=f["id"], type=f["type"], name=f["name"],
                               amount=_decimal(f["amount"], "A funding amount") or Decimal(0))
                 for f in doc["funding"]],
        seeks_private_partner=bool(doc["seeks_private_partner"]),
        private_sector_need=doc["private_sector_need"],
        partner=doc["partner"],
        risks=doc["risks"],
        milestones=[Milestone(id=m["id"], title=m["title"], due_year=m["due_year"],
                              due_quarter=m["due_quarter"], status=m["status"], percent=m["percent"])
                    for m in doc["milestones"]],
        indicators=[Indicator(id=i["id"], name=i["name"], unit=i["unit"], baseline_year=i["baseline_year"],
                              baseline_value=_decimal(i["baseline_value"], "A baseline value"),
                              values=[IndicatorValue(year=v["year"],
                                                     target=_decimal(v["target"], "A target"),
                                                     actual=_decimal(v["actual"], "An actual value"))
                                      for v in i["values"]])
                    for i in doc["indicators"]],
        progress_notes=[ProgressNote(id=n["id"], year=n["year"], text=n["text"]) for n in doc["progress_notes"]],
        carried_over_from=doc["carried_over_from"],
    )


def plan_from_document(doc: dict[str, Any]) -> Plan:
    """The `Plan` a plan.json document describes. Validate against the schema first (bundle_format)."""
    if doc.get("kind") != DOCUMENT_KIND or doc.get("document_version") != DOCUMENT_VERSION:
        raise ValidationError(_("This is not a version 1 ASCN city plan document."))
    try:
        return Plan(
            uuid=doc["uuid"],
            city=doc["city"],
            cycle=doc["cycle"],
            title=doc["title"],
            vision=doc["vision"],
            blueprint=doc["blueprint"],
            focus_areas=list(doc["focus_areas"]),
            outcomes=list(doc["outcomes"]),
            status=doc["status"],
            revision=int(doc["revision"]),
            is_sample=bool(doc["is_sample"]),
            carried_over_from=doc["carried_over_from"],
            created_at=_timestamp(doc["created_at"]),
            updated_at=_timestamp(doc["updated_at"]),
            updated_by=doc["updated_by"],
            projects=[_project_from(project) for project in doc["projects"]],
        )
    except (KeyError, TypeError) as exc:
        raise ValidationError(_("The plan document is incomplete or malformed ({name__}: {exc}).").format(
            name__=type(exc).__name__, exc=exc)) from None
