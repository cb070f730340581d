"""The projects page's filter bar (text, focus area, status, years, private partner) and its table view.

Widgets only: the bar turns what is chosen into a ``ProjectFilter`` and says
when it changed; the table view is set up for 10,000 rows (fixed row heights,
movable and hideable columns remembered in the profile's settings).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.gui.editor.projects_model import HIDDEN_BY_DEFAULT, Column, ProjectFilter, ProjectsTableModel
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.settings import read_bytes

HEADER_KEY = "projects/header"
ANY_YEAR = 0  # the spin boxes' "Any" value
COLUMN_WIDTHS = {Column.CODE: 90, Column.TITLE: 340, Column.FOCUS_AREA: 150, Column.STATUS: 100,
                 Column.YEARS: 90, Column.BUDGET: 170, Column.LEAD_AGENCY: 180, Column.SEEKS_PRIVATE: 80}

translate = QCoreApplication.translate  # the contexts of the page these widgets belong to (catalogues)


class ProjectsFilterBar(QWidget):
    changed = Signal()  # any filter changed

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(translate("ProjectsPage", "Filter projects"))
        self.filter_edit.setPlaceholderText(translate("ProjectsPage", "Find projects (code, title, agency, description)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.focus_combo = self._choice(translate("ProjectsPage", "Filter by focus area"), translate("ProjectsPage", "All focus areas"),
                                        reference.shown_vocab("focus_areas"))
        self.status_combo = self._choice(translate("ProjectsPage", "Filter by status"), translate("ProjectsPage", "All statuses"),
                                         reference.shown_vocab("project_statuses"))
        first = min((c.start_year for c in reference.cycles.values()), default=2018)
        last = max((c.end_year for c in reference.cycles.values()), default=2035)
        self.year_from = self._year_box(translate("ProjectsPage", "From year"), first, last)
        self.year_to = self._year_box(translate("ProjectsPage", "To year"), first, last)
        self.private_check = QCheckBox(translate("ProjectsPage", "Seeks private partner"))
        self.private_check.setAccessibleName(translate("ProjectsPage", "Only projects seeking a private partner"))
        self._lay_out()
        self.filter_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.focus_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year_from.valueChanged.connect(lambda _v: self.changed.emit())
        self.year_to.valueChanged.connect(lambda _v: self.changed.emit())
        self.private_check.toggled.connect(lambda _c: self.changed.emit())

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.private_check)
        fields = QHBoxLayout()
        fields.addWidget(self.focus_combo, 1)
        fields.addWidget(self.status_combo, 1)
        years_label = QLabel(translate("ProjectsPage", "&Years:"))
        years_label.setBuddy(self.year_from)
        fields.addWidget(years_label)
        fields.addWidget(self.year_from)
        fields.addWidget(QLabel("–"))
        fields.addWidget(self.year_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(fields)
        for previous, following in ((self.filter_edit, self.focus_combo), (self.focus_combo, self.status_combo),
                                    (self.status_combo, self.year_from), (self.year_from, self.year_to),
                                    (self.year_to, self.private_check)):
            self.setTabOrder(previous, following)

    def _choice(self, name: str, everything: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        for code, label in labels.items():
            combo.addItem(label, code)
        # Long labels must not make the window wider than a small laptop screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _year_box(self, name: str, first: int, last: int) -> QSpinBox:
        box = QSpinBox()
        box.setAccessibleName(name)
        box.setRange(ANY_YEAR, last)
        box.setSpecialValueText(translate("ProjectsPage", "Any"))
        box.setValue(ANY_YEAR)
        box.setMinimumWidth(72)
        box.setProperty("first_year", first)
        # Stepping up from "Any" jumps to the first cycle's first year, not to year 1.
        box.editingFinished.connect(lambda b=box, f=first: b.setValue(f) if 0 < b.value() < f else None)
        return box

    def current_filter(self) -> ProjectFilter:
        year_from, year_to = self.year_from.value(), self.year_to.value()
        return ProjectFilter(
            text=self.filter_edit.text(),
            focus_area=self.focus_combo.currentData(),
            status=self.status_combo.currentData(),
            year_from=year_from if year_from != ANY_YEAR else None,
            year_to=year_to if year_to != ANY_YEAR else None,
            seeks_private_partner=self.private_check.isChecked(),
        )


def projects_view(model: ProjectsTableModel, settings: QSettings) -> QTableView:
    """The table of projects: whole rows selected, sortable, columns as the officer left them."""
    view = QTableView()
    view.setObjectName("projects-table")
    view.setAccessibleName(translate("ProjectsPage", "Projects"))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until a header is clicked
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints for 10,000 rows
    vertical.setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    for column in Column:
        header.resizeSection(column, COLUMN_WIDTHS.get(column, 110))
        header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
    state = read_bytes(settings, HEADER_KEY)
    if state is not None:
        header.restoreState(state)
    return view
