"""Writing files so that a reader never sees half a file.

Every file the app writes (bundles, keys, workbooks, reports, backups) goes
through `atomic_write`: a temporary file in the same folder, fsync, `os.replace`
over the target, then fsync of the folder on POSIX. If anything fails, the
temporary file is removed, the old file (if any) is untouched, and the user gets
one sentence saying what went wrong.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ascn_desktop.core.errors import AscnError

TEMP_PREFIX = ".ascn-tmp-"


class FileWriteError(AscnError):
    """A file could not be written; nothing was left half-written."""


def describe_os_error(exc: OSError, path: Path) -> str:
    """One plain sentence for an OSError while writing `path`."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"There is not enough free space to write {path.name} in {path.parent}; free some space and try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"You do not have permission to write {path.name} in {path.parent}; choose another folder."
    if exc.errno == errno.ENOENT:
        return f"The folder {path.parent} does not exist; choose an existing folder."
    if exc.errno in (errno.EBUSY, errno.ETXTBSY) or getattr(exc, "winerror", None) in (32, 33):
        return f"{path.name} is open in another program; close it there and try again."
    return f"{path.name} could not be written in {path.parent} ({exc.strerror or exc}); the old file is unchanged."


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

    `mode` (e.g. 0o600 for keys) is applied to the temporary file before any
    byte is written, so the content is never readable by others, even briefly.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise FileWriteError(f"The folder {folder} does not exist; choose an existing folder.")
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=folder)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, target)) from None
    temp = Path(temp_name)
    try:
        if mode is not None:
            os.chmod(temp, mode)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
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
