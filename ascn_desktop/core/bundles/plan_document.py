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
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from operator import attrgetter
from decimal import Decimal, InvalidOperation
from typing import Any

from ascn_desktop.core import fields as declared
from ascn_desktop.core import money
from ascn_desktop.core.canonical_json import float_free_bytes
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote, Project
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


# --- one field ------------------------------------------------------------------

_TO_JSON: dict[str, Callable[[Any], Any]] = {
    "money": amount_text, "decimal": decimal_text, "timestamp": timestamp_text, "bool": bool, "codes": list,
    "goals": lambda goals: [int(goal) for goal in goals],
}


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _values_of(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A function reading the attributes `names` of an object as a tuple (one C call for several)."""
    if len(names) == 1:
        name = names[0]
        return lambda item: (getattr(item, name),)
    return attrgetter(*names) if names else lambda item: ()


def _writer(entity: declared.Entity) -> Callable[[Any], dict[str, Any]]:
    """A function that turns one `entity` of the model into its plan.json object."""
    plain = [f.name for f in entity.document_fields if f.kind not in _TO_JSON and not f.optional]
    converted = [(f.name, _TO_JSON[f.kind]) for f in entity.document_fields
                 if f.kind in _TO_JSON and not f.optional]
    optional = [(f.name, _TO_JSON.get(f.kind, lambda value: value)) for f in entity.document_fields if f.optional]

    get_plain = _values_of(plain)

    def write(item: Any) -> dict[str, Any]:
        document = dict(zip(plain, get_plain(item), strict=True))
        for name, convert in converted:
            document[name] = convert(getattr(item, name))
        for name, convert in optional:  # added after version 1: present only when used
            value = getattr(item, name)
            if not _is_empty(value):
                document[name] = convert(value)
        return document

    return write


def _from_json(field: declared.Field) -> Callable[[Any], Any] | None:
    """How a plan.json value of `field` becomes the model's (None: as it is)."""
    what = f"The {field.label.lower()}"
    if field.kind in ("money", "decimal"):
        if field.nullable:
            return lambda text: _decimal(text, what)
        return lambda text: _decimal(text, what) or Decimal(0)
    converters: dict[str, Callable[[Any], Any]] = {
        "timestamp": _timestamp, "bool": bool, "count": int, "codes": list,
        "goals": lambda goals: [int(goal) for goal in goals]}
    return converters.get(field.kind)


def _reader(entity: declared.Entity) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A function that turns one plan.json object of `entity` into the model's fields (by name)."""
    fields = entity.document_fields
    plain = [f.name for f in fields if _from_json(f) is None and not f.optional]
    converted = [(f.name, convert) for f in fields if (convert := _from_json(f)) is not None and not f.optional]
    optional = [(f.name, f.empty, _from_json(f)) for f in fields if f.optional]

    def read(document: dict[str, Any]) -> dict[str, Any]:
        values = {name: document[name] for name in plain}
        for name, convert in converted:
            values[name] = convert(document[name])
        for name, empty, convert_optional in optional:  # added after version 1: absent when empty
            value = document.get(name, empty)
            values[name] = value if convert_optional is None or value is None else convert_optional(value)
        return values

    return read


# --- Plan -> document ------------------------------------------------------------

_WRITE = {entity.name: _writer(entity) for entity in declared.ENTITIES}
_CHILDREN = tuple((name, entity.name) for name, entity in declared.PROJECT_CHILDREN.items()
                  if entity is not declared.INDICATOR)


def _project_document(project: Project) -> dict[str, Any]:
    document = _WRITE["project"](project)
    for name, kind in _CHILDREN:
        document[name] = [_WRITE[kind](child) for child in getattr(project, name)]
    document["indicators"] = [{**_WRITE["indicator"](i), "values": [_WRITE["indicator_value"](v) for v in i.values]}
                              for i in project.indicators]
    return document


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


def _header_document(plan: Plan, reference: ReferenceData) -> dict[str, Any]:
    """Everything of the plan.json document but its projects."""
    city = reference.cities.get(plan.city)
    cycle = reference.cycles.get(plan.cycle)
    return {
        "kind": DOCUMENT_KIND,
        "document_version": DOCUMENT_VERSION,
        **_WRITE["plan"](plan),
        "city_name": city.name if city else plan.city,
        "city_name_en": city.name_en if city else plan.city,
        "country": city.country if city else "",
        "country_name": reference.member_states.get(city.country, "") if city else "",
        "currency": city.currency if city else "",
        "cycle_start_year": cycle.start_year if cycle else None,
        "cycle_end_year": cycle.end_year if cycle else None,
        "labels": _labels(plan, reference),
    }


def plan_to_document(plan: Plan, reference: ReferenceData) -> dict[str, Any]:
    """The plan.json document of `plan` (plain JSON values, ready for canonical encoding)."""
    return {**_header_document(plan, reference), "projects": [_project_document(project) for project in plan.projects]}


def content_hash(plan: Plan, reference: ReferenceData) -> str:
    """SHA-256 (hex) of the canonical document without revision, timestamps and editor.

    Two exports with the same content hash carry the same plan; the revision
    only grows when this changes.
    """
    return EncodedDocument.of_plan(plan, reference).content_hash()


class EncodedDocument:
    """A plan document encoded once, piece by piece, for its canonical bytes and content hash.

    Canonical JSON of an object is `{` + the sorted `"key":value` pairs joined by `,` + `}`,
    so the bytes with and without the non-content fields, and with a new revision, are
    assembled from the same encoded pieces: the projects (most of a plan) are encoded once.
    ``of_plan`` encodes the projects one at a time and keeps each project's bytes apart, and
    ``chunks`` gives the document in those pieces: a large plan's document never exists whole,
    as values or as one string of bytes (a 5,000-project plan.json is 14 MiB, its document
    several times that).
    """

    def __init__(self, pieces: dict[str, list[bytes]]) -> None:
        self._pieces = pieces  # key -> its canonical `"key":value` bytes, in one or more chunks

    @classmethod
    def of_document(cls, document: dict[str, Any]) -> EncodedDocument:
        """The pieces of an already built plan document (which is left unchanged)."""
        return cls({key: [_member(key, float_free_bytes(value))] for key, value in document.items()})

    @classmethod
    def of_plan(cls, plan: Plan, reference: ReferenceData) -> EncodedDocument:
        """The same bytes as ``of_document(plan_to_document(plan, reference))``, a project at a time."""
        pieces = {key: [_member(key, float_free_bytes(value))] for key, value in _header_document(plan, reference).items()}
        # A JSON array is its items' encodings joined by "," between brackets: the same bytes as encoding it whole.
        projects = [float_free_bytes(_project_document(project)) + b"," for project in plan.projects]
        if projects:
            projects[-1] = projects[-1][:-1]
        pieces["projects"] = [_member("projects", b"["), *projects, b"]"]
        return cls(pieces)

    def content_hash(self) -> str:
        digest = hashlib.sha256()
        for chunk in self._chunks([key for key in sorted(self._pieces) if key not in NON_CONTENT_FIELDS]):
            digest.update(chunk)
        return digest.hexdigest()

    def set_revision(self, revision: int) -> None:
        self._pieces["revision"] = [_member("revision", float_free_bytes(revision))]

    def chunks(self) -> Iterator[bytes]:
        """The canonical bytes in pieces (``b"".join`` of them is ``to_bytes()``)."""
        return self._chunks(sorted(self._pieces))

    def to_bytes(self) -> bytes:
        return b"".join(self.chunks())

    def _chunks(self, keys: list[str]) -> Iterator[bytes]:
        yield b"{"
        for index, key in enumerate(keys):
            if index:
                yield b","
            yield from self._pieces[key]
        yield b"}"


def _member(key: str, value: bytes) -> bytes:
    return float_free_bytes(key) + b":" + value


# --- document -> Plan ------------------------------------------------------------

_READ = {entity.name: _reader(entity) for entity in declared.ENTITIES}
_CHILD_CLASSES: dict[str, type[Any]] = {"funding": FundingSource, "milestone": Milestone,
                                        "progress_note": ProgressNote}


def _project_from(doc: dict[str, Any]) -> Project:
    children: dict[str, Any] = {name: [_CHILD_CLASSES[kind](**_READ[kind](child)) for child in doc[name]]
                                  for name, kind in _CHILDREN}
    indicators = [Indicator(**_READ["indicator"](i), values=[IndicatorValue(**_READ["indicator_value"](v))
                                                             for v in i["values"]])
                  for i in doc["indicators"]]
    return Project(**_READ["project"](doc), **children, indicators=indicators)


def plan_from_document(doc: dict[str, Any]) -> Plan:
    """The `Plan` a plan.json document describes. Validate against the schema first (bundle_format)."""
    if doc.get("kind") != DOCUMENT_KIND or doc.get("document_version") != DOCUMENT_VERSION:
        raise ValidationError(_("This is not a version 1 ASCN city plan document."))
    try:
        return Plan(**_READ["plan"](doc), projects=[_project_from(project) for project in doc["projects"]])
    except (KeyError, TypeError) as exc:
        raise ValidationError(_("The plan document is incomplete or malformed ({name__}: {exc}).").format(
            name__=type(exc).__name__, exc=exc)) from None
