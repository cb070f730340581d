"""Tab walks each dialog a person fills in the order its fields are shown (tests/gui_tab_order.py): first run, return
a plan, consolidate, the annual report, a passphrase, a new identity's first page, exporting a draft."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ascn_desktop.core.plans import find_plan_id
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.signing import identity as identity_module
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.gui.first_run import FirstRunDialog
from ascn_desktop.gui.receiving.consolidate_dialog import ConsolidateDialog
from ascn_desktop.gui.receiving.review_dialogs import ReturnDialog
from ascn_desktop.gui.secretariat.annual_report_dialog import AnnualReportDialog
from ascn_desktop.gui.signing.export_dialog import ExportDialog
from ascn_desktop.gui.signing.identity_wizard import IdentityWizard
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseDialog
from ascn_desktop.store.engine import Store
from tests.gui_tab_order import assert_tabs_in_visual_order


def _walks_in_visual_order(qtbot: QtBot, window: QWidget, within: QWidget | None = None, *, at_least: int = 2) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    assert_tabs_in_visual_order(qtbot, within or window, at_least=at_least)


def test_first_run_dialog(qtbot: QtBot, reference: ReferenceData) -> None:
    _walks_in_visual_order(qtbot, FirstRunDialog(reference), at_least=3)


def test_return_dialog(qtbot: QtBot) -> None:
    _walks_in_visual_order(qtbot, ReturnDialog("Hà Nội", 3))


def test_passphrase_dialog_for_a_new_passphrase(qtbot: QtBot) -> None:
    _walks_in_visual_order(qtbot, PassphraseDialog(None, title="New passphrase", prompt="Choose one", new=True))


def test_consolidate_dialog(qtbot: QtBot, store: Store) -> None:
    _walks_in_visual_order(qtbot, ConsolidateDialog(store, "VNM"))


def test_annual_report_dialog(qtbot: QtBot, store: Store) -> None:
    _walks_in_visual_order(qtbot, AnnualReportDialog(store, load_reference(store)))


def test_identity_wizard_first_page(qtbot: QtBot, store: Store, reference: ReferenceData) -> None:
    wizard = IdentityWizard(store, reference)
    _walks_in_visual_order(qtbot, wizard, wizard.currentPage())


def test_export_dialog_of_a_draft(qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity_module, "SCRYPT_N", 2**10)
    identity = create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="Da Nang",
                               passphrase="correct horse battery")
    plan_id = find_plan_id(demo_store, "VNM-DA-NANG")
    assert plan_id is not None
    dialog = ExportDialog(demo_store, plan_id, identity, load_reference(demo_store))
    qtbot.waitUntil(lambda: dialog.readiness is not None, timeout=10_000)  # the plan is read on the runner
    assert dialog.as_draft.isVisibleTo(dialog)  # the demo plan is a draft: the choice is one of the stops
    _walks_in_visual_order(qtbot, dialog)

