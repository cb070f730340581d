"""One drop mechanism: bundles dropped on any widget of the window import; no field pastes a file's URL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QLineEdit

import bundle_factory as bf
from gui_drag_drop import drag_and_drop
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage
from ascn_desktop.store.engine import Store


def _mime(path: Path | None, text: str = "") -> QMimeData:
    mime = QMimeData()
    if path is not None:
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        text = text or QUrl.fromLocalFile(str(path)).toString()  # file managers add the path as text
    mime.setText(text)
    return mime


def _field(window: MainWindow) -> QLineEdit:
    return next(edit for edit in window.findChildren(QLineEdit) if edit.isEnabled() and not edit.isReadOnly())


def test_bundle_dropped_on_the_table_imports(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signer = bf.make_signer(seed=71)
    bf.trust(store, signer)
    reference = bf.load(store)
    bundle = bf.write(tmp_path, "VNM-Da-Nang-2018-2025-r1.ascn",
                      bf.city_bundle(bf.demo_plan(reference), reference, signer))
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    page = window.page("received")
    assert isinstance(page, ReceivedPlansPage)
    assert drag_and_drop(page.table.viewport(), _mime(bundle)) == (True, True)
    qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=10_000)
    assert window.last_import_results.lines()[0].startswith(bundle.name + " — Imported")  # type: ignore[attr-defined]
    window.last_import_results.close()  # type: ignore[attr-defined]


def test_other_files_never_paste_their_path_into_a_field_text_still_does(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    field = _field(window)
    field.setText("Hà Nội")
    other = tmp_path / "notes.txt"
    other.write_text("hi")
    assert drag_and_drop(field, _mime(other)) == (False, False)
    assert field.text() == "Hà Nội" and getattr(window, "last_import_results", None) is None
    entered, _dropped = drag_and_drop(field, _mime(None, "plain words"))  # text from another program: the field's own
    assert entered


def test_a_reference_pack_dropped_on_the_window_applies_and_the_window_follows(  # type: ignore[no-untyped-def]
        qtbot, store: Store, tmp_path: Path) -> None:
    from test_reference_packs import asec_signer, grown, pack

    from ascn_desktop.core.reference import load_reference

    bf.trust(store, asec_signer())
    update = tmp_path / "ascn-reference-v3.ascnref"
    update.write_bytes(pack(grown()))
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    page = window.page("received")
    assert page is not None
    assert drag_and_drop(page, _mime(update)) == (True, True)
    qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=10_000)
    results = window.last_import_results  # type: ignore[attr-defined]
    assert results.lines()[0] == f"{update.name} — Reference data version 3 applied: 11 member states, 39 cities, " \
                                 "3 planning cycles, 17 partners and programmes."
    assert load_reference(store).version == 3
    successor = results.parent()
    assert isinstance(successor, MainWindow) and successor is not window
    ready(successor)  # it reads its role and the new reference data on the background runner
    assert "LAO-PAKSE" in successor.reference.cities  # the rebuilt window knows the new city
    results.close()
    successor.close()
