"""Failing writes on demand: disk full, permission denied, file locked, at each step of a safe write.

`inject(monkeypatch, point, err)` swaps the `os` and `tempfile` that
`ascn_desktop.core.safe_files` (and the store's backup code) use for proxies
that raise `OSError(err)` at one step of the write:

- "create":  creating the temporary file (mkstemp);
- "write":   half-way through writing the content (the first half is written);
- "fsync":   flushing the temporary file to the disk;
- "replace": renaming the temporary file over the target;
- "dirsync": flushing the folder after the rename (the new file is in place).

Everything else is the real `os`, so the code under test runs as in life.
Tests run as root, where chmod stops nothing, so permission errors are
injected too (one real one runs as the `nobody` user in a child process).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from types import ModuleType
from typing import Any

import pytest

POINTS = ("create", "write", "fsync", "replace", "dirsync")
ERRORS = {"disk full": errno.ENOSPC, "permission denied": errno.EACCES, "file locked": errno.EBUSY}
# The words each error's sentence must contain (core/safe_files.describe_os_error).
WORDS = {errno.ENOSPC: "not enough free space", errno.EACCES: "permission", errno.EBUSY: "open in another program"}


def _error(err: int) -> OSError:
    return OSError(err, os.strerror(err))


class _FailingFile:
    """A binary file that writes half of what it is given, then fails."""

    def __init__(self, real: Any, err: int) -> None:
        self._real = real
        self._err = err

    def write(self, data: bytes) -> int:
        half = bytes(data[: len(data) // 2])
        self._real.write(half)
        self._real.flush()
        raise _error(self._err)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


class FaultyOs(ModuleType):
    def __init__(self, point: str, err: int) -> None:
        super().__init__("os")
        self._point = point
        self._err = err
        self.injected = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _fail(self) -> None:
        self.injected += 1
        raise _error(self._err)

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = os.fdopen(fd, *args, **kwargs)
        if self._point == "write":
            self.injected += 1
            return _FailingFile(handle, self._err)
        return handle

    def fsync(self, fd: int) -> None:
        is_folder = stat.S_ISDIR(os.fstat(fd).st_mode)
        if (self._point == "fsync" and not is_folder) or (self._point == "dirsync" and is_folder):
            self._fail()
        os.fsync(fd)

    def replace(self, source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        if self._point == "replace":
            self._fail()
        os.replace(source, target, *args, **kwargs)


class FaultyTempfile(ModuleType):
    def __init__(self, err: int, owner: FaultyOs) -> None:
        super().__init__("tempfile")
        self._err = err
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(tempfile, name)

    def mkstemp(self, *args: Any, **kwargs: Any) -> Any:
        self._owner._fail()


def inject(monkeypatch: pytest.MonkeyPatch, point: str, err: int, *, modules: tuple[ModuleType, ...] = ()) -> FaultyOs:
    """Make the safe writes of `safe_files` (and of `modules`, which use `os` too) fail at `point`."""
    from ascn_desktop.core import safe_files

    faulty = FaultyOs(point, err)
    for module in (safe_files, *modules):
        monkeypatch.setattr(module, "os", faulty)
    if point == "create":
        monkeypatch.setattr(safe_files, "tempfile", FaultyTempfile(err, faulty))
    return faulty
