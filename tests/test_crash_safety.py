"""Crash safety: SIGKILL at random moments loses nothing committed and corrupts nothing.

A child process (tests/reliability/crash_child.py) edits a plan, imports
bundles, exports bundles and changes its key's passphrase in a loop, reporting
each committed change; the parent kills it at a random moment and checks the
profile (see tests/reliability/crash_harness.py). The default suite runs a
few kills; `make stress` runs the full count (ASCN_STRESS=1, marker `stress`).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from random import Random

import pytest

from reliability.crash_harness import KillLoop, KillStats
from reliability.crash_setup import prepare_profile

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

DEFAULT_KILLS = 6
STRESS_KILLS = int(os.environ.get("ASCN_STRESS_KILLS", "200"))


def _run(tmp_path: Path, kills: int, seed: int) -> KillStats:
    setup = prepare_profile(tmp_path)
    loop = KillLoop(home=setup.home, plan_id=setup.plan_id, rng=Random(seed), bundles=setup.bundles,
                    export_out=setup.export_out, passphrases=setup.passphrases, key_opens=setup.key_opens,
                    verifier=setup.verifier, max_delay=4.0)
    try:
        for _ in range(kills):
            loop.run_once()
            assert not loop.stats.failures, loop.stats.failures
    finally:
        if setup.verifier is not None:
            setup.verifier.close()
    return loop.stats


def _report(capsys: pytest.CaptureFixture[str], stats: KillStats) -> None:
    with capsys.disabled():
        print(f"\ncrash safety: {stats.kills} SIGKILLs survived, {stats.committed_changes} committed edits "
              f"checked, {stats.imports} imports, {stats.exports} exports, {stats.rekeys} passphrase changes, "
              f"{stats.in_doubt} changes in flight at a kill, {stats.temp_files_left} temp files of killed "
              f"writes, {stats.orphans_removed} orphaned archive files removed at the next start, "
              "no orphan left, nothing lost")


def test_random_kills_lose_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stats = _run(tmp_path, DEFAULT_KILLS, seed=7)
    _report(capsys, stats)
    assert stats.kills == DEFAULT_KILLS
    assert stats.committed_changes > 0


@pytest.mark.stress
def test_random_kills_lose_nothing_full_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stats = _run(tmp_path, STRESS_KILLS, seed=20261126)
    _report(capsys, stats)
    assert stats.kills >= 200 or STRESS_KILLS < 200

