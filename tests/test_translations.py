"""The translated interface: catalogues in step with the code, every string looked up in the context it
was catalogued under, draft/ready status honest, and switching the language changes the menus and a
refusal message (GUI and CLI)."""

from __future__ import annotations

import ast
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_dir
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from tests.gui_settle import settle

from ascn_desktop.core.i18n import _, set_language
from ascn_desktop.core.language import LANGUAGES, save_language_choice, system_language
from ascn_desktop.core.plans import create_plan, get_plan, save_plan
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import layout
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.translation import install_translations
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, edit_workbook, set_cell
from tools.catalogues import (LOCALE, TRANSLATIONS, accelerators, placeholder_problems, po_forms, po_header,
                               po_messages, statuses, ts_forms, ts_header, ts_header_status, ts_messages)

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "ascn_desktop" / "gui"
STATUS = statuses()
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent))
QM_BUILT = all((TRANSLATIONS / f"ascn_desktop_{code}.qm").is_file() for code in ("km", "th"))


def test_every_language_has_both_catalogues_and_a_status() -> None:
    assert set(STATUS) == set(LANGUAGES) - {"en"}
    for code in STATUS:
        assert (TRANSLATIONS / f"ascn_desktop_{code}.ts").is_file() and (LOCALE / f"{code}.po").is_file()


def _lupdate_sources(tmp_path: Path) -> set[tuple[str, str]]:
    assert LUPDATE is not None
    target = tmp_path / "current.ts"
    subprocess.run([LUPDATE, "-silent", *sorted(map(str, GUI.rglob("*.py"))), "-ts", str(target)], check=True)
    return set(ts_messages(target))


def missing_from(catalogue: set[tuple[str, str]], sources: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return sources - catalogue


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed with PySide6")
def test_every_marked_gui_string_is_in_every_catalogue(tmp_path: Path) -> None:
    sources = _lupdate_sources(tmp_path)
    assert len(sources) > 400
    for code in STATUS:
        missing = missing_from(set(ts_messages(TRANSLATIONS / f"ascn_desktop_{code}.ts")), sources)
        assert not missing, f"{code}: run 'make translations'; missing {sorted(missing)[:5]}"


def test_every_marked_core_string_is_in_every_catalogue() -> None:
    # A counted phrase (ngettext) is one plural entry, keyed by its singular.
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    marked = {message if isinstance(message, str) else message[0]
              for _file, _line, message, *_rest in extract_from_dir(str(ROOT / "ascn_desktop"), keywords=keywords)}
    assert "{count} project" in marked
    assert "Page {0} of {1}" in marked
    for code in STATUS:
        missing = marked - set(po_messages(LOCALE / f"{code}.po"))
        assert not missing, f"{code}.po: run 'make translations'; missing {sorted(missing)[:5]}"


def test_the_missing_string_check_catches_a_catalogue_behind_the_code() -> None:
    sources = {("MainWindow", "&File"), ("MainWindow", "&Quit")}
    assert missing_from({("MainWindow", "&File")}, sources) == {("MainWindow", "&Quit")}


@pytest.mark.parametrize("code", sorted(STATUS))
def test_catalogue_status_is_what_the_files_say(code: str) -> None:
    gui = ts_forms(TRANSLATIONS / f"ascn_desktop_{code}.ts")
    core = po_forms(LOCALE / f"{code}.po")
    every_gui_form = [form for forms, _kind in gui.values() for form in forms]
    every_core_form = [form for _sources, forms, _fuzzy in core.values() for form in forms]
    translated_gui = {key: kind for key, (forms, kind) in gui.items() if any(forms)}
    translated_core = {key: fuzzy for key, (_sources, forms, fuzzy) in core.items() if any(forms)}
    assert (LOCALE / f"{code}.po").read_text(encoding="utf-8").startswith(po_header(code, STATUS[code]) + "\n")
    if STATUS[code] != "draft":  # lupdate drops the .ts's header line; 'make translations' puts it back
        assert ts_header_status(TRANSLATIONS / f"ascn_desktop_{code}.ts") == STATUS[code]
    if STATUS[code] in ("complete", "complete-draft"):
        untranslated = [key for key, (forms, _kind) in gui.items() if not all(forms)]
        untranslated += [key for key, (_sources, forms, _fuzzy) in core.items() if not all(forms)]
        assert not untranslated, f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
        assert all(every_gui_form) and all(every_core_form)
    if STATUS[code] == "complete":  # reviewed: no entry still awaits review
        assert set(translated_gui.values()) == {""} and not any(translated_core.values())
    elif STATUS[code] in ("draft", "complete-draft"):  # every translation awaiting native review
        assert translated_gui and translated_core
        assert set(translated_gui.values()) == {"unfinished"} and all(translated_core.values())
        assert "awaiting review by native speakers" in (LOCALE / f"{code}.po").read_text(encoding="utf-8")
    else:
        assert STATUS[code] == "ready-for-translators"
        assert not translated_gui and not translated_core


@pytest.mark.parametrize("code", sorted(STATUS))
def test_translations_keep_placeholders_tags_and_accelerators(code: str) -> None:
    wrong = []
    for (context, source), (forms, _kind) in ts_forms(TRANSLATIONS / f"ascn_desktop_{code}.ts").items():
        wrong += [f"{context}: {source!r} -> {form!r}: {problem}"
                  for form in forms if form for problem in placeholder_problems(source, form)]
    for key, (sources, forms, _fuzzy) in po_forms(LOCALE / f"{code}.po").items():
        wrong += [f"{key!r} -> {form!r}: {problem}" for number, form in enumerate(forms) if form
                  for problem in placeholder_problems(sources[min(number, len(sources) - 1)], form, rich=False)]
    assert not wrong, f"{code}: {len(wrong)} translations lose or add placeholders:\n" + "\n".join(wrong[:20])


def test_the_placeholder_check_catches_what_a_translation_loses() -> None:
    assert placeholder_problems("&File", "Tệp(&F)") == [] and placeholder_problems("&File", "&Tệp") == []
    assert placeholder_problems("Plan {0} of {1}", "{1} – kế hoạch {0}") == []
    assert placeholder_problems("Plan {0} of {1}", "Kế hoạch {0}")
    assert placeholder_problems("{0:,} projects", "{0} dự án")
    assert placeholder_problems("%n plans", "các kế hoạch") and placeholder_problems("%1 plans", "%2 kế hoạch")
    assert placeholder_problems("<b>Store:</b> {0}", "Kho: {0}")
    assert placeholder_problems(" by {0}", "bởi {0}") and not placeholder_problems(" by {0}", " bởi {0}")
    assert placeholder_problems("&Quit", "Thoát") and placeholder_problems("&Quit", "&Thoát &ngay")
    assert placeholder_problems("&Edit", "&ສ້ອມແປງ")  # Alt+ສ cannot be typed on most keyboards
    assert accelerators("R&&D &amp; &Quit") == ["Q"]


def test_a_ts_without_its_status_line_is_caught(tmp_path: Path) -> None:
    """lupdate drops comments: a .ts refreshed by lupdate alone has no status line until
    tools/catalogues.py puts it back (as 'make translations' does)."""
    bare = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi_VN">\n</TS>\n'
    (tmp_path / "bare.ts").write_text(bare, encoding="utf-8")
    marked = bare.replace("<!DOCTYPE TS>\n", "<!DOCTYPE TS>\n" + ts_header("complete-draft") + "\n")
    (tmp_path / "marked.ts").write_text(marked, encoding="utf-8")
    assert ts_header_status(tmp_path / "bare.ts") is None
    assert ts_header_status(tmp_path / "marked.ts") == "complete-draft"
    assert "awaiting review by native speakers" in ts_header("complete-draft")


def _translation_calls() -> Iterator[tuple[Path, ast.Call, str | None]]:
    """Every tr()/translate() call in the GUI with the innermost class it sits in (None: a function)."""
    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and isinstance(child.func, (ast.Attribute, ast.Name)):
                name = child.func.attr if isinstance(child.func, ast.Attribute) else child.func.id
                if name in ("tr", "translate"):
                    yield child, cls
            yield from visit(child, inner)

    for path in sorted(GUI.rglob("*.py")):
        for call, cls in visit(ast.parse(path.read_text(encoding="utf-8")), None):
            yield path, call, cls


def test_every_string_is_looked_up_in_the_context_it_is_catalogued_under() -> None:
    """self.tr() is looked up under the object's class at run time and catalogued under the class it is
    written in: fine in a class nobody subclasses. Anything else (window.tr() in a function, a tr() in a
    base class) must name its context: translate("Context", "…")."""
    subclassed = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                subclassed |= {base.id for base in node.bases if isinstance(base, ast.Name)}
    wrong = []
    for path, call, cls in _translation_calls():
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            if not (isinstance(receiver, ast.Name) and receiver.id == "self" and cls is not None):
                wrong.append(f"{where}: {ast.unparse(func)}() outside its own class")
            elif cls in subclassed:
                wrong.append(f"{where}: self.tr() in {cls}, which is subclassed")
        elif not (call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
            wrong.append(f"{where}: translate() without a literal context")
    assert not wrong, "\n".join(wrong)


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.skipif(not QM_BUILT, reason="the .qm catalogues are built by make (make venv / make test)")
def test_switching_the_language_changes_menus_and_a_refusal(qtbot: QtBot, qapp: Any, store: Store,
                                                           speaking: None) -> None:
    plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch Đà Nẵng")

    def menus_and_refusal(code: str) -> tuple[list[str], str]:
        install_translations(qapp, store.profile, language=code)
        window = ready(MainWindow(store, city="VNM-DA-NANG", role="csco"))
        qtbot.addWidget(window)
        settle(qtbot)  # the overview reads the plan on the background runner
        assert window.current_plan_id() == plan_id
        overview = window.page("overview")
        overview.title_edit.setText("")
        overview.title_edit.editingFinished.emit()
        menus = [action.text() for action in window.menuBar().actions()]
        return menus, overview.title_message.text()

    english = menus_and_refusal("en")
    khmer = menus_and_refusal("km")
    thai = menus_and_refusal("th")
    install_translations(qapp, store.profile, language="en")
    assert english[0][0] == "&File" and khmer[0][0] == "ឯកសារ(&F)" and thai[0][0] == "แฟ้ม(&F)"
    assert english[1] == "A plan needs a title; the previous title is kept."
    assert khmer[1].startswith("ផែនការត្រូវការចំណងជើង") and thai[1].startswith("แผนต้องมีชื่อ")


@pytest.mark.skipif(not QM_BUILT, reason="the .qm catalogues are built by make (make venv / make test)")
def test_menu_accelerators_stay_unique_in_every_language(qtbot: QtBot, qapp: Any, store: Store,
                                                        speaking: None) -> None:
    """Two entries of one menu on the same Alt+letter make the second unreachable by keyboard."""
    clashes = []
    for code in ["en", *sorted(STATUS)]:
        if code != "en" and not (TRANSLATIONS / f"ascn_desktop_{code}.qm").is_file():
            continue
        install_translations(qapp, store.profile, language=code)
        window = ready(MainWindow(store, city="VNM-DA-NANG", role="csco"))
        qtbot.addWidget(window)
        menus = {"menu bar": window.menuBar().actions()}
        menus |= {top.text(): top.menu().actions() for top in window.menuBar().actions() if top.menu()}
        for menu, actions in menus.items():
            keys = {action.text(): [char.lower() for char in accelerators(action.text())] for action in actions}
            letters = [letter for marked in keys.values() for letter in marked]
            clashes += [f"{code}: {menu}: {sorted(text for text, marked in keys.items() if letter in marked)}"
                        for letter in sorted(set(letters)) if letters.count(letter) > 1]
    install_translations(qapp, store.profile, language="en")
    assert not clashes, "\n".join(clashes)


@pytest.mark.skipif(not (TRANSLATIONS / "ascn_desktop_vi.qm").is_file(), reason="the .qm are built by make")
def test_qt_own_buttons_and_menus_speak_the_language(qapp: Any, store: Store, speaking: None) -> None:
    """Qt has no catalogue for ASEAN languages: gui/qt_strings.py puts its words into ours, under the
    contexts Qt looks them up in, so a message box, the wizard and a field's right-click menu follow."""
    install_translations(qapp, store.profile, language="vi")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        buttons = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                                                  QMessageBox.StandardButton.Cancel)}
        wizard = QWizard()
        wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        assert buttons == {"&Có", "&Không", "Hủy"}
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
        assert "Chọn tất cả" in [action.text().split("\t")[0] for action in menu.actions()]
    finally:
        install_translations(qapp, store.profile, language="en")


def test_the_cli_speaks_the_chosen_language(run_cli: Any, profile: Profile, store: Store,
                                            reference: ReferenceData, tmp_path: Path, speaking: None) -> None:
    plan_id = save_plan(store, base_plan())
    path = edit_workbook(tmp_path / "z.xlsx", get_plan(store, plan_id), reference,
                         lambda book: set_cell(book, layout.PROJECTS, "Title", 2, "ေနျပည္ေတာ္ စီမံကိန္း"))
    english = run_cli("--home", str(profile.home), "import-xlsx", str(path))
    save_language_choice(profile, "km")
    khmer = run_cli("--home", str(profile.home), "import-xlsx", str(path))
    assert "look like Burmese typed in the Zawgyi encoding" in english.err
    assert "ហាក់ដូចជាភាសាភូមា" in khmer.err and "Traceback" not in khmer.err


def test_system_language_and_core_catalogue(monkeypatch: pytest.MonkeyPatch, speaking: None) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    assert system_language() == "th"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert system_language() in LANGUAGES  # no German catalogue: English (or the locale module's guess)
    set_language("vi")
    assert _("Signature") == "Chữ ký" and _("not in any catalogue") == "not in any catalogue"


def test_a_constant_marked_with_n_is_extracted_and_translated_at_use(tmp_path: Path, speaking: None) -> None:
    """N_() leaves a module-level constant as it is (the language is set after imports) but extraction
    (the keywords `make translations` gives pybabel) finds it; _() translates it where it is shown."""
    from ascn_desktop.core.i18n import N_

    (tmp_path / "constants.py").write_text('LABEL = N_("Signature")\nOTHER = "not marked"\n', encoding="utf-8")
    found = {message for _f, _l, message, *_r in extract_from_dir(str(tmp_path), keywords={"_": None, "N_": None})}
    assert found == {"Signature"}
    assert "-k N_" in (ROOT / "Makefile").read_text(encoding="utf-8")
    set_language("vi")
    assert N_("Signature") == "Signature" and _(N_("Signature")) == "Chữ ký"


@pytest.mark.skipif(not QM_BUILT, reason="the .qm catalogues are built by make (make venv / make test)")
def test_reference_labels_and_numbers_follow_the_language_in_the_gui(qtbot: QtBot, qapp: Any, hanoi_demo: Store,
                                                                  speaking: None) -> None:
    """The projects table, its filters and the editor's combos show focus areas and statuses in the
    interface's language; budgets are grouped as the language writes them."""
    from ascn_desktop.core.plans import find_plan_id, get_plan
    from ascn_desktop.gui.editor.projects_page import ProjectsPage
    from ascn_desktop.gui.editor.projects_model import Column

    vietnamese = po_messages(LOCALE / "vi.po")
    install_translations(qapp, hanoi_demo.profile, language="vi")
    try:
        window = ready(MainWindow(hanoi_demo))
        qtbot.addWidget(window)
        window.show()
        window.show_page("projects")
        page = window.page("projects")
        assert isinstance(page, ProjectsPage)
        qtbot.waitUntil(lambda: page.model.total_count() > 0, timeout=20000)
        reference = window.reference
        focus_labels = [page.focus_combo.itemText(n) for n in range(1, page.focus_combo.count())]
        assert focus_labels == [vietnamese[f"focus_areas|{code}"][0] for code in reference.vocab["focus_areas"]]
        status_labels = [page.status_combo.itemText(n) for n in range(1, page.status_combo.count())]
        assert status_labels[0] == vietnamese["project_statuses|planned"][0] == "Đã lên kế hoạch"
        row = page.model.row_at(0)
        shown = {column: page.model.data(page.model.index(0, column)) for column in (Column.FOCUS_AREA, Column.STATUS,
                                                                                   Column.BUDGET)}
        assert shown[Column.FOCUS_AREA] == vietnamese[f"focus_areas|{row.focus_area}"][0]
        assert shown[Column.STATUS] == vietnamese[f"project_statuses|{row.status}"][0]
        plan = get_plan(hanoi_demo, find_plan_id(hanoi_demo, "VNM-HA-NOI"))
        budget = next(p.budget for p in plan.projects if p.code == row.code)
        assert budget is not None and budget >= 1000
        assert shown[Column.BUDGET].replace(".", "").startswith(str(int(budget)))
        assert "." in shown[Column.BUDGET] and "," not in shown[Column.BUDGET]  # 25.000.000.000 VND
    finally:
        install_translations(qapp, hanoi_demo.profile, language="en")


def test_city_names_in_their_own_script_when_the_interface_speaks_their_language(reference: ReferenceData,
                                                                                speaking: None) -> None:
    assert reference.city_name("KHM-PHNOM-PENH") == "Phnom Penh"
    set_language("km")
    assert reference.city_name("KHM-PHNOM-PENH") == "ភ្នំពេញ" and reference.city_name("THA-BANGKOK") == "Bangkok"
    assert reference.country_name("KHM") == "កម្ពុជា"
    set_language("th")
    assert reference.city_name("THA-BANGKOK") == "กรุงเทพมหานคร"


def test_a_core_refusal_reaches_the_cli_in_the_chosen_language(run_cli: Any, profile: Profile, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              speaking: None) -> None:
    """A refusal sentence of the core (a bundle that is not there), marked with _() and its placeholder
    named, is printed by the CLI in the chosen language with the file name filled in; the catalogue
    here stands for a translator's entry (the drafts are the translators' work)."""
    import ascn_desktop.core.i18n as i18n

    sentence = "There is no file {path}; check the name and folder."
    khmer = "គ្មានឯកសារ {path} ទេ; សូមពិនិត្យឈ្មោះ និងថត។"
    assert sentence in {m for _f, _l, m, *_r in extract_from_dir(str(ROOT / "ascn_desktop" / "core" / "bundles"),
                                                                 keywords={"_": None})}
    assert all(sentence in po_messages(LOCALE / f"{code}.po") for code in STATUS)
    monkeypatch.setattr(i18n, "_catalogue", lambda code: {(None, sentence): khmer} if code == "km" else {})
    missing = tmp_path / "ឯកសារ.ascn"
    english = run_cli("--home", str(profile.home), "verify", str(missing))
    save_language_choice(profile, "km")
    translated = run_cli("--home", str(profile.home), "verify", str(missing))
    assert f"There is no file {missing}" in english.out + english.err
    assert khmer.format(path=missing) in translated.out + translated.err
    assert "Traceback" not in translated.err


@pytest.mark.skipif(not QM_BUILT, reason="the .qm catalogues are built by make (make venv / make test)")
def test_a_core_refusal_and_amounts_in_the_gui_speak_the_language(qtbot: QtBot, qapp: Any, store: Store,
                                                                 speaking: None) -> None:
    """In Vietnamese the project editor refuses a budget with the core's sentence in Vietnamese, its example
    written the Vietnamese way, and shows and reads back an amount grouped with dots."""
    from decimal import Decimal

    from tests.gui_typing import type_line
    from tests.test_gui_project_editor import new_project

    install_translations(qapp, store.profile, language="vi")
    try:
        window = ready(MainWindow(store, role="csco"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.set_current_plan(create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch"))
        editor, _plan_id, _project_id = new_project(window)
        editor.tabs.setCurrentWidget(editor.budget)
        type_line(qtbot, editor.budget.budget_edit, "một triệu")
        assert editor.budget.budget_message.text() == "Hãy nhập một số, ví dụ 1.500.000"
        type_line(qtbot, editor.budget.budget_edit, "25.000.000.000")
        assert editor.project is not None and editor.project.budget == Decimal(25_000_000_000)
        assert editor.budget.budget_edit.text() == "25.000.000.000"
    finally:
        install_translations(qapp, store.profile, language="en")
