"""Creating the signing identity (a wizard), and showing it once it exists.

`run_identity_wizard(window)` is what Tools → Signing identity… calls: with no
identity it runs the wizard (who you are, a passphrase twice, then the
fingerprint to read out); with one it shows the identity with buttons to
export the card and change the passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import (
    Identity,
    active_identity,
    change_passphrase,
    create_identity,
    export_card,
    role_name,
)
from ascn_desktop.core.model import ROLES
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workplace import load_workplace
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields, ask_passphrase
from ascn_desktop.gui.tasks import Task, read_before_opening, run_task
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow


def fingerprint_label(fingerprint: str) -> QLabel:
    """The fingerprint large, monospaced and selectable, for reading aloud."""
    label = QLabel(fingerprint)
    label.setObjectName("fingerprint")
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + 4)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def save_card_with_dialog(parent: QWidget, identity: Identity) -> Task | None:
    """Ask where to save the identity card, write it (on the runner), say where it went."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("IdentityWizard", "Export identity card"),
                                          f"identity-card-{identity.fingerprint[:9]}.json",
                                          translate("IdentityWizard", "Identity cards (*.json)"))
    if not path:
        return None

    def saved(written: object) -> None:
        QMessageBox.information(parent, translate("IdentityWizard", "Identity card"),
                                translate("IdentityWizard", "Saved {0}. Send it to the receiver and read them the "
                                          "fingerprint by phone.").format(written))

    def refused(error: AscnError) -> None:
        QMessageBox.warning(parent, translate("IdentityWizard", "Identity card"), visible(error.message))

    return run_task(parent, lambda _progress, _abort: export_card(identity, Path(path)), quiet=True,
                    on_success=saved, on_failure=refused)


class _WhoPage(QWizardPage):
    def __init__(self, reference: ReferenceData) -> None:
        super().__init__()
        self.reference = reference
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(self.tr("Your identity card tells receivers who signed a bundle."))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_name(role), role)
        self.country_combo = QComboBox()
        for code, name in reference.shown_member_states().items():
            self.country_combo.addItem(name, code)
        self.city_combo = QComboBox()
        form = QFormLayout(self)
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("Member &state:"), self.country_combo)
        form.addRow(self.tr("&City:"), self.city_combo)
        self.country_combo.currentIndexChanged.connect(lambda _i: self._fill_cities())
        self.role_combo.currentIndexChanged.connect(lambda _i: self._fill_cities())
        self.name_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._fill_cities()

    def _fill_cities(self) -> None:
        self.city_combo.clear()
        if self.role_combo.currentData() != "csco":
            self.city_combo.addItem(self.tr("(none: national or secretariat role)"), None)
        for city in self.reference.cities_of(self.country_combo.currentData() or ""):
            self.city_combo.addItem(self.reference.city_name(city.code), city.code)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return bool(self.name_edit.text().strip())


class _PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Protect your key"))
        self.setSubTitle(self.tr("Your private key is stored only encrypted with this passphrase. "
                                 "Nobody can recover it if you forget it."))
        self.fields = PassphraseFields(new=True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.working = QLabel(self.tr("Creating your key…"))
        self.working.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        self.fields.first.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.fields.second.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.fields.is_acceptable()

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        wizard = self.wizard()
        assert isinstance(wizard, IdentityWizard)
        return wizard.make_identity()


class _DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your signing identity is ready"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fingerprint = fingerprint_label("")
        note = QLabel(self.tr("This is your key's fingerprint. Receivers will ask you to read it out by phone "
                              "before they trust your bundles. Export your identity card (here, or later from "
                              "Tools → Signing identity…) and send it to them."))
        note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export identity card…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(note)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)


class IdentityWizard(QWizard):
    def __init__(self, store: Store, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity-wizard")
        self.store = store
        self.identity: Identity | None = None
        self.task: Task | None = None  # creating the identity, while it runs
        self.setWindowTitle(self.tr("Create your signing identity"))
        self.who = _WhoPage(reference)
        self.secret = _PassphrasePage()
        self.done_page = _DonePage()
        for page in (self.who, self.secret, self.done_page):
            self.addPage(page)
        self.done_page.export_button.clicked.connect(self._export_card)
        workplace = load_workplace(store.profile)  # the city chosen on first run, if any
        if workplace is not None:
            self.who.country_combo.setCurrentIndex(max(0, self.who.country_combo.findData(workplace.country)))
            self.who.city_combo.setCurrentIndex(max(0, self.who.city_combo.findData(workplace.city)))

    def _export_card(self) -> None:
        if self.identity is not None:
            save_card_with_dialog(self, self.identity)

    def make_identity(self) -> bool:  # not create(): that would hide QWidget.create
        """The passphrase page's Next: True once the identity exists; until then it is made on the runner.

        scrypt takes a moment: the wizard waits with its buttons off, then goes on to the fingerprint.
        """
        if self.identity is not None:  # back and next again (or its creation just ended): it exists
            return True
        if self.task is None:
            self._start_creating()
        return False

    def _start_creating(self) -> None:
        store, who = self.store, self.who
        details = dict(name=who.name_edit.text(), role=who.role_combo.currentData(),
                       country=who.country_combo.currentData(), city=who.city_combo.currentData(),
                       passphrase=self.secret.fields.passphrase())
        self.secret.error.clear()
        self._set_busy(True)
        self.task = run_task(self, lambda _progress, _abort: create_identity(store, **details), quiet=True,
                             on_success=self._created, on_failure=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.secret.working.setVisible(busy)
        self.secret.fields.setEnabled(not busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
            return
        self.unsetCursor()
        self.secret.fields.clear()  # made or refused: the passphrase is not kept in the widgets (Next follows it)

    def _created(self, identity: object) -> None:
        assert isinstance(identity, Identity)
        self.task = None
        self._set_busy(False)
        self.identity = identity
        self.done_page.summary.setText(self.tr("{0}, {1}").format(identity.name, role_name(identity.card.role)))
        self.done_page.fingerprint.setText(identity.fingerprint)
        self.next()

    def _refused(self, error: AscnError) -> None:
        self.task = None
        self._set_busy(False)
        self.secret.error.setText(visible(error.message))

    def reject(self) -> None:
        if self.task is None:  # not while the key is being made: it would exist without its fingerprint shown
            super().reject()


class IdentityDialog(QDialog):
    """The existing identity: who, the fingerprint, export the card, change the passphrase."""

    def __init__(self, store: Store, identity: Identity, reference: ReferenceData,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity-dialog")
        self.identity = identity
        self.task: Task | None = None  # changing the passphrase, while it runs
        self.setWindowTitle(self.tr("Your signing identity"))
        card = identity.card
        city = reference.city_name(card.city) if card.city in reference.cities else "—"
        form = QFormLayout()
        form.addRow(self.tr("Name:"), QLabel(card.name))
        form.addRow(self.tr("Role:"), QLabel(role_name(card.role)))
        form.addRow(self.tr("Member state:"), QLabel(reference.country_name(card.country)))
        form.addRow(self.tr("City:"), QLabel(city))
        form.addRow(self.tr("Fingerprint:"), fingerprint_label(card.fingerprint))
        self.export_button = QPushButton(self.tr("Export identity card…"))
        self.change_button = QPushButton(self.tr("Change passphrase…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self._export_card)
        self.change_button.clicked.connect(self._change_passphrase)

    def _export_card(self) -> None:
        save_card_with_dialog(self, self.identity)

    def _change_passphrase(self) -> None:
        old = ask_passphrase(self, title=self.tr("Change passphrase"), prompt=self.tr("Your current passphrase:"))
        if old is None:
            return
        new = ask_passphrase(self, title=self.tr("Change passphrase"), prompt=self.tr("Choose a new passphrase:"),
                             new=True)
        if new is None:
            return
        identity = self.identity
        self.change_button.setEnabled(False)  # scrypt twice, on the runner
        self.setCursor(Qt.CursorShape.WaitCursor)
        self.task = run_task(self, lambda _progress, _abort: change_passphrase(identity, old, new), quiet=True,
                             on_success=self._changed, on_failure=self._refused)

    def _changed(self, _none: object) -> None:
        self._done_changing()
        QMessageBox.information(self, self.windowTitle(), self.tr("The passphrase was changed."))

    def _refused(self, error: AscnError) -> None:
        self._done_changing()
        QMessageBox.warning(self, self.windowTitle(), visible(error.message))

    def _done_changing(self) -> None:
        self.task = None
        self.change_button.setEnabled(True)
        self.unsetCursor()


def run_identity_wizard(window: MainWindow) -> bool:
    """Create the identity if there is none (True if one exists afterwards); else show it."""
    store = window.store
    try:
        existing = read_before_opening(lambda: active_identity(store))  # which dialog opens: read on the runner
    except AscnError as error:
        window.show_error(error)
        return False
    if existing is not None:
        dialog = IdentityDialog(store, existing, window.reference, window)
        dialog.exec()
        dialog.deleteLater()
        return True
    wizard = IdentityWizard(store, window.reference, window)
    wizard.exec()
    created = wizard.identity is not None
    wizard.deleteLater()
    return created
