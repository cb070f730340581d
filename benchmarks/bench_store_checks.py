"""The store's own checks on a 10,000-project store: the quick check on open against start-up.

Builds 20 synthetic plans of 500 projects (benchmarks/synthetic.py: milestones,
indicators, funding), then, interleaved so that the machine's load falls on both
alike: the GUI from process start to first paint with and without the quick
check (the same program, `quick_check` replaced by a no-op in the second), the
quick check alone, the full check (`ascn store check`: integrity, foreign keys,
text) alone, and one checked backup. Target: the quick check under 10 % of
start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import QUICK, Result, median_of, runs

ROOT = Path(__file__).resolve().parents[1]
PLANS, PROJECTS = (2, 500) if QUICK else (20, 500)
WORKPLACE = '{"country": "VNM", "city": "VNM-HA-NOI"}'
NO_CHECK = "import ascn_desktop.store.engine as engine; engine.quick_check = lambda path: []; "
GUI = "import sys; {patch}from ascn_desktop.gui.app import main; sys.exit(main(['--home', {home!r}, '--exit-after-paint']))"


def _build(home: Path) -> None:
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from benchmarks.synthetic import generate

    store = open_profile_store(resolve_profile(home))
    try:
        generate(store, cities=PLANS, projects=PROJECTS)
    finally:
        store.close()
    (home / "workplace.json").write_text(WORKPLACE, encoding="utf-8")


def _start(home: Path, *, check: bool) -> float:
    code = GUI.format(patch="" if check else NO_CHECK, home=str(home))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    begun = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT, env=env)
    return time.perf_counter() - begun


def _timed(action: Callable[[], object]) -> float:
    begun = time.perf_counter()
    action()
    return time.perf_counter() - begun


def run() -> list[Result]:
    from ascn_desktop.store.backups import backup_store
    from ascn_desktop.store.integrity import integrity_check, quick_check

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        _build(home)
        db_path = home / "ascn.sqlite"
        _start(home, check=True)  # warm the file cache; today's backup exists from here on
        with_check: list[float] = []
        without: list[float] = []
        alone: list[float] = []
        for _ in range(runs(7)):
            with_check.append(_start(home, check=True))
            without.append(_start(home, check=False))
            alone.append(_timed(lambda: quick_check(db_path)))
        full = median_of(lambda: _timed(lambda: integrity_check(db_path)), runs=runs(3))
        backup = median_of(lambda: _timed(lambda: backup_store(db_path, home / "bench-backups", label="bench")),
                           runs=runs(3))
        size_mb = db_path.stat().st_size / 1e6

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    start, start_without, check = median(with_check), median(without), median(alone)
    share = check / start * 100
    what = f"{PLANS * PROJECTS:,} projects, {size_mb:.1f} MB"
    return [
        Result("store checks", f"GUI start to first paint, {what}", start * 1000, "ms"),
        Result("store checks", "same, without the quick check", start_without * 1000, "ms"),
        Result("store checks", "quick check alone (every open)", check * 1000, "ms",
               target=f"< 10 % of start-up: {share:.1f} % — {'met' if share < 10 else 'NOT met'}"),
        Result("store checks", "full check alone (store check, before each backup)", full * 1000, "ms"),
        Result("store checks", "checked backup (full check + backup API copy)", backup * 1000, "ms"),
    ]
