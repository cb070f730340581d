"""Start-up: the GUI to its first painted window, and `ascn --version` / `--help`, beside their floors.

- GUI: from spawning the process to the first paint of the main window, on a
  store holding the 26-city demo, opened as a Hà Nội city officer (who has
  answered the first-run question, as every day after the first); and, in
  another run, to the moment the first screen shows the plan's data (the store
  opened on the background runner, the pages built, the overview's read shown
  and painted: `--exit-when-ready`). Floor for both: a bare PySide6 QMainWindow
  started and painted the same way.
- `ascn --version` and `ascn --help`. Floor: `python -c "import ascn_desktop"`.

Each pair runs alternately in the same run; CPU time is the child's own.
"""

from __future__ import annotations

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


def run() -> list[Result]:
    python = sys.executable
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([python, "-m", "ascn_desktop.cli.main", "--home", home, "demo"],
                       check=True, capture_output=True, cwd=ROOT)
        (Path(home) / "workplace.json").write_text(WORKPLACE, encoding="utf-8")
        app = [python, "-m", "ascn_desktop", "--home", home, "--exit-after-paint"]
        ready = [python, "-m", "ascn_desktop", "--home", home, "--exit-when-ready"]
        bare = [python, "-c", BARE]
        command(ready, cwd=ROOT)  # warm the OS file cache (and migrate nothing later) once for all
        command(bare, cwd=ROOT)
        gui = interleaved({"app": lambda: command(app, cwd=ROOT), "ready": lambda: command(ready, cwd=ROOT),
                           "bare": lambda: command(bare, cwd=ROOT)}, repeat=runs(5, 2))
        cli = interleaved({
            "version": lambda: command([python, "-m", "ascn_desktop.cli.main", "--version"], cwd=ROOT),
            "help": lambda: command([python, "-m", "ascn_desktop.cli.main", "--help"], cwd=ROOT),
            "import": lambda: command([python, "-c", "import ascn_desktop"], cwd=ROOT),
        }, repeat=runs(7, 2))
    floor_cli = 'python -c "import ascn_desktop"'
    return [
        timed("startup", "GUI, 26-city demo store, to first paint", gui["app"],
              "bare PySide6 QMainWindow, to first paint", gui["bare"], target="<= 2.5x"),
        timed("startup", "GUI, 26-city demo store, until the overview shows the plan", gui["ready"],
              "bare PySide6 QMainWindow, to first paint", gui["bare"]),
        timed("startup", "ascn --version", cli["version"], floor_cli, cli["import"], target="<= 1.5x"),
        timed("startup", "ascn --help", cli["help"], floor_cli, cli["import"]),
    ]
