"""Concurrent writers wait their turn; busy, full, read-only, permission and damage are told apart.

Writes begin with BEGIN IMMEDIATE under the busy timeout (store/engine.py), so
a second window or command waits for the first instead of failing; if the
store stays busy past the timeout, one sentence says another window or command
is writing. SQLite's errors are classified in store/db_errors.py. A full disk
is real here: a small tmpfs (skipped where mounting is not allowed).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store import db_errors, engine
from ascn_desktop.store.db_errors import (
    StoreBusyError,
    StoreDamagedError,
    StoreFullError,
    StorePermissionError,
    StoreReadOnlyError,
    classify_sqlite,
)
from bundle_factory import city_bundle, demo_plan, load, make_signer, trust, write
from store_dump import dump_store

REPO = Path(__file__).resolve().parent.parent


def _hold_write_lock(db_path: Path, seconds: float, started: threading.Event) -> None:
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    connection.execute("ROLLBACK")
    connection.close()


def set_plan_title(store, plan_id: int, title: str) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ascn_desktop.core.plans import get_plan_header, save_plan_header

    save_plan_header(store, plan_id, replace(get_plan_header(store, plan_id), title=title))


def test_a_write_waits_for_another_writer_then_succeeds(demo_store) -> None:  # type: ignore[no-untyped-def]
    from ascn_desktop.core.plans import list_plans

    db_path = demo_store.profile.db_path
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 1.0, started))
    holder.start()
    started.wait(5)
    plan = list_plans(demo_store)[0]
    begun = time.monotonic()
    set_plan_title(demo_store, plan.id, "Waited its turn")
    waited = time.monotonic() - begun
    holder.join()
    assert waited >= 0.5, "the write should have waited for the lock"
    assert any(p.title == "Waited its turn" for p in list_plans(demo_store))


def test_a_store_that_stays_busy_gets_one_sentence(demo_store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ascn_desktop.core.plans import list_plans

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    demo_store.engine.dispose()  # new connections take the short timeout
    db_path = demo_store.profile.db_path
    plan = list_plans(demo_store)[0]
    before = dump_store(demo_store)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 2.0, started))
    holder.start()
    started.wait(5)
    try:
        with pytest.raises(StoreBusyError) as raised:
            set_plan_title(demo_store, plan.id, "Never written")
    finally:
        holder.join()
    message = raised.value.message
    assert "Another ASCN Desktop window or command is writing to the store" in message and "\n" not in message
    assert dump_store(demo_store) == before


def _receiver_with_bundles(tmp_path: Path, reference) -> tuple[Path, list[Path]]:  # type: ignore[no-untyped-def]
    home = tmp_path / "secretariat"
    store = open_profile_store(resolve_profile(home))
    bundles = []
    for n, city in enumerate(("VNM-DA-NANG", "VNM-HA-NOI", "THA-BANGKOK")):
        signer = make_signer(city=city, country=city[:3])
        trust(store, signer)
        plan = demo_plan(reference, city, projects=150)
        bundles.append(write(tmp_path / "in", f"{n}-{city}.ascn", city_bundle(plan, reference, signer)))
    store.close()
    return home, bundles


def test_two_cli_imports_into_one_store_at_once_both_succeed(tmp_path: Path, reference) -> None:  # type: ignore[no-untyped-def]
    home, bundles = _receiver_with_bundles(tmp_path, reference)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "ascn_desktop.cli.main", "--home", str(home), "import"]
    first = subprocess.Popen([*command, str(bundles[0]), str(bundles[2])], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    second = subprocess.Popen([*command, str(bundles[1])], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env)
    results = [child.communicate(timeout=300) for child in (first, second)]
    for child, (out, err) in zip((first, second), results, strict=True):
        assert child.returncode == 0, (out, err)
        assert "unexpected" not in err and "locked" not in err
    store = open_profile_store(resolve_profile(home))
    try:
        from ascn_desktop.core.plans import list_plans

        assert {p.city for p in list_plans(store)} >= {"VNM-DA-NANG", "VNM-HA-NOI", "THA-BANGKOK"}
    finally:
        store.close()


# --- SQLite's errors, each with its own sentence ------------------------------------------


def _real_error(sql: str, connection: sqlite3.Connection) -> sqlite3.Error:
    try:
        connection.execute(sql)
    except sqlite3.Error as exc:
        return exc
    raise AssertionError(f"{sql} did not fail")


def test_each_sqlite_error_has_its_own_sentence(tmp_path: Path) -> None:
    db_path = tmp_path / "s.sqlite"
    setup = sqlite3.connect(db_path)
    setup.execute("CREATE TABLE t (x TEXT)")
    setup.commit()
    setup.close()
    read_only = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    assert isinstance(classify_sqlite(_real_error("INSERT INTO t VALUES ('a')", read_only), db_path, None),
                      StoreReadOnlyError)
    read_only.close()
    full = sqlite3.connect(db_path)
    pages = full.execute("PRAGMA page_count").fetchone()[0]
    full.execute(f"PRAGMA max_page_count={pages}")
    error = _real_error("INSERT INTO t VALUES (zeroblob(100000))", full)
    assert isinstance(classify_sqlite(error, db_path, None), StoreFullError)
    full.close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    assert isinstance(classify_sqlite(_real_error("BEGIN IMMEDIATE", waiter), db_path, None), StoreBusyError)
    holder.close()
    waiter.close()
    permission = sqlite3.OperationalError("access permission denied")
    permission.sqlite_errorcode = db_errors.SQLITE_PERM  # type: ignore[attr-defined]
    assert isinstance(classify_sqlite(permission, db_path, None), StorePermissionError)
    undecodable = sqlite3.OperationalError("Could not decode to UTF-8 column 'title' with text '\ufffd'")
    assert isinstance(classify_sqlite(undecodable, db_path, None), StoreDamagedError)
    messages = {type(e).__name__: e.message for e in (
        StoreBusyError(db_errors.busy_sentence(db_path)), StoreFullError(db_errors.full_sentence(db_path)),
        StoreReadOnlyError(db_errors.read_only_sentence(db_path)),
        StorePermissionError(db_errors.permission_sentence(db_path)))}
    assert len(set(messages.values())) == 4
    assert all("\n" not in text and text.count(". ") == 0 for text in messages.values()), messages
    assert classify_sqlite(sqlite3.IntegrityError("UNIQUE constraint failed: t.x"), db_path, None) is None


# --- a real full disk ---------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs (needs the right to mount, as the CI container and a root shell have)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root or no CAP_SYS_ADMIN)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path, leave: int) -> None:
    free = shutil.disk_usage(folder).free
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave))


def test_a_full_disk_during_import_gives_its_sentence(small_disk: Path, tmp_path: Path, demo_template: Path,
                                                      reference, run_cli) -> None:  # type: ignore[no-untyped-def]
    """The store on the full disk, the profile (and its backups) elsewhere: the import itself hits the full disk."""
    home, bundles = _receiver_with_bundles(tmp_path, reference)
    db_file = small_disk / "ascn.sqlite"
    shutil.copyfile(home / "ascn.sqlite", db_file)
    for bundle in bundles[:1]:
        assert run_cli("--home", str(home), "--db", str(db_file), "plan", "list").status == 0
    _fill(small_disk, 64 * 1024)
    before = (home / "ascn.sqlite").read_bytes()
    result = run_cli("--home", str(home), "--db", str(db_file), "import", *map(str, bundles))
    assert "The disk holding the store" in result.out + result.err and "is full" in result.out + result.err, result
    assert "unexpected" not in result.err and "Traceback" not in result.err
    (small_disk / "filler").unlink()
    check = sqlite3.connect(db_file)
    assert check.execute("SELECT count(*) FROM imported_bundles").fetchone()[0] == 0, "a partial import went in"
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
    assert (home / "ascn.sqlite").read_bytes() == before


def test_28_kb_free_says_the_disk_is_full(small_disk: Path, demo_template: Path, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db_file = small_disk / "ascn.sqlite"
    shutil.copyfile(demo_template, db_file)
    _fill(small_disk, 28 * 1024)
    for command in (["plan", "list"], ["demo"]):
        result = run_cli("--home", str(tmp_path / "home28"), "--db", str(db_file), *command)
        assert result.status == 1, result
        assert "The disk holding the store" in result.err and "is full" in result.err, result.err
        assert "damaged" not in result.err


def test_a_read_only_disk_says_read_only(small_disk: Path, demo_template: Path, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db_file = small_disk / "ascn.sqlite"
    shutil.copyfile(demo_template, db_file)
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if remounted.returncode != 0:
        pytest.skip("cannot remount read-only here")
    result = run_cli("--home", str(tmp_path / "homero"), "--db", str(db_file), "demo")
    assert result.status == 1 and "read-only" in result.err, result
