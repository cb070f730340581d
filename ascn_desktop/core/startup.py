"""Opening a profile for work: the store, migrated and with reference data loaded."""

from __future__ import annotations

from dataclasses import dataclass

from ascn_desktop.core.bundles.bundle_archive import remove_orphans
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import ReferenceData, load_reference, sync_reference
from ascn_desktop.core.workplace import ActiveRole, active_role, needs_first_run
from ascn_desktop.store.engine import Store, open_store
from ascn_desktop.store.retries import retry_on_conflict


def open_profile_store(profile: Profile, *, create: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store of `profile`, reference data loaded.

    Archive files left by an import that was killed before its commit are removed here.
    """
    store = open_store(profile, create=create)
    try:
        # On a shared server store several analysts' programs may load a new reference file at once.
        retry_on_conflict(lambda: sync_reference(store))
        remove_orphans(store)
    except Exception:
        store.close()
        raise
    return store


@dataclass(frozen=True)
class OpenedProfile:
    """What the desktop window needs before it can build its pages."""

    store: Store
    reference: ReferenceData
    active: ActiveRole | None  # whose window it is (identity, else the remembered city)
    first_run: bool  # neither an identity nor a remembered city: ask which city this is


def read_for_desktop(store: Store) -> OpenedProfile:
    """What a window around the open `store` is built from: reference data and role (the background runner)."""
    return OpenedProfile(store=store, reference=load_reference(store), active=active_role(store),
                         first_run=needs_first_run(store))


def open_for_desktop(profile: Profile) -> OpenedProfile:
    """Open the store of `profile` and read what the window is built from (the desktop's background runner)."""
    store = open_profile_store(profile)
    try:
        return read_for_desktop(store)
    except Exception:
        store.close()
        raise
