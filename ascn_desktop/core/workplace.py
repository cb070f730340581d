"""Whose app it is: the officer's city before a signing identity exists, and the active role.

On first run, before any signing identity exists, the GUI asks which city the
officer works for and remembers the answer in ``workplace.json`` in the
profile folder (so the CLI sees the same choice). Once an identity exists, its
role and city decide what the app offers; the remembered city is then only a
fallback.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from ascn_desktop.core.errors import AscnError, ValidationError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.safe_files import atomic_write
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import IdentityRow
from ascn_desktop.core.i18n import _

WORKPLACE_FILE = "workplace.json"


@dataclass(frozen=True)
class Workplace:
    """The city (and its member state) the officer said they work for."""

    country: str
    city: str


@dataclass(frozen=True)
class ActiveRole:
    """What the main window offers: the role, and the country/city it acts for."""

    role: str  # csco | nr | asec
    country: str | None
    city: str | None
    name: str  # who edits (identity name, else the login name)
    from_identity: bool


def workplace_path(profile: Profile) -> Path:
    return profile.home / WORKPLACE_FILE


def load_workplace(profile: Profile) -> Workplace | None:
    """The remembered workplace, or None if none was chosen (or the file is unreadable)."""
    path = workplace_path(profile)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Workplace(country=str(data["country"]), city=str(data["city"]))
    except (OSError, ValueError, KeyError, TypeError):
        # A missing or damaged file just means "ask again"; it holds nothing else.
        return None


def save_workplace(profile: Profile, workplace: Workplace, reference: ReferenceData | None = None) -> None:
    """Remember the officer's city (checked against the reference data when given)."""
    if reference is not None:
        city = reference.cities.get(workplace.city)
        if city is None or city.country != workplace.country:
            raise ValidationError(_("{city} is not an ASCN city of {country}; choose one from the list.").format(
                city=workplace.city, country=workplace.country))
    profile.home.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"country": workplace.country, "city": workplace.city}, ensure_ascii=False, indent=2)
    atomic_write(workplace_path(profile), (text + "\n").encode("utf-8"))


def active_identity(store: Store) -> IdentityRow | None:
    """The active signing identity of this profile, newest first, or None."""
    with store.read() as session:
        row = session.scalars(
            select(IdentityRow).where(IdentityRow.is_active.is_(True)).order_by(IdentityRow.created_at.desc())
        ).first()
        if row is not None:
            session.expunge(row)
        return row


def has_identity(store: Store) -> bool:
    with store.read() as session:
        return session.scalars(select(IdentityRow.id).limit(1)).first() is not None


def needs_first_run(store: Store) -> bool:
    """True when there is neither a signing identity nor a remembered city: the app must ask."""
    return not has_identity(store) and load_workplace(store.profile) is None


def active_role(store: Store) -> ActiveRole | None:
    """The active identity's role, else 'csco' for the remembered city, else None (ask first)."""
    identity = active_identity(store)
    if identity is not None:
        return identity_role(identity)
    workplace = load_workplace(store.profile)
    if workplace is None:
        return None
    return ActiveRole(role="csco", country=workplace.country, city=workplace.city, name=_login_name(),
                      from_identity=False)


class _Signer(Protocol):  # an identity card, or the stored identity's row
    @property
    def role(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def name(self) -> str: ...


def identity_role(identity: _Signer) -> ActiveRole:
    """The role a signing identity acts in."""
    return ActiveRole(role=identity.role, country=identity.country, city=identity.city,
                      name=identity.name, from_identity=True)


def editor_name(store: Store) -> str:
    """Who is editing, for a plan's 'last edited by'."""
    role = active_role(store)
    return role.name if role is not None else _login_name()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, AscnError):  # no login name (some containers)
        return ""
