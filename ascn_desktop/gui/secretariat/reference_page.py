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

from PySide6.QtCore import Signal
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
from ascn_desktop.core.reference_document import PARTNER_KINDS
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.signing.passphrase_dialog import ask_passphrase
from ascn_desktop.gui.tasks import NewestRead, run_task

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


Addition = Callable[[], str]  # one edit of the draft, run on the background runner; returns the code added


class ReferencePage(QWidget):
    """What the profile holds, four forms that add to the draft, the draft's preview, Sign and export.

    The draft and the reference data are read, and every edit written, on the background runner
    (gui/tasks.py); the page's buttons are off while an edit runs."""

    loaded = Signal()  # the draft read on the runner is on screen

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setObjectName("reference-page")
        self.busy = False
        self.reads = NewestRead(self)
        self._changes: list[str] = []
        self.add_buttons: list[QPushButton] = []
        self.status = QLabel(self.tr("Reading the reference data…"))
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
        self._update_buttons()
        self.reload()

    # --- forms ---------------------------------------------------------------------------

    def _form(self, rows: list[tuple[str, QWidget]], button_text: str, addition: Callable[[], Addition]) -> QWidget:
        """A form and its Add button; `addition` reads the fields (GUI thread) into the edit the runner makes."""
        widget = QWidget()
        form = QFormLayout(widget)
        for label, field in rows:
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        button = QPushButton(button_text)
        button.clicked.connect(lambda: self._add(addition))
        self.add_buttons.append(button)
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
                          self.tr("Add city"), self._city_addition)

    def _city_addition(self) -> Addition:
        store, country, name = self.store, str(self.city_country.currentData() or ""), self.city_name.text()
        name_en, name_local = self.city_name_en.text(), self.city_name_local.text()
        joined, note = self.city_joined.value(), self.city_note.text()
        return lambda: editing.add_city(store, country=country, name=name, name_en=name_en, name_local=name_local,
                                        joined_year=joined, note=note)

    def _state_form(self) -> QWidget:
        self.state_code = QLineEdit()
        self.state_code.setPlaceholderText("ISO 3166-1 alpha-3")
        self.state_name = QLineEdit()
        self.state_currency = QLineEdit()
        self.state_currency.setPlaceholderText("ISO 4217")
        self.state_joined = _year_box(2026)
        return self._form([(self.tr("Code:"), self.state_code), (self.tr("Name:"), self.state_name),
                           (self.tr("Currency:"), self.state_currency), (self.tr("Joined ASEAN in:"), self.state_joined)],
                          self.tr("Add member state"), self._state_addition)

    def _state_addition(self) -> Addition:
        store, code, name = self.store, self.state_code.text(), self.state_name.text()
        currency, joined = self.state_currency.text(), self.state_joined.value()
        return lambda: editing.add_member_state(store, code=code, name=name, currency=currency, joined_year=joined)

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
                          self.tr("Add cycle with its classification"), self._cycle_addition)

    def _cycle_addition(self) -> Addition:
        store, start, end, label = self.store, self.cycle_start.value(), self.cycle_end.value(), self.cycle_label.text()
        focus, outcomes = _terms(self.cycle_focus.toPlainText()), _terms(self.cycle_outcomes.toPlainText())
        return lambda: editing.add_cycle(store, start_year=start, end_year=end, label=label, focus_areas=focus,
                                         outcomes=outcomes)

    def _partner_form(self) -> QWidget:
        self.partner_code = QLineEdit()
        self.partner_name = QLineEdit()
        self.partner_kind = QComboBox()
        for kind in PARTNER_KINDS:
            self.partner_kind.addItem(kind.replace("_", " "), kind)
        self.partner_owner = QComboBox()
        return self._form([(self.tr("Code:"), self.partner_code), (self.tr("Name:"), self.partner_name),
                           (self.tr("Kind:"), self.partner_kind), (self.tr("Programme of:"), self.partner_owner)],
                          self.tr("Add partner or programme"), self._partner_addition)

    def _partner_addition(self) -> Addition:
        store, code, name = self.store, self.partner_code.text(), self.partner_name.text()
        kind, owner = str(self.partner_kind.currentData()), self.partner_owner.currentData() or None
        return lambda: editing.add_partner(store, code=code, name=name, kind=kind, programme_of=owner)

    # --- state ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the reference data and the draft on the runner; the page keeps what it shows until then."""
        store = self.store
        self.reads.ask(lambda: editing.draft_state(store), self._state_arrived,
                       lambda error: self.message.setText(visible(error.message)))

    def _state_arrived(self, state: editing.DraftState) -> None:
        reference, draft = state.reference, state.draft
        self.status.setText(self.tr(
            "This profile holds reference data version {0}: {1} member states, {2} cities, planning cycles {3}. "
            "What you add below goes into version {4}, which you sign and send to every profile.").format(
            reference.version, len(reference.member_states), len(reference.cities), ", ".join(reference.cycles),
            reference.version + 1))
        chosen_country, chosen_owner = self.city_country.currentData(), self.partner_owner.currentData()
        self.city_country.clear()
        for entry in draft["member_states"]:  # a state added to the draft has no translation yet
            name = reference.country_name(entry["code"]) if entry["code"] in reference.member_states else entry["name"]
            self.city_country.addItem(f"{name} ({entry['code']})", entry["code"])
        self.partner_owner.clear()
        self.partner_owner.addItem(self.tr("(not a programme)"), None)
        for partner in draft["partners"]:
            if not partner.get("programme_of"):
                self.partner_owner.addItem(partner["name"], partner["code"])
        self.city_country.setCurrentIndex(max(0, self.city_country.findData(chosen_country)))
        self.partner_owner.setCurrentIndex(max(0, self.partner_owner.findData(chosen_owner)))
        self.preview.clear()
        self._changes = state.changes
        self.preview.addItems(state.changes or [self.tr("No change yet.")])
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        for button in self.add_buttons:
            button.setEnabled(not self.busy)
        self.sign_button.setEnabled(bool(self._changes) and not self.busy)
        self.discard_button.setEnabled(bool(self._changes) and not self.busy)

    def _edit(self, work: Callable[[], object], said: Callable[[object], None]) -> None:
        """Run one edit of the draft on the runner, the buttons off meanwhile, and read the draft after it;
        `said` gives the edit's message. A refusal is its one sentence, the fields kept to correct."""
        self.busy = True
        self._update_buttons()
        store = self.store

        def done(answer: tuple[object, editing.DraftState]) -> None:
            self.busy = False
            self.reads.forget()  # this draft is newer than any read still on its way
            self._state_arrived(answer[1])
            said(answer[0])

        def refused(error: AscnError) -> None:
            self.busy = False
            self._update_buttons()
            self.message.setText(visible(error.message))

        run_task(self, lambda _progress, _abort: (work(), editing.draft_state(store)), quiet=True,
                 on_success=done, on_failure=refused)

    def _add(self, addition: Callable[[], Addition]) -> None:
        try:
            work = addition()  # the fields as they are now (a malformed code list is refused here)
        except AscnError as error:
            self.message.setText(visible(error.message))
            return
        tab = self.tabs.currentWidget()  # the form whose button was pressed
        self._edit(work, lambda code: self._added(code, tab))

    def _added(self, code: object, tab: QWidget) -> None:
        self.message.setText(self.tr("{0} added to the draft.").format(code))
        for line in tab.findChildren(QLineEdit):  # ready for the next one
            line.clear()
        for text in tab.findChildren(QPlainTextEdit):
            text.clear()

    def _discard(self) -> None:
        store = self.store
        self._edit(lambda: editing.discard_draft(store),
                   lambda _result: self.message.setText(self.tr("The draft was thrown away.")))

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
        said = self.tr("Reference data version {0} signed, applied here and written to {1}. "
                       "Send it to every profile; it also travels inside your review notes.").format(
                           signed.version, signed.path)
        successor = self.window_.reopen_for_active_role()

        def say_it() -> None:  # once the successor has read its role and reference data on the runner
            successor.show_page("reference")
            page = successor.page("reference")
            if isinstance(page, ReferencePage):
                page.message.setText(said)

        successor.when_ready(say_it)
        self.signed_pack = signed
