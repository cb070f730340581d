"""Received plans and Compare revisions speak words: labels and names, not codes and field names."""

from __future__ import annotations

from pathlib import Path

import pytest

import bundle_factory as bf
from gui_settle import settle
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.review import find_received_plan, received_plans, review_plan
from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage
from ascn_desktop.gui.receiving.revision_compare import RevisionCompareDialog
from ascn_desktop.store.engine import Store


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> Store:
    """Đà Nẵng in two revisions (budget and title changed), Hà Nội in one."""
    reference = bf.load(store)
    danang, hanoi = bf.make_signer(seed=61), bf.make_signer("Phạm Thu", city="VNM-HA-NOI", seed=62)
    bf.trust(store, danang)
    bf.trust(store, hanoi)
    folder = tmp_path / "in"
    bf.write(folder, "dn1.ascn", bf.city_bundle(bf.demo_plan(reference), reference, danang))
    revised = bf.demo_plan(reference, revision=2, title="Đà Nẵng plan, revised with a much longer title "
                           "that will not fit in its column of the comparison")
    revised.projects[0].budget = (revised.projects[0].budget or 0) + 1000
    bf.write(folder, "dn2.ascn", bf.city_bundle(revised, reference, danang))
    bf.write(folder, "hn1.ascn", bf.city_bundle(bf.demo_plan(reference, "VNM-HA-NOI"), reference, hanoi))
    assert [o.status for o in import_bundles(store, [folder])] == ["imported"] * 3
    review_plan(store, find_received_plan(store, "Ha Noi"), "accepted")
    return store


def test_received_page_shows_names_labels_and_compare_only_with_two_revisions(qtbot, imported: Store,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    page = ReceivedPlansPage(imported)
    qtbot.addWidget(page)
    page.resize(1100, 360)
    settle(qtbot)  # the list is read on the background runner
    rows = {page.table.item(row, 0).text(): row for row in range(page.table.rowCount())}
    assert {page.table.item(row, 1).text() for row in rows.values()} == {"Viet Nam"}
    assert page.table.item(rows["Đà Nẵng"], 7).text() == "Received"
    assert page.table.item(rows["Hà Nội"], 7).text() == "Accepted"
    page.table.selectRow(rows["Hà Nội"])
    assert not page.compare_button.isEnabled() and page.undo_button.isEnabled()
    assert not page.accept_button.isEnabled()  # already accepted
    page.table.selectRow(rows["Đà Nẵng"])
    assert page.compare_button.isEnabled()
    page.show()
    page.grab().save(str(tmp_path / "received.png"))


def test_compare_shows_field_labels_and_full_text_tooltips(qtbot, imported: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uuid = next(plan.uuid for plan in received_plans(imported) if plan.city == "VNM-DA-NANG")
    dialog = RevisionCompareDialog(imported, uuid)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the comparison is made on the background runner
    plan_details = dialog.tree.topLevelItem(0)
    title = plan_details.child(0)
    assert title.text(0) == "Title"
    assert title.toolTip(2) == title.text(2) and title.text(2).endswith("of the comparison")
    fields = [dialog.tree.topLevelItem(n).child(m).text(0) for n in range(dialog.tree.topLevelItemCount())
              for m in range(dialog.tree.topLevelItem(n).childCount())]
    assert "Budget" in fields and "budget" not in fields and "title" not in fields
    dialog.show()
    dialog.grab().save(str(tmp_path / "compare.png"))
