"""`ascn-desktop --self-test` passes from source (make installer-test runs it on the frozen build)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes_end_to_end() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, "-m", "ascn_desktop", "--self-test"], capture_output=True,
                               text=True, env=env, timeout=300, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    for step in ("text services", "demo loaded", "signed bundle exported", "bundle verified", "bundle imported",
                 "csco screens rendered", "asec screens rendered"):
        assert any(step in line for line in lines), step
