"""Words that used to stay English when the interface speaks another language: counted nouns, the
projects table's headers, the role combo, the monitoring legend, planning cycles, the overview's date and
city, `ascn --help` (argparse's own words too) and the unexpected-error sentence.

Where the shipped catalogues already hold the words (role names, reporting states), the test reads them;
where the entries are new, a catalogue built here stands for the translator's entries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

import ascn_desktop.core.i18n as i18n
from ascn_desktop.core.catalogue_files import entries_from_catalog
from ascn_desktop.core.app_log import unexpected_error_sentence
from ascn_desktop.core.i18n import format_date_time, set_language
from ascn_desktop.core.language import save_language_choice
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.annual_report import STATE_LABELS
from ascn_desktop.core.signing.identity import ROLE_NAMES
from ascn_desktop.core.wording import counted
from ascn_desktop.store.engine import Store
from tests.gui_text_fit import styled  # noqa: F401 - a fixture
from tools.catalogues import LOCALE, po_messages

LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


def _fake_catalogue(monkeypatch: pytest.MonkeyPatch, code: str, plural_forms: str,
                    entries: dict[Any, Any]) -> None:
    """`code`'s core catalogue replaced by `entries` (msgid or (singular, plural) -> translation(s));
    (context, msgid) keys are reference labels."""
    catalogue = Catalog(locale=None)
    catalogue._set_mime_headers([("Plural-Forms", plural_forms)])  # what read_po sets from the header
    for key, value in entries.items():
        if isinstance(key, tuple) and key[0] in ("cycles", "member_states"):
            catalogue.add(key[1], value, context=key[0])
        else:
            catalogue.add(key, value)
    monkeypatch.setattr(i18n, "_read", lambda wanted: entries_from_catalog(catalogue) if wanted == code else None)
    for name in ("_catalogue", "_plurals"):  # read the fake catalogue at each call, not the cached real one
        function = getattr(i18n, name)
        monkeypatch.setattr(i18n, name, getattr(function, "__wrapped__", function))


def test_counted_nouns_follow_each_language_plural_rule(monkeypatch: pytest.MonkeyPatch, speaking: None) -> None:
    assert [counted(n, "project") for n in (0, 1, 2, 1234)] == ["0 projects", "1 project", "2 projects",
                                                               "1,234 projects"]
    # Thai: one form for every count (Plural-Forms of th.po), the number grouped as Thai writes it.
    _fake_catalogue(monkeypatch, "th", "nplurals=1; plural=0;",
                    {("{count} project", "{count} projects"): ("{count} โครงการ",)})
    set_language("th")
    assert [counted(n, "project") for n in (1, 2, 1234)] == ["1 โครงการ", "2 โครงการ", "1,234 โครงการ"]
    assert counted(3, "city") == "3 cities"  # no entry yet: English, never a wrong form
    # Filipino: two forms, chosen by its own rule (1, 2 and 3 take the first form).
    _fake_catalogue(monkeypatch, "fil", "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 || "
                    "n % 10 == 6 || n % 10 == 9));", {("{count} file", "{count} files"): ("{count} file", "{count} mga file")})
    set_language("fil")
    assert [counted(n, "file") for n in (1, 3, 4)] == ["1 file", "3 file", "4 mga file"]
    # Vietnamese: dots group the thousands.
    _fake_catalogue(monkeypatch, "vi", "nplurals=1; plural=0;",
                    {("{count} project", "{count} projects"): ("{count} dự án",)})
    set_language("vi")
    assert counted(1234, "project") == "1.234 dự án"


def test_role_names_and_reporting_states_come_from_the_catalogue(speaking: None) -> None:
    from ascn_desktop.core.signing.identity import role_name

    khmer = po_messages(LOCALE / "km.po")
    set_language("km")
    assert role_name("csco") == khmer[ROLE_NAMES["csco"]][0] != "Chief Smart City Officer"
    assert role_name("xyz") == "xyz"


def test_role_combo_and_legend_switch_language(qtbot: QtBot, qapp: Any, store: Store, reference: ReferenceData,
                                               speaking: None) -> None:
    from tests.test_monitoring_dataset import build_dataset

    from ascn_desktop.gui.secretariat.monitoring_page import MonitoringPage
    from ascn_desktop.gui.signing.identity_wizard import IdentityWizard
    from ascn_desktop.gui.translation import install_translations
    from tests.gui_settle import settle

    build_dataset(store)

    def shown(code: str) -> tuple[list[str], tuple[str, ...]]:
        install_translations(qapp, store.profile, language=code)
        wizard = IdentityWizard(store, reference)
        qtbot.addWidget(wizard)
        roles = [wizard.who.role_combo.itemText(n) for n in range(wizard.who.role_combo.count())]
        page = MonitoringPage(store, reference)
        qtbot.addWidget(page)
        settle(qtbot)
        return roles, page.charts["completeness"].data().series

    try:
        english, thai = shown("en"), shown("th")
    finally:
        install_translations(qapp, store.profile, language="en")
    catalogue = po_messages(LOCALE / "th.po")
    assert english == (["Chief Smart City Officer", "National Representative", "ASEAN Secretariat"],
                       tuple(STATE_LABELS.values()))
    assert thai == ([catalogue[ROLE_NAMES[code]][0] for code in ("csco", "nr", "asec")],
                    tuple(catalogue[text][0] for text in STATE_LABELS.values()))


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed with PySide6")
def test_projects_table_headers_are_looked_up_when_shown(qapp: Any, reference: ReferenceData,
                                                         tmp_path: Path) -> None:
    """The headers are marked for lupdate (context ProjectsTableModel) and translated at each headerData:
    a catalogue holding them, installed after the table exists, changes them."""
    from PySide6.QtCore import Qt

    from ascn_desktop.gui.editor.projects_model import Column, ProjectsTableModel

    model = ProjectsTableModel(reference)
    assert model.headerData(Column.CODE, Qt.Orientation.Horizontal) == "Code"
    source = tmp_path / "km.ts"
    source.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="km">'
                      '<context><name>ProjectsTableModel</name><message><source>Code</source>'
                      '<translation>កូដ</translation></message></context></TS>\n', encoding="utf-8")
    assert LRELEASE is not None
    subprocess.run([LRELEASE, "-silent", str(source), "-qm", str(tmp_path / "km.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "km.qm"))
    qapp.installTranslator(translator)
    try:
        assert model.headerData(Column.CODE, Qt.Orientation.Horizontal) == "កូដ"
    finally:
        qapp.removeTranslator(translator)


def test_help_speaks_the_language_with_argparse_own_words(run_cli: Any, profile: Profile,
                                                          monkeypatch: pytest.MonkeyPatch, speaking: None) -> None:
    english = run_cli("--home", str(profile.home), "--help")
    assert english.status == 0 and "show this help message and exit" in english.out
    _fake_catalogue(monkeypatch, "km", "nplurals=1; plural=0;", {
        "usage: ": "របៀបប្រើ៖ ", "options": "ជម្រើស", "show this help message and exit": "បង្ហាញជំនួយនេះ ហើយចេញ",
        "check signed bundles without importing them": "ពិនិត្យកញ្ចប់ដែលបានចុះហត្ថលេខា ដោយមិននាំចូល",
        "one of the arguments %s is required": "ត្រូវការអាគុយម៉ង់មួយក្នុងចំណោម %s",
    })
    save_language_choice(profile, "km")
    khmer = run_cli("--home", str(profile.home), "--help")
    assert khmer.out.startswith("របៀបប្រើ៖ ascn")
    assert "ជម្រើស:" in khmer.out and "បង្ហាញជំនួយនេះ ហើយចេញ" in khmer.out
    assert "ពិនិត្យកញ្ចប់ដែលបានចុះហត្ថលេខា ដោយមិននាំចូល" in khmer.out
    refused = run_cli("--home", str(profile.home), "review", "accept")
    assert refused.status == 2 and "ត្រូវការអាគុយម៉ង់មួយក្នុងចំណោម --accept --return" in refused.err


def test_every_help_text_of_the_cli_is_marked() -> None:
    """No help= or description= of the CLI is a bare string: each goes through _() (extracted, translated)."""
    import ast

    bare = []
    for path in sorted((Path(__file__).resolve().parents[1] / "ascn_desktop" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("help", "description", "title"):
                if isinstance(node.value, (ast.Constant, ast.JoinedStr)):
                    bare.append(f"{path.name}:{node.value.lineno}")
    assert not bare, bare


def test_cycle_label_date_and_unexpected_error_in_the_language(monkeypatch: pytest.MonkeyPatch,
                                                               reference: ReferenceData, speaking: None) -> None:
    assert reference.cycle_label("2018-2025") == "First planning cycle 2018–2025"
    assert reference.cycle_label("1999-2000") == "1999-2000"
    moment = datetime(2026, 12, 6, 14, 2, tzinfo=UTC)
    english_date = format_date_time(moment)
    _fake_catalogue(monkeypatch, "km", "nplurals=1; plural=0;", {
        ("cycles", "2018-2025"): "វដ្តផែនការទីមួយ ២០១៨–២០២៥",
        "An unexpected error ({error}) stopped the command;": "កំហុសមិនរំពឹងទុក ({error}) បានបញ្ឈប់ពាក្យបញ្ជា។",
        "no log file could be written.": "មិនអាចសរសេរឯកសារកំណត់ហេតុបានទេ។",
    })
    set_language("km")
    assert reference.cycle_label("2018-2025") == "វដ្តផែនការទីមួយ ២០១៨–២០២៥"
    khmer_date = format_date_time(moment)
    assert "2026" in khmer_date and "Dec" not in khmer_date and khmer_date != english_date
    assert unexpected_error_sentence(KeyError("x"), None, stopped="command") == (
        "កំហុសមិនរំពឹងទុក (KeyError) បានបញ្ឈប់ពាក្យបញ្ជា។ មិនអាចសរសេរឯកសារកំណត់ហេតុបានទេ។")


def test_a_khmer_workbook_filled_in_imports_in_any_language(reference: ReferenceData, tmp_path: Path,
                                                           speaking: None) -> None:
    """The template written in Khmer names its sheets and headers in Khmer (every one the catalogue
    translates, the rest in English); filled in, it imports in the English and the Vietnamese interface
    alike, and a Khmer officer's edits land in the plan."""
    import io

    import openpyxl

    from ascn_desktop.core.i18n import _
    from ascn_desktop.core.plan_diff import diff_plans
    from ascn_desktop.core.workbook import layout, plan_workbook_bytes
    from ascn_desktop.core.workbook.reader import read_plan_workbook
    from fixtures.workbooks.workbook_factory import base_plan

    plan = base_plan()
    set_language("km")
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference, template=True)))
    titles = {sheet: layout.sheet_title(sheet) for sheet in layout.DATA_SHEETS}
    assert [ws.title for ws in book.worksheets] == [layout.sheet_title(layout.INSTRUCTIONS), *titles.values(),
                                                    layout.LISTS]
    assert titles[layout.PROJECTS] == _("Projects") != "Projects"  # km.po translates it today
    projects = book[titles[layout.PROJECTS]]
    headers = [cell.value for cell in projects[1]]
    assert headers == [layout.shown_header(column) for column in layout.PROJECT_COLUMNS]
    assert _("Code") in headers and "Code" not in headers
    assert book[titles[layout.OVERVIEW]]["A2"].value == _("City")

    def letter(header: str) -> str:
        return next(str(cell.column_letter) for cell in projects[1] if cell.value == header)

    projects[f"{letter(_('Title'))}2"] = "ប្រព័ន្ធភ្លើងបំភ្លឺឆ្លាតវៃ"
    projects[f"{letter(layout.shown_header(layout.PROJECT_COLUMNS[-1]))}3"] = "ហានិភ័យ"  # the last column
    path = tmp_path / "ផែនការ.xlsx"
    book.save(path)
    for code in ("en", "vi", "km"):
        set_language(code)
        result = read_plan_workbook(path, reference=reference, base_plan=plan)
        assert result.ok, [str(error) for error in result.errors]
        assert result.notices == []  # no sheet and no column left unread
        assert result.plan.projects[0].title == "ប្រព័ន្ធភ្លើងបំភ្លឺឆ្លាតវៃ"
        changed = diff_plans(plan, result.plan)
        assert not changed.is_empty and result.plan.projects[1:] != plan.projects[1:]


def test_workbook_headers_of_every_language_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A header in any shipped language finds its column; an English header always wins its own column."""
    from ascn_desktop.core.workbook import layout

    khmer = {"Code": "កូដ", "Title": "ចំណងជើង", "Target": "គោលដៅ"}
    monkeypatch.setattr(i18n, "translations_of", lambda message, context=None: frozenset({message, khmer.get(
        message, message)}))
    monkeypatch.setattr(layout, "translations_of", i18n.translations_of)
    columns = layout.indicator_columns(range(2021, 2023))
    found = layout.header_index(["Project code", "គោលដៅ 2022", "TARGET 2021", "something else"], columns)
    assert found == {"project_code": 0, "target:2022": 1, "target:2021": 2}
    assert layout.header_index(["កូដ", "ចំណងជើង"], layout.PROJECT_COLUMNS) == {"code": 0, "title": 1}


def _sidebar_text_room(sidebar: Any, row: int) -> tuple[int, int]:
    """(width of row's name, semi-bold; width the style leaves for it in the row as laid out)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = sidebar.model().index(row, 0)
    option = QStyleOptionViewItem()
    sidebar.initViewItemOption(option)
    sidebar.itemDelegate().initStyleOption(option, index)
    option.rect = sidebar.visualRect(index)
    option.font = QFont(option.font)
    option.font.setWeight(QFont.Weight.DemiBold)  # as when it is the chosen page
    style = sidebar.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, sidebar)
    text_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, sidebar) + 1  # each side (Qt)
    return QFontMetrics(option.font).horizontalAdvance(option.text), text_rect.width() - 2 * text_margin


@pytest.mark.parametrize("code", ["en", "km", "th", "vi", "id"])
def test_every_sidebar_name_is_whole_at_1366_by_768(qtbot: QtBot, qapp: Any, store: Store, code: str,
                                                    speaking: None, styled: None) -> None:
    """The sidebar is as wide as its longest page name in every language ("Readiness check" was cut, and
    Khmer "ព័ត៌មានគម្រោង" when chosen): each name, semi-bold, fits the rectangle the style draws its text in."""
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.translation import install_translations
    from tests.gui_settle import settle

    install_translations(qapp, store.profile, language=code)
    try:
        for role, city in (("csco", "KHM-PHNOM-PENH"), ("asec", None)):
            window = MainWindow(store, city=city, role=role)
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            qtbot.waitExposed(window)
            settle(qtbot)
            sidebar = window.sidebar
            for row in range(sidebar.count()):
                text, room = _sidebar_text_room(sidebar, row)
                assert text <= room, (code, role, sidebar.item(row).text(), text, room)
            assert not sidebar.horizontalScrollBar().isVisible()
            window.close()
    finally:
        install_translations(qapp, store.profile, language="en")


def test_currency_names_come_from_cldr_in_the_language(reference: ReferenceData, speaking: None) -> None:
    """#18: the project editor's currency list said "THB — Thai baht" in Thai and Khmer."""
    english = reference.currency_name("THB")
    assert english == reference.currency_names["THB"]  # English: the reference data's own name
    set_language("th")
    assert reference.currency_name("THB") == "บาท"
    set_language("km")
    assert reference.currency_name("KHR").replace("\u200b", "") == "រៀលកម្ពុជា"
    assert reference.currency_name("XXZ") == "XXZ"  # a code CLDR does not know stays as it is
