"""The GUI's start-up on a damaged store: one sentence and "Restore the backup of …", clicked for real."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.gui import app as gui_app
from ascn_desktop.store.backups import backup_store
from ascn_desktop.store.integrity import integrity_check
from store_damage import flip_table_root


def _answer(monkeypatch: pytest.MonkeyPatch, wanted: str, seen: list[str]) -> None:
    """Every damaged-store box is answered by clicking its real button whose text starts with `wanted`."""

    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "").startswith(wanted):
                button.click()
                return 0
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    def information(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))


def _damaged_home(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A profile folder whose demo store has a backup taken by hand and then a damaged table: (home, store)."""
    home = tmp_path / "home"
    home.mkdir()
    db_path = home / "ascn.sqlite"
    shutil.copyfile(demo_template, db_path)
    backup_store(db_path, home / "backups", label="by-hand")
    flip_table_root(db_path, "plans")
    return home, db_path


def test_start_up_offers_the_backup_and_restores_it(qtbot, demo_template: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    home, db_path = _damaged_home(demo_template, tmp_path)
    seen: list[str] = []
    _answer(monkeypatch, "Restore the backup of", seen)
    store = gui_app._open_or_restore(resolve_profile(home))  # noqa: SLF001 (the start-up path itself)
    assert store is not None
    try:
        assert "is damaged, so nothing was written to it" in seen[0]
        assert "was restored" in seen[1]
        assert integrity_check(db_path) == []
        assert len(list(home.glob("ascn-damaged-*.sqlite"))) == 1
    finally:
        store.close()


def test_quitting_leaves_the_damaged_store_as_it_was(qtbot, demo_template: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    home, db_path = _damaged_home(demo_template, tmp_path)
    before = db_path.read_bytes()
    seen: list[str] = []
    _answer(monkeypatch, "Quit", seen)
    assert gui_app._open_or_restore(resolve_profile(home)) is None  # noqa: SLF001
    assert db_path.read_bytes() == before and not list(home.glob("ascn-damaged-*"))


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_damaged_store_dialog_renders(qtbot, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Renders the dialog (docs/screenshots/damaged-store-*.png are made this way) within the screen."""
    from ascn_desktop.gui.damaged_store_dialog import damaged_store_box
    from ascn_desktop.store.backup_files import list_backups
    from ascn_desktop.store.db_errors import StoreDamagedError

    db_path = tmp_path / "ascn.sqlite"
    import sqlite3

    sqlite3.connect(db_path).close()
    made = backup_store(db_path, tmp_path / "backups", label="daily")
    backup = list_backups(db_path, tmp_path / "backups")[0]
    assert backup.path == made
    error = StoreDamagedError("damaged", path=Path("/home/officer/.local/share/ascn-desktop/ascn.sqlite"))
    box, restore_button = damaged_store_box(error, backup)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert restore_button is not None
    assert box.width() <= size[0] and box.height() <= size[1]
    box.grab().save(str(tmp_path / f"damaged-store-{size[0]}x{size[1]}.png"))
    box.close()


def test_the_window_opens_a_damaged_store_after_its_backup_is_restored(
        qtbot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The app's own start: the frame shows, the store opens on the runner, the dialog restores, the pages come."""
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.window_start import WindowStart

    home, db_path = _damaged_home(demo_template, tmp_path)
    seen: list[str] = []
    _answer(monkeypatch, "Restore the backup of", seen)
    profile = resolve_profile(home)
    window = MainWindow(profile=profile)
    qtbot.addWidget(window)
    opened: list[object] = []
    start = WindowStart(window, profile, ask_first_run=False, on_open=opened.append)
    window.show()
    assert not window.is_ready()  # the frame paints before the store is open
    start.start()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    try:
        assert window.is_ready() and window.sidebar.count() > 0
        assert "is damaged, so nothing was written to it" in seen[0] and "was restored" in seen[1]
        assert integrity_check(db_path) == []
    finally:
        window.close()
        start.opened.store.close()  # type: ignore[union-attr]
