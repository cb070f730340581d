"""SQLite's own checks of a store file: the quick one on every open, the full one on demand.

`quick_check` (``PRAGMA quick_check``) walks every page and record of the file
in O(N) and is what every open runs; `integrity_check` adds the index-against-
table comparison and constraint checks, the foreign-key check and a check that
every text value is valid UTF-8, and runs for `ascn store check`, before every
backup and on a backup before it is restored. Both open the file read-only
through their own connection, so a check never writes, whatever it finds.

Why the text check: bytes changed inside a text value leave the page and record
structure intact, so SQLite's own checks pass, yet every later read of that row
fails ("Could not decode to UTF-8"). It is the common shape of damage in the
middle of a store (docs/reliability.md, the byte-flip loop).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# More findings than this say nothing new to a person; SQLite stops looking there.
MAX_FINDINGS = 20


def quick_check(path: Path) -> list[str]:
    """SQLite's quick check of `path`: [] when sound, else what it found (or why it could not look)."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """SQLite's full integrity check plus the foreign-key check: [] when sound."""
    findings = _check(path, "integrity_check")
    if findings:
        return findings
    connection = _open_read_only(path)
    try:
        broken = connection.execute("PRAGMA foreign_key_check").fetchmany(MAX_FINDINGS)
        if broken:
            return [f"row {row[1]} of {row[0]} points to a missing row of {row[2]}" for row in broken]
        return _text_findings(connection)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()


def _text_findings(connection: sqlite3.Connection) -> list[str]:
    """Tables holding a text value that is not valid UTF-8 (each table read once, decoded in one go)."""
    connection.text_factory = bytes
    tables = [row[0].decode() for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    findings: list[str] = []
    for table in tables:
        columns = [row[1].decode() for row in connection.execute(f'PRAGMA table_info("{table}")')]
        # Only values stored as text can fail to decode; a newline between values keeps a
        # broken sequence at the end of one value from pairing with the start of the next.
        texts = " || char(10) || ".join(f"""iif(typeof("{c}") = 'text', "{c}", '')""" for c in columns)
        (joined,) = connection.execute(f'SELECT group_concat({texts}, char(10)) FROM "{table}"').fetchone()
        try:
            (joined or b"").decode("utf-8")
        except UnicodeDecodeError:
            findings.append(f"a text value in table {table} is not valid UTF-8 (its bytes were changed)")
    return findings


def _check(path: Path, pragma: str) -> list[str]:
    connection = _open_read_only(path)
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_FINDINGS})").fetchall()
    except sqlite3.DatabaseError as exc:
        if "Could not decode" in str(exc):
            return [str(exc)]
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            return [str(exc)]
        raise  # busy, full, permission: not damage; the caller's sentence says what it is
    finally:
        connection.close()
    findings = [line for row in rows for line in str(row[0]).splitlines() if line.strip()]
    return [] if findings == ["ok"] else findings[:MAX_FINDINGS]


def _open_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.execute("PRAGMA busy_timeout=5000")
    # Reading the file through a memory map makes the check about a third faster
    # (measured on a 10,000-project store); nothing is written through it.
    connection.execute("PRAGMA mmap_size=268435456")
    return connection
