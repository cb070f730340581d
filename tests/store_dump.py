"""A byte-for-byte comparable picture of a store and its profile folder.

Refusal tests take a dump before and after an operation that must change
nothing (a hostile bundle, a failing disk) and compare the two. The dump is the
SQL text of every table (`sqlite3.Connection.iterdump`, which is ordered and
complete) plus the name, size and SHA-256 of every file in the profile folder
other than the store's own files (the archive of imported bundles, keys,
backups): a refused import must not leave an archived copy behind either.
The log folder is left out: every refusal writes its traceback there, by design.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from ascn_desktop.store.engine import Store

# The store file and SQLite's companions change on disk without the content
# changing (WAL checkpoints), so they are compared through the SQL dump.
_STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def dump_database(db_path: Path) -> str:
    """The SQL text of the whole database at `db_path` (read through a separate connection)."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def dump_files(home: Path, *, skip: tuple[Path, ...] = ()) -> dict[str, tuple[int, str]]:
    """{relative path: (size, sha256)} of every file under `home`, except `skip` and backups.

    The backups folder is left out: an import takes a backup of the (unchanged)
    store once a bundle has passed verification, before it may still be refused
    as a replay; a backup is a copy of the store, not a change to it.
    """
    skipped = {str(path) for path in skip}
    files: dict[str, tuple[int, str]] = {}
    if not home.exists():
        return files
    for path in sorted(home.rglob("*")):
        if not path.is_file() or str(path) in skipped or path.relative_to(home).parts[0] in ("logs", "backups"):
            # the program's own log (logs/ascn.log) records what was refused: it is not the store's content
            continue
        data = path.read_bytes()
        files[str(path.relative_to(home))] = (len(data), hashlib.sha256(data).hexdigest())
    return files


def dump_server_database(store: Store) -> str:
    """Every row of every table of a server store, in a stable order (sequence counters are not content)."""
    from sqlalchemy import MetaData, select

    metadata = MetaData()
    metadata.reflect(store.engine)
    lines: list[str] = []
    with store.engine.connect() as connection:
        for table in sorted(metadata.tables.values(), key=lambda t: t.name):
            lines.append(f"-- {table.name}")
            lines.extend(sorted(repr(tuple(row)) for row in connection.execute(select(table))))
    return "\n".join(lines)


def dump_store(store: Store) -> tuple[str, dict[str, tuple[int, str]]]:
    """(SQL dump, profile files) of `store`; equal dumps mean nothing was changed."""
    db_path = store.profile.db_path
    if db_path is None:
        return dump_server_database(store), dump_files(store.profile.home)
    skip = tuple(Path(f"{db_path}{suffix}") for suffix in _STORE_SUFFIXES)
    files = dump_files(store.profile.home, skip=skip)
    logs = store.profile.log_dir.relative_to(store.profile.home).as_posix() + "/"
    return dump_database(db_path), {name: value for name, value in files.items()
                                    if not Path(name).as_posix().startswith(logs)}
