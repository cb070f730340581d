"""GUI: Plan → Export signed bundle… with progress, then the result dialog; the identity wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from ascn_desktop.core.bundles import bundle_export
from ascn_desktop.core.signing import identity as identity_module
from ascn_desktop.core.signing.identity import active_identity, create_identity
from ascn_desktop.core.plans import find_plan_id
from ascn_desktop.gui.signing.export_dialog import ExportDialog, ExportResultDialog
from ascn_desktop.gui.signing.identity_wizard import IdentityWizard
from ascn_desktop.gui.signing.keys_feature import open_export_dialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.store.engine import Store

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity_module, "SCRYPT_N", 2**10)
    monkeypatch.setattr(bundle_export, "render_workbook", lambda plan, reference: b"xlsx")
    monkeypatch.setattr(bundle_export, "render_pdf", lambda plan, reference, **kw: b"%PDF-stub")


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(window)
    window.set_current_plan(find_plan_id(store, "VNM-DA-NANG"))
    return window


def test_export_with_progress_then_result_dialog(qtbot: QtBot, demo_store: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    identity = create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="Da Nang",
                               passphrase=PASS)
    window = _window(qtbot, demo_store)
    seen: list[str] = []
    real_export = bundle_export.export_bundle

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        outer = kwargs["progress"]
        kwargs["progress"] = lambda fraction, message: (seen.append(message), outer(fraction, message))
        return real_export(*args, **kwargs)

    monkeypatch.setattr("ascn_desktop.gui.signing.export_dialog.export_bundle", watched)
    window.export_bundle_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.folder_edit.setText(str(tmp_path))
    assert not dialog.export_button.isEnabled()  # opens at once; the plan is read on the runner
    # The demo plan is a draft: it leaves only by an explicit choice.
    qtbot.waitUntil(lambda: dialog.readiness is not None, timeout=10_000)
    assert dialog.intro.text().endswith("signed by Nguyễn Thị Lan.")
    assert dialog.draft_note.isVisible() and "draft" in dialog.draft_note.text()
    assert not dialog.export_button.isEnabled() and dialog.export_button.text() == "Export as draft"
    qtbot.mouseClick(dialog.as_draft, Qt.MouseButton.LeftButton)
    assert dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # no passphrase yet
    assert "passphrase" in dialog.message.text()
    dialog.passphrase.first.setText("not my passphrase")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase is wrong" in dialog.message.text(), timeout=5000)
    assert dialog.isVisible() and not list(tmp_path.glob("*.ascn"))

    dialog.passphrase.first.setText(PASS)
    with qtbot.waitSignal(window.store_changed, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert any("PDF" in m for m in seen) and any("Signing" in m for m in seen)
    result_dialog = dialog.result_dialog
    assert isinstance(result_dialog, ExportResultDialog)
    qtbot.waitUntil(result_dialog.isVisible)
    bundle = tmp_path / "VNM-Da-Nang-2018-2025-r1.ascn"
    assert bundle.is_file() and result_dialog.file_label.text() == str(bundle)
    assert identity.fingerprint in {label.text() for label in result_dialog.findChildren(type(result_dialog.file_label))}

    opened: list[QUrl] = []
    monkeypatch.setattr("ascn_desktop.gui.signing.export_dialog.QDesktopServices.openUrl", lambda url: opened.append(url))
    qtbot.mouseClick(result_dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened and Path(opened[0].toLocalFile()) == tmp_path
    result_dialog.grab().save(str(tmp_path / "result.png"))


def test_no_plan_chosen_says_so(qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window = ready(MainWindow(demo_store, role="csco"))
    qtbot.addWidget(window)
    window._current_plan_id = None  # noqa: SLF001 - the state right after start
    errors: list[object] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    assert open_export_dialog(window) is None
    assert errors and "Choose a plan first" in str(errors[0])


def test_identity_wizard_creates_the_identity_and_shows_the_fingerprint(qtbot: QtBot, demo_store: Store) -> None:
    window = ready(MainWindow(demo_store))
    qtbot.addWidget(window)
    wizard = IdentityWizard(demo_store, window.reference, window)  # owned by the window
    wizard.show()
    wizard.who.name_edit.setText("Trần Văn Bình")  # keyClicks takes ASCII only
    wizard.who.role_combo.setCurrentIndex(wizard.who.role_combo.findData("csco"))
    wizard.who.country_combo.setCurrentIndex(wizard.who.country_combo.findData("VNM"))
    wizard.who.city_combo.setCurrentIndex(wizard.who.city_combo.findData("VNM-HO-CHI-MINH-CITY"))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.secret
    qtbot.keyClicks(wizard.secret.fields.first, "short")
    assert not next_button.isEnabled()
    wizard.secret.fields.first.setText(PASS)
    qtbot.keyClicks(wizard.secret.fields.second, PASS)
    assert next_button.isEnabled()
    assert wizard.secret.fields.first.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # the key is made on the runner, then the wizard goes on
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    identity = active_identity(demo_store)
    assert identity is not None and identity.card.city == "VNM-HO-CHI-MINH-CITY"
    assert wizard.done_page.fingerprint.text() == identity.fingerprint
    assert wizard.secret.fields.first.text() == ""  # not kept in memory longer than needed
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_cancel_in_the_progress_dialog_leaves_nothing(qtbot: QtBot, demo_store: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    create_identity(demo_store, name="Lan", role="csco", country="VNM", city="Da Nang", passphrase=PASS)
    started, release = threading.Event(), threading.Event()

    def slow_pdf(plan, reference, **kw):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(5)
        return b"%PDF-stub"

    monkeypatch.setattr(bundle_export, "render_pdf", slow_pdf)
    window = _window(qtbot, demo_store)
    dialog = open_export_dialog(window)
    assert dialog is not None
    dialog.folder_edit.setText(str(tmp_path))
    dialog.passphrase.first.setText(PASS)
    qtbot.waitUntil(lambda: dialog.readiness is not None, timeout=10_000)
    dialog.as_draft.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert dialog.task is not None and dialog.task.dialog is not None
    cancel_button = dialog.task.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.message.text(), timeout=10000)
    assert dialog.export_button.isEnabled() and dialog.result_dialog is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile"]  # no bundle, no temporary file
