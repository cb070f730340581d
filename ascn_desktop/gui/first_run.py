"""First run: ask which city the officer works for (before any signing identity exists)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ascn_desktop import APP_NAME
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.text import fold
from ascn_desktop.core.workplace import Workplace, load_workplace, save_workplace
from ascn_desktop.store.engine import Store


class FirstRunDialog(QDialog):
    """Member state and city combos, plus a search field that matches without accents ('da nang')."""

    def __init__(self, reference: ReferenceData, *, current: Workplace | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.reference = reference
        self.setWindowTitle(self.tr("Welcome to {0}").format(APP_NAME))
        intro = QLabel(self.tr(
            "Which ASCN city do you work for? The app opens that city's action plan. "
            "You can change this later; once you create a signing identity, it decides."))
        intro.setWordWrap(True)
        receivers = QLabel(self.tr(
            "National Representative or Secretariat? Click Skip, then create your signing identity with "
            "Tools → Signing identity…; the app then shows your pages."))
        receivers.setObjectName("muted")
        receivers.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Find a city"))
        self.search_edit.setPlaceholderText(self.tr("Type a city name, e.g. da nang"))
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Member state"))
        for code, name in reference.shown_member_states().items():
            if reference.cities_of(code):
                self.country_combo.addItem(name, code)
        self.city_combo = QComboBox()
        self.city_combo.setAccessibleName(self.tr("City"))
        self.message = QLabel()
        self.message.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.search_edit)
        form.addRow(self.tr("&Member state:"), self.country_combo)
        form.addRow(self.tr("&City:"), self.city_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(receivers)
        layout.addWidget(self.buttons)

        self.country_combo.currentIndexChanged.connect(lambda _i: self._fill_cities())
        self.search_edit.textChanged.connect(self._search)
        self._fill_cities()
        if current is not None:
            self.select(current.city)

    def _fill_cities(self) -> None:
        self.city_combo.clear()
        for city in self.reference.cities_of(self.country_combo.currentData() or ""):
            if city.left_year is not None:
                continue  # a city that left the network has no officer to open a plan for
            shown = self.reference.city_name(city.code)  # in its own script when the interface speaks it
            others = [name for name in (city.name, city.name_en, city.name_local) if name and name != shown]
            label = f"{shown} ({' · '.join(dict.fromkeys(others))})" if others else shown
            self.city_combo.addItem(label, city.code)

    def select(self, city_code: str) -> bool:
        city = self.reference.cities.get(city_code)
        if city is None:
            return False
        self.country_combo.setCurrentIndex(self.country_combo.findData(city.country))
        self.city_combo.setCurrentIndex(self.city_combo.findData(city.code))
        return True

    def _search(self, text: str) -> None:
        wanted = fold(text)
        if not wanted:
            self.message.clear()
            return
        for city in self.reference.cities.values():
            names = (city.name, city.name_en, city.name_local, *self.reference.city_aliases.get(city.code, ()))
            if any(wanted in fold(name) for name in names if name) or wanted == fold(city.code):
                self.select(city.code)
                self.message.clear()
                return
        self.message.setText(self.tr("No ASCN city matches '{0}'.").format(text))

    def workplace(self) -> Workplace | None:
        city = self.city_combo.currentData()
        country = self.country_combo.currentData()
        return Workplace(country=country, city=city) if city and country else None


def choose_workplace(store: Store, reference: ReferenceData, *, parent: QWidget | None = None) -> Workplace | None:
    """Ask for the officer's city and remember it in the profile; None if cancelled."""
    dialog = FirstRunDialog(reference, current=load_workplace(store.profile), parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    workplace = dialog.workplace()
    if workplace is None:
        return None
    try:
        save_workplace(store.profile, workplace, reference)
    except AscnError:
        return None
    return workplace
