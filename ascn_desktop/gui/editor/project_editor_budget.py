"""The Budget and partners tab: budget, currency, USD equivalent, funding sources, private and external partners."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ascn_desktop.core import limits
from ascn_desktop.core.model import FundingSource, Project
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.project_fields import check_amount, check_text, parse_amount_text
from ascn_desktop.gui.editor.decimal_edit import DecimalEdit
from ascn_desktop.gui.editor.project_editor_form import RowsBlock, Section, fill_combo, select_data, with_message
from ascn_desktop.gui.editor.project_editor_tables import Column
from ascn_desktop.gui.editor.widgets_fields import FieldMessage, TextBlockEdit

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor


def _set(attribute: str) -> Any:
    return lambda project, value: setattr(project, attribute, value)


class BudgetSection(Section):
    need_message: FieldMessage  # made after the checkbox whose handler reads it

    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        reference = editor.reference
        form = QFormLayout()

        self.budget_edit = DecimalEdit()
        self.budget_edit.setAccessibleName(self.tr("Budget"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        names = reference.currency_names
        fill_combo(self.currency_combo, [(code, f"{code} — {names.get(code, code)}")
                                         for code in sorted(reference.currency_decimals)])
        box, self.budget_message = with_message(self.budget_edit, self.currency_combo)
        self.track(self.budget_message)
        form.addRow(self.tr("&Budget"), box)
        self.budget_edit.editingFinished.connect(
            lambda: self._amount_finished(self.budget_edit, self.budget_message, "budget", "edit budget"))
        self.currency_combo.activated.connect(lambda _n: self._currency_chosen())

        self.usd_edit = DecimalEdit(currency="USD", decimals=reference.currency_decimals.get("USD", 2))
        self.usd_edit.setAccessibleName(self.tr("Budget in US dollars (optional)"))
        box, self.usd_message = with_message(self.usd_edit, QLabel("USD"))
        self.track(self.usd_message)
        form.addRow(self.tr("USD &equivalent"), box)
        self.pass_undo(self.budget_edit)
        self.pass_undo(self.usd_edit)
        self.usd_edit.editingFinished.connect(
            lambda: self._amount_finished(self.usd_edit, self.usd_message, "budget_usd", "edit USD equivalent"))

        funding_types = reference.shown_vocab("funding_types")
        columns = [
            Column(self.tr("Type"), lambda f: funding_types.get(f.type, f.type), parse=lambda code: code,
                   apply=lambda f, code: setattr(f, "type", code), choices=lambda: list(funding_types.items()),
                   code_of=lambda f: f.type, field="type"),
            Column(self.tr("Name"), lambda f: f.name, parse=lambda text: check_text(text, what="name",
                                                                                    max_length=limits.TITLE).strip(),
                   apply=lambda f, text: setattr(f, "name", text), field="name"),
            Column(self.tr("Amount"), lambda f: format_amount(f.amount, decimals=self._decimals_for(f.amount)),
                   parse=self._parse_funding_amount, apply=lambda f, amount: setattr(f, "amount", amount),
                   edit_text=lambda f: format(f.amount, "f"), field="amount", align_right=True),
        ]
        self.funding = RowsBlock(self, columns=columns, rows_of=lambda p: p.funding, noun="funding source",
                                 add_label=self.tr("Add funding source"),
                                 make_row=lambda p: FundingSource(type="municipal", name="", amount=Decimal(0)),
                                 describe=lambda f: f.name or funding_types.get(f.type, f.type))
        self.funding.setMinimumHeight(160)
        self.funding.view.setColumnWidth(0, 170)
        self.funding.view.setColumnWidth(1, 380)
        self.funding.model.dataChanged.connect(lambda *_: self._update_total())
        self.funding.model.modelReset.connect(self._update_total)
        form.addRow(self.tr("Funding sources"), self.funding)
        self.total_label = QLabel()
        form.addRow("", self.total_label)

        self.seeks_check = QCheckBox(self.tr("Seeks a private-sector solution provider"))
        self.seeks_check.clicked.connect(
            lambda on: self.accept(self.need_message, lambda: bool(on), _set("seeks_private_partner"),
                                   "edit seeks private partner"))
        form.addRow("", self.seeks_check)
        self.need_edit = TextBlockEdit()
        self.need_edit.setAccessibleName(self.tr("What the private sector is sought for"))
        self.need_edit.setPlaceholderText(self.tr("What solution or service is sought, and on what terms"))
        box, self.need_message = with_message(self.need_edit)
        self.track(self.need_message)
        form.addRow(self.tr("Private-sector &need"), box)
        self.bind_line(self.need_edit, self.need_message, lambda text: check_text(text, what="need"),
                       _set("private_sector_need"), "edit private-sector need")

        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("External partner"))
        fill_combo(self.partner_combo, [(None, self.tr("— none —"))] + list(reference.partners.items()))
        box, self.partner_message = with_message(self.partner_combo)
        self.track(self.partner_message)
        form.addRow(self.tr("External &partner"), box)
        self.bind_combo(self.partner_combo, self.partner_message, _set("partner"), "edit external partner")

        layout = QVBoxLayout(self)
        inner = QWidget()
        inner.setLayout(form)
        layout.addWidget(inner)
        layout.addStretch(1)

    def _amount_finished(self, edit: DecimalEdit, message: FieldMessage, attribute: str, what: str) -> None:
        if self.accept(message, edit.parse, _set(attribute), what) and self.editor.project is not None:
            edit.set_value(getattr(self.editor.project, attribute))  # show it as stored: 1,500,000
            self.committed(edit)

    def _decimals_for(self, amount: Decimal) -> int:
        from ascn_desktop.core.project_fields import decimal_places

        return max(self.editor.currency_decimals(), min(decimal_places(amount), 2))

    def _parse_funding_amount(self, text: str) -> Decimal:
        currency = self.editor.currency()
        value = parse_amount_text(text, currency=currency, decimals=self.editor.currency_decimals(currency))
        return value if value is not None else Decimal(0)

    def _currency_chosen(self) -> None:
        currency = self.currency_combo.currentData()
        decimals = self.editor.currency_decimals(currency)
        project = self.editor.project

        def check() -> str:
            # Every amount already typed must still fit the new currency's decimal places.
            if project is not None:
                for amount in [project.budget] + [f.amount for f in project.funding]:
                    if amount is not None:
                        check_amount(amount, currency=currency, decimals=decimals)
            return str(currency)

        if self.accept(self.budget_message, check, _set("currency"), "edit currency"):
            self.budget_edit.set_currency(currency, decimals)
            self.funding.reload()
        else:
            select_data(self.currency_combo, self.editor.currency())

    def fill(self, project: Project) -> None:
        currency = project.currency or self.editor.city_currency
        select_data(self.currency_combo, currency)
        self.budget_edit.set_currency(currency, self.editor.currency_decimals(currency))
        self.budget_edit.set_value(project.budget)
        self.usd_edit.set_value(project.budget_usd)
        self.seeks_check.setChecked(project.seeks_private_partner)
        self.need_edit.set_text(project.private_sector_need)
        select_data(self.partner_combo, project.partner)
        self.funding.reload()
        self._update_total()

    def _update_total(self) -> None:
        project = self.editor.project
        if project is None:
            return
        total = sum((f.amount for f in project.funding), start=Decimal(0))
        currency = self.editor.currency()
        decimals = self.editor.currency_decimals(currency)
        text = self.tr("Funding total: {0}").format(format_amount(total, currency, decimals=decimals))
        if project.budget is not None:
            text += self.tr(" of a budget of {0}").format(format_amount(project.budget, currency,
                                                                           decimals=decimals))
            if total > project.budget:
                text += self.tr(" — more than the budget")
        self.total_label.setText(text)

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "budget": self.budget_edit, "currency": self.currency_combo, "budget_usd": self.usd_edit,
            "private_sector_need": self.need_edit, "partner": self.partner_combo,
            "seeks_private_partner": self.seeks_check,
        }
        if name == "funding":
            column = self.funding.model.column_of(sub or "")
            return self.funding.select(index or 0, column)
        return widgets.get(name)
