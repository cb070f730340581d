"""The trust registry page: whose identity cards this profile accepts, add and revoke.

Adding a card always shows its fingerprint with "Check this fingerprint with
the sender by phone before you trust it", and can name a key it replaces.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import IdentityCard, read_card_file, role_name
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.signing.trust import (
    KnownBundle,
    TrustEntry,
    add_card,
    known_bundles,
    list_keys,
    other_country_of,
    revoke,
)
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.signing.identity_wizard import fingerprint_label
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.store.engine import Store

# Marked for lupdate; translated where shown (TrustPage).
COLUMNS = (
    QT_TRANSLATE_NOOP("TrustPage", "Name"),
    QT_TRANSLATE_NOOP("TrustPage", "Role"),
    QT_TRANSLATE_NOOP("TrustPage", "Country"),
    QT_TRANSLATE_NOOP("TrustPage", "City"),
    QT_TRANSLATE_NOOP("TrustPage", "Fingerprint"),
    QT_TRANSLATE_NOOP("TrustPage", "Status"),
    QT_TRANSLATE_NOOP("TrustPage", "Vouched for by"),
)
# The columns that share what width is left, eliding in the middle (the full text is the cell's tooltip):
# a fingerprint keeps its first and last groups, which people compare by phone. The others fit their
# contents up to MAX_COLUMN_WIDTH, so every column shows at 1024x600 without a horizontal scroll.
SHARED_COLUMNS = (4, 5)  # Fingerprint, Status
MAX_COLUMN_WIDTH = 220


class TrustCardDialog(QDialog):
    """Confirm a card: who, the fingerprint in large type, the phone check, optionally what it replaces."""

    def __init__(self, card: IdentityCard, trusted: list[TrustEntry], parent: QWidget | None = None, *,
                 reference: ReferenceData | None = None, own_country: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trust-card-dialog")
        self.card = card
        self.setWindowTitle(self.tr("Trust this identity card?"))
        # Names, not codes: the person reading this checks who the card says it is.
        country = reference.country_name(card.country) if reference else card.country
        city_info = reference.cities.get(card.city or "") if reference else None
        city = reference.city_name(card.city) if city_info is not None and reference else (card.city or "")
        who = QLabel(self.tr("{0} — {1}, {2}{3}").format(
            card.name, role_name(card.role), country, f", {city}" if city else ""))
        who.setWordWrap(True)
        check = QLabel(self.tr("Check this fingerprint with the sender by phone before you trust it."))
        check.setObjectName("warning")
        check.setWordWrap(True)
        self.succeeds_combo = QComboBox()
        self.succeeds_combo.setAccessibleName(self.tr("Replaces key"))
        self.succeeds_combo.addItem(self.tr("(nothing: a new signer)"), None)
        for entry in trusted:
            if entry.revoked_at is None and entry.role == card.role and entry.country == card.country:
                self.succeeds_combo.addItem(f"{entry.name} — {entry.fingerprint}", entry.fingerprint)
        form = QFormLayout()
        form.addRow(self.tr("This key replaces:"), self.succeeds_combo)
        self.buttons = QDialogButtonBox()
        self.trust_button = self.buttons.addButton(self.tr("Trust"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(fingerprint_label(card.fingerprint))
        layout.addWidget(check)
        # A card of another member state is trusted only when the user ticks that they mean it.
        self.other_country_check: QCheckBox | None = None
        if own_country is not None:
            own = reference.country_name(own_country) if reference else own_country
            warning = QLabel(self.tr("This card is of {0}, another member state than yours ({1}). Trust it only "
                                     "if you expect bundles signed by this person.").format(country, own))
            warning.setObjectName("warning")
            warning.setWordWrap(True)
            self.other_country_check = QCheckBox(self.tr("I trust a card of another member state"))
            self.other_country_check.toggled.connect(self.trust_button.setEnabled)
            self.trust_button.setEnabled(False)
            layout.addWidget(warning)
            layout.addWidget(self.other_country_check)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @property
    def other_country(self) -> bool:
        return self.other_country_check is not None and self.other_country_check.isChecked()

    def succeeds(self) -> str | None:
        value = self.succeeds_combo.currentData()
        return str(value) if value else None


class RevokeDialog(QDialog):
    def __init__(self, entry: TrustEntry, parent: QWidget | None = None,
                 known: list[KnownBundle] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revoke-dialog")
        self.entry = entry
        self.setWindowTitle(self.tr("Revoke {0}'s key").format(visible(entry.name)))
        explain = QLabel(self.tr("Bundles this computer received with this key before the date stay valid; "
                                 "a bundle signed or first received from then on is refused, whatever date "
                                 "it carries, except the last bundle known good chosen below."))
        explain.setWordWrap(True)
        self.last_good_combo = QComboBox()
        self.last_good_combo.setAccessibleName(self.tr("Last bundle known good"))
        self.last_good_combo.addItem(self.tr("None"), None)
        for bundle in known or []:
            revision = self.tr(", revision {0}").format(bundle.revision) if bundle.revision is not None else ""
            self.last_good_combo.addItem(self.tr("{0}{1}, received {2:%Y-%m-%d}").format(
                visible(bundle.file_name), revision, bundle.imported_at), bundle.sha256)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. laptop stolen, officer replaced"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.tr("Revoked &from (UTC):"), self.date_edit)
        form.addRow(self.tr("&Last bundle known good:"), self.last_good_combo)
        self.buttons = QDialogButtonBox()
        self.revoke_button = self.buttons.addButton(self.tr("Revoke"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda t: self.revoke_button.setEnabled(bool(t.strip())))
        self.revoke_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def last_good(self) -> str | None:
        value = self.last_good_combo.currentData()
        return str(value) if value else None

    def revoked_from(self) -> datetime:
        """Midnight UTC of the chosen day; today means now (so today's earlier bundles stay valid)."""
        day = self.date_edit.date().toPython()
        if day == datetime.now(UTC).date():
            return datetime.now(UTC)
        return datetime.combine(day, time(0, 0), tzinfo=UTC)  # type: ignore[arg-type]


class TrustPage(QWidget):
    changed = Signal()

    def __init__(self, store: Store, *, show_error: Callable[[AscnError | str], None],
                 reference: ReferenceData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trust-page")
        self.store = store
        self.reference = reference
        self.show_error = show_error
        self.entries: list[TrustEntry] = []
        self.confirm_dialog: TrustCardDialog | None = None
        self.revoke_dialog: RevokeDialog | None = None
        self.writing: Task | None = None  # adding or revoking a key, while it runs
        self._asked = 0  # registry reads asked for: only the latest answer fills the table
        title = QLabel(self.tr("Trust registry"))
        title.setObjectName("page-title")
        intro = QLabel(self.tr("Bundles and review notes are accepted only when signed by a key listed here. "
                               "City keys “vouched for by” a National Representative came with that NR's "
                               "national bundle; they are trusted as long as the NR's own key is."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in SHARED_COLUMNS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(MAX_COLUMN_WIDTH)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add identity card…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self._choose_card)
        self.revoke_button.clicked.connect(self.start_revoke)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> Task:
        """Read the registry on the runner; the table fills in when it arrives (an older answer is dropped)."""
        self._asked += 1
        asked, store = self._asked, self.store
        return run_task(self, lambda _progress, _abort: list_keys(store), quiet=True,
                        on_success=lambda entries: self._fill(entries, asked), on_failure=self.show_error)

    def _fill(self, entries: list[TrustEntry], asked: int) -> None:
        if asked != self._asked:  # a later refresh is on its way
            return
        self.entries = entries
        names = {entry.fingerprint: entry.name for entry in self.entries}
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            status = (self.tr("revoked from {0:%Y-%m-%d %H:%M} UTC: {1}").format(entry.revoked_at, entry.revoke_reason)
                      if entry.revoked_at else self.tr("trusted"))
            city = entry.city or ""
            if self.reference is not None and city in self.reference.cities:
                city = self.reference.city_name(city)
            country = self.reference.country_name(entry.country) if self.reference else entry.country
            voucher = names.get(entry.vouched_by or "", entry.vouched_by or "")
            values = (entry.name, role_name(entry.role), country, city,
                      entry.fingerprint, status, voucher)
            for column, value in enumerate(values):
                item = QTableWidgetItem(visible(value))  # a name from a card: controls shown, not obeyed
                item.setToolTip(visible(value))  # the whole text where the column elides it
                item.setData(Qt.ItemDataRole.UserRole, entry.fingerprint)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> TrustEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.add_button.setEnabled(self.writing is None)
        self.revoke_button.setEnabled(self.writing is None and entry is not None and entry.revoked_at is None)

    def _choose_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add identity card"), "",
                                              self.tr("Identity cards (*.json);;All files (*)"))
        if path:
            self.add_card_file(Path(path))

    def add_card_file(self, path: Path) -> Task:
        """Read the card and what the registry holds (on the runner), then ask for confirmation.

        Non-blocking: `confirm_dialog` while it is open.
        """
        store = self.store

        def read(_progress: object, _abort: object) -> tuple[IdentityCard, str | None, list[TrustEntry]]:
            card = read_card_file(path)
            return card, other_country_of(store, card), list_keys(store)

        return run_task(self, read, quiet=True, on_success=self._confirm, on_failure=self.show_error)

    def _confirm(self, read: tuple[IdentityCard, str | None, list[TrustEntry]]) -> None:
        card, own_country, trusted = read
        dialog = TrustCardDialog(card, trusted, self, reference=self.reference, own_country=own_country)
        self.confirm_dialog = dialog
        dialog.accepted.connect(lambda: self._trust(card, dialog.succeeds(), other_country=dialog.other_country))
        dialog.finished.connect(lambda _r: setattr(self, "confirm_dialog", None))
        dialog.open()

    def _trust(self, card: IdentityCard, succeeds: str | None, *, other_country: bool = False) -> None:
        store = self.store
        self._write(lambda: add_card(store, card, succeeds=succeeds, other_country=other_country))

    def start_revoke(self) -> Task | None:
        """Read the bundles this key signed (on the runner), then ask why and from when (`revoke_dialog`)."""
        entry = self.selected()
        if entry is None:
            return None
        store = self.store
        return run_task(self, lambda _progress, _abort: known_bundles(store, entry.fingerprint), quiet=True,
                        on_success=lambda known: self._ask_revoke(entry, known), on_failure=self.show_error)

    def _ask_revoke(self, entry: TrustEntry, known: list[KnownBundle]) -> None:
        dialog = RevokeDialog(entry, self, known=known)
        self.revoke_dialog = dialog
        dialog.accepted.connect(lambda: self._revoke(entry, dialog.reason_edit.text(), dialog.revoked_from(),
                                                     dialog.last_good()))
        dialog.finished.connect(lambda _r: setattr(self, "revoke_dialog", None))
        dialog.open()

    def _revoke(self, entry: TrustEntry, reason: str, at: datetime, last_good: str | None = None) -> None:
        store = self.store
        self._write(lambda: revoke(store, entry.fingerprint, reason=reason, at=at, last_good=last_good))

    def _write(self, change: Callable[[], object]) -> None:
        """Change the registry on the runner, Add and Revoke off meanwhile; then read it again."""
        self.writing = run_task(self, lambda _progress, _abort: change(), quiet=True, in_order=True,
                                on_success=self._written, on_failure=self._refused)
        self._update_buttons()

    def _written(self, _result: object) -> None:
        self.writing = None
        self._update_buttons()
        self.refresh()
        self.changed.emit()

    def _refused(self, error: AscnError) -> None:
        self.writing = None
        self._update_buttons()
        self.show_error(error)
