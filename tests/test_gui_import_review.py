"""GUI: import by dropping bundles on the window, the results list, accept/return, compare revisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

import bundle_factory as bf
from gui_drag_drop import drop_files
from gui_settle import settle
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.core.plans import list_plans
from ascn_desktop.core.review import received_plans
from ascn_desktop.gui.receiving.import_dialog import ImportResultsDialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage
from ascn_desktop.gui.receiving.revision_compare import RevisionCompareDialog
from ascn_desktop.store.engine import Store

# The Secretariat's screens: on SQLite and on a shared PostgreSQL store (tests/conftest.py).
pytestmark = pytest.mark.both_engines

PASSPHRASE = "reviewer passphrase"


@pytest.fixture
def inbox(store: Store, tmp_path: Path) -> Path:
    signer = bf.make_signer(seed=41)
    bf.trust(store, signer)
    reference = bf.load(store)
    folder = tmp_path / "inbox"
    bf.write(folder, "VNM-Da-Nang-2018-2025-r1.ascn", bf.city_bundle(bf.demo_plan(reference), reference, signer))
    plan = bf.demo_plan(reference, revision=2, title="Đà Nẵng plan, revised")
    plan.projects = plan.projects[1:]
    bf.write(folder, "VNM-Da-Nang-2018-2025-r2.ascn", bf.city_bundle(plan, reference, signer))
    bf.write(folder, "broken.ascn", b"this is not a bundle")
    return folder


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    # No explicit role: every page is installed (role "nr" trips the editor feature's deleted
    # ReadinessPanel on plan_changed, a bug outside this feature, reported).
    made = ready(MainWindow(store))
    qtbot.addWidget(made)
    return made


def test_dropping_a_folder_imports_and_lists_every_bundle(qtbot, window: MainWindow, inbox: Path,  # type: ignore[no-untyped-def]
                                                          store: Store) -> None:
    with qtbot.waitSignal(window.store_changed, timeout=10_000):
        drop_files(window, [inbox])
    qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=10_000)
    dialog: ImportResultsDialog = window.last_import_results  # type: ignore[attr-defined]
    lines = dialog.lines()
    assert lines[0].startswith("VNM-Da-Nang-2018-2025-r1.ascn — Imported: Đà Nẵng, revision 1")
    assert "supersedes revision 1" in lines[1]
    assert lines[2].startswith("broken.ascn — Refused: This file is not a bundle")
    assert dialog.summary.text() == "2 imported, 0 already here, 1 refused."
    assert [p.revision for p in list_plans(store, origin="imported")] == [2]
    page = window.page("received")
    settle(qtbot)  # the page reads the list after the import on the background runner
    assert isinstance(page, ReceivedPlansPage) and page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Đà Nẵng" and page.table.item(0, 7).text() == "Received"
    dialog.grab().save(str(inbox.parent / "import-results.png"))


def test_drag_without_bundles_is_ignored(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hi")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_accept_and_return_from_the_page(qtbot, store: Store, inbox: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.core.bundles.bundle_import import import_bundles

    create_identity(store, name="Trần Thị Bình", role="nr", country="VNM", city=None, passphrase=PASSPHRASE)
    import_bundles(store, [inbox / "VNM-Da-Nang-2018-2025-r1.ascn"])
    page = ReceivedPlansPage(store)
    qtbot.addWidget(page)
    settle(qtbot)  # the list is read on the background runner
    assert not page.accept_button.isEnabled()
    page.table.selectRow(0)
    assert page.accept_button.isEnabled()
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.confirm_box is not None and page.confirm_box.isVisible()  # asks first
    assert received_plans(store)[0].review_status == "received"
    page.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert received_plans(store)[0].review_status == "received"
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    yes = page.confirm_box.findChild(QPushButton, "confirm-accept-yes")
    with qtbot.waitSignal(page.reviewed):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert received_plans(store)[0].review_status == "accepted"
    assert page.table.item(0, 7).text() == "Accepted"
    assert "Undo accept" in page.status.text() and not page.accept_button.isEnabled()

    # Undo takes the acceptance back while the plan is in no national bundle.
    assert page.undo_button.isEnabled()
    with qtbot.waitSignal(page.reviewed):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert received_plans(store)[0].review_status == "received"
    assert page.table.item(0, 7).text() == "Received" and not page.undo_button.isEnabled()

    notes = tmp_path / "notes"
    notes.mkdir()

    def fill(dialog: QDialog) -> int:
        dialog.reason.setPlainText("Milestones for 2024 are missing.")  # type: ignore[attr-defined]
        dialog.folder.setText(str(notes))  # type: ignore[attr-defined]
        dialog.passphrase.first.setText(PASSPHRASE)  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ascn_desktop.gui.receiving.review_dialogs.ReturnDialog.exec", fill)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.reviewed, timeout=15_000):
        qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    [plan] = received_plans(store)
    assert (plan.review_status, plan.review_reason) == ("returned", "Milestones for 2024 are missing.")
    assert (notes / "VNM-Da-Nang-2018-2025-r1-review.ascn").is_file()
    assert page.table.item(0, 8).text() == "Milestones for 2024 are missing."
    # Return names the file it wrote and offers its folder.
    assert page.note_box is not None and page.note_box.isVisible()
    assert str(notes / "VNM-Da-Nang-2018-2025-r1-review.ascn") in page.note_box.informativeText()
    assert page.note_box.findChild(QPushButton, "open-note-folder") is not None
    assert "VNM-Da-Nang-2018-2025-r1-review.ascn" in page.status.text()
    page.note_box.close()
    page.grab().save(str(tmp_path / "received-page.png"))


def test_return_dialog_insists_on_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ascn_desktop.gui.receiving.review_dialogs import ReturnDialog

    dialog = ReturnDialog("Hà Nội", 3)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and "Say why" in dialog.problem.text()
    dialog.reason.setPlainText("Add milestones.")
    dialog.folder.setText("   ")  # not the app's working folder
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "Choose the folder for the review note."


def test_compare_revisions_shows_removed_project(qtbot, store: Store, inbox: Path) -> None:  # type: ignore[no-untyped-def]
    from ascn_desktop.core.bundles.bundle_import import import_bundles

    import_bundles(store, [inbox])
    uuid = received_plans(store)[0].uuid
    dialog = RevisionCompareDialog(store, uuid)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the revisions and their comparison are read on the background runner
    assert dialog.old.currentText().startswith("Revision 1") and dialog.new.currentText().startswith("Revision 2")
    titles = dialog.row_titles()
    assert titles[0] == "Plan details"
    assert any(title.endswith("— removed") and title.startswith("Project") for title in titles)
    assert "projects: 1 removed" in dialog.summary.text()
    with qtbot.waitSignal(dialog.loaded):
        dialog.new.setCurrentIndex(0)
    assert dialog.summary.text() == "No changes."


def test_import_action_opens_a_file_dialog_and_imports(qtbot, window: MainWindow, inbox: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = [str(inbox / "VNM-Da-Nang-2018-2025-r1.ascn")]
    monkeypatch.setattr("ascn_desktop.gui.receiving.receive_feature.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: (chosen, ""))
    action = window.findChild(QAction, "action-import-bundles")
    assert action is not None and action in window.file_menu.actions()
    with qtbot.waitSignal(window.store_changed, timeout=10_000):
        action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=10_000)
    assert window.last_import_results.lines()[0].endswith("signed by Nguyễn Văn An.")  # type: ignore[attr-defined]


def test_consolidate_dialog_signs_a_national_bundle(qtbot, store: Store, inbox: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.core.bundles.bundle_import import import_bundles
    from ascn_desktop.core.review import find_received_plan, review_plan
    from ascn_desktop.gui.receiving.consolidate_dialog import ConsolidateDialog

    create_identity(store, name="Trần Thị Bình", role="nr", country="VNM", city=None, passphrase=PASSPHRASE)
    import_bundles(store, [inbox / "VNM-Da-Nang-2018-2025-r1.ascn"])
    review_plan(store, find_received_plan(store, "Da Nang"), "accepted")
    dialog = ConsolidateDialog(store, "VNM")
    qtbot.addWidget(dialog)
    settle(qtbot)  # the accepted plans are read on the background runner
    assert "The accepted plans of Viet Nam (Đà Nẵng)" in dialog.intro.text()
    dialog.endorsement.setPlainText("Endorsed.")
    dialog.folder.setText("  ")
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.start()  # an empty folder field is not the working folder: refused, nothing runs
    assert dialog.task is None and dialog.problem.text() == "Choose the folder for the national bundle."
    dialog.folder.setText(str(tmp_path))
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    assert dialog.result_.cities == ("VNM-DA-NANG",) and dialog.result_.path.is_file()
    shown = dialog.result_dialog  # not blocking: opened, and the event loop kept running
    assert shown is not None and shown.isVisible()
    assert shown.summary.text() == "1 city plan, signed by you: Đà Nẵng."
    assert shown.file_label.text() == str(dialog.result_.path)
    shown.close()
