"""What a National Representative and the Secretariat read in Khmer and Thai: the national summary names
the cities in their own script and the cycle in the reader's language; the receivers' dialogs open within
a 1024x600 screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from ascn_desktop.core.demo import sample_plan
from ascn_desktop.core.i18n import set_language
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reports.national_summary import build_national_summary
from ascn_desktop.gui.dialog_size import FRAME, resize_within_screen
from ascn_desktop.store.engine import Store


@pytest.fixture
def reference(store: Store) -> ReferenceData:
    return load_reference(store)


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize(("language", "country", "city", "local"), [
    ("km", "KHM", "KHM-PHNOM-PENH", "ភ្នំពេញ"), ("th", "THA", "THA-BANGKOK", "กรุงเทพมหานคร")])
def test_the_national_summary_names_cities_in_their_script(reference: ReferenceData, speaking: None, language: str,
                                                           country: str, city: str, local: str) -> None:
    plan = sample_plan(reference, reference.cities[city])
    set_language(language)
    summary = build_national_summary([plan], reference, country=country, cycle=plan.cycle)
    assert [c.city_name for c in summary.cities] == [local]
    assert summary.cycle_label == reference.cycle_label(plan.cycle) != "First planning cycle 2018–2025"
    assert summary.country_name == reference.country_name(country) != reference.member_states[country]
    set_language("en")
    english = build_national_summary([plan], reference, country=country, cycle=plan.cycle)
    assert english.cycle_label == "First planning cycle 2018–2025"
    assert english.cities[0].city_name == reference.cities[city].name


def test_a_dialog_opens_within_a_small_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("A label that must stay whole"))
    resize_within_screen(dialog, 980, 620, room=QRect(0, 0, 1024, 560))  # 1024x600 less a task bar
    assert (dialog.width(), dialog.height()) == (980, 560 - FRAME[1])
    resize_within_screen(dialog, 980, 620, room=QRect(0, 0, 1366, 728))
    assert (dialog.width(), dialog.height()) == (980, 620)
    resize_within_screen(dialog, 980, 620, room=QRect(0, 0, 100, 100))  # never below what the layout needs
    least = dialog.minimumSizeHint()
    assert dialog.width() >= least.width() and dialog.height() >= least.height()


def test_a_chart_draws_short_thai_and_khmer_names_whole(qtbot: QtBot) -> None:
    from ascn_desktop.gui.secretariat.charts import BarChart, chart_data

    names = ["กัมพูชา", "ไทย", "កម្ពុជា", "ព្រុយណេដារូសាឡឹម"]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(chart_data("Overdue milestones", names, ["Overdue"], [[11], [10], [3], [1]]))
    chart.resize(900, 200)
    assert chart.shown_labels() == names
    chart.resize(120, 200)  # a third of a very narrow chart: the long name is cut, with "…"
    assert chart.shown_labels()[3].endswith("…")


def test_the_screenshot_renders_a_receivers_page_at_a_chosen_size(qtbot: QtBot, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from ascn_desktop.core.errors import AscnError
    from ascn_desktop.core.signing.identity import create_identity
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.screenshot import parse_size, save_screenshot
    from gui_settle import ready

    create_identity(store, name="សុខ ចាន់ថា", role="nr", country="KHM", city=None, passphrase="correct horse battery")
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    target = tmp_path / "received.png"
    save_screenshot(window, "received", target, size=parse_size("1024x600"))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 600) and window.current_page_key() == "received"
    with pytest.raises(AscnError, match="no 'monitoring' screen"):  # the Secretariat's page, not an NR's
        save_screenshot(window, "monitoring", tmp_path / "monitoring.png")
    for wrong in ("big", "800x600", "1024x"):
        with pytest.raises(AscnError):
            parse_size(wrong)


def test_every_country_of_the_completeness_chart_is_on_screen(qtbot: QtBot, store: Store) -> None:
    """The figures come in after the tab was laid out for an empty chart: the chart still gets its height."""
    from ascn_desktop.gui.secretariat.monitoring_page import MonitoringPage
    from gui_settle import settle

    page = MonitoringPage(store, load_reference(store))
    qtbot.addWidget(page)
    page.resize(1180, 640)  # the page's share of a 1366x768 window
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot)  # the snapshot is read on the background runner
    chart = page.charts["completeness"]
    assert len(chart.data().categories) == 10  # every member state has cities expected to report
    assert chart.height() >= chart.sizeHint().height()


def test_the_national_summary_workbook_speaks_the_readers_language(reference: ReferenceData, speaking: None) -> None:
    import io

    from openpyxl import load_workbook

    from ascn_desktop.core.consolidation.national_summary_data import summary_workbook_bytes

    plans = [sample_plan(reference, reference.cities[code]) for code in ("KHM-PHNOM-PENH", "KHM-SIEM-REAP")]
    set_language("km")
    khmer = load_workbook(io.BytesIO(summary_workbook_bytes(
        build_national_summary(plans, reference, country="KHM", cycle=plans[0].cycle))))
    set_language("en")
    english = load_workbook(io.BytesIO(summary_workbook_bytes(
        build_national_summary(plans, reference, country="KHM", cycle=plans[0].cycle))))
    assert english.sheetnames == ["Cities", "Focus areas", "Funding", "Private partners", "Endorsement"]
    assert khmer.sheetnames[0] != "Cities" and khmer.sheetnames[0] == khmer.sheetnames[0].strip()
    first = khmer.worksheets[0]
    assert first["A1"].value != "City" and [first["A2"].value, first["A3"].value] == ["ភ្នំពេញ", "សៀមរាប"]
    assert english.worksheets[0]["A2"].value == "Phnom Penh"
