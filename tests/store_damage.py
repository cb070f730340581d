"""Damaging a store file on purpose, the ways disks and copies damage them.

Every helper first folds the write-ahead log into the main file and removes
it, so the damage is in the bytes SQLite will read.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def settle(db_path: Path) -> None:
    """Checkpoint the WAL into the file and leave no -wal/-shm behind."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def flip_bytes(db_path: Path, offset: int, count: int = 64) -> None:
    """Invert `count` bytes at `offset` (as a bad sector or a torn copy would change them)."""
    data = bytearray(db_path.read_bytes())
    for n in range(offset, min(offset + count, len(data))):
        data[n] ^= 0xFF
    db_path.write_bytes(bytes(data))


def flip_table_root(db_path: Path, table: str = "plans") -> None:
    """Flip 64 bytes at the start of `table`'s root page: its page header and cell pointers."""
    settle(db_path)
    connection = sqlite3.connect(db_path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    flip_bytes(db_path, (root - 1) * page_size + (100 if root == 1 else 0))


def damage_text(db_path: Path, text: str) -> None:
    """Change the bytes of a stored text value into invalid UTF-8, leaving every structure intact."""
    settle(db_path)
    data = bytearray(db_path.read_bytes())
    needle = text.encode("utf-8")
    at = data.find(needle)
    assert at >= 0, f"{text!r} is not in the store file"
    data[at:at + 4] = b"\xff\xfe\xff\xfe"
    db_path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def written_since(db_path: Path, before: str) -> bool:
    """Whether anything reached the store since its digest was `before` (the file, or its log)."""
    wal = Path(f"{db_path}-wal")
    return digest(db_path) != before or (wal.exists() and wal.stat().st_size > 0)
