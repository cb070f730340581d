"""The reference document: the whole reference data as one JSON object.

The same shape is the built-in baseline (assembled from resources/reference/),
the ``reference`` of a signed pack (docs/reference-packs.md) and the
Secretariat's draft of the next pack. This module reads it, checks its shape
and checks that a newer one keeps every code of an older one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import select

from ascn_desktop.core.i18n import N_, _
from ascn_desktop.core.reference import REFERENCE_FILES, baseline_version, read_reference_file
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ReferencePack

SECTIONS = ("member_states", "cities", "cycles", "vocabularies", "partners", "currencies")
ENTRY_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # section -> (required, optional)
    "member_states": (("code", "name", "currency"), ("joined_year", "note")),
    "cities": (("code", "country", "name", "name_en"),
               ("name_local", "pilot", "joined_year", "left_year", "aliases", "note")),
    "cycles": (("code", "start_year", "end_year", "label"), ("classification", "note")),
    "partners": (("code", "name", "kind"), ("programme_of", "note")),
    "currencies": (("code", "name", "decimals"), ()),
}
TERM_FIELDS = (("code", "label"), ("aliases", "note"))
CLASSIFICATION_ROLES = ("focus_areas", "outcomes")
PARTNER_KINDS = ("multilateral", "dialogue_partner", "programme", "other")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CITY = re.compile(r"^[A-Z]{3}-[A-Z0-9][A-Z0-9-]{0,60}$")
_CYCLE = re.compile(r"^[0-9]{4}-[0-9]{4}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_KIND = re.compile(r"^[a-z][a-z0-9_]{0,19}(:[0-9]{4}-[0-9]{4})?$")


def baseline_document() -> dict[str, Any]:
    """This release's built-in reference data as one document."""
    files = {name: read_reference_file(name) for name in REFERENCE_FILES}
    vocabularies = {kind: terms for kind, terms in files["vocabularies.json"].items() if isinstance(terms, list)}
    return {
        "member_states": files["member_states.json"]["member_states"],
        "cities": files["cities.json"]["cities"],
        "cycles": files["cycles.json"]["cycles"],
        "vocabularies": vocabularies,
        "partners": files["partners.json"]["partners"],
        "currencies": files["currencies.json"]["currencies"],
    }


def current_document(store: Store) -> dict[str, Any]:
    """What this profile holds: the newest applied pack newer than the baseline, else the baseline."""
    with store.read() as session:
        newest = session.scalars(select(ReferencePack).order_by(ReferencePack.version.desc()).limit(1)).first()
        content = newest.content if newest is not None and newest.version > baseline_version() else None
    if content is None:
        return baseline_document()
    document: dict[str, Any] = json.loads(content)["reference"]
    return document


# --- shape ---------------------------------------------------------------------------------


def _entry_problem(section: str, entry: Any, required: tuple[str, ...], optional: tuple[str, ...]) -> str | None:
    if not isinstance(entry, dict):
        return _("An entry of {section} is not an object.").format(section=section)
    missing = [key for key in required if key not in entry]
    extra = [key for key in entry if key not in required and key not in optional]
    if missing:
        return _("An entry of {section} has no {field}.").format(section=section, field=missing[0])
    if extra:
        return _("An entry of {section} has the unknown field {field}.").format(section=section, field=extra[0])
    code = entry.get("code")
    for key in ("name", "name_en", "label"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key].strip() or len(entry[key]) > 200):
            return _("The {field} of {code} in {section} is empty or too long.").format(
                field=key, code=code, section=section)
    for key in ("note", "name_local"):
        if entry.get(key) is not None and (not isinstance(entry[key], str) or len(entry[key]) > 2000):
            return _("The {field} of {code} in {section} is not text.").format(field=key, code=code, section=section)
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and 0 < len(a) <= 200 for a in aliases):
        return _("The aliases of {code} in {section} are not a list of names.").format(code=code, section=section)
    return None


def _year(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1967 <= value <= 2200


def check_document(document: Any) -> str | None:
    """None if `document` has the shape of reference data, else what is wrong (one translated sentence)."""
    if not isinstance(document, dict) or sorted(document) != sorted(SECTIONS):
        return _("The reference data must hold exactly {sections}.").format(sections=", ".join(SECTIONS))
    vocabularies = document["vocabularies"]
    if not isinstance(vocabularies, dict):
        return _("The {section} of the reference data is not an object.").format(section="vocabularies")
    for section, (required, optional) in ENTRY_FIELDS.items():
        entries = document[section]
        if not isinstance(entries, list):
            return _("The {section} of the reference data is not a list.").format(section=section)
        for entry in entries:
            problem = _entry_problem(section, entry, required, optional)
            if problem:
                return problem
        codes = [entry["code"] for entry in entries]
        if len(set(map(str, codes))) != len(codes):
            return _("A code appears twice in {section}.").format(section=section)
    for kind, terms in vocabularies.items():
        if not _KIND.match(str(kind)) or not isinstance(terms, list):
            return _("The vocabulary {kind} is not a list of terms.").format(kind=str(kind)[:40])
        for term in terms:
            problem = _entry_problem(kind, term, *TERM_FIELDS)
            if problem:
                return problem
            if not _CODE.match(str(term["code"])):
                return _("The code {code} in {kind} is not of the allowed form.").format(
                    code=str(term["code"])[:40], kind=kind)
    return _cross_problem(document)


def _cross_problem(document: dict[str, Any]) -> str | None:
    currencies = {entry["code"] for entry in document["currencies"]}
    states = {entry["code"] for entry in document["member_states"]}
    for currency in document["currencies"]:
        if not _ISO3.match(str(currency["code"])) or currency["decimals"] not in (0, 1, 2, 3):
            return _("The currency {code} is not an ISO 4217 code with 0 to 3 decimals.").format(
                code=str(currency["code"])[:20])
    for state in document["member_states"]:
        if not _ISO3.match(str(state["code"])) or state["currency"] not in currencies:
            return _("The member state {code} has no ISO code or an unknown currency.").format(
                code=str(state["code"])[:20])
    for city in document["cities"]:
        code = str(city["code"])
        if not _CITY.match(code) or city["country"] not in states or not code.startswith(f"{city['country']}-"):
            return _("The city {code} has no valid code or names an unknown member state.").format(code=code[:70])
        joined, left = city.get("joined_year"), city.get("left_year")
        if not _year(joined) or (left is not None and (not _year(left) or left < joined)):
            return _("The city {code} has no valid year of joining (or leaving).").format(code=code)
    for cycle in document["cycles"]:
        if not _CYCLE.match(str(cycle["code"])) or not (_year(cycle["start_year"]) and _year(cycle["end_year"])) \
                or cycle["start_year"] > cycle["end_year"] or cycle["code"] != f"{cycle['start_year']}-{cycle['end_year']}":
            return _("The planning cycle {code} does not run from its first to its last year.").format(
                code=str(cycle["code"])[:20])
        classification = cycle.get("classification")
        if classification is not None and (
                not isinstance(classification, dict) or set(classification) - set(CLASSIFICATION_ROLES)
                or any(kind not in document["vocabularies"] for kind in classification.values())):
            return _("The classification of the planning cycle {code} names a list the reference data does not "
                     "hold.").format(code=cycle["code"])
    partners = {entry["code"] for entry in document["partners"]}
    for partner in document["partners"]:
        if partner["kind"] not in PARTNER_KINDS or (partner.get("programme_of") is not None
                                                    and partner["programme_of"] not in partners):
            return _("The partner {code} has an unknown kind or programme owner.").format(code=str(partner["code"])[:32])
    return None


# --- codes are forever -----------------------------------------------------------------------


def codes_kept(old: dict[str, Any], new: dict[str, Any]) -> str | None:
    """None if `new` keeps every code of `old` with its meaning, else what it breaks (one translated sentence)."""
    for section in ENTRY_FIELDS:
        new_entries = {str(entry["code"]): entry for entry in new[section]}
        for entry in old[section]:
            code = str(entry["code"])
            if code not in new_entries:
                return _removed(section, code)
            problem = _meaning_changed(section, entry, new_entries[code])
            if problem:
                return problem
    for kind, terms in old["vocabularies"].items():
        kept = {str(term["code"]) for term in new["vocabularies"].get(kind, [])}
        for term in terms:
            if str(term["code"]) not in kept:
                return _("The new reference data removes the code {code} of the list {kind}.").format(
                    code=term["code"], kind=kind)
    return None


# One whole sentence per kind of entry, so a translation never glues an English word into it.
_REMOVED = {
    "member_states": N_("The new reference data removes the member state {code}."),
    "cities": N_("The new reference data removes the city {code}."),
    "cycles": N_("The new reference data removes the planning cycle {code}."),
    "partners": N_("The new reference data removes the partner {code}."),
    "currencies": N_("The new reference data removes the currency {code}."),
}


def _removed(section: str, code: str) -> str:
    return _(_REMOVED[section]).format(code=code)


def _meaning_changed(section: str, old: dict[str, Any], new: dict[str, Any]) -> str | None:
    code = old["code"]
    if section == "cities" and old["country"] != new["country"]:
        return _("The new reference data moves the city {code} to another member state.").format(code=code)
    if section == "member_states" and old["currency"] != new["currency"]:
        return _("The new reference data changes the currency of {code}, which every amount of its plans is "
                 "in.").format(code=code)
    if section == "cycles":
        if (old["start_year"], old["end_year"]) != (new["start_year"], new["end_year"]):
            return _("The new reference data changes the years of the planning cycle {code}.").format(code=code)
        if old.get("classification") is not None and old.get("classification") != new.get("classification"):
            return _("The new reference data changes the published classification of the planning cycle "
                     "{code}.").format(code=code)
    if section == "currencies" and old["decimals"] != new["decimals"]:
        return _("The new reference data changes the decimals of the currency {code}.").format(code=code)
    return None
