"""Export, Return and Consolidate propose a folder that exists and remember the last one (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ascn_desktop.core.errors import AscnError
from ascn_desktop.gui.folder_field import FolderField, proposed_folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_missing_folder_is_never_proposed(settings: QSettings, tmp_path: Path) -> None:
    settings.setValue("folders/last-export", str(tmp_path / "gone"))
    proposed = proposed_folder(settings, "export", tmp_path / "Documents-that-does-not-exist")
    assert proposed.is_dir()  # Documents or home, never ~/Documents when it does not exist


def test_the_folder_written_into_is_proposed_next_time_per_purpose(qtbot: QtBot, settings: QSettings,
                                                                   tmp_path: Path) -> None:
    used = tmp_path / "bundles"
    used.mkdir()
    field = FolderField(browse_title="Folder", empty_message="Choose the folder.", settings=settings,
                        purpose="export")
    qtbot.addWidget(field)
    field.setText(str(used))
    assert field.folder() == used
    again = FolderField(browse_title="Folder", empty_message="Choose the folder.", settings=settings,
                        purpose="export")
    qtbot.addWidget(again)
    assert again.text() == str(used)
    other = FolderField(tmp_path, browse_title="Folder", empty_message="x", settings=settings, purpose="review")
    qtbot.addWidget(other)
    assert other.text() == str(tmp_path)  # the review note's folder is its own


def test_an_empty_field_says_what_to_do(qtbot: QtBot, settings: QSettings) -> None:
    field = FolderField(browse_title="Folder", empty_message="Choose the folder for the bundle.",
                        settings=settings, purpose="export")
    qtbot.addWidget(field)
    field.setText("  ")
    with pytest.raises(AscnError, match="Choose the folder for the bundle."):
        field.folder()
