"""Running a child that reports its commits, and killing it with SIGKILL mid-work.

The child prints ``COMMITTED <n>`` (flushed) after each change the store has
committed. The harness reads those lines until it has `wanted` of them (or the
deadline passes), kills the child with SIGKILL, and also collects any reports
that were already in the pipe. The child can import the test helpers (its
PYTHONPATH holds this folder), e.g. `from gui_typing import type_text`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def committed_until_killed(script: Path, *args: str, wanted: int, seconds: float = 30) -> list[int]:
    """Run `script` with `args` offscreen, SIGKILL it after `wanted` reports; return every report seen."""
    helpers = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1", PYTHONPATH=helpers)
    child = subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)
    assert child.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("COMMITTED "):
                reported.append(int(line.split()[1]))
                if len(reported) >= wanted:
                    break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate(timeout=10)
    reported += [int(line.split()[1]) for line in rest.splitlines() if line.startswith("COMMITTED ")]
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= wanted, "the child did not get far enough to test anything"
    return reported
