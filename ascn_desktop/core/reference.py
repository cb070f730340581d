"""Reference data: member states, cities, cycles, vocabularies, partners, currencies.

The files in ``resources/reference/`` are data an administrator can extend, not
code. Each carries a ``version``; ``sync_reference`` loads them into the store
on open, idempotently: new entries are added and changed labels are updated,
but nothing is ever deleted (plans may use it). Codes are forever.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.resources import resource_path
from ascn_desktop.core.text import match_key
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import (
    City,
    Currency,
    Cycle,
    MemberState,
    Partner,
    ReferenceFile,
    ReferencePack,
    VocabularyTerm,
)
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _, currency_name as translated_currency_name, label as translated_label
from ascn_desktop.core.language import shown_city_name

REFERENCE_FILES = (
    "member_states.json",
    "cities.json",
    "cycles.json",
    "vocabularies.json",
    "partners.json",
    "currencies.json",
)
VOCABULARY_KINDS = (
    "outcomes",
    "focus_areas",
    "project_statuses",
    "milestone_statuses",
    "funding_types",
    "sdgs",
)


def read_reference_file(name: str) -> dict[str, Any]:
    with resource_path("reference", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def baseline_version() -> int:
    """The reference version this release's built-in data stands for (resources/reference/baseline.json)."""
    return int(read_reference_file("baseline.json")["reference_version"])


def sync_reference(store: Store) -> bool:
    """Load every reference file whose version is newer than the store's. True if anything changed.

    A signed pack applied to this profile (core/reference_packs.py) sits on top of the built-in
    files: when the files changed, the newest stored pack newer than the baseline is applied again,
    so a new release never undoes the Secretariat's update.
    """
    changed = False
    with store.transaction() as session:
        loaded = {row.name: row.version for row in session.scalars(select(ReferenceFile))}
        for name in REFERENCE_FILES:
            data = read_reference_file(name)
            version = int(data["version"])
            if loaded.get(name, 0) >= version:
                continue
            _LOADERS[name](session, data)
            session.merge(ReferenceFile(name=name, version=version, loaded_at=utc_now()))
            changed = True
        if changed:
            newest = session.scalars(select(ReferencePack).order_by(ReferencePack.version.desc()).limit(1)).first()
            if newest is not None and newest.version > baseline_version():
                apply_document(session, json.loads(newest.content)["reference"])
    return changed


def apply_document(session: Session, document: dict[str, Any]) -> None:
    """Upsert a whole reference document (a pack's "reference" object): adds and relabels, never deletes."""
    _load_member_states(session, document)
    _load_cities(session, document)
    _load_cycles(session, document)
    _load_vocabularies(session, document.get("vocabularies", {}), kinds=None)
    _load_partners(session, document)
    _load_currencies(session, document)


def _upsert(session: Session, model: type[Any], key: dict[str, Any], values: dict[str, Any]) -> None:
    row = session.get(model, tuple(key.values()) if len(key) > 1 else next(iter(key.values())))
    if row is None:
        session.add(model(**key, **values))
    else:
        for attribute, value in values.items():
            setattr(row, attribute, value)


def _load_coded(session: Session, model: type[Any], entries: list[dict[str, Any]],
                values: Callable[[dict[str, Any], int], dict[str, Any]]) -> None:
    """Upsert one row per entry, keyed by its code; `values` gives its other columns from the entry and
    its position in the list."""
    for position, entry in enumerate(entries):
        _upsert(session, model, {"code": entry["code"]}, values(entry, position))
    session.flush()


def _load_member_states(session: Session, data: dict[str, Any]) -> None:
    _load_coded(session, MemberState, data["member_states"], lambda entry, position: {
        "name": entry["name"], "currency": entry["currency"], "position": position,
        "joined_year": entry.get("joined_year")})


def _load_cities(session: Session, data: dict[str, Any]) -> None:
    session.flush()
    _load_coded(session, City, data["cities"], lambda entry, position: {
        "country": entry["country"], "name": entry["name"], "name_en": entry["name_en"],
        "pilot": bool(entry.get("pilot", False)), "joined_year": entry.get("joined_year"),
        "position": position, "name_local": entry.get("name_local") or "",
        "left_year": entry.get("left_year"), "note": entry.get("note") or "",
        "aliases": list(entry.get("aliases", ())),
    })


def _load_cycles(session: Session, data: dict[str, Any]) -> None:
    _load_coded(session, Cycle, data["cycles"], lambda entry, _position: {
        "start_year": entry["start_year"], "end_year": entry["end_year"], "label": entry["label"],
        "classification": entry.get("classification"), "note": entry.get("note") or ""})


def _load_vocabularies(session: Session, data: dict[str, Any], *, kinds: tuple[str, ...] | None) -> None:
    for kind in kinds or tuple(data):
        for position, entry in enumerate(data.get(kind, [])):
            _upsert(session, VocabularyTerm, {"kind": kind, "code": str(entry["code"])},
                    {"label": entry["label"], "position": position, "aliases": list(entry.get("aliases", ()))})
    session.flush()


def _load_partners(session: Session, data: dict[str, Any]) -> None:
    _load_coded(session, Partner, data["partners"], lambda entry, position: {
        "name": entry["name"], "kind": entry["kind"], "position": position, "programme_of": entry.get("programme_of")})


def _load_currencies(session: Session, data: dict[str, Any]) -> None:
    _load_coded(session, Currency, data["currencies"], lambda entry, _position: {
        "name": entry["name"], "decimals": int(entry["decimals"])})


_LOADERS: dict[str, Callable[[Session, dict[str, Any]], None]] = {
    "member_states.json": _load_member_states,
    "cities.json": _load_cities,
    "cycles.json": _load_cycles,
    "vocabularies.json": lambda session, data: _load_vocabularies(session, data, kinds=VOCABULARY_KINDS),
    "partners.json": _load_partners,
    "currencies.json": _load_currencies,
}


# --- read side: one snapshot the GUI, CLI and exports share ---------------------


@dataclass(frozen=True)
class CityInfo:
    code: str
    country: str
    name: str
    name_en: str
    pilot: bool
    currency: str
    name_local: str = ""
    joined_year: int | None = None
    left_year: int | None = None
    note: str = ""

    def in_network(self, year: int) -> bool:
        """Whether the city belonged to the network in `year` (the pilot cities from 2018)."""
        joined = self.joined_year if self.joined_year is not None else 2018
        return joined <= year and (self.left_year is None or year <= self.left_year)


@dataclass(frozen=True)
class CycleInfo:
    code: str
    start_year: int
    end_year: int
    label: str
    classification: dict[str, str] | None = None  # role ("focus_areas", "outcomes") -> vocabulary kind
    note: str = ""

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)


@dataclass(frozen=True)
class ReferenceData:
    """An in-memory snapshot of the reference tables, ordered as in the files."""

    member_states: dict[str, str]  # code -> name
    country_currency: dict[str, str]
    cities: dict[str, CityInfo]
    cycles: dict[str, CycleInfo]
    vocab: dict[str, dict[str, str]]  # kind -> code -> label
    partners: dict[str, str]
    partner_kinds: dict[str, str]
    currency_decimals: dict[str, int]
    currency_names: dict[str, str] = field(default_factory=dict)
    # city code -> short forms people type ("HCMC", "KL"); from cities.json's optional "aliases".
    city_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # kind -> code -> other spellings ("Civic & Social" for CS); matching hints for imports.
    vocab_aliases: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    programmes: dict[str, str] = field(default_factory=dict)  # programme code -> partner code
    version: int = 1  # the reference version this profile holds (baseline or newest applied pack)
    member_state_joined: dict[str, int | None] = field(default_factory=dict)

    def label(self, kind: str, code: str | None) -> str:
        """The label of `code`; a code of a cycle's own list ("focus_areas:2026-2035") is found too."""
        if code is None:
            return ""
        found = self.vocab.get(kind, {}).get(str(code))
        if found is None:
            found = next((terms[str(code)] for name, terms in self.vocab.items()
                          if name.startswith(f"{kind}:") and str(code) in terms), None)
        return found if found is not None else str(code)

    # What a person reads: labels in the reader's language (core/i18n catalogues, keyed by code). Bundles,
    # workbooks read back by the import and JSON keep `label` (English) or the code.

    def shown_label(self, kind: str, code: str | None) -> str:
        """The label of `code` in the reader's language ('Mobilité' …); the reference label when the
        catalogue has none."""
        if code is None:
            return ""
        return translated_label(kind.split(":")[0], str(code), self.label(kind, code))

    def shown_vocab(self, kind: str) -> dict[str, str]:
        """A vocabulary (code -> label) as the reader reads it, in the reference order."""
        return {code: self.shown_label(kind, code) for code in self.vocab.get(kind, {})}

    def shown_member_states(self) -> dict[str, str]:
        """Member states (code -> name) as the reader reads them, in the reference order."""
        return {code: self.country_name(code) for code in self.member_states}

    def country_name(self, code: str | None) -> str:
        """A member state's name in the reader's language."""
        if not code:
            return ""
        return translated_label("member_states", code, self.member_states.get(code, code))

    def currency_name(self, code: str) -> str:
        """A currency's name in the reader's language ("Thai baht", "บาท")."""
        return translated_currency_name(code, self.currency_names.get(code, code))

    def cycle_label(self, code: str | None) -> str:
        """A planning cycle's label in the reader's language ("First planning cycle 2018–2025")."""
        cycle = self.cycles.get(code or "")
        if cycle is None:
            return code or ""
        return translated_label("cycles", cycle.code, cycle.label)

    def city_name(self, code: str | None) -> str:
        """A city's name for the reader: in its own script when the interface speaks its country's
        language (ភ្នំពេញ in Khmer, กรุงเทพมหานคร in Thai), else its usual name."""
        city = self.cities.get(code or "")
        if city is None:
            return code or ""
        return shown_city_name(city.country, city.name, city.name_local)

    def city(self, code: str) -> CityInfo:
        try:
            return self.cities[code]
        except KeyError:
            raise NotFoundError(_("There is no city with code {code}.").format(code=code)) from None

    def cycle(self, code: str) -> CycleInfo:
        try:
            return self.cycles[code]
        except KeyError:
            raise NotFoundError(_("There is no planning cycle {code}.").format(code=code)) from None

    def find_city(self, text: str) -> CityInfo:
        """A city by code, name or alias, ignoring case, accents, spaces and hyphens.

        'ha noi', 'hanoi', 'da-nang' and 'HCMC' all find their city. A partial match
        ('Ho Chi Minh') is taken only when it hits exactly one city, so a short
        fragment never silently picks the wrong one.
        """
        wanted = match_key(text)
        if not wanted:
            raise NotFoundError(_("Name a city; 'ascn cities' lists them."))

        def keys(city: CityInfo) -> list[str]:
            names = (city.code, city.name, city.name_en, *self.city_aliases.get(city.code, ()))
            return [match_key(name) for name in names]

        exact = [city for city in self.cities.values() if wanted in keys(city)]
        if len(exact) == 1:
            return exact[0]
        partial = exact or [city for city in self.cities.values()
                            if any(wanted in key for key in keys(city)[1:])]
        if len(partial) == 1:
            return partial[0]
        if partial:
            names = ", ".join(city.name for city in partial)
            raise AscnError(_("'{text}' matches several cities ({names}); type more of the name.").format(
                text=text, names=names))
        raise NotFoundError(_("There is no ASCN city called '{text}'; 'ascn cities' lists them.").format(text=text))

    def cities_of(self, country: str) -> list[CityInfo]:
        return [city for city in self.cities.values() if city.country == country]

    def cities_in(self, year: int) -> list[CityInfo]:
        """The network in `year`: the cities that had joined and not left."""
        return [city for city in self.cities.values() if city.in_network(year)]

    def classification(self, cycle: str, role: str) -> dict[str, str]:
        """The code -> label list that classifies `role` ("focus_areas", "outcomes") in `cycle`.

        A cycle whose own lists are not published yet uses the 2018 Framework's.
        """
        info = self.cycles.get(cycle)
        kind = (info.classification or {}).get(role, role) if info else role
        return self.vocab.get(kind, self.vocab.get(role, {}))

    def find_term(self, kind: str, text: str) -> str | None:
        """The code whose code, label or alias is `text` (ignoring case, accents, '&' vs 'and'), else None."""
        wanted = _term_key(text)
        for code, label in self.vocab.get(kind, {}).items():
            names = (code, label, *self.vocab_aliases.get(kind, {}).get(code, ()))
            if wanted in {_term_key(name) for name in names}:
                return code
        return None

    def current_cycle(self, year: int) -> CycleInfo:
        """The cycle containing `year`, else the latest one that started before it."""
        ordered = sorted(self.cycles.values(), key=lambda cycle: cycle.start_year)
        for cycle in ordered:
            if cycle.start_year <= year <= cycle.end_year:
                return cycle
        earlier = [cycle for cycle in ordered if cycle.start_year <= year]
        return earlier[-1] if earlier else ordered[0]


def _term_key(text: str) -> str:
    return match_key(str(text).replace("&", " and "))


def held_version(store: Store) -> int:
    """The reference version this profile holds (`ReferenceData.version`), without reading the data."""
    with store.read() as session:
        return _held_version(session)


def _held_version(session: Session) -> int:
    newest_pack = session.scalar(select(func.max(ReferencePack.version)))
    return max(baseline_version(), newest_pack or 0)


def load_reference(store: Store) -> ReferenceData:
    with store.read() as session:
        states = session.scalars(select(MemberState).order_by(MemberState.position)).all()
        country_currency = {state.code: state.currency for state in states}
        cities = {
            city.code: CityInfo(city.code, city.country, city.name, city.name_en, city.pilot,
                                country_currency.get(city.country, "USD"), city.name_local or "",
                                city.joined_year, city.left_year, city.note or "")
            for city in session.scalars(select(City).order_by(City.position))
        }
        cycles = {
            cycle.code: CycleInfo(cycle.code, cycle.start_year, cycle.end_year, cycle.label,
                                  dict(cycle.classification) if cycle.classification else None, cycle.note or "")
            for cycle in session.scalars(select(Cycle).order_by(Cycle.start_year))
        }
        vocab: dict[str, dict[str, str]] = {}
        vocab_aliases: dict[str, dict[str, tuple[str, ...]]] = {}
        for term in session.scalars(select(VocabularyTerm).order_by(VocabularyTerm.kind, VocabularyTerm.position)):
            vocab.setdefault(term.kind, {})[term.code] = term.label
            if term.aliases:
                vocab_aliases.setdefault(term.kind, {})[term.code] = tuple(term.aliases)
        partners = session.scalars(select(Partner).order_by(Partner.position)).all()
        currencies = session.scalars(select(Currency)).all()
        aliases = {city.code: tuple(city.aliases or ()) for city in session.scalars(select(City))}
        return ReferenceData(
            member_states={state.code: state.name for state in states},
            country_currency=country_currency,
            cities=cities,
            cycles=cycles,
            vocab=vocab,
            partners={partner.code: partner.name for partner in partners},
            partner_kinds={partner.code: partner.kind for partner in partners},
            currency_decimals={currency.code: currency.decimals for currency in currencies},
            currency_names={currency.code: currency.name for currency in currencies},
            city_aliases=aliases,
            vocab_aliases=vocab_aliases,
            programmes={partner.code: partner.programme_of for partner in partners if partner.programme_of},
            version=_held_version(session),
            member_state_joined={state.code: state.joined_year for state in states},
        )
