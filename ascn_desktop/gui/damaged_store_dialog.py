"""The start-up dialog for a damaged store: one sentence, and "Restore the backup of …".

Shown when opening the store finds it damaged (SQLite's quick check, or an
error reading it). Nothing has been written to the store. The person can
restore the newest backup (checked first; the damaged file is kept aside, see
core/store_care.py) or quit; if that backup turns out damaged too, the next
older one is offered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ascn_desktop import APP_NAME
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.store_care import backups_of, restore
from ascn_desktop.core.visible_text import visible
from ascn_desktop.store.backup_files import Backup
from ascn_desktop.store.db_errors import StoreDamagedError


def tr(text: str) -> str:
    return QCoreApplication.translate("DamagedStoreDialog", text)


def damaged_store_box(error: StoreDamagedError, backup: Backup | None, *,
                      parent: QWidget | None = None) -> tuple[QMessageBox, object | None]:
    """The message box (not shown) and its restore button (None without a backup)."""
    box = QMessageBox(parent)
    box.setObjectName("damaged-store")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    where = visible(str(error.path)) if error.path is not None else tr("in use")  # control characters shown
    if backup is None:
        box.setText(tr("The store {0} is damaged, so nothing was written to it, and there is no backup of it; "
                       "keep the file for support.").format(where))
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        return box, None
    box.setText(tr("The store {0} is damaged, so nothing was written to it.").format(where))
    box.setInformativeText(tr("Restoring puts the backup in its place after checking it; the damaged file "
                              "is kept next to it for support."))
    restore_button = box.addButton(tr("Restore the backup of {0}").format(backup.label),
                                   QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.setEscapeButton(quit_button)
    return box, restore_button


def offer_restore(error: StoreDamagedError, profile: Profile, *, parent: QWidget | None = None) -> bool:
    """Ask, and restore a sound backup; True when the store was restored (open it again)."""
    offered: list[Backup | None] = [*backups_of(profile)] or [None]
    for backup in offered:
        box, restore_button = damaged_store_box(error, backup, parent=parent)
        box.exec()
        if restore_button is None or box.clickedButton() is not restore_button:
            return False
        assert backup is not None
        try:
            aside = restore(profile, backup)
        except AscnError as failure:
            QMessageBox.warning(parent, APP_NAME, visible(failure.message))
            continue  # that backup is damaged too: offer the next older one
        QMessageBox.information(parent, APP_NAME, tr("The backup of {0} was restored; the damaged store was "
                                                     "kept as {1}.").format(backup.label, visible(str(aside))))
        return True
    return False
