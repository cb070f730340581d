"""GUI cold start to first painted main window, next to a bare PySide6 window.

Both are started as fresh processes the same way; the time is from just before
the process is spawned until it reports its first paint (both quit right after).
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


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([sys.executable, "-m", "ascn_desktop.cli.main", "--home", home, "demo"],
                       check=True, capture_output=True, cwd=ROOT)
        (Path(home) / "workplace.json").write_text(WORKPLACE, encoding="utf-8")
        app = [sys.executable, "-m", "ascn_desktop", "--home", home, "--exit-after-paint"]
        bare = [sys.executable, "-c", BARE]
        _time(bare)  # warm the OS file cache once for both
        app_s = median_of(lambda: _time(app), runs=5)
        bare_s = median_of(lambda: _time(bare), runs=5)
    return [
        Result("startup", "ASCN Desktop, 26-city demo store, to first paint", app_s * 1000, "ms"),
        Result("startup", "bare PySide6 QMainWindow, to first paint", bare_s * 1000, "ms"),
    ]
