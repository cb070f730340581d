"""The Budget and partners tab: budget, currency, USD equivalent, funding sources, private and external partners."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ascn_desktop.core.fields import FUNDING, PROJECT
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import FundingSource, Project
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.project_fields import check_amount, check_field_text, parse_amount_text
from ascn_desktop.gui.editor.decimal_edit import DecimalEdit
from ascn_desktop.gui.editor.project_editor_form import RowsBlock, Section, select_data
from ascn_desktop.gui.editor.project_editor_tables import Column
from ascn_desktop.gui.editor.project_form_rows import FormRows, RowWords, setter
from ascn_desktop.gui.editor.widgets_fields import FieldMessage, TextBlockEdit

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor


class BudgetSection(Section):
    # Made by FormRows from the declarations (core/fields.py), named as the words below say.
    budget_edit: DecimalEdit
    currency_combo: QComboBox
    usd_edit: DecimalEdit
    seeks_check: QCheckBox
    need_edit: TextBlockEdit
    partner_combo: QComboBox
    budget_message: FieldMessage
    usd_message: FieldMessage
    need_message: FieldMessage

    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        self.funding = self._funding_block()
        self.total_label = QLabel()
        form = QFormLayout()
        self.rows = FormRows(self, form, "budget", self._words(), after={
            "budget_usd": [(self.tr("Funding sources"), self.funding), ("", self.total_label)]})
        self.need_edit.setPlaceholderText(self.tr("What solution or service is sought, and on what terms"))
        self.pass_undo(self.budget_edit)
        self.pass_undo(self.usd_edit)
        self.budget_edit.editingFinished.connect(
            lambda: self._amount_finished(self.budget_edit, self.budget_message, "budget", _(PROJECT["budget"].label)))
        self.usd_edit.editingFinished.connect(
            lambda: self._amount_finished(self.usd_edit, self.usd_message, "budget_usd", _(PROJECT["budget_usd"].label)))
        self.currency_combo.activated.connect(lambda _n: self._currency_chosen())
        layout = QVBoxLayout(self)
        inner = QWidget()
        inner.setLayout(form)
        layout.addWidget(inner)
        layout.addStretch(1)

    def _words(self) -> dict[str, RowWords]:
        return {
            "budget": RowWords(self.tr("&Budget"), self.tr("Budget"), "budget_edit"),
            "currency": RowWords("", self.tr("Currency"), "currency_combo"),
            "budget_usd": RowWords(self.tr("USD &equivalent"), self.tr("Budget in US dollars (optional)"), "usd_edit"),
            "seeks_private_partner": RowWords("", self.tr("Seeks a private-sector solution provider"), "seeks_check"),
            "private_sector_need": RowWords(self.tr("Private-sector &need"),
                                            self.tr("What the private sector is sought for"), "need_edit",
                                            what="need"),
            "partner": RowWords(self.tr("External &partner"), self.tr("External partner"), "partner_combo", empty=self.tr("— none —")),
        }

    def _funding_block(self) -> RowsBlock:
        funding_types = self.editor.reference.shown_vocab("funding_types")
        columns = [
            Column(self.tr("Type"), lambda f: funding_types.get(f.type, f.type), parse=lambda code: code,
                   apply=lambda f, code: setattr(f, "type", code), choices=lambda: list(funding_types.items()),
                   code_of=lambda f: f.type, field="type"),
            Column(self.tr("Name"), lambda f: f.name, parse=lambda text: check_field_text(FUNDING["name"], text,
                                                                                          what="name"),
                   apply=lambda f, text: setattr(f, "name", text), field="name", stretch=True),
            Column(self.tr("Amount"), lambda f: format_amount(f.amount, decimals=self._decimals_for(f.amount)),
                   parse=self._parse_funding_amount, apply=lambda f, amount: setattr(f, "amount", amount),
                   edit_text=lambda f: format(f.amount, "f"), field="amount", align_right=True),
        ]
        funding = RowsBlock(self, columns=columns, rows_of=lambda p: p.funding, name=self.tr("Funding sources"),
                            add_label=self.tr("Add funding source"),
                            make_row=lambda p: FundingSource(type="municipal", name="", amount=Decimal(0)),
                            describe=lambda f: f.name or funding_types.get(f.type, f.type))
        funding.setMinimumHeight(160)
        funding.view.setColumnWidth(0, 170)
        funding.view.setColumnWidth(1, 380)
        funding.model.dataChanged.connect(lambda *_: self._update_total())
        funding.model.modelReset.connect(self._update_total)
        return funding

    def _amount_finished(self, edit: DecimalEdit, message: FieldMessage, attribute: str, what: str) -> None:
        if self.accept(message, edit.parse, setter(attribute), what) and self.editor.project is not None:
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

        if self.accept(self.budget_message, check, setter("currency"), _(PROJECT["currency"].label)):
            self.budget_edit.set_currency(currency, decimals)
            self.funding.reload()
        else:
            select_data(self.currency_combo, self.editor.currency())

    def fill(self, project: Project) -> None:
        self.rows.fill(project)
        currency = project.currency or self.editor.city_currency
        select_data(self.currency_combo, currency)
        self.budget_edit.set_currency(currency, self.editor.currency_decimals(currency))
        self.budget_edit.set_value(project.budget)
        self.usd_edit.set_value(project.budget_usd)
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
        if name == "funding":
            column = self.funding.model.column_of(sub or "")
            return self.funding.select(index or 0, column)
        return self.rows.widget(name)
