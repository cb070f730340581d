"""Desktop manners: role pages, first run, help, remembered geometry, accessible names, screenshots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ascn_desktop import __version__
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.workplace import Workplace, load_workplace
from ascn_desktop.gui.first_run import FirstRunDialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.screenshot import save_screenshot
from ascn_desktop.store.engine import Store
from tests.gui_typing import type_text

HANOI = "VNM-HA-NOI"
REPO = Path(__file__).resolve().parent.parent


def test_pages_follow_the_role(qtbot: QtBot, hanoi_demo: Store) -> None:
    officer = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(officer)
    assert officer.page("overview") and officer.page("projects") and not officer.page("plans")
    receiver = ready(MainWindow(hanoi_demo, role="nr"))
    qtbot.addWidget(receiver)
    assert receiver.page("plans") is not None
    assert receiver.page("overview") is None and receiver.page("projects") is None


def test_first_run_dialog_finds_cities_without_accents(qtbot: QtBot, store: Store) -> None:
    dialog = FirstRunDialog(load_reference(store))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "da nang")
    assert dialog.workplace() == Workplace(country="VNM", city="VNM-DA-NANG")
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "cebu")
    assert dialog.workplace() == Workplace(country="PHL", city="PHL-CEBU-CITY")
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "atlantis")
    assert "No ASCN city" in dialog.message.text()
    assert load_workplace(store.profile) is None  # nothing is remembered until the officer confirms


def test_first_run_dialog_offers_the_network_of_2026(qtbot: QtBot, store: Store) -> None:
    dialog = FirstRunDialog(load_reference(store))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "dili")
    assert dialog.workplace() == Workplace(country="TLS", city="TLS-DILI")
    assert dialog.city_combo.currentText() == "Dili (Díli)"
    dialog.search_edit.clear()
    type_text(dialog.search_edit, "เชียงใหม่")  # Chiang Mai in Thai script
    assert dialog.workplace() == Workplace(country="THA", city="THA-CHIANG-MAI")
    assert dialog.city_combo.count() == 6  # Thailand: three pilot cities and three that joined in 2023


def test_status_bar_about_and_user_guide(qtbot: QtBot, hanoi_demo: Store) -> None:
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    window.show()
    assert str(hanoi_demo.profile.db_path) in window.store_label.text()
    assert window.saved_label.text().startswith("All changes saved")
    window.about_action.trigger()  # type: ignore[attr-defined]
    box = window.about_box  # type: ignore[attr-defined]
    assert isinstance(box, QMessageBox) and __version__ in box.text() and str(hanoi_demo.profile.db_path) in box.text()
    box.close()
    window.user_guide_action.trigger()  # type: ignore[attr-defined]
    browser = window.guide_dialog.browser  # type: ignore[attr-defined]
    assert isinstance(browser, QTextBrowser) and window.guide_dialog.isVisible()  # type: ignore[attr-defined]
    text = browser.toPlainText()
    assert "Export signed bundle" in text and "Create plan" in text and "Hà Nội" in text


@pytest.mark.parametrize("name", ["user-guide.md", "guide-nr.md", "guide-asec.md"])
def test_bundled_guide_is_the_docs_guide(name: str) -> None:
    docs = (REPO / "docs" / name).read_text(encoding="utf-8")
    bundled = (REPO / "resources" / "guide" / name).read_text(encoding="utf-8")
    assert bundled == docs, f"copy docs/{name} to resources/guide/{name}"


@pytest.mark.parametrize(("role", "title"), [("nr", "guide for National Representatives"),
                                             ("asec", "guide for the ASEAN Secretariat"),
                                             ("csco", "user guide for city officers")])
def test_f1_opens_the_guide_of_the_windows_role(qtbot: QtBot, store: Store, role: str, title: str) -> None:
    """F1 used to open the city officer's guide for every role."""
    window = ready(MainWindow(store, role=role, city="VNM-HA-NOI" if role == "csco" else None))
    qtbot.addWidget(window)
    window.show()
    window.user_guide_action.trigger()  # type: ignore[attr-defined]
    assert window.user_guide_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.HelpContents)) \
        == QKeySequence.SequenceMatch.ExactMatch  # type: ignore[attr-defined]
    browser = window.guide_dialog.browser  # type: ignore[attr-defined]
    assert title in browser.toPlainText().splitlines()[0]
    window.guide_dialog.close()  # type: ignore[attr-defined]


def test_geometry_and_splitter_remembered(qtbot: QtBot, hanoi_demo: Store) -> None:
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 640)  # the offscreen screen is 800 x 800; restoreGeometry keeps windows on screen
    window.splitter.setSizes([180, 580])
    sizes = window.splitter.sizes()
    window.close()
    again = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (760, 640)
    assert again.splitter.sizes()[0] == sizes[0]
    assert (hanoi_demo.profile.home / "gui-settings.ini").is_file()  # in the profile, not the registry


def _inside_named_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QSpinBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def test_inputs_have_accessible_names(qtbot: QtBot, hanoi_demo: Store) -> None:
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    unnamed = []
    for key in ("overview", "projects"):
        page = window.page(key)
        assert page is not None
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QSpinBox | QPlainTextEdit | QAbstractItemView):
                if _inside_named_control(widget) or isinstance(widget, QHeaderView):
                    continue  # parts of a combo, spin box or table are named by their owner
                if not widget.accessibleName():
                    unnamed.append(f"{key}: {type(widget).__name__}")
            if isinstance(widget, QCheckBox) and not (widget.accessibleName() or widget.text()):
                unnamed.append(f"{key}: QCheckBox")
    assert unnamed == []


@pytest.mark.parametrize("screen", ["projects", "project", "readiness"])
def test_screens_render_in_process(qtbot: QtBot, hanoi_demo: Store, tmp_path: Path, screen: str) -> None:
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    target = tmp_path / f"{screen}.png"
    save_screenshot(window, screen, target)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 5  # a drawn screen, not a blank one
    expected = {"projects": "projects", "project": "project", "readiness": "readiness"}[screen]
    assert window.current_page_key() == expected


def test_screenshot_command(hanoi_demo: Store, tmp_path: Path) -> None:
    home = hanoi_demo.profile.home
    target = tmp_path / "overview.png"
    result = subprocess.run(
        [sys.executable, "-m", "ascn_desktop", "--home", str(home), "--screenshot", str(target),
         "--screen", "overview"], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() == 1280


def test_first_start_asks_for_the_city_and_remembers_it(qtbot: QtBot, store: Store) -> None:
    """The app's own start: the frame shows, the store opens on the runner, then the city is asked once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ascn_desktop.gui.window_start import WindowStart

    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(10, answer)  # the store is still opening on the runner
            return
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.search_edit, "ho chi minh")
        dialog.accept()

    def start_window() -> tuple[MainWindow, WindowStart, list[object]]:
        window = MainWindow(profile=store.profile)
        qtbot.addWidget(window)
        opened: list[object] = []
        start = WindowStart(window, store.profile, ask_first_run=True, on_open=opened.append)
        window.show()
        start.start()
        qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
        return window, start, opened

    QTimer.singleShot(0, answer)
    window, start, _opened = start_window()
    assert seen and load_workplace(store.profile) == Workplace(country="VNM", city="VNM-HO-CHI-MINH-CITY")
    assert window.role == "csco" and window.windowTitle() == "Hồ Chí Minh"
    window.close()
    start.opened.store.close()  # type: ignore[union-attr]
    again, second, opened = start_window()  # asked once only: no dialog now (it would block this test)
    assert len(seen) == 1 and not opened[0].first_run  # type: ignore[attr-defined]
    again.close()
    second.opened.store.close()  # type: ignore[union-attr]


def test_reviewer_windows_survive_a_plan_change(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    """NR and ASEC windows build no editor pages, so switching plans touches no deleted widget."""
    from ascn_desktop.core.plans import list_plans
    from ascn_desktop.gui.main_window import MainWindow
    from gui_settle import ready

    plan_ids = [plan.id for plan in list_plans(demo_store)][:2]
    for role in ("nr", "asec"):
        window = ready(MainWindow(demo_store, role=role))
        qtbot.addWidget(window)
        assert window.page("project") is None and window.page("readiness") is None
        for plan_id in plan_ids:
            window.set_current_plan(plan_id)
        qtbot.wait(10)
        assert window.current_plan_id() == plan_ids[-1]


def test_edit_menu_cut_copy_paste_select_all_act_on_the_focused_field(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    window = ready(MainWindow(store, role="nr"))
    qtbot.addWidget(window)
    window.show()
    labels = [a.text().replace("&", "") for a in window.edit_menu.actions() if not a.isSeparator()]
    assert {"Cut", "Copy", "Paste", "Select All"} <= set(labels)
    field = QLineEdit("Hồ Chí Minh", window)
    field.show()
    field.setFocus()
    window.activateWindow()
    qtbot.waitUntil(field.hasFocus)
    window.text_actions["selectAll"].trigger()
    assert field.selectedText() == "Hồ Chí Minh"
    window.text_actions["copy"].trigger()
    assert QApplication.clipboard().text() == "Hồ Chí Minh"
    window.text_actions["cut"].trigger()
    assert field.text() == ""
    window.text_actions["paste"].trigger()
    assert field.text() == "Hồ Chí Minh"


@pytest.mark.parametrize("role", ["csco", "nr", "asec"])
def test_default_window_fits_768_and_the_sidebar_shows_whole_page_names(qtbot: QtBot, store: Store,
                                                                        role: str) -> None:
    """The window was 1280x800 (taller than a 768-pixel screen); the sidebar clipped 'Monitori…'."""
    window = ready(MainWindow(store, role=role, city="VNM-HA-NOI" if role == "csco" else None))
    qtbot.addWidget(window)
    assert window.height() <= 768 - 48 and window.width() <= 1366
    window.show()
    bold = QFont(window.sidebar.font())
    bold.setWeight(QFont.Weight.DemiBold)  # how the chosen page is drawn ('Readiness chec…' was clipped so)
    metrics = QFontMetrics(bold)
    # app.qss: 3 px accent bar and 12 px padding each side of an item; a few pixels between icon and text
    room = window.sidebar.viewport().width() - window.sidebar.iconSize().width() - 3 - 12 - 12 - 4
    for n in range(window.sidebar.count()):
        text = window.sidebar.item(n).text()
        assert metrics.horizontalAdvance(text) <= room, text


@pytest.mark.parametrize("size", [(1366, 728), (1024, 560), (1092, 582), (819, 448)])
def test_every_page_of_every_role_fits_the_screen(qtbot: QtBot, hanoi_demo: Store, size: tuple[int, int]) -> None:
    """1366x768 and 1024x600 at 100 % and 125 % (logical sizes, minus a task bar): no page widens or
    lengthens the window past the screen (pages scroll inside it)."""
    for role in ("csco", "nr", "asec"):
        window = ready(MainWindow(hanoi_demo, role=role, city="VNM-HA-NOI" if role == "csco" else None))
        qtbot.addWidget(window)
        window.show()
        for n in range(window.sidebar.count()):
            window.sidebar.setCurrentRow(n)
            window.resize(*size)
            QApplication.processEvents()
            assert window.width() <= size[0] and window.height() <= size[1], (role, window.sidebar.item(n).text())
        window.close()
