"""The officer's workplace (first-run city) and the active role."""

from __future__ import annotations

import pytest

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.workplace import (
    Workplace,
    active_role,
    load_workplace,
    needs_first_run,
    save_workplace,
    workplace_path,
)
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import IdentityRow
from ascn_desktop.store.types import utc_now


def test_first_run_until_a_city_is_chosen(store: Store) -> None:
    assert needs_first_run(store)
    assert active_role(store) is None
    save_workplace(store.profile, Workplace(country="VNM", city="VNM-HA-NOI"), load_reference(store))
    assert not needs_first_run(store)
    role = active_role(store)
    assert role is not None and (role.role, role.city, role.from_identity) == ("csco", "VNM-HA-NOI", False)
    assert load_workplace(store.profile) == Workplace("VNM", "VNM-HA-NOI")


def test_unknown_city_is_refused_and_nothing_written(store: Store) -> None:
    with pytest.raises(ValidationError):
        save_workplace(store.profile, Workplace(country="THA", city="VNM-HA-NOI"), load_reference(store))
    assert not workplace_path(store.profile).exists()


def test_damaged_file_means_ask_again(store: Store) -> None:
    store.profile.home.mkdir(parents=True, exist_ok=True)
    workplace_path(store.profile).write_text("{not json", encoding="utf-8")
    assert load_workplace(store.profile) is None
    assert needs_first_run(store)


def test_active_identity_decides_the_role(store: Store) -> None:
    save_workplace(store.profile, Workplace(country="VNM", city="VNM-HA-NOI"))
    with store.transaction() as session:
        session.add(IdentityRow(name="Nguyễn Văn An", role="nr", country="VNM", city=None, public_key="x",
                                fingerprint="fp-1", key_file="keys/a", created_at=utc_now(), is_active=True))
    role = active_role(store)
    assert role is not None and (role.role, role.country, role.name) == ("nr", "VNM", "Nguyễn Văn An")
    assert not needs_first_run(store)
