"""`ascn-desktop` paints its window before the store's modules load, then fills it from the runner, loading
neither signing, migrations, workbooks nor reports for the first screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

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


def test_the_first_screen_is_seen_shown_once_its_reads_are_in(qtbot: QtBot, demo_store: Store) -> None:
    """What ends the start-up's collector pause (gui/app.py) and times `--exit-when-ready`."""
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.tasks import tasks_running
    from ascn_desktop.gui.window_start import when_first_screen_shown

    window = MainWindow(demo_store, role="csco", city="VNM-HA-NOI")
    qtbot.addWidget(window)
    seen: list[bool] = []
    when_first_screen_shown(window, lambda: seen.append(window.is_ready() and tasks_running() == 0))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    qtbot.wait(100)  # called once, not at every tick after
    assert seen == [True]
    assert window.page("overview") is not None
