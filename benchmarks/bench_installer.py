"""The one-folder build: its size, and its cold start next to the same app run from source.

Needs `make installer` first: no run of the benchmarks builds it (a build takes minutes), so it is
skipped, with a note, when dist/ascn-desktop is missing, and the build's date is printed with its
figures (a build older than the sources measures the code it was built from).
Start-up is measured as in bench_startup: spawn to first painted main window, offscreen, on a
26-city demo store, the frozen app and the same app from source alternating (five rounds, two with
``--quick``), CPU time of each child and wall time; the source run is the frozen one's floor.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.harness import Result, command, interleaved, runs, timed

# A city officer of Hà Nội who has answered the first-run question: the window
# opens on the plan overview of the demo plan, as it does every day after the first.
WORKPLACE = '{"country": "VNM", "city": "VNM-HA-NOI"}'

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "ascn-desktop"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def run() -> list[Result]:
    if not (FROZEN / "ascn-desktop").exists():
        print("bench_installer skipped: dist/ascn-desktop is missing; run 'make installer' first", file=sys.stderr)
        return []
    built = datetime.fromtimestamp((FROZEN / "ascn-desktop").stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    size = folder_size(FROZEN)
    results = [Result("installer", f"dist/ascn-desktop folder size (built {built})", size / 10**6, "MB", "< 150"),
               Result("installer", "dist/ascn-desktop folder size, binary units", size / 2**20, "MiB")]
    with tempfile.TemporaryDirectory() as home:
        command([str(FROZEN / "ascn"), "--home", home, "demo"])
        (Path(home) / "workplace.json").write_text(WORKPLACE, encoding="utf-8")
        frozen = [str(FROZEN / "ascn-desktop"), "--home", home, "--exit-after-paint"]
        source = [sys.executable, "-m", "ascn_desktop", "--home", home, "--exit-after-paint"]
        # On Linux `ascn` is a link to the GUI's executable: the command line must stay quick anyway.
        cli_frozen = [str(FROZEN / "ascn"), "--version"]
        cli_source = [sys.executable, "-m", "ascn_desktop.cli.main", "--version"]
        for warm in (frozen, source):  # the file cache, once for both
            command(warm, cwd=ROOT)
        gui = interleaved({"frozen": lambda: command(frozen, cwd=ROOT), "source": lambda: command(source, cwd=ROOT)},
                          repeat=runs(5, 2))
        cli = interleaved({"frozen": lambda: command(cli_frozen, cwd=ROOT),
                           "source": lambda: command(cli_source, cwd=ROOT)}, repeat=runs(5, 2))
    results.append(timed("installer", "frozen app cold start to first paint", gui["frozen"],
                         "the same app from source, to first paint", gui["source"], target="< 1.5x"))
    results.append(timed("installer", "frozen `ascn --version`", cli["frozen"], "the same from source", cli["source"]))
    return results
