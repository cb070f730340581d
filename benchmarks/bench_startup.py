"""Start-up: the GUI to its first painted window, and `ascn --version` / `--help`, beside their floors.

- GUI: from spawning the process to the first paint of the main window, on a
  store holding the 26-city demo, opened as a Hà Nội city officer (who has
  answered the first-run question, as every day after the first); and, in
  another run, to the moment the first screen shows the plan's data (the store
  opened on the background runner, the pages built, the overview's read shown
  and painted: `--exit-when-ready`). Floor for both: a bare PySide6 QMainWindow
  started and painted the same way.
- `ascn --version` and `ascn --help` (in English, and in Khmer chosen in a profile: the catalogue read
  from its compiled .mo). Floor: `python -c "import ascn_desktop"`.

Each pair runs alternately in the same run; CPU time is the child's own. The children
read bytecode compiled once into a temporary cache, as an installed app does (not the
sources compiled again at every start when the shell sets PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import Result, command, interleaved, runs, timed

WORKPLACE = '{"country": "VNM", "city": "VNM-HA-NOI"}'
ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer, QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 760)
class P(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
p = P(w); w.installEventFilter(p); w.show(); app.exec()
"""


def _with_bytecode(cache: str) -> dict[str, str]:
    """The children's environment: bytecode written to and read from `cache`, as an installed app reads
    its own (a shell with PYTHONDONTWRITEBYTECODE would otherwise compile every module at every start)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def run() -> list[Result]:
    python = sys.executable
    with (tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as cache,
          tempfile.TemporaryDirectory() as khmer_home):
        env = _with_bytecode(cache)
        (Path(khmer_home) / "language.json").write_text('{"language": "km"}', encoding="utf-8")
        subprocess.run([python, "-m", "ascn_desktop.cli.main", "--home", home, "demo"],
                       check=True, capture_output=True, cwd=ROOT, env=env)
        (Path(home) / "workplace.json").write_text(WORKPLACE, encoding="utf-8")
        app = [python, "-m", "ascn_desktop", "--home", home, "--exit-after-paint"]
        ready = [python, "-m", "ascn_desktop", "--home", home, "--exit-when-ready"]
        bare = [python, "-c", BARE]
        version = [python, "-m", "ascn_desktop.cli.main", "--version"]
        usage = [python, "-m", "ascn_desktop.cli.main", "--help"]
        usage_km = [python, "-m", "ascn_desktop.cli.main", "--home", khmer_home, "--help"]
        floor = [python, "-c", "import ascn_desktop"]
        for warm in (ready, bare, version, usage, usage_km, floor):  # the OS file cache and the bytecode, once for all
            command(warm, cwd=ROOT, env=env)
        gui = interleaved({"app": lambda: command(app, cwd=ROOT, env=env),
                           "ready": lambda: command(ready, cwd=ROOT, env=env),
                           "bare": lambda: command(bare, cwd=ROOT, env=env)}, repeat=runs(5, 2))
        cli = interleaved({
            "version": lambda: command(version, cwd=ROOT, env=env),
            "help": lambda: command(usage, cwd=ROOT, env=env),
            "help_km": lambda: command(usage_km, cwd=ROOT, env=env),
            "import": lambda: command(floor, cwd=ROOT, env=env),
        }, repeat=runs(7, 2))
    floor_cli = 'python -c "import ascn_desktop"'
    return [
        timed("startup", "GUI, 26-city demo store, to first paint", gui["app"],
              "bare PySide6 QMainWindow, to first paint", gui["bare"], target="<= 2.5x"),
        timed("startup", "GUI, 26-city demo store, until the overview shows the plan", gui["ready"],
              "bare PySide6 QMainWindow, to first paint", gui["bare"]),
        timed("startup", "ascn --version", cli["version"], floor_cli, cli["import"], target="<= 1.5x"),
        timed("startup", "ascn --help", cli["help"], floor_cli, cli["import"], target="<= 1.5x"),
        timed("startup", "ascn --help, Khmer chosen in the profile", cli["help_km"], floor_cli, cli["import"],
              target="<= 1.5x"),
    ]
