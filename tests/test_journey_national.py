"""Journey of a National Representative (Viet Nam) through the real window.

Fresh profile → Tools → Signing identity… (role nr: the window reopens with the
NR's pages) → trust the cities' cards (Trust registry page) → import bundles by
drag and drop → Received plans: accept one, return one with a reason (a note
file) → compare two revisions → consolidate the national bundle. Set
ASCN_JOURNEY_PNG=DIR to keep the screens as PNG files.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.signing.identity import active_identity, create_identity, export_card
from ascn_desktop.core.plans import find_plan_id, get_plan_header, save_plan_header
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import received_plans
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import list_keys
from ascn_desktop.gui.receiving.consolidate_dialog import ConsolidateDialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage
from ascn_desktop.gui.receiving.review_dialogs import ReturnDialog
from ascn_desktop.gui.signing.trust_page import TrustPage
from gui_drag_drop import drop_files
from gui_settle import settle
from journey_steps import PASS, run_wizard_through_menu, snap


def city_bundles(tmp_path: Path, city: str, *, revisions: int) -> tuple[list[Path], Path]:
    """A city officer's laptop: the demo plan of `city`, exported `revisions` times with changes; its card."""
    store = open_profile_store(resolve_profile(tmp_path / f"q-{city}"))
    try:
        load_demo(store)
        identity = create_identity(store, name=f"Officer of {city}", role="csco", country="VNM", city=city,
                                   passphrase=PASS)
        plan_id = find_plan_id(store, city, "2018-2025")
        assert plan_id is not None
        out = tmp_path / "inbox"
        out.mkdir(exist_ok=True)
        bundles = []
        for number in range(revisions):
            if number:
                header = get_plan_header(store, plan_id)
                save_plan_header(store, plan_id, replace(header, title=f"{header.title} — bản sửa {number}"))
            bundles.append(export_bundle(store, plan_id, out, as_draft=True, passphrase=PASS).path)
        card = export_card(identity, tmp_path / f"{city}.card")
    finally:
        store.close()
    return bundles, card


def test_national_representative_receives_reviews_and_consolidates(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    da_nang, da_nang_card = city_bundles(tmp_path, "VNM-DA-NANG", revisions=2)
    ha_noi, ha_noi_card = city_bundles(tmp_path, "VNM-HA-NOI", revisions=1)
    store = open_profile_store(resolve_profile(tmp_path / "q-nr"))
    try:
        window = ready(MainWindow(store))  # first run cancelled: no city, no identity
        qtbot.addWidget(window)
        window.show()
        snap(window, "nr-01-no-identity")
        window = run_wizard_through_menu(qtbot, window, monkeypatch, name="Trần Văn Bình", role="nr",
                                         country="VNM", city=None)
        assert active_identity(store) is not None
        assert (window.role, window.country) == ("nr", "VNM")
        assert window.page("received") is not None and window.page("overview") is None
        assert window.windowTitle() == "ASCN Desktop — National Representative, Viet Nam"
        assert window.current_page_key() == "received"
        assert not window.plan_menu.menuAction().isVisible()  # nothing in it for a receiver
        snap(window, "nr-02-after-identity")

        trust = window.page("trust")
        assert isinstance(trust, TrustPage)
        window.show_page("trust")
        for card in (da_nang_card, ha_noi_card):
            trust.add_card_file(card)
            qtbot.waitUntil(lambda: trust.confirm_dialog is not None, timeout=10_000)  # read on the runner
            confirm = trust.confirm_dialog
            assert confirm is not None
            snap(confirm, "nr-03-trust-confirm")
            confirm.accept()
            qtbot.waitUntil(lambda: trust.writing is None, timeout=10_000)  # written on the runner
        assert sorted(entry.name for entry in list_keys(store)) == ["Officer of VNM-DA-NANG", "Officer of VNM-HA-NOI"]
        snap(window, "nr-04-trust-page")

        with qtbot.waitSignal(window.store_changed, timeout=30_000):
            drop_files(window, [tmp_path / "inbox"])
        qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=30_000)
        results = window.last_import_results  # type: ignore[attr-defined]
        snap(results, "nr-05-import-results")
        assert len(results.lines()) == 3
        results.close()

        page = window.page("received")
        assert isinstance(page, ReceivedPlansPage)
        window.show_page("received")
        page.reload()
        settle(qtbot)  # the list is read on the background runner
        snap(window, "nr-06-received")
        page.select_city("VNM-DA-NANG")
        # Double-clicking the plan opens the read-only viewer: the plan in front of the reviewer.
        opened: list[str] = []
        monkeypatch.setattr("ascn_desktop.gui.receiving.plan_viewer.QDesktopServices.openUrl",
                            lambda url: opened.append(url.toLocalFile()) or True)
        row = page.table.currentRow()
        cell = page.table.visualRect(page.table.model().index(row, 0)).center()
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double-click is
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # press, release, press
        viewer = page.viewer
        assert viewer is not None and viewer.isVisible()
        settle(qtbot)  # the viewer reads the plan on the background runner
        assert "Đà Nẵng" in viewer.windowTitle() and "read only" in viewer.windowTitle()
        assert viewer.projects.rowCount() == len(viewer.plan.projects) > 0
        viewer.tabs.setCurrentIndex(1)
        viewer.projects.selectRow(0)
        assert viewer.milestones.rowCount() == len(viewer.plan.projects[0].milestones)
        assert viewer.funding.rowCount() == len(viewer.plan.projects[0].funding)
        snap(viewer, "nr-06a-viewer-projects")
        qtbot.mouseClick(viewer.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened))  # copied out of the archive on the background runner
        assert opened and Path(opened[0]).read_bytes().startswith(b"%PDF")
        viewer.tabs.setCurrentIndex(2)
        assert viewer.history.rowCount() == 2 and viewer.compare_button.isEnabled()
        compared = viewer.compare()
        settle(qtbot)
        assert "Đà Nẵng" in compared.windowTitle()
        compared.close()

        # Accept from the viewer asks first, then can be undone until the plan is consolidated.
        qtbot.mouseClick(viewer.accept_button, Qt.MouseButton.LeftButton)
        assert page.confirm_box is not None and page.confirm_box.isVisible()
        snap(page.confirm_box, "nr-06b-confirm-accept")
        with qtbot.waitSignal(page.reviewed):
            qtbot.mouseClick(page.confirm_box.findChild(QPushButton, "confirm-accept-yes"), Qt.MouseButton.LeftButton)
        assert "Accepted" in viewer.banner.text() and not viewer.accept_button.isEnabled()
        viewer.close()
        page.select_city("VNM-DA-NANG")
        assert page.undo_button.isEnabled()
        with qtbot.waitSignal(page.reviewed):  # decisions are written on the background runner
            qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        assert {p.city: p.review_status for p in received_plans(store)}["VNM-DA-NANG"] == "received"
        page.select_city("VNM-DA-NANG")
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(page.reviewed):
            qtbot.mouseClick(page.confirm_box.findChild(QPushButton, "confirm-accept-yes"), Qt.MouseButton.LeftButton)
        assert {p.city: p.review_status for p in received_plans(store)}["VNM-DA-NANG"] == "accepted"

        notes = tmp_path / "notes"
        notes.mkdir()

        def filled_return(dialog: ReturnDialog) -> int:
            dialog.show()
            dialog.reason.setPlainText("Thiếu chỉ số cho dự án HN-02; hãy bổ sung.")
            dialog.folder.setText(str(notes))
            dialog.passphrase.first.setText(PASS)
            snap(dialog, "nr-07-return-dialog")
            dialog.buttons.accepted.emit()
            return int(dialog.result())

        monkeypatch.setattr(ReturnDialog, "exec", filled_return)
        page.select_city("VNM-HA-NOI")
        with qtbot.waitSignal(page.reviewed, timeout=30_000):
            qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
        assert [p.name for p in notes.iterdir()] == ["VNM-Ha-Noi-2018-2025-r1-review.ascn"]
        assert page.note_box is not None and "VNM-Ha-Noi-2018-2025-r1-review.ascn" in page.note_box.informativeText()
        page.note_box.close()
        snap(window, "nr-08-received-reviewed")

        page.select_city("VNM-DA-NANG")
        compare = page.compare_selected()
        assert compare is not None
        qtbot.addWidget(compare)
        settle(qtbot)  # the revisions are read on the background runner
        compare.old.setCurrentIndex(compare.old.findData(1) if compare.old.findData(1) >= 0 else 0)
        compare.refresh()
        settle(qtbot)
        snap(compare, "nr-09-compare")
        compare.close()

        consolidate = next(a for a in window.tools_menu.actions() if "Consolidate" in a.text())
        consolidate.trigger()
        dialog = window.findChild(ConsolidateDialog)
        assert dialog is not None
        settle(qtbot)  # the accepted plans are read on the background runner
        out = tmp_path / "national"
        out.mkdir()
        dialog.folder.setText(str(out))
        dialog.endorsement.setPlainText("Đồng ý. Bộ Xây dựng, Hà Nội.")
        dialog.passphrase.first.setText(PASS)
        snap(dialog, "nr-10-consolidate")
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
        assert len(list(out.glob("VNM-national-2018-2025-*.ascn"))) == 1
        assert dialog.result_dialog is not None and "signed by you" in dialog.result_dialog.summary.text()

        statuses = {p.city: p.review_status for p in received_plans(store)}
        assert statuses == {"VNM-DA-NANG": "accepted", "VNM-HA-NOI": "returned"}
        # Consolidated: the acceptance is out of the NR's hands now.
        page.reload()
        settle(qtbot)
        page.select_city("VNM-DA-NANG")
        assert not page.undo_button.isEnabled()
    finally:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QDialog):
                box.close()
        store.close()
