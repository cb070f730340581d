"""Opening a profile for work: the store, migrated and with reference data loaded."""

from __future__ import annotations

from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import sync_reference
from ascn_desktop.store.engine import Store, open_store


def open_profile_store(profile: Profile, *, create: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store of `profile`, reference data loaded."""
    store = open_store(profile, create=create)
    try:
        sync_reference(store)
    except Exception:
        store.close()
        raise
    return store
