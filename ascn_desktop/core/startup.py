"""Opening a profile for work: the store, migrated and with reference data loaded."""

from __future__ import annotations

from ascn_desktop.core.bundles.bundle_archive import remove_orphans
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import sync_reference
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
