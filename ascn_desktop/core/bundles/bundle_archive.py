"""The profile's archive of imported bundles: the exact bytes, kept forever.

Every imported plan points (through `imported_bundles.archive_path`) to the
file it came from, so a reviewer can always show which file, signed by whom,
a number in the store came from — and the NR's national bundle can carry the
city bundles byte for byte. Files are named by kind, country and bundle UUID
(never by a name taken from the bundle's sender) and written atomically.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

from sqlalchemy import select

from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.safe_files import (TEMP_PREFIX, FileWriteError, atomic_write, describe_os_error, fsync_folder,
                                          replace_file)
from ascn_desktop.store.db_errors import StoreBusyError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ImportedBundle
from ascn_desktop.core.i18n import _

_SAFE_PART = re.compile(r"[^A-Za-z0-9_-]")


def archive_relative_path(*, kind: str, country: str | None, bundle_uuid: str) -> str:
    """Where a bundle is archived, relative to the profile folder (POSIX separators)."""
    folder = _SAFE_PART.sub("_", country or "any")[:8]
    return f"archive/{_SAFE_PART.sub('_', kind)[:16]}/{folder}/{_SAFE_PART.sub('_', bundle_uuid)[:40]}.ascn"


def archive_bytes(profile: Profile, relative: str, data: bytes, *, sync: bool = True) -> tuple[Path, bool]:
    """Write `data` at `relative` unless the same bytes are there; returns (path, created).

    With ``sync=False`` the file is written to a temporary name and renamed into place
    (a reader never sees half a file) but not yet flushed to disk: the importer calls
    `make_durable` once for a whole batch, before it commits the store.
    """
    target = profile.home / relative
    if target.is_file():
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return target, False
    target.parent.mkdir(parents=True, exist_ok=True)
    if sync:
        atomic_write(target, data)
        return target, True
    temporary = target.with_name(f"{TEMP_PREFIX}{target.name}")
    try:
        temporary.write_bytes(data)
        replace_file(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise FileWriteError(describe_os_error(exc, target)) from None
    return target, True


def _syncfs(path: Path) -> bool:
    """Flush the file system holding `path` in one call (Linux syncfs); False where unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes  # only where syncfs is called: not at every start, which imports this module

        libc = ctypes.CDLL(None, use_errno=True)
        descriptor = os.open(path, os.O_RDONLY)
    except (OSError, AttributeError):
        return False
    try:
        return int(libc.syncfs(descriptor)) == 0
    except AttributeError:
        return False
    finally:
        os.close(descriptor)


def make_durable(paths: list[Path]) -> None:
    """Make freshly archived files and their folder entries durable before the store commits them."""
    if not paths:
        return
    if _syncfs(paths[0].parent):
        return
    try:
        for path in paths:
            with open(path, "rb+") as handle:
                os.fsync(handle.fileno())
        for folder in {path.parent for path in paths}:
            fsync_folder(folder)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, paths[0])) from None


def remove_orphans(store: Store) -> list[Path]:
    """Remove archived files that no imported bundle names; returns what was removed.

    An import writes the archive files of its batch before it commits the
    store, so a kill (or power loss) between the two leaves files without a
    row. They are removed at the next start, under the store's write lock: an
    import running in another window holds that lock from before its first
    archive file until its commit, so a file without a row *then* can only be
    left over. When another window is writing, the clean-up waits for the next start.
    """
    folder = store.profile.archive_dir
    if not folder.is_dir():
        return []
    on_disk = [path for path in folder.rglob("*") if path.is_file()]
    if not on_disk:
        return []
    with store.read() as session:
        recorded = set(session.scalars(select(ImportedBundle.archive_path)))
    home = store.profile.home
    candidates = [path for path in on_disk if path.relative_to(home).as_posix() not in recorded]
    if not candidates:
        return []
    removed: list[Path] = []
    try:
        with store.transaction_without_waiting() as session:
            recorded = set(session.scalars(select(ImportedBundle.archive_path)))
            for path in candidates:
                if path.relative_to(home).as_posix() not in recorded:
                    remove_archived(path)
                    removed.append(path)
    except StoreBusyError:
        return []
    return removed


def remove_archived(path: Path) -> None:
    """Undo an archive write whose transaction failed (best effort: a stray copy harms nothing)."""
    try:
        path.unlink()
    except OSError:
        pass


def read_archived(profile: Profile, relative: str, *, sha256: str) -> bytes:
    """The archived bytes of a bundle, checked against the hash recorded at import."""
    path = profile.home / relative
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(_("The archived bundle {relative} is missing from the profile; import the "
                            "original bundle again.").format(relative=relative)) from None
    except OSError as exc:
        raise AscnError(_("The archived bundle {relative} cannot be read ({reason}).").format(
            relative=relative, reason=exc.strerror or exc)) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise AscnError(_("The archived bundle {relative} was changed since it was imported; import the "
                        "original bundle again.").format(relative=relative))
    return data
