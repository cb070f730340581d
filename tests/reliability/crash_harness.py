"""Kill the crash child at random moments and check that nothing committed was lost.

`KillLoop.run_once()` starts tests/reliability/crash_child.py on a profile,
waits until it works (or, sometimes, not even that), sleeps a random time,
sends SIGKILL and then checks the profile:

- `PRAGMA integrity_check` and `PRAGMA foreign_key_check` are clean;
- every project change the child reported COMMITTED is in the store, exactly
  (a change it had only announced may or may not be there: both are right);
- every bundle reported imported is recorded with its archived bytes intact,
  and after the next start no archive file is left that no row names (the
  archived copies of a batch killed before its commit are removed);
- every .ascn file in the export folder is a complete, readable bundle, and the
  only other files there are the hidden temporary files of an interrupted write;
- the key file still opens with the passphrase last reported committed (or the
  one being switched to, if a change was under way).
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from ascn_desktop.core.bundles.bundle_verify import verify_bytes
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.safe_files import TEMP_PREFIX
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.engine import Store

CHILD = Path(__file__).resolve().parent / "crash_child.py"


@dataclass
class KillStats:
    kills: int = 0
    committed_changes: int = 0  # changes reported committed and found in the store
    in_doubt: int = 0  # changes under way at the kill (either state accepted)
    imports: int = 0
    exports: int = 0
    rekeys: int = 0
    temp_files_left: int = 0  # hidden .ascn-tmp-* files of killed writes (never a .ascn)
    orphans_removed: int = 0  # archive files of a batch killed before its commit, removed by the next start
    failures: list[str] = field(default_factory=list)


def project_titles(db_path: Path, plan_id: int) -> dict[str, str]:
    """Integrity-check the store file and return {project uuid: title} of the plan."""
    connection = sqlite3.connect(db_path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        assert result == [("ok",)], f"integrity_check after a kill: {result}"
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        assert problems == [], f"foreign_key_check after a kill: {problems}"
        rows = connection.execute("SELECT uuid, title FROM projects WHERE plan_id = ?", (plan_id,)).fetchall()
        return dict(rows)
    finally:
        connection.close()


def imported_hashes(db_path: Path) -> dict[str, str]:
    """{sha256: archive path} of every imported bundle row."""
    connection = sqlite3.connect(db_path)
    try:
        return dict(connection.execute("SELECT sha256, archive_path FROM imported_bundles").fetchall())
    finally:
        connection.close()


@dataclass
class KillLoop:
    home: Path
    plan_id: int
    rng: Random
    bundles: list[Path] = field(default_factory=list)
    export_out: Path | None = None
    passphrases: list[str] = field(default_factory=list)
    # Checks the key file opens with one of the given passphrases (supplied by the test).
    key_opens: Callable[[list[str]], bool] | None = None
    max_delay: float = 0.6
    verifier: Store | None = None  # a store to verify exported bundles against (reference data)
    stats: KillStats = field(default_factory=KillStats)

    def __post_init__(self) -> None:
        self.db_path = self.home / "ascn.sqlite"
        self.expected = project_titles(self.db_path, self.plan_id)
        self.all_passphrases = list(self.passphrases)

    def run_once(self) -> None:
        seed = self.rng.randrange(10**9)
        command = [sys.executable, str(CHILD), "--home", str(self.home), "--plan-id", str(self.plan_id),
                   "--seed", str(seed)]
        if self.bundles:
            command += ["--bundles", *map(str, self.bundles)]
        if self.export_out is not None:
            command += ["--export-out", str(self.export_out)]
        if self.passphrases:
            command += ["--passphrases", *self.passphrases]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_child_env())
        lines: list[str] = []
        ready = threading.Event()

        def read() -> None:
            assert child.stdout is not None
            for raw in child.stdout:
                text = raw.decode("utf-8", "replace")
                if text.endswith("\n"):  # a torn last line is not a report
                    lines.append(text.rstrip("\n"))
                    if text.startswith("READY"):
                        ready.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        # One kill in ten lands during start-up (opening, migrating, loading reference data).
        if self.rng.random() < 0.1:
            time.sleep(self.rng.uniform(0, 0.4))
        else:
            if not ready.wait(timeout=60):
                child.kill()
                child.wait()
                err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
                raise AssertionError(f"crash child never got ready: {err[-2000:]}")
            # Half the kills land soon after start (many quick edits), half later (inside the slow
            # operations: scrypt for a passphrase change, PDF and signing for an export).
            if self.rng.random() < 0.5:
                time.sleep(self.rng.uniform(0, min(0.5, self.max_delay)))
            else:
                time.sleep(self.rng.uniform(min(0.5, self.max_delay), self.max_delay))
        alive = child.poll() is None
        if alive:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join(timeout=10)
        err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        child.stderr.close()
        if not alive:
            raise AssertionError(f"crash child ended by itself (status {child.returncode}): {err[-3000:]}")
        self.stats.kills += 1
        self.check(lines)

    def check(self, lines: list[str]) -> None:
        pending: dict[str, tuple[str, str]] = {}
        expected = dict(self.expected)
        committed_imports: list[tuple[str, str]] = []
        committed_exports: list[str] = []
        pending_passphrase: str | None = None
        for line in lines:
            parts = line.split(" ", 3)
            if parts[0] not in ("INTENT", "COMMITTED") or len(parts) != 4:
                continue
            kind, op, key, value = parts
            if kind == "INTENT":
                pending[key] = (op, value)
                if op == "rekey":
                    pending_passphrase = value
                continue
            pending.pop(key, None)
            if op in ("add", "edit"):
                expected[key] = value
            elif op == "delete":
                expected.pop(key, None)
            elif op == "import":
                committed_imports.append((key, value))
            elif op == "export":
                committed_exports.append(value)
            elif op == "rekey":
                self.passphrases = [value, self._other_passphrase(value)]
                pending_passphrase = None
                self.stats.rekeys += 1
            if op in ("add", "edit", "delete"):
                self.stats.committed_changes += 1
        actual = project_titles(self.db_path, self.plan_id)
        for project_id in set(expected) | set(actual) | set(pending):
            allowed = {expected.get(project_id)}
            if project_id in pending and pending[project_id][0] in ("add", "edit", "delete"):
                op, value = pending[project_id]
                allowed.add(None if op == "delete" else value)
            if actual.get(project_id) not in allowed:
                self.stats.failures.append(
                    f"project {project_id}: store has {actual.get(project_id)!r}, expected one of {allowed!r}")
        self.stats.in_doubt += len(pending)
        self._check_key(pending_passphrase)
        self._check_imports(committed_imports)
        self._check_no_orphan_archive()
        self._check_exports(committed_exports)
        self.expected = actual

    def _other_passphrase(self, current: str) -> str:
        return next(p for p in self.all_passphrases if p != current)

    def _check_key(self, pending: str | None) -> None:
        """The key file opens with the committed passphrase, or with the new one if a change was under way."""
        if self.key_opens is None or not self.passphrases:
            return
        current = self.passphrases[0]
        if self.key_opens([current]):
            return
        if pending is not None and self.key_opens([pending]):
            self.passphrases = [pending, self._other_passphrase(pending)]
            return
        self.stats.failures.append(f"the key file opens with neither {current!r} nor {pending!r} after a kill")

    def _check_imports(self, committed: list[tuple[str, str]]) -> None:
        if not self.bundles:
            return
        recorded = imported_hashes(self.db_path)
        by_name = {bundle.name: bundle for bundle in self.bundles}
        for name, status in committed:
            if status not in ("imported", "already"):
                continue  # refused (an older revision after a newer one): nothing to find
            digest = hashlib.sha256(by_name[name].read_bytes()).hexdigest()
            if digest not in recorded:
                self.stats.failures.append(f"bundle {name} was reported imported but is not in the store")
                continue
            archived = self.home / recorded[digest]
            if not archived.is_file() or hashlib.sha256(archived.read_bytes()).hexdigest() != digest:
                self.stats.failures.append(f"the archived copy of {name} is missing or damaged")
        self.stats.imports += len(committed)
        for digest, relative in recorded.items():
            archived = self.home / relative
            if not archived.is_file() or hashlib.sha256(archived.read_bytes()).hexdigest() != digest:
                self.stats.failures.append(f"imported bundle {relative} has no intact archived copy")

    def orphan_archive_files(self) -> list[Path]:
        """Files under archive/ that no imported bundle row names."""
        folder = self.home / "archive"
        if not folder.is_dir():
            return []
        recorded = set(imported_hashes(self.db_path).values())
        return [path for path in folder.rglob("*")
                if path.is_file() and path.relative_to(self.home).as_posix() not in recorded]

    def _check_no_orphan_archive(self) -> None:
        """The next start removes what a killed batch left in archive/; after it, every file has its row."""
        if not self.bundles:
            return
        left = self.orphan_archive_files()
        store = open_profile_store(resolve_profile(self.home))
        store.close()
        still = self.orphan_archive_files()
        self.stats.orphans_removed += len(left) - len(still)
        for path in still:
            self.stats.failures.append(f"archive file {path.relative_to(self.home)} has no imported bundle row")

    def _check_exports(self, committed: list[str]) -> None:
        if self.export_out is None:
            return
        for name in committed:
            if not (self.export_out / name).is_file():
                self.stats.failures.append(f"exported bundle {name} was reported written but is missing")
        self.stats.exports += len(committed)
        for path in self.export_out.iterdir():
            if path.name.startswith(TEMP_PREFIX):
                self.stats.temp_files_left += 1
                path.unlink()  # what a later start-up clean-up would do; keeps the folder small
                continue
            if path.suffix != ".ascn":
                self.stats.failures.append(f"unexpected file {path.name} in the export folder")
                continue
            if self.verifier is not None:
                # The whole verification (signature, hashes, schema); the signer's trust is not the point here.
                result = verify_bytes(path.read_bytes(), self.verifier, name=path.name,
                                      trust=lambda _signer, _when: ("valid", "ok", ""))
                if result.status != "valid":
                    self.stats.failures.append(f"{path.name} is not a whole bundle: {result.reason}")
                continue
            try:
                with zipfile.ZipFile(path) as archive:
                    bad = archive.testzip()
                    names = set(archive.namelist())
            except (zipfile.BadZipFile, OSError) as exc:
                self.stats.failures.append(f"{path.name} is a half-written bundle ({exc})")
                continue
            if bad is not None or not {"manifest.json", "manifest.sig", "plan.json"} <= names:
                self.stats.failures.append(f"{path.name} is an incomplete bundle")


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("ASCN_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env
