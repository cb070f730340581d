"""The Edit menu's Undo item in Khmer: the step's whole sentence, the field's label and Qt's "Undo" prefix
all come from the catalogues, so no English word of the sources is left (issue #18).

The field's label is the shipped Khmer one (core catalogue, km.po); the new Undo sentences are entries a
catalogue built here stands for until the translator's land in ascn_desktop_km.ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import create_plan
from ascn_desktop.store.engine import Store
from tools.catalogues import LOCALE, po_messages

LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
KHMER_TITLE = "ភ្លើងបំភ្លឺផ្លូវឆ្លាតវៃ"
STAND_INS = {  # (context, source) -> what a Khmer translator writes
    ("UndoText", "edit “{0}” of “{1}”"): "កែ “{0}” នៃ “{1}”",
    ("MainWindow", "&Undo {0}"): "&មិនធ្វើវិញ {0}",
    ("MainWindow", "&Redo {0}"): "&ធ្វើវិញ {0}",
}


@pytest.fixture
def khmer(qapp: Any, store: Store, tmp_path: Path) -> Iterator[None]:
    from ascn_desktop.gui.translation import install_translations

    assert LRELEASE is not None
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in STAND_INS.items():
        contexts.setdefault(context, []).append(f"<message><source>{source.replace('&', '&amp;')}</source>"
                                                f"<translation>{translation.replace('&', '&amp;')}</translation>"
                                                "</message>")
    ts = tmp_path / "km.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="km">'
                  + "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                            for name, messages in contexts.items()) + "</TS>\n", encoding="utf-8")
    subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(tmp_path / "km.qm")], check=True)
    install_translations(qapp, store.profile, language="km")  # the shipped catalogues: core labels in Khmer
    stand_in = QTranslator()
    assert stand_in.load(str(tmp_path / "km.qm"))
    qapp.installTranslator(stand_in)  # looked up first: the new sentences
    try:
        yield
    finally:
        qapp.removeTranslator(stand_in)
        install_translations(qapp, store.profile, language="en")


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed with PySide6")
def test_undo_of_an_edit_in_khmer_has_no_english_word(qtbot: QtBot, store: Store, khmer: None) -> None:
    from ascn_desktop.gui.editor.editor_feature import open_project
    from ascn_desktop.gui.editor.project_commands import AddProjectCommand
    from ascn_desktop.gui.editor.project_editor import ProjectEditor
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.screenshot import settle_window
    from tests.gui_settle import ready
    from tests.gui_typing import type_line

    window = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(window)
    window.show()
    plan_id = create_plan(store, city="KHM-PHNOM-PENH", cycle="2018-2025", title="ផែនការភ្នំពេញ")
    window.set_current_plan(plan_id)
    project = Project(code="P-01", title=KHMER_TITLE, currency="KHR", start_year=2019, end_year=2024)
    window.undo_stack.push(AddProjectCommand(store, plan_id, project))
    open_project(window, plan_id, project.id)
    settle_window()
    editor = window.page("project")
    assert isinstance(editor, ProjectEditor)

    type_line(qtbot, editor.general.agency_edit, "ក្រសួងសាធារណការ")  # the real field, typed and accepted

    undo = next(action for action in window.edit_menu.actions() if action is window.undo_action)
    label = po_messages(LOCALE / "km.po")["Lead agency"][0]
    assert undo.text() == f"&មិនធ្វើវិញ កែ “{label}” នៃ “{KHMER_TITLE}”"
    assert undo.text() != f"&Undo edit “Lead agency” of “{KHMER_TITLE}”"
    assert not re.search("[A-Za-z]", undo.text()) and not re.search("[A-Za-z]", undo.toolTip())
    window.undo_action.trigger()
    assert window.redo_action.text() == f"&ធ្វើវិញ កែ “{label}” នៃ “{KHMER_TITLE}”"
