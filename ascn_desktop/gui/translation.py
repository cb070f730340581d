"""The interface in the officer's language: Qt's catalogue for the windows, gettext's for the core.

At start ``install_translations`` picks the language (the profile's choice,
else the system's; ``core/language``), loads the compiled Qt catalogue
(``resources/translations/ascn_desktop_<code>.qm``, built from the ``.ts`` by
``make``) and switches the core's catalogue to the same language. A language
without a compiled catalogue shows English.

Tools › Language… remembers a choice; the windows speak it from the next start
(they are built once, in the language of the start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ascn_desktop.core.i18n import set_language
from ascn_desktop.core.language import LANGUAGES, effective_language, load_language_choice, save_language_choice
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.resources import resource_path

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

__all__ = ["install", "install_translations"]

translate = QCoreApplication.translate
_installed: list[QTranslator] = []


def install_translations(app: QApplication, profile: Profile, *, language: str | None = None) -> str:
    """Speak `language` (default: the profile's choice, else the system's); returns the code in use."""
    code = language or effective_language(profile)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    set_language(code)
    if code != "en":
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", f"ascn_desktop_{code}.qm"))):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def _choose_language(window: MainWindow) -> None:
    system = translate("Translation", "System language")
    names = [system, *LANGUAGES.values()]
    chosen = load_language_choice(window.profile)
    current = names.index(LANGUAGES[chosen]) if chosen else 0
    name, ok = QInputDialog.getItem(window, translate("Translation", "Language"),
                                    translate("Translation", "Language of the interface and of new reports:"),
                                    names, current, False)
    if not ok:
        return
    code = None if name == system else next(code for code, label in LANGUAGES.items() if label == name)
    save_language_choice(window.profile, code)
    QMessageBox.information(window, translate("Translation", "Language"),
                            translate("Translation", "ASCN Desktop speaks {0} from its next start.").format(name))


def install(window: MainWindow) -> None:
    action = QAction(translate("Translation", "&Language…"), window)
    action.setObjectName("choose-language")
    action.setStatusTip(translate("Translation", "Choose the language of the interface (default: the system's)"))
    action.triggered.connect(lambda: _choose_language(window))
    window.tools_menu.addAction(action)
