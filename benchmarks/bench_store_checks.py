"""The store's own checks on a 10,000-project store: the quick check on open against start-up.

Builds 20 synthetic plans of 500 projects (2 with ``--quick``; benchmarks/synthetic.py:
milestones, indicators, funding), then, interleaved so that the machine's load falls on all
alike: the GUI from process start to first paint with and without the quick check (the same
program, `quick_check` replaced by a no-op in the second: the floor), and the quick check alone.
Then the full check (`ascn store check`: integrity, foreign keys, text) alone, and one checked
backup. CPU time (the GUI's own, as a child process) and wall time of each. Target: the quick
check under 10 % of start-up (on CPU time).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import QUICK, Result, Sample, command, in_process, interleaved, runs, timed

ROOT = Path(__file__).resolve().parents[1]
PLANS, PROJECTS = (2, 500) if QUICK else (20, 500)
WORKPLACE = '{"country": "VNM", "city": "VNM-HA-NOI"}'
# The check is replaced where the engine takes it from, before the engine is imported: importing the
# engine to patch it (as this benchmark once did) loaded SQLAlchemy before the window painted, and made
# the start without the check twice as slow as the start with it. Both import the (light) module.
NO_CHECK = "integrity.quick_check = lambda path: []; "
GUI = ("import sys; import ascn_desktop.store.integrity as integrity; {patch}from ascn_desktop.gui.app import main; "
       "sys.exit(main(['--home', {home!r}, '--exit-after-paint']))")


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


def _start(home: Path, *, check: bool) -> Sample:
    code = GUI.format(patch="" if check else NO_CHECK, home=str(home))
    return command([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def _median(samples: list[Sample]) -> Sample:
    return Sample(statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples))


def run() -> list[Result]:
    from ascn_desktop.store.backups import backup_store
    from ascn_desktop.store.integrity import integrity_check, quick_check

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        _build(home)
        db_path = home / "ascn.sqlite"
        _start(home, check=True)  # warm the file cache; today's backup exists from here on
        medians = interleaved({
            "with": lambda: _start(home, check=True),
            "without": lambda: _start(home, check=False),
            "alone": lambda: in_process(lambda: quick_check(db_path)),
        }, repeat=runs(7, 3))
        full = _median([in_process(lambda: integrity_check(db_path)) for _ in range(runs(3))])
        backup = _median([in_process(lambda: backup_store(db_path, home / "bench-backups", label="bench"))
                          for _ in range(runs(3))])
        size_mb = db_path.stat().st_size / 1e6

    start, check = medians["with"], medians["alone"]
    share = check.cpu / start.cpu * 100
    what = f"{PLANS * PROJECTS:,} projects, {size_mb:.1f} MB"
    return [
        timed("store checks", f"GUI start to first paint, {what}", start,
              "the same start without the quick check", medians["without"]),
        Result("store checks", "quick check alone (every open)", check.wall * 1000, "ms", cpu=check.cpu * 1000,
               target=f"< 10 % of start-up: {share:.1f} % — {'met' if share < 10 else 'NOT met'}"),
        Result("store checks", "full check alone (store check, before each backup)", full.wall * 1000, "ms",
               cpu=full.cpu * 1000),
        Result("store checks", "checked backup (full check + backup API copy)", backup.wall * 1000, "ms",
               cpu=backup.cpu * 1000),
    ]
