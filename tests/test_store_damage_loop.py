"""Byte-flip loop: 64 bytes flipped in the middle of a store copy; no command writes into a damaged store.

Each round copies the demo store (with a backup of today, as in the middle of
a working day), inverts 64 bytes at a random offset in the middle half of the
file (as the issue's damaged store), and runs reading and writing commands on
it. Every command either works or says, in one sentence, that the store is
damaged — never "unexpected error" — and whenever SQLite's full check
(store/integrity.py) finds the copy damaged, the file is byte-for-byte what it
was after every command. Flips that land in free pages or turn one valid value
into another are invisible to any check without a checksum per page; they are
counted, not failed. `make stress` runs many more rounds.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from random import Random

import pytest

from ascn_desktop.store.backups import backup_store
from ascn_desktop.store.integrity import integrity_check, quick_check
from bundle_factory import city_bundle, demo_plan, make_signer, trust, write
from store_damage import digest, flip_bytes, settle, written_since

DEFAULT_ROUNDS = 3
STRESS_ROUNDS = int(os.environ.get("ASCN_STRESS_FLIPS", "100"))
DAMAGED = "is damaged, so nothing was written to it"


@dataclass
class FlipStats:
    rounds: int = 0
    quick_check_found: int = 0
    full_check_found: int = 0  # found by the full check (text, indexes) but not by the quick one
    invisible: int = 0
    refusals: int = 0
    commands: int = 0


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory, demo_template: Path, reference) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """A demo store whose registry trusts a Đà Nẵng signer, a bundle of that signer, and a workbook."""
    from ascn_desktop.cli.main import main as cli_main
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store

    root = tmp_path_factory.mktemp("flip-material")
    home = root / "home"
    home.mkdir()
    shutil.copyfile(demo_template, home / "ascn.sqlite")
    store = open_profile_store(resolve_profile(home))
    signer = make_signer(city="VNM-DA-NANG")
    trust(store, signer)
    store.close()
    bundle = write(root / "in", "danang.ascn", city_bundle(demo_plan(reference, revision=3), reference, signer))
    workbook = root / "hanoi.xlsx"
    assert cli_main(["--home", str(home), "template", "ha noi", "--out", str(workbook)]) == 0
    store = open_profile_store(resolve_profile(home))
    from ascn_desktop.core.plans import delete_project, find_plan_id, get_plan

    plan_id = find_plan_id(store, "VNM-HA-NOI")
    assert plan_id is not None
    delete_project(store, plan_id, get_plan(store, plan_id).projects[0].id)  # so the workbook has news
    store.close()
    settle(home / "ascn.sqlite")
    return {"store": home / "ascn.sqlite", "bundle": bundle, "workbook": workbook}


def _commands(material: dict[str, Path], out: Path) -> list[list[str]]:
    return [
        ["plan", "list"], ["plan", "show", "ha noi"], ["monitor"], ["received"],
        ["export-data", "--format", "json", "--out", str(out)],
        ["import-xlsx", str(material["workbook"]), "--city", "ha noi"],
        ["import", str(material["bundle"])],
        ["demo"],
    ]


def _run_rounds(rounds: int, seed: int, material: dict[str, Path], tmp_path: Path, run_cli) -> FlipStats:  # type: ignore[no-untyped-def]
    rng = Random(seed)
    stats = FlipStats()
    for n in range(rounds):
        home = tmp_path / f"round-{n}"
        home.mkdir()
        db_path = home / "ascn.sqlite"
        shutil.copyfile(material["store"], db_path)
        backup_store(db_path, home / "backups", label="by-hand")  # today's backup exists: no daily check
        size = db_path.stat().st_size
        flip_bytes(db_path, rng.randrange(size // 4, 3 * size // 4))
        found_quick = bool(quick_check(db_path))
        damaged = found_quick or bool(integrity_check(db_path))
        stats.rounds += 1
        stats.quick_check_found += found_quick
        stats.full_check_found += damaged and not found_quick
        stats.invisible += not damaged
        before = digest(db_path)
        for command in _commands(material, home / "out"):
            result = run_cli("--home", str(home), *command)
            stats.commands += 1
            where = f"round {n}, '{' '.join(command)}'"
            assert "unexpected" not in result.err and "Traceback" not in result.err, (where, result.err)
            if result.status != 0 and DAMAGED in result.err:
                stats.refusals += 1
                assert len(result.err.strip().splitlines()) <= 1 + 5, (where, result.err)  # sentence + findings
            if damaged:
                assert not written_since(db_path, before), f"{where} wrote into a damaged store"
                assert "Imported" not in result.out, f"{where} said it imported"
    return stats


def _report(capsys: pytest.CaptureFixture[str], stats: FlipStats) -> None:
    with capsys.disabled():
        print(f"\nbyte flips: {stats.rounds} stores with 64 bytes flipped, {stats.commands} commands run; damage "
              f"found by the quick check on open {stats.quick_check_found}, only by the full check "
              f"{stats.full_check_found}, invisible to any check {stats.invisible}; {stats.refusals} refusals "
              "with the damage sentence; no write into a damaged store, no unexpected error")


def test_no_command_writes_into_a_store_with_flipped_bytes(material: dict[str, Path], tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          run_cli, capsys: pytest.CaptureFixture[str]) -> None:
    stats = _run_rounds(DEFAULT_ROUNDS, 15, material, tmp_path, run_cli)
    _report(capsys, stats)
    assert stats.refusals > 0


@pytest.mark.stress
def test_no_command_writes_into_a_store_with_flipped_bytes_full_count(  # type: ignore[no-untyped-def]
        material: dict[str, Path], tmp_path: Path, run_cli, capsys: pytest.CaptureFixture[str]) -> None:
    stats = _run_rounds(STRESS_ROUNDS, 20261206, material, tmp_path, run_cli)
    _report(capsys, stats)
    assert stats.rounds == STRESS_ROUNDS
