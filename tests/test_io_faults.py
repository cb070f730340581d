"""I/O faults: export, key writing and backup under a failing disk.

For each write step (create, write, fsync, replace, folder sync; see
tests/reliability/faults.py) and each failure (disk full, permission denied,
file locked): the user gets one clear sentence (an AscnError), the old file
keeps its old bytes (or, once the rename has happened, holds exactly the new
ones), no temporary file is left, and the store is unchanged. A reader racing
a writer only ever sees whole old or whole new files. One permission failure
is real: a child process running as `nobody` writes into a root-owned folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import ascn_desktop
from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import Identity, change_passphrase, create_identity, unlock
from ascn_desktop.core.plans import find_plan_id
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.safe_files import TEMP_PREFIX, FileWriteError, atomic_write
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store import backups as store_backups
from ascn_desktop.store.engine import Store, backup_store
from reliability.faults import ERRORS, POINTS, WORDS, inject
from store_dump import dump_store

PASSPHRASE = "correct horse battery staple"
FAULT_CASES = [(point, name) for point in POINTS for name in ERRORS]
FAULTS_INJECTED: list[str] = []


def _temps(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.startswith(TEMP_PREFIX) or path.suffix == ".tmp"]


def _one_sentence(error: AscnError, err: int) -> None:
    text = str(error)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text, text
    assert WORDS[err] in text, text


# --- atomic_write ------------------------------------------------------------------------


@pytest.mark.parametrize(("point", "error_name"), FAULT_CASES)
def test_atomic_write_keeps_old_or_new_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str,
                                             error_name: str) -> None:
    target = tmp_path / "plan.ascn"
    old, new = b"old bundle " * 1000, b"new bundle " * 2000
    target.write_bytes(old)
    err = ERRORS[error_name]
    faulty = inject(monkeypatch, point, err)
    with pytest.raises(FileWriteError) as raised:
        atomic_write(target, new)
    monkeypatch.undo()
    assert faulty.injected == 1
    FAULTS_INJECTED.append(f"atomic_write/{point}/{error_name}")
    _one_sentence(raised.value, err)
    expected = new if point == "dirsync" else old  # after the rename only the folder flush failed
    assert target.read_bytes() == expected
    assert _temps(tmp_path) == []


def test_reader_racing_a_writer_sees_only_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    versions = [bytes([n]) * (256 * 1024 + n) for n in range(40)]
    digests = {hashlib.sha256(version).hexdigest() for version in versions}
    target.write_bytes(versions[0])
    done = threading.Event()
    seen: list[str] = []

    def read() -> None:
        while not done.is_set():
            seen.append(hashlib.sha256(target.read_bytes()).hexdigest())

    reader = threading.Thread(target=read)
    reader.start()
    for version in versions[1:]:
        atomic_write(target, version)
    done.set()
    reader.join()
    assert seen and set(seen) <= digests, "a reader saw a half-written file"
    assert target.read_bytes() == versions[-1]


def test_real_permission_denied_as_an_unprivileged_user(tmp_path: Path) -> None:
    """Root ignores file modes, so the real refusal is checked as `nobody` in a child process."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to switch to an unprivileged user")
    folder = Path(tempfile.mkdtemp(prefix="ascn-ro-", dir="/tmp"))
    # `nobody` may not be able to read the checkout (a clone in a 0700 folder), so the
    # child imports a world-readable copy of the package instead.
    source = Path(tempfile.mkdtemp(prefix="ascn-src-", dir="/tmp"))
    try:
        folder.chmod(0o755)  # root's folder: `nobody` may read it, not write it
        source.chmod(0o755)
        shutil.copytree(Path(ascn_desktop.__file__).parent, source / "ascn_desktop",
                        ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
        target = folder / "VNM-Da-Nang-2018-2025-r1.ascn"
        target.write_bytes(b"old bytes")
        target.chmod(0o644)
        script = ("from pathlib import Path\nfrom ascn_desktop.core.safe_files import atomic_write, FileWriteError\n"
                  f"try:\n    atomic_write(Path({str(target)!r}), b'new bytes')\n"
                  "except FileWriteError as e:\n    print('REFUSED', e)\nelse:\n    print('WROTE')\n")
        run = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
                              "-I", "-c", f"import sys; sys.path.insert(0, {str(source)!r})\n" + script],
                             capture_output=True, text=True, timeout=60, cwd="/")
        assert run.stdout.startswith("REFUSED"), run.stdout + run.stderr
        assert "You do not have permission to write" in run.stdout
        assert target.read_bytes() == b"old bytes"
        assert _temps(folder) == []
        FAULTS_INJECTED.append("atomic_write/real-EACCES")
    finally:
        shutil.rmtree(folder)
        shutil.rmtree(source)


# --- export ----------------------------------------------------------------------------


@dataclass
class Exporter:
    store: Store
    plan_id: int
    out: Path
    bundle: Path


@pytest.fixture(scope="module")
def exporter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exporter]:
    home = tmp_path_factory.mktemp("io-export")
    store = open_profile_store(resolve_profile(home / "profile"))
    load_demo(store)
    create_identity(store, name="Nguyễn Văn An", role="csco", country="VNM", city="Da Nang",
                    passphrase=PASSPHRASE)
    plan_id = find_plan_id(store, "VNM-DA-NANG")
    assert plan_id is not None
    out = home / "out"
    out.mkdir()
    first = export_bundle(store, plan_id, out, as_draft=True, passphrase=PASSPHRASE)
    yield Exporter(store=store, plan_id=plan_id, out=out, bundle=first.path)
    store.close()


# Each export signs with a real scrypt key and renders a PDF: every step once in `make test`
# (errors rotating), the whole matrix under `make stress`.
ROTATING_CASES = [(point, list(ERRORS)[n % len(ERRORS)]) for n, point in enumerate(POINTS)]
MATRIX = [case if case in ROTATING_CASES else pytest.param(*case, marks=pytest.mark.stress) for case in FAULT_CASES]


@pytest.mark.parametrize(("point", "error_name"), MATRIX)
def test_export_under_a_failing_disk(exporter: Exporter, monkeypatch: pytest.MonkeyPatch, point: str,
                                     error_name: str) -> None:
    """Re-exporting unchanged content replaces the same file: under a fault the old bundle stays whole."""
    old = exporter.bundle.read_bytes()
    before = dump_store(exporter.store)
    err = ERRORS[error_name]
    faulty = inject(monkeypatch, point, err)
    with pytest.raises(AscnError) as raised:
        export_bundle(exporter.store, exporter.plan_id, exporter.out, as_draft=True, passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert faulty.injected >= 1
    FAULTS_INJECTED.append(f"export/{point}/{error_name}")
    _one_sentence(raised.value, err)
    now = exporter.bundle.read_bytes()
    if point == "dirsync":
        # The rename happened; the file is a whole bundle (old or new), never a mix.
        assert now == old or now[:2] == b"PK" and now != old[: len(now)]
        exporter.bundle.write_bytes(old)  # put the recorded export back for the next case
    else:
        assert now == old
    assert dump_store(exporter.store) == before, "a failed export consumed a revision or recorded an export"
    assert sorted(path.name for path in exporter.out.iterdir()) == [exporter.bundle.name]


# --- keys --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def identity_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Identity]]:
    store = open_profile_store(resolve_profile(tmp_path_factory.mktemp("io-keys") / "profile"))
    identity = create_identity(store, name="Trần Thị Bình", role="nr", country="VNM", city=None,
                               passphrase=PASSPHRASE)
    yield store, identity
    store.close()


@pytest.mark.parametrize(("point", "error_name"), MATRIX)
def test_passphrase_change_under_a_failing_disk(identity_store: tuple[Store, Identity],
                                                monkeypatch: pytest.MonkeyPatch, point: str,
                                                error_name: str) -> None:
    store, identity = identity_store
    old = identity.key_file.read_bytes()
    err = ERRORS[error_name]
    inject(monkeypatch, point, err)
    with pytest.raises(FileWriteError) as raised:
        change_passphrase(identity, PASSPHRASE, "a brand new passphrase")
    monkeypatch.undo()
    FAULTS_INJECTED.append(f"key/{point}/{error_name}")
    _one_sentence(raised.value, err)
    assert _temps(identity.key_file.parent) == []
    if point == "dirsync":
        unlock(identity, "a brand new passphrase")  # the new file is whole; put the old one back
        identity.key_file.write_bytes(old)
    assert identity.key_file.read_bytes() == old
    unlock(identity, PASSPHRASE)  # still opens with the old passphrase


@pytest.mark.parametrize("point", ["create", "write", "replace"])
def test_identity_creation_under_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str) -> None:
    store = open_profile_store(resolve_profile(tmp_path / "profile"))
    try:
        before = dump_store(store)
        inject(monkeypatch, point, errno.ENOSPC)
        with pytest.raises(FileWriteError) as raised:
            create_identity(store, name="Lê Minh Châu", role="asec", country="IDN", city=None,
                            passphrase=PASSPHRASE)
        monkeypatch.undo()
        FAULTS_INJECTED.append(f"identity/{point}/disk full")
        _one_sentence(raised.value, errno.ENOSPC)
        after = dump_store(store)
        assert after[0] == before[0], "an identity row was written without its key"
        assert not any(name.startswith("keys/identity-") for name in after[1]), after[1]
        assert _temps(store.profile.keys_dir) == []
    finally:
        store.close()


# --- backup ------------------------------------------------------------------------------


@pytest.mark.parametrize("error_name", list(ERRORS))
@pytest.mark.parametrize("point", ["fsync", "replace"])
def test_backup_under_a_failing_disk(store: Store, monkeypatch: pytest.MonkeyPatch, point: str,
                                     error_name: str) -> None:
    db_path = store.profile.db_path
    assert db_path is not None
    backups = store.profile.backups_dir
    before = dump_store(store)
    inject(monkeypatch, point, ERRORS[error_name], modules=(store_backups,))
    with pytest.raises(AscnError) as raised:
        backup_store(db_path, backups, label="before-upgrade")
    monkeypatch.undo()
    FAULTS_INJECTED.append(f"backup/{point}/{error_name}")
    text = str(raised.value)
    assert "backup" in text and "The store was not changed." in text and "\n" not in text, text
    assert list(backups.iterdir()) == [], "a partial backup was left behind"
    assert dump_store(store) == before


@pytest.mark.parametrize("run", ["test", pytest.param("stress", marks=pytest.mark.stress)])
def test_fault_count(capsys: pytest.CaptureFixture[str], run: str) -> None:
    """Runs last in this module (pytest keeps file order): reports how many faults were injected."""
    with capsys.disabled():
        print(f"\nI/O faults: {len(FAULTS_INJECTED)} failing writes injected, each refused with one sentence, "
              "old file intact, no temporary file left")
    assert len(FAULTS_INJECTED) >= (20 if run == "stress" else 30)
