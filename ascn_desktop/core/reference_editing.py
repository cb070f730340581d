"""The Secretariat's draft of the next reference pack: add, preview, sign and export.

The draft is the current reference document plus the Secretariat's additions,
kept in the profile folder (``reference-draft.json``) until it is signed, so the
Reference data page and ``ascn reference add-…`` edit the same draft. Signing
gives it the next version number, applies it to this profile and writes the
pack file; the draft is then gone.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ascn_desktop.core.errors import AscnError, ValidationError
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reference_document import check_document, codes_kept, current_document
from ascn_desktop.core.reference_packs import apply_pack_bytes, build_pack, pack_file_name
from ascn_desktop.core.safe_files import atomic_write
from ascn_desktop.core.signing.identity import require_identity, unlock
from ascn_desktop.core.text import slug
from ascn_desktop.store.engine import Store
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _, label

DRAFT_FILE = "reference-draft.json"


def _draft_path(store: Store) -> Path:
    return store.profile.home / DRAFT_FILE


def load_draft(store: Store) -> dict[str, Any]:
    """The draft, or a fresh copy of what the profile holds when there is none (or it is stale)."""
    path = _draft_path(store)
    held = load_reference(store).version
    if path.exists():
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            if saved.get("base_version") == held and check_document(saved.get("reference")) is None:
                document: dict[str, Any] = saved["reference"]
                return document
        except (OSError, ValueError, AttributeError):
            pass  # an unreadable draft is started again from what the profile holds
    return copy.deepcopy(current_document(store))


def has_draft(store: Store) -> bool:
    return bool(draft_changes(current_document(store), load_draft(store)))


def save_draft(store: Store, document: dict[str, Any]) -> None:
    problem = check_document(document) or codes_kept(current_document(store), document)
    if problem:
        raise ValidationError(" ".join((problem, _("That change was not made."))))
    payload = {"base_version": load_reference(store).version, "reference": document}
    atomic_write(_draft_path(store), json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"))


def discard_draft(store: Store) -> None:
    _draft_path(store).unlink(missing_ok=True)


# --- additions ---------------------------------------------------------------------------


def _codes(document: dict[str, Any], section: str) -> set[str]:
    return {str(entry["code"]) for entry in document[section]}


def add_city(store: Store, *, country: str, name: str, name_en: str = "", name_local: str = "",
             joined_year: int, note: str = "", code: str = "") -> str:
    """Add a city to the draft; returns its code (COUNTRY-ENGLISH-NAME unless given)."""
    document = load_draft(store)
    country = country.strip().upper()
    name_en = name_en.strip() or name.strip()
    code = (code.strip().upper() or f"{country}-{slug(name_en).upper()}")
    if code in _codes(document, "cities"):
        raise ValidationError(_("There is already a city with code {code}; choose another code.").format(code=code))
    if country not in _codes(document, "member_states"):
        raise ValidationError(_("There is no member state {country}; add it first.").format(country=country))
    entry: dict[str, Any] = {"code": code, "country": country, "name": name.strip(), "name_en": name_en,
                             "name_local": name_local.strip() or name.strip(), "pilot": False,
                             "joined_year": joined_year, "left_year": None}
    if note.strip():
        entry["note"] = note.strip()
    # keep the cities of a country together, as every list shows them
    position = max((n + 1 for n, c in enumerate(document["cities"]) if c["country"] == country),
                   default=len(document["cities"]))
    document["cities"].insert(position, entry)
    save_draft(store, document)
    return code


def correct_city(store: Store, code: str, *, joined_year: int | None = None, left_year: int | None = None,
                 name_local: str | None = None, note: str | None = None) -> str:
    """Correct a city's record in the draft (its code and member state never change)."""
    document = load_draft(store)
    city = next((entry for entry in document["cities"] if entry["code"] == code.strip().upper()), None)
    if city is None:
        raise ValidationError(_("There is no city with code {code}; 'ascn cities' lists them.").format(code=code))
    for key, value in (("joined_year", joined_year), ("left_year", left_year), ("name_local", name_local),
                       ("note", note)):
        if value is not None:
            city[key] = value.strip() if isinstance(value, str) else value
    save_draft(store, document)
    return str(city["code"])


def add_member_state(store: Store, *, code: str, name: str, currency: str, joined_year: int | None = None) -> str:
    document = load_draft(store)
    code, currency = code.strip().upper(), currency.strip().upper()
    if code in _codes(document, "member_states"):
        raise ValidationError(_("There is already a member state {code}.").format(code=code))
    if currency not in _codes(document, "currencies"):
        document["currencies"].append({"code": currency, "name": currency, "decimals": 2})
    entry: dict[str, Any] = {"code": code, "name": name.strip(), "currency": currency}
    if joined_year is not None:
        entry["joined_year"] = joined_year
    document["member_states"].append(entry)
    save_draft(store, document)
    return code


def add_cycle(store: Store, *, start_year: int, end_year: int, label: str,
              focus_areas: list[tuple[str, str]], outcomes: list[tuple[str, str]]) -> str:
    """A new cycle with its own code lists, or the lists of a cycle whose classification is not published yet."""
    document = load_draft(store)
    code = f"{start_year}-{end_year}"
    existing = next((cycle for cycle in document["cycles"] if cycle["code"] == code), None)
    if existing is not None and existing.get("classification") is not None:
        raise ValidationError(_("The planning cycle {code} already has its classification; codes are forever.").format(
            code=code))
    classification: dict[str, str] | None = None
    if focus_areas or outcomes:
        classification = {}
        for role, terms in (("focus_areas", focus_areas), ("outcomes", outcomes)):
            if not terms:
                continue
            kind = f"{role}:{code}"
            document["vocabularies"][kind] = [{"code": c.strip(), "label": label_.strip()} for c, label_ in terms]
            classification[role] = kind
    if existing is None:
        document["cycles"].append({"code": code, "start_year": start_year, "end_year": end_year,
                                   "label": label.strip(), "classification": classification})
    else:
        existing["classification"] = classification
        existing["label"] = label.strip() or existing["label"]
    save_draft(store, document)
    return code


def add_partner(store: Store, *, code: str, name: str, kind: str, programme_of: str | None = None) -> str:
    document = load_draft(store)
    code = code.strip()
    if code in _codes(document, "partners"):
        raise ValidationError(_("There is already a partner or programme with code {code}.").format(code=code))
    if programme_of and programme_of not in _codes(document, "partners"):
        raise ValidationError(_("There is no partner {programme_of} for this programme to belong to.").format(
            programme_of=programme_of))
    entry: dict[str, Any] = {"code": code, "name": name.strip(), "kind": "programme" if programme_of else kind}
    if programme_of:
        entry["programme_of"] = programme_of
    document["partners"].append(entry)
    save_draft(store, document)
    return code


# --- preview ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftState:
    """What the Reference data page shows: the reference data held, the draft, the draft's changes in words."""

    reference: ReferenceData
    draft: dict[str, Any]
    changes: list[str]


def draft_state(store: Store) -> DraftState:
    draft = load_draft(store)
    return DraftState(load_reference(store), draft, draft_changes(current_document(store), draft))


def draft_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """One line per addition or change, in words (the preview)."""
    lines: list[str] = []
    states = {entry["code"]: label("member_states", entry["code"], entry["name"])  # in the reader's language
              for entry in new["member_states"]}
    for section, describe in (("member_states", _describe_state), ("cities", lambda e: _describe_city(e, states)),
                              ("cycles", _describe_cycle), ("partners", _describe_partner),
                              ("currencies", lambda e: _("Currency {code} ({name})").format(code=e["code"],
                                                                                             name=e["name"]))):
        before = {str(entry["code"]): entry for entry in old[section]}
        for entry in new[section]:
            previous = before.get(str(entry["code"]))
            if previous is None:
                lines.append(_("New: {change}").format(change=describe(entry)))
            elif previous != entry:
                lines.append(_("Changed: {change}").format(change=describe(entry)))
    for kind, terms in new["vocabularies"].items():
        before_terms = {str(term["code"]): term for term in old["vocabularies"].get(kind, [])}
        for term in terms:
            if str(term["code"]) not in before_terms:
                lines.append(_("New code in {kind}: {code} {label}").format(kind=kind, code=term["code"],
                                                                            label=term["label"]))
            elif before_terms[str(term["code"])]["label"] != term["label"]:
                lines.append(_("Relabelled in {kind}: {code} {label}").format(kind=kind, code=term["code"],
                                                                              label=term["label"]))
    return lines


def _describe_state(entry: dict[str, Any]) -> str:
    return _("member state {name} ({code}, currency {currency})").format(
        name=entry["name"], code=entry["code"], currency=entry["currency"])


def _describe_city(entry: dict[str, Any], states: dict[str, str]) -> str:
    local = f" / {entry['name_local']}" if entry.get("name_local") not in (None, "", entry["name"]) else ""
    return _("city {name} ({code}), {country}, joined {year}").format(
        name=entry["name"] + local, code=entry["code"], country=states.get(entry["country"], entry["country"]),
        year=entry.get("joined_year"))


def _describe_cycle(entry: dict[str, Any]) -> str:
    lists = (", ".join(entry["classification"].values()) if entry.get("classification")
             else _("no own code lists yet"))
    return _("planning cycle {code} “{label}” ({lists})").format(code=entry["code"], label=entry["label"], lists=lists)


def _describe_partner(entry: dict[str, Any]) -> str:
    if entry.get("programme_of"):
        return _("partner {name} ({code}, {kind}, a programme of {owner})").format(
            name=entry["name"], code=entry["code"], kind=entry["kind"], owner=entry["programme_of"])
    return _("partner {name} ({code}, {kind})").format(name=entry["name"], code=entry["code"], kind=entry["kind"])


# --- signing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedPack:
    path: Path
    version: int
    changes: list[str]


def sign_draft(store: Store, *, passphrase: str, out_dir: Path) -> SignedPack:
    """Sign the draft as the next version, apply it here and write the pack into `out_dir`."""
    identity = require_identity(store)
    if identity.card.role != "asec":
        raise AscnError(_("Only the ASEAN Secretariat signs reference data; this profile's identity is not an "
                        "ASEC identity."))
    document = load_draft(store)
    changes = draft_changes(current_document(store), document)
    if not changes:
        raise ValidationError(_("The draft holds no change yet; add a city, member state, cycle or partner first."))
    private_key = unlock(identity, passphrase)
    version = load_reference(store).version + 1
    data = build_pack(document, version=version, signer_card=identity.card.as_json(), private_key=private_key,
                      issued_at=utc_now())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / pack_file_name(version)
    outcome = apply_pack_bytes(store, data, file_name=str(path))
    if outcome.status != "applied":
        raise AscnError(outcome.message)
    atomic_write(path, data)
    discard_draft(store)
    return SignedPack(path, version, changes)
