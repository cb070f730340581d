"""The one-folder build: its size, and its cold start next to the same app run from source.

Needs `make installer` first (skipped, with a note, when dist/ascn-desktop is missing).
Start-up is measured as in bench_startup: spawn to first painted main window,
offscreen, on a 26-city demo store, median of five runs each.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, median_of

# A city officer of Hà Nội who has answered the first-run question: the window
# opens on the plan overview of the demo plan, as it does every day after the first.
WORKPLACE = '{"country": "VNM", "city": "VNM-HA-NOI"}'

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "ascn-desktop"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def run() -> list[Result]:
    if not (FROZEN / "ascn-desktop").exists():
        print("bench_installer: dist/ascn-desktop is missing; run 'make installer' first", file=sys.stderr)
        return []
    size = folder_size(FROZEN)
    results = [Result("installer", "dist/ascn-desktop folder size", size / 10**6, "MB", "< 150"),
               Result("installer", "dist/ascn-desktop folder size, binary units", size / 2**20, "MiB")]
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([str(FROZEN / "ascn"), "--home", home, "demo"], check=True, capture_output=True)
        (Path(home) / "workplace.json").write_text(WORKPLACE, encoding="utf-8")
        frozen = [str(FROZEN / "ascn-desktop"), "--home", home, "--exit-after-paint"]
        source = [sys.executable, "-m", "ascn_desktop", "--home", home, "--exit-after-paint"]
        _time(frozen)  # warm the file cache for both
        _time(source)
        frozen_s = median_of(lambda: _time(frozen), runs=5)
        source_s = median_of(lambda: _time(source), runs=5)
    results.append(Result("installer", "frozen app cold start to first paint", frozen_s * 1000, "ms",
                          f"< {source_s * 1500:.0f} (1.5x source)"))
    results.append(Result("installer", "same app from source, to first paint", source_s * 1000, "ms"))
    # On Linux `ascn` is a link to the GUI's executable: the command line must stay quick anyway.
    cli_frozen = median_of(lambda: _time([str(FROZEN / "ascn"), "--version"]), runs=5)
    cli_source = median_of(lambda: _time([sys.executable, "-m", "ascn_desktop.cli.main", "--version"]), runs=5)
    results.append(Result("installer", "frozen `ascn --version`", cli_frozen * 1000, "ms"))
    results.append(Result("installer", "same from source", cli_source * 1000, "ms"))
    return results
