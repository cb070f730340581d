"""The interface ships the Noto fonts and registers them at start: every widget draws Thai, Lao,
Khmer and Myanmar with real glyphs (no box), Latin stays in the system's font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTableWidget

from ascn_desktop.gui.fonts import SCRIPT_FAMILIES
from ascn_desktop.gui.style import apply_style

TEXTS = {
    "Noto Sans Khmer": "ប្រព័ន្ធដឹកជញ្ជូនសាធារណៈឆ្លាតវៃ",
    "Noto Sans Myanmar": "မြို့ပြ အများပြည်သူ သယ်ယူပို့ဆောင်ရေးစနစ်",
    "Noto Sans Thai": "ระบบขนส่งสาธารณะอัจฉริยะ",
    "Noto Sans Lao": "ລະບົບຂົນສົ່ງສາທາລະນະອັດສະລິຍະ",
}


def _glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize("family", sorted(TEXTS))
def test_every_widget_draws_every_script_with_the_shipped_font(qapp: QApplication, family: str) -> None:
    apply_style(qapp)
    assert set(SCRIPT_FAMILIES) <= set(qapp.font().families())
    widgets = [QLabel(), QLineEdit(), QPlainTextEdit(), QComboBox(), QTableWidget(1, 1)]
    for widget in widgets:
        runs = _glyph_runs(TEXTS[family], widget.font())
        script_runs = [glyphs for name, glyphs in runs if name == family]
        assert script_runs, (type(widget).__name__, runs)
        assert all(0 not in glyphs for _name, glyphs in runs), (type(widget).__name__, runs)  # no box (.notdef)
        widget.deleteLater()


def test_latin_keeps_the_system_family(qapp: QApplication) -> None:
    apply_style(qapp)
    runs = _glyph_runs("HàNội", qapp.font())
    assert runs and all(name not in SCRIPT_FAMILIES for name, _glyphs in runs)
