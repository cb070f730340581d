"""A line edit for exact decimal amounts: text in, `Decimal` out, never a float.

QDoubleSpinBox would round 12,345,678,901,234.56 VND through a binary float;
this edit keeps the typed text and parses it with `core.project_fields`, which
also enforces the currency's decimal places. Typed garbage is not blocked by
a validator (that would leave the person guessing); it is refused on leaving
the field with a message saying what to type.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ascn_desktop.core.i18n import format_number
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.project_fields import decimal_places, parse_amount_text, parse_number_text


class DecimalEdit(QLineEdit):
    """An amount in `currency` with `decimals` places, or a plain number when `currency` is empty."""

    def __init__(self, parent: QWidget | None = None, *, currency: str = "", decimals: int = 2) -> None:
        super().__init__(parent)
        self.currency = currency
        self.decimals = decimals
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self._update_placeholder()

    def set_currency(self, currency: str, decimals: int) -> None:
        self.currency = currency
        self.decimals = decimals
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        # Written in the interface's language ('1.500.000 VND' in Vietnamese); parse() reads it back.
        self.setPlaceholderText(format_amount(Decimal(1_500_000), self.currency, decimals=self.decimals))

    def parse(self) -> Decimal | None:
        """The typed value; raises FieldError with the message to show."""
        if self.currency:
            return parse_amount_text(self.text(), currency=self.currency, decimals=self.decimals)
        return parse_number_text(self.text())

    def set_value(self, value: Decimal | None) -> None:
        if value is None:
            self.setText("")
        elif self.currency and decimal_places(value) <= self.decimals:
            # Thousands separators help reading 10^13 VND; parse accepts them back.
            self.setText(format_amount(value, decimals=self.decimals))
        else:
            self.setText(format_number(value))  # every decimal it has, in the language parse() reads
