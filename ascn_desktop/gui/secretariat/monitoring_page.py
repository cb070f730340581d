"""The Secretariat's monitoring dashboard: filters, charts and the tables behind them.

The page holds no rules: it asks core/monitoring.py for the figures of the
chosen cycle and year (narrowed by country, city, focus area) and shows the
same tables the annual report prints (core/reports/annual_report.py), each
chart next to the table it pictures. The snapshot of the store is read once
per cycle; changing a filter only recomputes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.wording import counted
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _, format_number
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.monitoring import Monitoring, MonitoringFilter, Snapshot, compute, has_imported_plans, load_snapshot
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.annual_report import STATE_LABELS, ReportTable, annual_report_tables
from ascn_desktop.gui.secretariat.charts import PALETTE, BarChart, ChartData, chart_data
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible

_Index = QModelIndex | QPersistentModelIndex
# Reporting states: on time green, late orange, not received red, not yet due grey, joined this year blue.
_CHART_COLOURS = {"completeness": ("#2E8B57", "#E08A1E", "#C0392B", "#9AA5B1", "#2F6DB5"),
                  "indicators": ("#2E8B57", "#C0392B"), "milestones": ("#C0392B",)}


class ReportTableModel(QAbstractTableModel):
    """Any report table (core rows) as a read-only Qt table. `data()` never raises."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = ReportTable("", "", (), [])

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> ReportTable:
        return self._table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._table.header)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._table.header):
                return self.tr(self._table.header[section])
        return None

    def text(self, row: int, column: int) -> str:
        value = self._table.rows[row][column]
        if value is None:
            return ""
        if isinstance(value, Decimal):
            return format_amount(value) if column in self._table.money else format_number(value.normalize())
        return str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return visible(self.text(index.row(), index.column()))  # received titles: controls shown
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._table.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        except Exception:  # a model must never raise into Qt's paint loop
            return None
        return None


def _combo_width(combo: QComboBox, texts: list[str]) -> int:
    """The width `combo` needs to show the widest of `texts` whole (its frame and arrow included)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    widest = max((combo.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(widest, combo.fontMetrics().height()), combo)
    return size.width()


class MonitoringPage(QWidget):
    loaded = Signal()  # a snapshot read on the background runner is on screen

    def __init__(self, store: Store, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._reference = reference
        self._snapshot: Snapshot | None = None
        self._generation = 0  # grows with every read asked for: an older answer is dropped
        self.monitoring: Monitoring | None = None
        self.models: dict[str, ReportTableModel] = {}
        self.charts: dict[str, BarChart] = {}
        self.views: dict[str, QTableView] = {}

        self._build_filters(reference)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_grid())
        for before, after in ((self.cycle_combo, self.year_combo), (self.year_combo, self.local_check),
                              (self.local_check, self.focus_combo), (self.focus_combo, self.country_combo),
                              (self.country_combo, self.city_combo)):
            QWidget.setTabOrder(before, after)  # as they are shown: row by row
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self._fill_years()
        self._fill_cities()
        self.cycle_combo.currentIndexChanged.connect(self._cycle_changed)
        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.city_combo.currentIndexChanged.connect(self.refresh)
        self.focus_combo.currentIndexChanged.connect(self.refresh)
        self.local_check.toggled.connect(self._local_toggled)
        self.reload()

    # --- building -----------------------------------------------------------------

    def _build_filters(self, reference: ReferenceData) -> None:
        """The cycle, year, country, city and focus-area choices and the local-plans box."""
        self.cycle_combo = QComboBox()
        for code in reference.cycles:
            self.cycle_combo.addItem(reference.cycle_label(code), code)
        self.year_combo = QComboBox()
        self.country_combo = QComboBox()
        self.country_combo.addItem(self.tr("All countries"), None)
        for code, name in reference.shown_member_states().items():
            self.country_combo.addItem(name, code)
        self.city_combo = QComboBox()
        self.focus_combo = QComboBox()
        self.focus_combo.addItem(self.tr("All focus areas"), None)
        for code, label in reference.shown_vocab("focus_areas").items():
            self.focus_combo.addItem(label, code)
        self.local_check = QCheckBox(self.tr("Include local plans"))
        self.local_check.setToolTip(self.tr("Also count the local plan of cities that sent no plan (demo stores)."))
        self._local_chosen = False  # until the user ticks or clears the box, it follows the store
        for combo, name in ((self.cycle_combo, "Cycle"), (self.year_combo, "Year"),
                            (self.country_combo, "Country"), (self.city_combo, "City"),
                            (self.focus_combo, "Focus area")):
            combo.setAccessibleName(self.tr(name))

    def _filter_grid(self) -> QGridLayout:
        # Two rows of three, combos sized to a few characters rather than their longest item: the filters
        # (and their labels) stay whole on a 1024-pixel screen or at 125 % instead of widening the window.
        # Except the cycle's labels ("First planning cycle 2018–2025") and the focus area's "All …" line: the
        # layout gives them their room in every language rather than cutting them. The two share a column,
        # as do their long captions; the check box stands above the City pair.
        filters = QGridLayout()
        cells = (((self.tr("Cycle"), self.cycle_combo), (self.tr("Year"), self.year_combo)),
                 ((self.tr("Focus area"), self.focus_combo), (self.tr("Country"), self.country_combo),
                  (self.tr("City"), self.city_combo)))
        whole = {self.cycle_combo: [self.cycle_combo.itemText(n) for n in range(self.cycle_combo.count())],
                 self.focus_combo: [self.focus_combo.itemText(0)]}
        for row, pairs in enumerate(cells):
            for column, (label, widget) in enumerate(pairs):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(10)
                if widget in whole:
                    widget.setMinimumWidth(_combo_width(widget, whole[widget]))
                caption = QLabel(label)
                caption.setBuddy(widget)
                filters.addWidget(caption, row, column * 2)
                filters.addWidget(widget, row, column * 2 + 1)
                filters.setColumnStretch(column * 2 + 1, 1)
        filters.addWidget(self.local_check, 0, 4, 1, 2, Qt.AlignmentFlag.AlignLeft)
        return filters

    def _build_tabs(self) -> None:
        """One tab per table of the annual report, each chart above the table it pictures."""
        self.tabs = QTabWidget()
        self._add_tab(self.tr("Completeness"), "completeness", ["Completeness"])
        self._add_tab(self.tr("Projects"), "projects", ["By country", "By city"])
        self._add_tab(self.tr("Network growth"), None, ["Growth", "Projects by year"])
        self._add_tab(self.tr("Reported projects"), None,
                      ["Reported by country", "Reported by focus area", "Reported by city"])
        self._add_tab(self.tr("Milestones overdue"), "milestones", ["Overdue milestones"])
        self._add_tab(self.tr("Indicators"), "indicators", ["Indicators"])
        self._add_tab(self.tr("Funding"), "funding", ["Funding USD", "Funding"])
        self._add_tab(self.tr("Private partners sought"), None, ["Private partner"])
        self._add_tab(self.tr("External partners"), "partners", ["Partners"])
        self._add_tab(self.tr("All projects"), None, ["Projects"])

    def _add_tab(self, title: str, chart_key: str | None, table_keys: list[str]) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        if chart_key is not None:
            chart = BarChart(value_text=_money_text if chart_key == "funding" else _count_text,
                             colours=_CHART_COLOURS.get(chart_key, PALETTE))
            chart.setObjectName(f"chart-{chart_key}")
            self.charts[chart_key] = chart
            splitter.addWidget(chart)
        for key in table_keys:
            model = ReportTableModel(self)
            self.models[key] = model
            view = QTableView()
            self.views[key] = view
            view.setObjectName(f"table-{key}")
            view.setModel(model)
            view.setAccessibleName(self.tr(key))
            view.setSortingEnabled(False)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            splitter.addWidget(view)
        self.tabs.addTab(splitter, title)

    def _fill_years(self) -> None:
        code = self.cycle_combo.currentData()
        cycle = self._reference.cycles.get(code) if code else None
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        if cycle is not None:
            for year in cycle.years:
                self.year_combo.addItem(str(year), year)
            default = max(cycle.start_year, min(cycle.end_year, datetime.now(UTC).year - 1))
            self.year_combo.setCurrentIndex(self.year_combo.findData(default))
        self.year_combo.blockSignals(False)

    def _fill_cities(self) -> None:
        country = self.country_combo.currentData()
        self.city_combo.blockSignals(True)
        self.city_combo.clear()
        self.city_combo.addItem(self.tr("All cities"), None)
        for city in self._reference.cities.values():
            if country is None or city.country == country:
                self.city_combo.addItem(self._reference.city_name(city.code), city.code)
        self.city_combo.blockSignals(False)

    def _cycle_changed(self) -> None:
        self._fill_years()
        self.reload()

    def _country_changed(self) -> None:
        self._fill_cities()
        self.refresh()

    # --- data -----------------------------------------------------------------------

    def current_filter(self) -> MonitoringFilter:
        return MonitoringFilter(country=self.country_combo.currentData(), city=self.city_combo.currentData(),
                                focus_area=self.focus_combo.currentData())

    def _local_toggled(self) -> None:
        self._local_chosen = True  # reload() sets the box with signals blocked, so this is the user's choice
        self.reload()

    def reload(self) -> None:
        """Read the store again (after imports or a change of cycle) on the background runner.

        The filters are off until the snapshot arrives; a newer reload drops an older answer.
        """
        cycle = self.cycle_combo.currentData()
        if cycle is None:
            return
        self._generation += 1
        generation, store, reference = self._generation, self._store, self._reference
        follow_store = not self._local_chosen  # a demo store shows its local plans; once bundles came in, not
        chosen_local = self.local_check.isChecked()

        def read(_progress: object, _abort: object) -> tuple[bool, Snapshot]:
            include_local = not has_imported_plans(store) if follow_store else chosen_local
            return include_local, load_snapshot(store, reference, cycle=cycle, include_local=include_local)

        self._filters_enabled(False)
        run_task(self, read, quiet=True, on_success=lambda result: self._snapshot_arrived(generation, *result),
                 on_failure=lambda error: self._snapshot_failed(generation, error))

    def _filters_enabled(self, enabled: bool) -> None:
        for widget in (self.cycle_combo, self.year_combo, self.country_combo, self.city_combo, self.focus_combo,
                       self.local_check):
            widget.setEnabled(enabled)

    def _snapshot_arrived(self, generation: int, include_local: bool, snapshot: Snapshot) -> None:
        if generation != self._generation:
            return
        self._filters_enabled(True)
        self.local_check.blockSignals(True)
        self.local_check.setChecked(include_local)
        self.local_check.blockSignals(False)
        self._snapshot = snapshot
        self.refresh()
        self.loaded.emit()

    def _snapshot_failed(self, generation: int, error: AscnError) -> None:
        if generation == self._generation:
            self._filters_enabled(True)
            self.summary.setText(visible(error.message))

    def refresh(self) -> None:
        """Recompute the figures for the current filters (no store access)."""
        year = self.year_combo.currentData()
        if self._snapshot is None or year is None:
            return
        try:
            self.monitoring = compute(self._snapshot, self._reference, year=year, wanted=self.current_filter())
        except AscnError as error:
            self.summary.setText(visible(error.message))
            return
        tables = annual_report_tables(self.monitoring, self._reference)
        for key, model in self.models.items():
            model.set_table(tables[key])
            if model.rowCount() <= 500:  # measuring every row of a huge table would stall the GUI
                self.views[key].resizeColumnsToContents()
        self._update_charts(self.monitoring)
        s = self.monitoring.summary
        seeking = (self.tr("1 project seeks") if s.seeking_private_partner == 1
                   else self.tr("{0:,} projects seek").format(s.seeking_private_partner))
        self.summary.setText(self.tr(
            "{0} of {1} reported on {2} ({3} on time, {4} late); {5}; {6} overdue "
            "on {7}; {8} of {9} behind target; {10} a private-sector partner.").format(
            s.cities_reported, counted(s.cities_expected, "city"), year, s.on_time, s.late,
            counted(s.projects, "project"), counted(s.milestones_overdue, "milestone"),
            self.monitoring.as_of.isoformat(), s.indicators_behind, counted(s.indicators_assessed, "indicator"),
            seeking))

    def _update_charts(self, m: Monitoring) -> None:
        ref = self._reference
        countries = [code for code in ref.member_states if any(r.country == code for r in m.completeness)]
        states = list(STATE_LABELS)
        per_country = {c: Counter(r.state for r in m.completeness if r.country == c) for c in countries}
        self.charts["completeness"].set_data(chart_data(
            self.tr("Cities by reporting state, per country"), [ref.country_name(c) for c in countries],
            [_(STATE_LABELS[s]) for s in states], [[per_country[c][s] for s in states] for c in countries]))

        focus = ref.shown_vocab("focus_areas")
        statuses = ref.shown_vocab("project_statuses")
        by_focus: dict[str, Counter[str]] = defaultdict(Counter)
        for project in m.projects:
            by_focus[project.focus_area or ""][project.status] += 1
        shown_focus = [code for code in focus if by_focus.get(code)]
        self.charts["projects"].set_data(chart_data(
            self.tr("Projects by focus area and status"), [focus[c] for c in shown_focus], list(statuses.values()),
            [[by_focus[c][s] for s in statuses] for c in shown_focus]))

        overdue = Counter(o.country for o in m.overdue)
        self.charts["milestones"].set_data(chart_data(
            self.tr("Milestones overdue, per country"), [ref.country_name(c) for c in overdue],
            [self.tr("Overdue")], [[n] for n in overdue.values()]))

        ind: dict[str, Counter[bool]] = defaultdict(Counter)
        for assessment in m.indicators:
            ind[assessment.country][assessment.behind] += 1
        self.charts["indicators"].set_data(chart_data(
            self.tr("Indicators on track and behind target, per country"), [ref.country_name(c) for c in ind],
            [self.tr("On track"), self.tr("Behind")], [[ind[c][False], ind[c][True]] for c in ind]))

        usd = [(ref.shown_label("funding_types", k), v) for k, v in m.funding_usd_by_type.items() if v]
        self.charts["funding"].set_data(ChartData(
            self.tr("Funding by type, USD equivalent (where given)"), tuple(k for k, _ in usd), ("USD",),
            tuple((v,) for _, v in usd)))

        partners = Counter[str]()
        for pairing in m.pairings:
            partners[pairing.partner_name] += pairing.projects
        self.charts["partners"].set_data(chart_data(
            self.tr("Projects paired with each external partner"), list(partners), [self.tr("Projects")],
            [[n] for n in partners.values()]))
        for chart in self.charts.values():
            _give_room(chart)


def _give_room(chart: BarChart) -> None:
    """Every bar of `chart` on screen: its splitter gives it the height it asks for (up to three fifths of
    the tab; then the tables below still show rows). The splitter keeps the heights it laid out for the
    empty chart, which cut the bars of most countries off when the figures came in."""
    splitter = chart.parentWidget()
    if not isinstance(splitter, QSplitter) or splitter.indexOf(chart) != 0:
        return
    sizes = splitter.sizes()
    total = sum(sizes)
    if total <= 0 or len(sizes) < 2:
        return
    wanted = min(chart.sizeHint().height(), total * 3 // 5)
    if sizes[0] >= wanted:
        return
    rest = total - wanted
    splitter.setSizes([wanted] + [rest * size // max(1, sum(sizes[1:])) for size in sizes[1:]])


def _count_text(value: int | Decimal) -> str:
    return format_number(value)


def _money_text(value: int | Decimal) -> str:
    # A bar's label: whole dollars on purpose (the table beside the chart has the exact amounts).
    return format_amount(Decimal(value).quantize(Decimal(1)), "USD", decimals=0)
