"""The Secretariat's Reference data page: add to the next pack, preview it, sign and export it.

Every rule lives in core/reference_editing.py (the same functions as
``ascn reference add-city|add-member-state|add-cycle|add-partner|sign``); the
page only collects the fields, shows the draft's changes in words and asks
for the passphrase and the folder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core import reference_editing as editing
from ascn_desktop.core.errors import AscnError, ValidationError
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reference_document import PARTNER_KINDS, current_document
from ascn_desktop.gui.signing.passphrase_dialog import ask_passphrase
from ascn_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow


def _year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1967, 2200)
    box.setValue(value)
    return box


def _terms(text: str) -> list[tuple[str, str]]:
    """'CODE = Label' per line -> [(code, label)]; a line without '=' is refused."""
    terms = []
    for line in text.splitlines():
        if not line.strip():
            continue
        code, sep, label = line.partition("=")
        if not sep or not code.strip() or not label.strip():
            raise ValidationError(f"Write each code as CODE = Label on its own line; “{line.strip()[:40]}” is not.")
        terms.append((code.strip(), label.strip()))
    return terms


class ReferencePage(QWidget):
    """What the profile holds, four forms that add to the draft, the draft's preview, Sign and export."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setObjectName("reference-page")
        self.status = QLabel()
        self.status.setObjectName("reference-status")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("reference-message")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._city_form(), self.tr("City"))
        self.tabs.addTab(self._state_form(), self.tr("Member state"))
        self.tabs.addTab(self._cycle_form(), self.tr("Planning cycle"))
        self.tabs.addTab(self._partner_form(), self.tr("Partner or programme"))
        self.preview = QListWidget()
        self.preview.setObjectName("reference-preview")
        self.preview.setAccessibleName(self.tr("Changes in the next reference pack"))
        self.preview.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Sign and export…"))
        self.sign_button.setObjectName("reference-sign")
        self.sign_button.clicked.connect(self.sign_and_export)
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.discard_button.clicked.connect(self._discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs)
        layout.addWidget(QLabel(self.tr("Draft of the next reference pack (preview):")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    # --- forms ---------------------------------------------------------------------------

    def _form(self, rows: list[tuple[str, QWidget]], button_text: str, action: Callable[[], str]) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        for label, field in rows:
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        button = QPushButton(button_text)
        button.clicked.connect(lambda: self._add(action))
        form.addRow("", button)
        return widget

    def _city_form(self) -> QWidget:
        self.city_country = QComboBox()
        self.city_name = QLineEdit()
        self.city_name_en = QLineEdit()
        self.city_name_local = QLineEdit()
        self.city_joined = _year_box(2027)
        self.city_note = QLineEdit()
        self.city_note.setPlaceholderText(self.tr("What is uncertain about the record (optional)"))
        return self._form([(self.tr("Member state:"), self.city_country), (self.tr("Name:"), self.city_name),
                           (self.tr("English name:"), self.city_name_en),
                           (self.tr("Name in local script:"), self.city_name_local),
                           (self.tr("Joined in:"), self.city_joined), (self.tr("Note:"), self.city_note)],
                          self.tr("Add city"), lambda: editing.add_city(
                              self.store, country=str(self.city_country.currentData() or ""),
                              name=self.city_name.text(), name_en=self.city_name_en.text(),
                              name_local=self.city_name_local.text(), joined_year=self.city_joined.value(),
                              note=self.city_note.text()))

    def _state_form(self) -> QWidget:
        self.state_code = QLineEdit()
        self.state_code.setPlaceholderText("ISO 3166-1 alpha-3")
        self.state_name = QLineEdit()
        self.state_currency = QLineEdit()
        self.state_currency.setPlaceholderText("ISO 4217")
        self.state_joined = _year_box(2026)
        return self._form([(self.tr("Code:"), self.state_code), (self.tr("Name:"), self.state_name),
                           (self.tr("Currency:"), self.state_currency), (self.tr("Joined ASEAN in:"), self.state_joined)],
                          self.tr("Add member state"), lambda: editing.add_member_state(
                              self.store, code=self.state_code.text(), name=self.state_name.text(),
                              currency=self.state_currency.text(), joined_year=self.state_joined.value()))

    def _cycle_form(self) -> QWidget:
        self.cycle_start = _year_box(2036)
        self.cycle_end = _year_box(2045)
        self.cycle_label = QLineEdit()
        self.cycle_focus = QPlainTextEdit()
        self.cycle_focus.setPlaceholderText(self.tr("One per line: CODE = Label"))
        self.cycle_focus.setMaximumHeight(70)
        self.cycle_outcomes = QPlainTextEdit()
        self.cycle_outcomes.setPlaceholderText(self.tr("One per line: CODE = Label"))
        self.cycle_outcomes.setMaximumHeight(70)
        for lines in (self.cycle_focus, self.cycle_outcomes):
            lines.setTabChangesFocus(True)  # Tab moves on; a new line is Enter
        return self._form([(self.tr("First year:"), self.cycle_start), (self.tr("Last year:"), self.cycle_end),
                           (self.tr("Label:"), self.cycle_label), (self.tr("Focus areas:"), self.cycle_focus),
                           (self.tr("Outcomes:"), self.cycle_outcomes)],
                          self.tr("Add cycle with its classification"), lambda: editing.add_cycle(
                              self.store, start_year=self.cycle_start.value(), end_year=self.cycle_end.value(),
                              label=self.cycle_label.text(), focus_areas=_terms(self.cycle_focus.toPlainText()),
                              outcomes=_terms(self.cycle_outcomes.toPlainText())))

    def _partner_form(self) -> QWidget:
        self.partner_code = QLineEdit()
        self.partner_name = QLineEdit()
        self.partner_kind = QComboBox()
        for kind in PARTNER_KINDS:
            self.partner_kind.addItem(kind.replace("_", " "), kind)
        self.partner_owner = QComboBox()
        return self._form([(self.tr("Code:"), self.partner_code), (self.tr("Name:"), self.partner_name),
                           (self.tr("Kind:"), self.partner_kind), (self.tr("Programme of:"), self.partner_owner)],
                          self.tr("Add partner or programme"), lambda: editing.add_partner(
                              self.store, code=self.partner_code.text(), name=self.partner_name.text(),
                              kind=str(self.partner_kind.currentData()),
                              programme_of=self.partner_owner.currentData() or None))

    # --- state ---------------------------------------------------------------------------

    def reload(self) -> None:
        reference = load_reference(self.store)
        draft = editing.load_draft(self.store)
        self.status.setText(self.tr(
            "This profile holds reference data version {0}: {1} member states, {2} cities, planning cycles {3}. "
            "What you add below goes into version {4}, which you sign and send to every profile.").format(
            reference.version, len(reference.member_states), len(reference.cities), ", ".join(reference.cycles),
            reference.version + 1))
        self.city_country.clear()
        for state in draft["member_states"]:  # a state added to the draft has no translation yet
            name = reference.country_name(state["code"]) if state["code"] in reference.member_states else state["name"]
            self.city_country.addItem(f"{name} ({state['code']})", state["code"])
        self.partner_owner.clear()
        self.partner_owner.addItem(self.tr("(not a programme)"), None)
        for partner in draft["partners"]:
            if not partner.get("programme_of"):
                self.partner_owner.addItem(partner["name"], partner["code"])
        self.preview.clear()
        changes = editing.draft_changes(current_document(self.store), draft)
        self.preview.addItems(changes or [self.tr("No change yet.")])
        self.sign_button.setEnabled(bool(changes))
        self.discard_button.setEnabled(bool(changes))

    def _add(self, action: Callable[[], str]) -> None:
        try:
            code = action()
        except AscnError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("{0} added to the draft.").format(code))
        tab = self.tabs.currentWidget()
        for line in tab.findChildren(QLineEdit):  # ready for the next one
            line.clear()
        for text in tab.findChildren(QPlainTextEdit):
            text.clear()
        self.reload()

    def _discard(self) -> None:
        editing.discard_draft(self.store)
        self.message.setText(self.tr("The draft was thrown away."))
        self.reload()

    # --- signing -------------------------------------------------------------------------

    def sign_and_export(self) -> None:
        passphrase = ask_passphrase(self, title=self.tr("Sign reference data"),
                                    prompt=self.tr("Passphrase of your signing key:"))
        if passphrase is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the reference pack"))
        if not folder:
            return
        store = self.store

        def work(_progress: ProgressCallback, _abort: threading.Event) -> Any:
            return editing.sign_draft(store, passphrase=passphrase, out_dir=Path(folder))

        run_task(self.window_, work, title=self.tr("Signing reference data…"), on_success=self._signed,
                 on_failure=lambda error: self.message.setText(error.message))

    def _signed(self, signed: editing.SignedPack) -> None:
        # new cities and cycles: every page is rebuilt on the new reference data
        successor = self.window_.reopen_for_active_role()
        successor.show_page("reference")
        page = successor.page("reference")
        if isinstance(page, ReferencePage):
            page.message.setText(self.tr("Reference data version {0} signed, applied here and written to {1}. "
                                         "Send it to every profile; it also travels inside your review notes.")
                                 .format(signed.version, signed.path))
        self.signed_pack = signed
