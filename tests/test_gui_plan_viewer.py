"""The read-only plan viewer and the Draft marks a receiver sees before accepting."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

import bundle_factory as bf
from gui_settle import settle
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.review import received_plans
from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage
from ascn_desktop.store.engine import Store


def test_a_draft_says_draft_in_the_list_the_viewer_and_the_confirmation(qtbot: QtBot, store: Store,
                                                                         tmp_path: Path) -> None:
    reference = bf.load(store)
    signer = bf.make_signer(seed=71)
    bf.trust(store, signer)
    draft = replace(bf.demo_plan(reference), status="draft")
    import_bundles(store, [bf.write(tmp_path / "in", "dn.ascn", bf.city_bundle(draft, reference, signer))])
    page = ReceivedPlansPage(store)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)  # the list is read on the background runner
    assert page.table.item(0, page.STATUS_COLUMN).text() == "Draft"
    page.table.selectRow(0)
    viewer = page.view_selected()
    assert viewer is not None
    qtbot.addWidget(viewer)
    settle(qtbot)  # and so is the plan the viewer shows
    assert viewer.banner.text().startswith("Draft:")
    assert viewer.findChild(QLabel, "overview-status").text() == "Draft"
    qtbot.mouseClick(viewer.accept_button, Qt.MouseButton.LeftButton)
    assert page.confirm_box is not None and "DRAFT" in page.confirm_box.text()
    yes = page.confirm_box.findChild(QPushButton, "confirm-accept-yes")
    assert yes.text() == "Accept draft"
    with qtbot.waitSignal(page.reviewed):  # written on the background runner
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert received_plans(store)[0].review_status == "accepted"
    assert "Accepted" in viewer.banner.text()


def test_a_plan_without_projects_says_so_in_the_viewer(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    reference = bf.load(store)
    signer = bf.make_signer(seed=72)
    bf.trust(store, signer)
    empty = replace(bf.demo_plan(reference), projects=[])
    import_bundles(store, [bf.write(tmp_path / "in", "dn.ascn", bf.city_bundle(empty, reference, signer))])
    page = ReceivedPlansPage(store)
    qtbot.addWidget(page)
    settle(qtbot)
    page.table.selectRow(0)
    viewer = page.view_selected()
    assert viewer is not None
    qtbot.addWidget(viewer)
    settle(qtbot)
    assert viewer.findChild(QLabel, "viewer-no-projects") is not None
    assert viewer.tabs.tabText(1) == "Projects (0)"


def test_empty_received_page_says_what_to_do(qtbot: QtBot, store: Store) -> None:
    page = ReceivedPlansPage(store)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "Import" in page.empty.text()


def test_a_refused_decision_is_one_sentence_and_gives_the_buttons_back(qtbot: QtBot, store: Store,
                                                                      tmp_path: Path) -> None:
    """Accepting runs on the background runner with the decision buttons off; a refusal comes back as one
    sentence, the buttons on again and the store as it was."""
    from ascn_desktop.core.signing.identity import create_identity

    reference = bf.load(store)
    signer = bf.make_signer(seed=73)
    bf.trust(store, signer)
    import_bundles(store, [bf.write(tmp_path / "in", "dn.ascn", bf.city_bundle(bf.demo_plan(reference), reference,
                                                                               signer))])
    create_identity(store, name="Lao NR", role="nr", country="LAO", city=None, passphrase="lao passphrase")
    page = ReceivedPlansPage(store)
    qtbot.addWidget(page)
    settle(qtbot)
    page.table.selectRow(0)
    page.accept_selected()
    refused: list[object] = []
    page.failed.connect(refused.append)
    qtbot.mouseClick(page.confirm_box.findChild(QPushButton, "confirm-accept-yes"), Qt.MouseButton.LeftButton)
    assert not page.accept_button.isEnabled() and not page.return_button.isEnabled()  # while it runs
    qtbot.waitUntil(lambda: bool(refused))
    [error] = refused
    assert "you review only your own country's city plans" in error.message  # type: ignore[attr-defined]
    assert "\n" not in error.message and "Traceback" not in error.message  # type: ignore[attr-defined]
    assert page.accept_button.isEnabled() and page.return_button.isEnabled()
    assert received_plans(store)[0].review_status == "received"
