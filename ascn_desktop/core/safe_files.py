"""Writing files so that a reader never sees half a file.

Every file the app writes (bundles, keys, workbooks, reports, backups) goes
through `atomic_write`: a temporary file in the same folder, fsync, `os.replace`
over the target, then fsync of the folder on POSIX. If anything fails, the
temporary file is removed, the old file (if any) is untouched, and the user gets
one sentence saying what went wrong.

On Windows, replacing a file fails while another program holds it open without
sharing it for deletion: Excel with the last report open, a virus scanner or
the search indexer reading the new bundle. `replace_file` retries such a
replace for a bounded time (about three seconds) before it gives up with the
"open in another program" sentence.

File modes are decided per kind of file (docs/install.md, "Who can read the
files the app writes"):

* private (`PRIVATE_MODE`, 0600): the encrypted signing key, and nothing else
  the app writes to a folder the user chose;
* shared (the default, `shared_mode()`): everything meant to be handed on or
  read by colleagues (city and national bundles, review notes, identity cards,
  reports, workbooks, data exports, screenshots) gets the mode a new file of
  any other program gets, 0666 less the user's umask (typically 0644, or 0664
  where a team shares a drive with umask 002). `mkstemp`'s 0600 never leaks
  into such a file.

On Windows a mode only sets or clears the read-only flag; access there follows
the folder's permissions.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _

TEMP_PREFIX = ".ascn-tmp-"
PRIVATE_MODE = 0o600
# Windows errors of a file held by another program: access denied (a pending delete or no
# FILE_SHARE_DELETE), sharing violation, lock violation.
HELD_WINERRORS = (5, 32, 33)
REPLACE_ATTEMPTS = 12
REPLACE_FIRST_WAIT = 0.02  # seconds, doubled each attempt up to REPLACE_LONGEST_WAIT: ~3 s in all
REPLACE_LONGEST_WAIT = 0.5


def _read_umask() -> int:
    """The process umask, read without changing it where the system says it (Linux), else set and reset."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)  # read once at import, before the app starts any thread
    os.umask(current)
    return current


_UMASK = _read_umask()


def shared_mode() -> int:
    """The mode of a file meant for others to read: what any program's new file gets (0666 less umask)."""
    return 0o666 & ~_UMASK


class FileWriteError(AscnError):
    """A file could not be written; nothing was left half-written."""


def describe_os_error(exc: OSError, path: Path) -> str:
    """One plain sentence for an OSError while writing `path`."""
    if getattr(exc, "winerror", None) in (32, 33):  # before EACCES: Windows maps a sharing violation to it
        return _("{name} is open in another program; close it there and try again.").format(name=path.name)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("There is not enough free space to write {name} in {parent}; free some space and try again.").format(
            name=path.name, parent=path.parent)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("You do not have permission to write {name} in {parent}; choose another folder.").format(
            name=path.name, parent=path.parent)
    if exc.errno == errno.ENOENT:
        return _("The folder {parent} does not exist; choose an existing folder.").format(parent=path.parent)
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return _("{name} is open in another program; close it there and try again.").format(name=path.name)
    return _("{name} could not be written in {parent} ({reason}); the old file is unchanged.").format(
        name=path.name, parent=path.parent, reason=exc.strerror or exc)


def held_by_another_program(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in HELD_WINERRORS


def replace_file(source: Path, target: Path, *, sleep: Callable[[float], None] | None = None) -> None:
    """`os.replace(source, target)`, retried for a bounded time while another program holds `target`.

    Only a Windows "held" error is retried (see HELD_WINERRORS); any other error, and the
    last held one, is raised as it came.
    """
    wait = REPLACE_FIRST_WAIT
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if attempt == REPLACE_ATTEMPTS or not held_by_another_program(exc):
                raise
        (sleep or time.sleep)(wait)
        wait = min(wait * 2, REPLACE_LONGEST_WAIT)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_writer(target: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file handle; on clean exit its bytes replace `target` atomically.

    `mode` (PRIVATE_MODE for keys; by default `shared_mode()`) is applied to the
    temporary file before any byte is written, so a private file is never readable
    by others, even briefly.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise FileWriteError(_("The folder {folder} does not exist; choose an existing folder.").format(
            folder=folder))
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=folder)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, target)) from None
    temp = Path(temp_name)
    try:
        os.chmod(temp, shared_mode() if mode is None else mode)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(temp, target)
        fsync_folder(folder)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise FileWriteError(describe_os_error(exc, target)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `target` atomically (see `atomic_writer`)."""
    with atomic_writer(target, mode=mode) as handle:
        handle.write(data)


def atomic_write_with(target: Path, write: Callable[[BinaryIO], None], *, mode: int | None = None) -> None:
    """Let `write(handle)` produce the content (e.g. a zip being built), then replace `target`."""
    with atomic_writer(target, mode=mode) as handle:
        write(handle)
