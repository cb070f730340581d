"""`ascn-desktop` paints its window before the store's modules load, then fills it from the runner, loading
neither signing, migrations, workbooks nor reports for the first screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ascn_desktop.core.workplace import Workplace, save_workplace
from ascn_desktop.store.engine import Store

PROBE = """
import sys
from ascn_desktop.gui.app import main
status = main(sys.argv[1:])
for name in ("sqlalchemy", "cryptography", "alembic", "openpyxl", "reportlab"):
    print(name, "loaded" if name in sys.modules else "not loaded", flush=True)
sys.exit(status)
"""


def _start(home: Path, flag: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE, "--home", str(home), flag], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_window_paints_before_sqlalchemy_and_then_shows_the_plan(demo_store: Store) -> None:
    save_workplace(demo_store.profile, Workplace(country="VNM", city="VNM-HA-NOI"))
    home = demo_store.profile.home
    painted = _start(home, "--exit-after-paint")
    assert "first-paint" in painted and "sqlalchemy not loaded" in painted
    ready = _start(home, "--exit-when-ready")
    assert "first-paint" in ready and "ready" in ready and "sqlalchemy loaded" in ready
    # What the overview does not need loads when first used: signing (cryptography), migrations (Alembic,
    # only when the schema is behind), workbooks and reports.
    for library in ("cryptography", "alembic", "openpyxl", "reportlab"):
        assert f"{library} not loaded" in ready
